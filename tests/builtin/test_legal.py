"""Copyright, provenance, disclaimer and contact lines in English, against prose that opens like them."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import cuts, texts
from ._legal import BODY, BODIES


@pytest.mark.parametrize("line,rule", [
    ("The original source of this article is Example News", "original-source"),
    ("This article was originally published on Example News.", "original-source"),
    ("Copyright © Example News, 2016", "copyright"),
    ("© 2016 Example Media. All rights reserved.", "copyright"),
    ("Disclaimer: the views expressed are those of the author.", "disclaimer"),
    ("The views expressed in this article are the sole responsibility of the author and do not necessarily "
     "reflect those of this site.", "disclaimer"),
    ("For media inquiries: press@example.org", "media-inquiry"),
    ("Contact: desk@example.org", "contact-line"),
    ("This story originally appeared on Example News under another headline.", "original-source"),
    ("Disclaimer\u2026", "disclaimer"), ("Disclaimer | Terms of use | Privacy", "disclaimer"),
])
def test_legal_lines_are_removed(line, rule):
    doc = run_cleaner(Legal, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY]
    assert cuts(doc, "legal") == [(rule, line)]


def test_disclaimer_continuation_line_after_a_copyright_line():
    text = f"{BODY}\n\nCopyright © Example News, 2016\nThis material is distributed for educational purposes."
    doc = run_cleaner(Legal, text)
    assert texts(doc) == [BODY]
    assert [r for r, _ in cuts(doc, "legal")] == ["copyright", "disclaimer"]


@pytest.mark.parametrize("line", [
    "Topics discussed at the summit included trade and water.",
    "The court said fair use did not apply to the copied photos.",
    "Reporters asked the mayor to contact the families.",
    "The ministry said the views of farmers would be heard in May.",
])
def test_article_sentences_about_similar_topics_are_kept(line):
    doc = run_cleaner(Legal, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("sentence", [
    "First published in 1990, the novel sold a million copies before it was filmed.",
    "Copyright law changed in 1998, the minister told parliament on Tuesday.",
])
def test_prose_that_starts_like_a_provenance_line_is_kept(sentence):
    doc = run_cleaner(Legal, "The court heard the case on Monday and will rule next week.\n\n" + sentence)
    assert sentence in doc.body


@pytest.mark.parametrize("line,rule", [
    ("Copyright 2019 The Example Times", "copyright"),
    ("© 2020 Example Media Group", "copyright"),
    ("First published in The Example Review", "original-source"),
])
def test_short_provenance_lines_are_removed(line, rule):
    doc = run_cleaner(Legal, "The court heard the case on Monday and will rule next week.\n\n" + line)
    assert line not in doc.body
    assert any(r.cleaner == "legal" and r.rule == rule for r in doc.removed)


def test_a_first_published_date_line_is_no_original_source_line():
    from cleaners.builtin.legal import Legal
    assert Legal().rule_for("First published 15 March 2017") is None
    assert Legal().rule_for("First published: Tue, Dec 2, 2014 \u2014 6:41") is None
    assert Legal().rule_for("First published in The Harbour Gazette") == "original-source"


@pytest.mark.parametrize("code,line", [
    ("fr", "Avertissement lancé par la préfecture aux riverains du fleuve, qui pourrait déborder dans la nuit."),
    ("it", "Avvertenza della protezione civile per le piogge attese nel fine settimana in tutta la regione."),
    ("en", "The novel was first published in 1990 and sold a million copies in its first year."),
    ("en", "Media inquiries rose sharply after the minister's statement on Tuesday, her office said."),
])
def test_a_label_or_provenance_opening_a_sentence_stays(code, line):
    body = BODIES.get(code, BODY)
    assert texts(run_cleaner(Legal, f"{body}\n\n{line}", language=code)) == [body, line]
