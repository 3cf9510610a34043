"""`date_patterns.YEAR_HINT`, the screen of lines before the date patterns: the years it finds (Gregorian 19xx/20xx,
Solar Hijri and Hijri 13xx/14xx, 1500), written with a literal digit opening each branch, at the very places the
plain alternation finds them."""
import random
import re

from cleaners.date_patterns import YEAR_HINT, has_year

PLAIN = re.compile(r"(?:19|20|13|14)\d\d|1500")


def test_the_same_spans_as_the_plain_alternation():
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("0123459 x") for _ in range(rng.randint(0, 14)))
        found, plain = YEAR_HINT.search(text), PLAIN.search(text)
        assert (found and found.span()) == (plain and plain.span()), text


def test_years_found_and_other_numbers_not():
    assert [bool(YEAR_HINT.search(t)) for t in ("July 23, 2012", "۱۴۰۴ → 1404", "1500", "1999", "1350")] == [True] * 5
    assert [bool(YEAR_HINT.search(t)) for t in ("1501", "1200", "2100 m", "(9)", "12:30", "")] == [False] * 6
    assert has_year("on 3 May 2012", None) and not has_year("3 May", None)
