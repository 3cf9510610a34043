"""dateline, rule ``credit-line``: a line of reporting and editing credits only ("Reporting by Ann Lee in Lisbon;
Editing by Tom Brown"), each segment a by- or editor phrase of the document's language, person names and maybe the
place they reported from, leaves the body for ``metadata.credits``; a sentence that opens with such a phrase stays."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts
from ._dateline import BODY, TITLE

MORE = "The road to the valley is expected to reopen on Friday, the regional council said in a statement."


@pytest.mark.parametrize("line,code", [
    ("Reporting by Ann Lee in Lisbon; Editing by Tom Brown", "en"),
    ("(Additional reporting by Jan Nowak in Warsaw; writing by Ann Lee; editing by Tom Brown and Sue Park)", "en"),
    ("Additional reporting by Sam Green in Lisbon.", "en"),
    ("Edited by Tom Brown", "en"),
    ("Contributing: Sam Green, USA TODAY", "en"),
    ("Von Anna Lehmann aus Berlin; redigiert von Jan Nowak", "de"),
    ("Par Anne Lebrun à Genève", "fr"),
])
def test_a_line_of_credits_at_the_foot_goes_to_the_credits(line, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{line}", language=code)
    assert texts(doc) == [TITLE, BODY, MORE]
    assert [text for _, text in cuts(doc, "dateline")] == [line]
    assert doc.metadata["credits"] == [line.strip("()")]


def test_a_reporter_with_a_place_under_the_headline_is_the_author():
    doc = run_cleaner(Dateline, f"{TITLE}\n\nBy Ann Lee in Lisbon\n\n{BODY}", language="en")
    assert texts(doc) == [TITLE, BODY] and doc.metadata["author"] == "Ann Lee"


@pytest.mark.parametrize("line", [
    "Reporting by Ann Lee is the best thing in the paper, her editor said.",
    "Edited by Tom Brown in the years after the war, the paper grew to twice its size.",
    "Reporting by the team in Lisbon",
    "By train to Paris",
    "By Ann Lee in the rain",
    "Contributing to the delay, the council said, were two years of legal challenges.",
])
def test_sentences_opening_with_a_credit_phrase_stay(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{line}", language="en")
    assert texts(doc) == [TITLE, BODY, MORE, line] and not cuts(doc, "dateline")
