"""A paragraph whose end carries a glued call or notice that a whole-block rule reads keeps its article sentences:
a call of a word or two after them (donation, `_appeal_tail`: "Donate today!") and a notice of sentences that each
hold a rights phrase or open with "Copyright" and a year (legal, `_legal_tail`) are cut alone, never the paragraph."""
from cleaners.builtin.donation import Donation
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import cuts, texts

LEAD = "The water board postponed the new treatment plant by a year, a spokesman said on Monday."
LAST = "A decision is expected next month, once the council has seen the cost estimates and the consultation."


def test_a_short_call_glued_after_the_last_paragraph_is_cut_alone():
    doc = run_cleaner(Donation, f"{LEAD}\n\n{LAST} Donate today!", language="en")
    assert texts(doc) == [LEAD, LAST] and cuts(doc, "donation") == [("appeal-tail", "Donate today!")]


def test_a_short_appeal_line_is_still_cut_whole():
    doc = run_cleaner(Donation, f"{LEAD}\n\nThanks for reading. Donate today!", language="en")
    assert texts(doc) == [LEAD] and cuts(doc, "donation") == [("donation-appeal", "Thanks for reading. Donate today!")]


def test_a_worded_copyright_notice_glued_after_the_paragraph_is_cut_alone():
    notice = "Copyright 2024 The Valley Post. All rights reserved."
    for glue in (" ", ""):
        doc = run_cleaner(Legal, f"{LEAD}\n\n{LAST}{glue}{notice}", language="en")
        assert texts(doc) == [LEAD, LAST] and [text for _, text in cuts(doc, "legal")] == [notice]


def test_a_paragraph_ending_with_a_sentence_about_copyright_stays():
    para = f"{LAST} The copyright dispute over the old maps began in 2019."
    doc = run_cleaner(Legal, f"{LEAD}\n\n{para}", language="en")
    assert texts(doc) == [LEAD, para] and not cuts(doc, "legal")


def test_a_notice_of_two_sentences_is_still_cut_whole():
    notice = "Text and photographs copyright © Harbour Media Ltd, 2000-2024. All rights reserved."
    doc = run_cleaner(Legal, f"{LEAD}\n\n{notice}", language="en")
    assert texts(doc) == [LEAD] and [text for _, text in cuts(doc, "legal")] == [notice]
