"""related_list, rule bullet-end: a list whose stories are bulleted ("» Title") ends at the first plain line, touching
it or not (a dump of single line breaks prints the article's next line right under the list); a list of plain
headlines under its heading goes on over touching lines."""
import pytest

from cleaners.builtin.related_list import RelatedList

from ..conftest import run_cleaner
from . import texts

BODY = ("Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said, "
        "and the first families were taken to the school in the valley.")
CASES = [
    ("en", "Most read:", ["Harbour traffic hits a record high", "Night trains to run every hour"], "Will the rise go on next year?"),
    ("es", "Lo más leído:", ["El puerto bate su récord de tráfico", "Los trenes nocturnos saldrán cada hora"],
     "¿Seguirá la subida el año que viene?"),
]


@pytest.mark.parametrize("code,heading,items,plain", CASES)
def test_a_plain_line_right_under_a_bulleted_list_ends_it_and_stays(code, heading, items, plain):
    text = "\n".join([BODY, heading] + [f"» {t}" for t in items] + [plain, BODY])
    doc = run_cleaner(RelatedList, text, language=code)
    assert texts(doc) == [BODY, plain, BODY]
    assert [r["title"] for r in doc.metadata["related"]] == items


@pytest.mark.parametrize("code,heading,items,plain", CASES)
def test_plain_headlines_under_the_heading_touching_one_another_all_go(code, heading, items, plain):
    text = "\n".join([BODY, heading] + items + [BODY])
    doc = run_cleaner(RelatedList, text, language=code)
    assert texts(doc) == [BODY, BODY]
    assert [r["title"] for r in doc.metadata["related"]] == items
