"""Rule head-name of title (cleaners/builtin/_head_name.py): the name or desk line between a dump's title and its date
line is no title; the title is the line over it, the name the author (a desk is no author)."""
import pytest

from cleaners.builtin.title import Title

from ..conftest import run_cleaner

PROSE = ["The city council approved the new bus plan on Tuesday evening after a long debate about its costs.",
         "Opposition members criticised the plan and asked for a vote in the full chamber before the approval."]


@pytest.mark.parametrize("title, line, language, author", [
    ("City approves new bus plan for the centre", "Anna Schmidt", "en", "Anna Schmidt"),
    ("City approves new bus plan for the centre", "John Smith, Reuters", "en", "John Smith"),
    ("Roma, nuovo piano per i rifiuti: tre impianti", "Marco Bianchi", "it", "Marco Bianchi"),
    ("City approves new bus plan for the centre", "News Desk", "en", None),
])
def test_the_name_between_the_title_and_the_date_is_no_title(title, line, language, author):
    date = "14 maggio 2024 - 18:03" if language == "it" else "14 May 2024"
    doc = run_cleaner(Title, "\n\n".join([title, line, date] + PROSE), language=language)
    assert doc.metadata["title"] == title and doc.metadata.get("author") == author
    assert [b.text for b in doc.blocks] == [date] + PROSE
    assert [(r.rule, r.text) for r in doc.removed] == [("head-name", line), ("title", title)]


@pytest.mark.parametrize("lines, title", [
    (["Politics", "City approves new bus plan"], "City approves new bus plan"),          # a kicker over the title
    (["Live from the Capitol", "Budget passes today"], "Budget passes today"),          # a title of three words
])
def test_a_kicker_over_the_title_is_no_name(lines, title):
    doc = run_cleaner(Title, "\n\n".join(lines + ["14 May 2024"] + PROSE), language="en")
    assert doc.metadata["title"] == title and doc.metadata.get("author") is None
    assert "head-name" not in [r.rule for r in doc.removed]


def test_a_subtitle_under_the_title_is_no_name():
    lines = ["City approves new bus plan for the centre", "A long road ahead for the buses", "14 May 2024"]
    doc = run_cleaner(Title, "\n\n".join(lines + PROSE), language="en")
    assert doc.metadata.get("author") is None and "head-name" not in [r.rule for r in doc.removed]
