"""front_matter (cleaners/builtin/front_matter.py), rule front-matter: a markdown export's YAML or TOML front matter
goes to metadata (title, date, author, tags, description, language, url) and leaves the body; a rule over a
paragraph, prose with a colon between two rules, a mapping without a field read, an alias and HTML inputs stay."""
import pytest

from cleaners.builtin.front_matter import FrontMatter, parse
from cleaners.document import Document

from ..conftest import run_cleaner
from . import texts

STORY = ["The city council approved next year's budget late on Tuesday by 28 votes to 7.",
         "The regional government must still approve it; a decision is expected in February."]

YAML = """---
title: "Council passes 2027 budget"
date: 2026-12-02T10:00:00+01:00
author:
  name: Ann Lee
  email: ann@example.org
tags:
  - budget
  - council
categories: [local]
description: >
  The vote came after
  six hours of debate.
lang: de-DE
draft: false
---"""

TOML = """+++
title = "Stadtrat beschließt Haushalt"
date = 2026-12-02
authors = ["Julia Becker", "Tom Reed"]
tags = ["haushalt"]
+++"""


def test_a_yaml_front_matter_goes_to_metadata():
    doc = run_cleaner(FrontMatter, YAML + "\n\n" + "\n\n".join(STORY))
    assert texts(doc) == STORY
    meta = doc.metadata
    assert (meta["title"], meta["date"], meta["author"]) == ("Council passes 2027 budget", "2026-12-02T10:00:00+01:00",
                                                             "Ann Lee")
    assert meta["tags"] == ["budget", "council", "local"] and meta["language"] == "de"
    assert meta["description"] == "The vote came after six hours of debate."
    assert {r.rule for r in doc.removed} == {"front-matter"}


def test_a_toml_front_matter_goes_to_metadata():
    doc = run_cleaner(FrontMatter, TOML + "\n\n" + "\n\n".join(STORY))
    assert texts(doc) == STORY
    assert (doc.metadata["title"], doc.metadata["date"]) == ("Stadtrat beschließt Haushalt", "2026-12-02")
    assert doc.metadata["author"] == "Julia Becker; Tom Reed" and doc.metadata["tags"] == ["haushalt"]


@pytest.mark.parametrize("text", [
    "---\n\n" + "\n\n".join(STORY),                                         # a rule over the story
    "---\n\nNote: the council met on Tuesday.\n\n---\n\n" + STORY[0],        # prose with a colon between rules
    "---\nlayout: post\nweight: 3\n---\n\n" + STORY[0],                      # no field read: not known as one
    "---\ntitle: [unclosed\n---\n\n" + STORY[0],                            # not YAML
])
def test_rules_prose_and_other_blocks_stay(text):
    doc = run_cleaner(FrontMatter, text)
    assert not doc.removed and not doc.metadata.get("title")


def test_an_alias_is_not_expanded():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\ntitle: *b"
    assert parse(bomb, "---") is None
    assert parse("title: A budget\ntags: [a, b]", "---") == {"title": "A budget", "tags": ["a", "b"]}


def test_an_html_page_is_not_read():
    assert not FrontMatter().applies_to(Document(source="page.html", kind="html"))
    assert FrontMatter().applies_to(Document(source="post.md", kind="text"))


def test_a_web_clippers_wiki_linked_author_and_source_are_read():
    clip = ('---\ntitle: "Council passes budget"\nsource: "https://example.org/news/budget"\n'
            'author:\n  - "[[Ann Lee]]"\n  - "[[people/tom-reed|Tom Reed]]"\ncreated: 2026-12-05\n---')
    doc = run_cleaner(FrontMatter, clip + "\n\n" + "\n\n".join(STORY))
    assert (doc.metadata["author"], doc.metadata["url"]) == ("Ann Lee; Tom Reed", "https://example.org/news/budget")
    assert doc.metadata["date"] == "2026-12-05" and texts(doc) == STORY
