"""Credits glued to the end of one of the last paragraphs: a line of credits (dateline ``credit-tail``) and a line
saying who contributed (agency_credit ``contributed-tail``) are cut alone into ``metadata.credits``; the article
sentence before them stays, and a paragraph whose last sentence merely opens with such words keeps it."""
from cleaners.builtin.agency_credit import AgencyCredit
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts

LEAD = "The water board postponed the new treatment plant by a year, a spokesman said on Monday."
LAST = "A decision is expected next month, once the council has seen the cost estimates and the consultation."


def test_a_line_of_credits_glued_to_the_last_paragraph_is_cut_alone():
    credit = "Reporting by Ann Lee in Lisbon; Editing by Tom Brown"
    for glue in (" ", ""):
        doc = run_cleaner(Dateline, f"{LEAD}\n\n{LAST}{glue}{credit}", language="en")
        assert texts(doc) == [LEAD, LAST] and cuts(doc, "dateline") == [("credit-tail", credit)]
        assert doc.metadata["credits"] == [credit]


def test_a_contributor_line_glued_to_the_last_paragraph_is_cut_alone():
    credit = "The Associated Press contributed to this report."
    doc = run_cleaner(AgencyCredit, f"{LEAD}\n\n{LAST} {credit}", language="en")
    assert texts(doc) == [LEAD, LAST] and cuts(doc, "agency_credit") == [("contributed-tail", credit)]
    assert doc.metadata["credits"] == [credit.strip(" .")]


def test_a_last_sentence_that_only_opens_like_a_credit_stays():
    for para in (f"{LAST} Reporting by Ann Lee in the spring found the same delays at two other plants.",
                 f"{LAST} Higher costs contributed to this report's delay, the board said."):
        doc = run_cleaner(Dateline, f"{LEAD}\n\n{para}", language="en")
        doc = AgencyCredit().clean(doc)
        assert texts(doc) == [LEAD, para] and not doc.removed
