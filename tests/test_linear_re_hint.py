"""linear_re.hint / may_find: a quick RE2 test before a slow ``re`` pattern, never refusing a line ``re`` would take."""
import re

from cleaners import lang, linear_re
from cleaners.screen import long_lines
from cleaners.document import Block


def test_hint_finds_a_phrase_in_any_case():
    quick = linear_re.hint(lang.alternation(["photo by", "picture"]))
    assert linear_re.may_find(quick, "The crowd at the gate. PHOTO   BY Ann Lee")
    assert not linear_re.may_find(quick, "The crowd at the gate waited for the mayor.")


def test_no_hint_where_re_folds_an_i_differently():
    assert linear_re.hint(lang.alternation(["fotoğrafı"])) is None      # dotless i: re takes "i" for it
    assert linear_re.may_find(None, "anything")


def test_text_re2_would_read_differently_is_not_refused():
    quick = linear_re.hint(lang.alternation(["photo by"]))
    assert linear_re.may_find(quick, "Straße ohne Bild")                 # not ASCII: not tested
    assert linear_re.may_find(quick, "photo\x1cby Ann Lee")              # a space to re, not to RE2
    assert re.search(lang.alternation(["photo by"]), "photo\x1cby Ann Lee", re.I)


def test_long_lines_as_the_screen():
    blocks = tuple(Block(text=t, kind="p") for t in ("short", "a line of twenty-four chars", "ab\n" + "x" * 24))
    assert list(long_lines(blocks, 24)) == [1, 2]
