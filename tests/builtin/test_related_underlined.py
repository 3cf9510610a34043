"""related_list, rule underlined-heading: a line a rule of dashes or equals signs underlines right under it is a markdown
heading of the article's own and stays, though a run of related headlines stands right above it; the run goes."""
import pytest

from cleaners.builtin.related_list import RelatedList

from ..conftest import run_cleaner
from . import texts

CASES = {
    "en": (["The new tram line to the airport opened on Thursday after four years of building work in the city.",
            "About twenty thousand passengers a day are expected in the first year, the transport office said."],
           ["Harbour festival draws record crowds", "Snow closes the mountain pass again", "47 minutes ago"],
           "Fares and timetable",
           "A single ride costs two euros, and trams run every eight minutes from five in the morning."),
}


@pytest.mark.parametrize("code", sorted(CASES))
@pytest.mark.parametrize("rule", ["-" * 19, "=" * 19])
def test_an_underlined_heading_under_a_run_of_headlines_stays(code, rule):
    article, run, heading, after = CASES[code]
    text = "\n".join(article + run + [heading, rule, after])
    doc = run_cleaner(RelatedList, text, language=code)
    assert heading in texts(doc) and after in texts(doc) and all(a in texts(doc) for a in article)
    assert run[0] not in texts(doc) and heading not in [r["title"] for r in doc.metadata["related"]]


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_same_line_not_underlined_goes_with_the_run(code):
    article, run, heading, after = CASES[code]
    doc = run_cleaner(RelatedList, "\n".join(article + run + [heading, after]), language=code)
    assert heading not in texts(doc) and run[0] not in texts(doc)
