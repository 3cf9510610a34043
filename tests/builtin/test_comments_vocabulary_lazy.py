"""The long patterns of a vocabulary (`markup.Compiled`) are compiled on their first use, once: a
page that needs none of them does not pay for the merged lists of every language."""
from cleaners.builtin.comments.vocabulary import MARKUP_FILE, Vocabulary
import tomllib


def _vocabulary() -> Vocabulary:
    with MARKUP_FILE.open("rb") as f:
        return Vocabulary(tomllib.load(f), ("en",))


def test_a_pattern_is_compiled_on_first_use_and_kept():
    voc = _vocabulary()
    assert "_prompt" not in vars(voc) and "_chrome" not in vars(voc)
    assert voc.is_prompt("Leave a comment")
    pattern = vars(voc)["_prompt"]
    assert not voc.is_prompt("Leave the building")
    assert vars(voc)["_prompt"] is pattern          # compiled once
    assert "_chrome" not in vars(voc)                # an unused one stays uncompiled


def test_patterns_read_as_before():
    voc = _vocabulary()
    assert voc.is_chrome("Reply") and voc.is_chrome("12 comments") and not voc.is_chrome("Ann Lee")
    assert voc.is_relative_time("2 hours ago") and not voc.is_relative_time("two of us")
    assert voc.strip_name("Posted by Ann Lee") == "Ann Lee"
    assert voc.name_in("Ann Lee on May 3, 2012 at 9:59 pm") == "Ann Lee"
