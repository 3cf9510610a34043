"""The long patterns of a vocabulary are compiled on their first use, once (`cleaners.lazy_re`): a
page that needs none of them does not pay for the merged lists of every language."""
from cleaners.builtin.comments.vocabulary import MARKUP_FILE, Vocabulary
import tomllib


def _vocabulary() -> Vocabulary:
    with MARKUP_FILE.open("rb") as f:
        return Vocabulary(tomllib.load(f), ("en",))


def _compiled(voc: Vocabulary, name: str):
    return vars(vars(voc)[name]).get("_compiled")


def test_a_pattern_is_compiled_on_first_use_and_kept():
    voc = _vocabulary()
    assert _compiled(voc, "_prompt") is None and _compiled(voc, "_chrome") is None
    assert voc.is_prompt("Leave a comment")
    pattern = _compiled(voc, "_prompt")
    assert pattern is not None
    assert not voc.is_prompt("Leave the building")
    assert _compiled(voc, "_prompt") is pattern     # compiled once
    assert _compiled(voc, "_chrome") is None         # an unused one stays uncompiled


def test_patterns_read_as_before():
    voc = _vocabulary()
    assert voc.is_chrome("Reply") and voc.is_chrome("12 comments") and not voc.is_chrome("Ann Lee")
    assert voc.is_relative_time("2 hours ago") and not voc.is_relative_time("two of us")
    assert voc.strip_name("Posted by Ann Lee") == "Ann Lee"
    assert voc.name_in("Ann Lee on May 3, 2012 at 9:59 pm") == "Ann Lee"
