"""dateline: a date standing between a lead-in that ends on a colon and a line going on in lower
case is part of the article's sentence and stays; the same date line elsewhere still goes."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts
from ._dateline import BODY, TITLE

LEAD_IN = "The notice pinned to the town hall door gave only one date for the vote:"
GOES_ON = "and by then, the council said, every household would have had its letter."


@pytest.mark.parametrize("date", ["March 3, 2012", "3 March 2012", "2012-03-03"])
def test_date_inside_a_sentence_stays(date):
    text = "\n\n".join([TITLE, BODY, BODY, LEAD_IN, date, GOES_ON, BODY])
    doc = run_cleaner(Dateline, text)
    assert date in texts(doc)
    assert cuts(doc, "dateline") == []


@pytest.mark.parametrize("after", [BODY, "Comments are closed."])
def test_date_line_after_a_colon_without_lower_case_sequel_goes(after):
    """The sequel opens in upper case: a label line ("Last updated:") over its date, not one sentence."""
    text = "\n\n".join([TITLE, BODY, BODY, "Last updated:", "March 3, 2012", after])
    doc = run_cleaner(Dateline, text)
    assert ("date-line", "March 3, 2012") in cuts(doc, "dateline")


def test_date_line_between_prose_blocks_goes():
    text = "\n\n".join([TITLE, BODY, BODY, "March 3, 2012", GOES_ON])
    doc = run_cleaner(Dateline, text)
    assert ("date-line", "March 3, 2012") in cuts(doc, "dateline")
