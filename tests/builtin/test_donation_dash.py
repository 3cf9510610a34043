"""donation, rule donation-appeal: an appeal that opens a clause after a spaced hyphen, as after a dash ("... free and
accessible - donate today!"), is an appeal; a hyphen between words, or an appeal word inside a reported clause, is not."""
from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import cuts, texts

LEAD = "The harbour reopened on Monday after a week of storms."


def test_an_appeal_after_a_spaced_hyphen_is_cut():
    line = "Help keep all of our online content free and accessible - donate today!"
    doc = run_cleaner(Donation, f"{LEAD}\n\n{line}", language="en")
    assert texts(doc) == [LEAD] and cuts(doc, "donation") == [("donation-appeal", line)]


def test_hyphenated_words_and_a_reported_appeal_stay():
    lines = ["The fund-raiser - a donate-now drive by the harbour club - raised twice its goal.",
             "The charity's director said the message - donate today - reached thousands of people."]
    doc = run_cleaner(Donation, "\n\n".join([LEAD, *lines]), language="en")
    assert texts(doc) == [LEAD, *lines] and not cuts(doc, "donation")
