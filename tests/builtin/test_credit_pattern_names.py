"""`_byline.credit_pattern` writes the names of a credit as one loop of words (`_byline._names`: `CAP` twice, not
four times): it must match what ``NAME (?:JOIN NAME)*`` matched, the same names and the same rest, also where a
newline makes the pattern try shorter names (``(?P<rest>.*)$`` holds no newline)."""
import re

import pytest

from cleaners import lang
from cleaners.builtin import _byline


def _reference(key: str, langs: tuple[str, ...]):
    """The pattern as it was written before, with `NAME` twice."""
    by = lang.alternation(lang.words(key, langs))
    glued = lang.alternation(w for w in lang.words(key, langs) if _byline._GLUED.search(w))
    joins = lang.alternation(lang.words("and", langs))
    name = _byline.NAME
    return re.compile(rf"^(?:{by}(?:\s*:?\s+|\s*[\uff1a\u055d]\s*)|{glued})"
                      rf"(?P<names>{name}(?:\s*(?:,|&|\s{joins}\s)\s*{name})*)(?P<rest>.*)$", re.I)


LINES = [
    ("by", ("en",), "By Ann Lee and Bob Stone, Reuters"),
    ("by", ("en",), "By Ann Lee, Bob Stone & Carla de la Cruz, Staff Writers"),
    ("by", ("en",), "By Ann Lee and de Vries\nUpdated 3 May"),        # a newline: shorter names are tried
    ("by", ("en",), "By Ann Lee,\nand more"),
    ("by", ("en",), "by the way, this is no byline at all"),
    ("by", ("en",), "By: Jan van der Berg and da Silva & al Rashid"),
    ("by", ("de", "en"), "Von Anna Schmidt und Jan Nowak, dpa"),
    ("by", ("de", "en"), "Von Anna Schmidt und\nJan Nowak"),
    ("by", ("de", "en"), "Von Anna Schmidt Quelle: dpa"),                # a field label after the name
    ("by", ("fr", "en"), "Par Jean Dupont et Marie Curie, AFP"),
    ("by", ("zh", "en"), "作者：张伟 来源：新华社"),
    ("by", ("zh", "en"), "本报记者张晓东"),
    ("by", ("hy", "en"), "Հեղինակ՝ Անի Պետրոսյան"),
    ("editor", ("en",), "Edited by Ann Lee and Bob Stone"),
    ("editor", ("de", "en"), "Redaktion: Anna Schmidt, Jan Nowak und de Wit"),
]


@pytest.mark.parametrize("key, langs, line", LINES)
def test_the_names_are_those_of_the_pattern_with_name_twice(key, langs, line):
    ours, reference = _byline.credit_pattern(key, langs).match(line), _reference(key, langs).match(line)
    assert (ours is None) == (reference is None)
    if ours is not None:
        assert (ours.group("names"), ours.group("rest")) == (reference.group("names"), reference.group("rest"))


def test_names_joined_by_and_and_commas_are_read_whole():
    m = _byline.credit_pattern("by", ("en",)).match("By Ann Lee, Bob Stone and Carla Diaz | 3 May 2012")
    assert m.group("names") == "Ann Lee, Bob Stone and Carla Diaz" and m.group("rest") == " | 3 May 2012"


def test_a_newline_ends_the_names_before_it():
    m = _byline.credit_pattern("by", ("en",)).match("By Ann Lee and\nBob Stone")
    assert m is None or "\n" not in m.group("rest")
    assert _byline.credit_pattern("by", ("en",)).match("Photo of the day") is None


def test_the_pattern_writes_a_capital_word_twice():
    assert _byline._names(("en",)).count(_byline.CAP) == 2
