"""An appeal written as a statement right over or under a donate button (donation ``appeal-by-button``): it names an
appeal of the language (cleaners/lang ``appeal``) anywhere, not as its opening; an article's paragraph about
donations beside such a button, a statement far from a button and a reported or long one stay."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

BEFORE = {"en": "Rescue teams reached the flooded village at dawn on Tuesday. The river had risen two metres overnight.",
          "de": "Die Rettungskräfte erreichten das überflutete Dorf am Dienstag. Der Fluss war über Nacht gestiegen."}


def _doc(code: str, *lines: str):
    return run_cleaner(Donation, "\n\n".join([BEFORE[code], *lines, SENTENCES[code]]), language=code)


@pytest.mark.parametrize("code,appeal,button", [
    ("en", "This journalism is free for everyone because readers like you chip in.", "Donate"),
    ("en", "Our reporting stays open to all thanks to the support of readers like you.", "Support us →"),
    ("de", "Unabhängiger Journalismus ist nur möglich, weil Leserinnen und Leser wie Sie uns unterstützen.",
     "» Jetzt spenden"),
])
def test_an_appeal_as_a_statement_over_a_donate_button_goes(code, appeal, button):
    doc = _doc(code, appeal, button)
    assert texts(doc) == [BEFORE[code], SENTENCES[code]]
    assert ("appeal-by-button", appeal) in cuts(doc, "donation")


def test_an_appeal_under_the_button_goes_too():
    appeal = "This journalism is free for everyone because readers like you chip in."
    doc = _doc("en", "Donate", appeal)
    assert texts(doc) == [BEFORE["en"], SENTENCES["en"]]


@pytest.mark.parametrize("line", [
    "The shelter relies on donations from residents, and the money pays for food and blankets.",  # no appeal named
    "Readers like you chip in, the editor told the meeting of the trust on Monday.",             # reported
    "Neighbours say the repairs to the bridge were paid for by readers like you, who chipped in after the last "
    "flood, and by the two churches of the village, which held a collection in March.",          # too long
])
def test_article_paragraphs_over_a_donate_button_stay(line):
    doc = _doc("en", line, "Donate")
    assert line in texts(doc) and cuts(doc, "donation") == [("donation-appeal", "Donate")]


def test_a_statement_away_from_a_button_stays():
    line = "This journalism is free for everyone because readers like you chip in."
    doc = _doc("en", line, "The bridge will stay closed until the engineers have inspected it.")
    assert line in texts(doc) and doc.removed == ()
