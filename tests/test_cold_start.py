"""The cold-start shortcuts give the same patterns and matches as the plain forms they replace
(benchmarks/cold_start.py measures them)."""
from __future__ import annotations

import re
import sys

import pytest

from cleaners import lang, lazy_re, linear_re
from cleaners.builtin import _byline
from cleaners.lines import HAN_KANA, UNSPACED


@pytest.mark.parametrize("pattern, expected", [
    (r"a\sb", rf"a[{linear_re.SPACE_CLASS}]b"),
    (r"[\w-]+x", rf"[{linear_re.WORD_CLASS}-]+x"),
    (r"[]a]\d", r"[\]a][\p{Nd}]"),
    (r"[^]a]\W", rf"[^\]a][^{linear_re.WORD_CLASS}]"),
    (r"plain text (?:no|classes)", r"plain text (?:no|classes)"),
    (r"a\.b[\[]\]", r"a\.b[\[]\]"),
    ("trailing\\", "trailing\\"),
])
def test_translate_rewrites_shorthands_and_copies_the_rest(pattern, expected):
    assert linear_re.translate(pattern) == expected


@pytest.mark.parametrize("pattern", [r"a\bc", r"[\W]"])
def test_translate_refuses_what_re2_cannot_spell(pattern):
    with pytest.raises(ValueError):
        linear_re.translate(pattern)


def test_unspaced_letters_have_no_case():
    """`_byline.HAN_NAME` leaves case folding off ((?-i:)): the same match set, as no code point of
    `lines.UNSPACED` has a case pair and none outside folds into them."""
    inside = re.compile(f"[{UNSPACED}]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = {char.lower(), char.upper(), char.casefold()} - {char}
        if inside.match(char):
            assert not folded, hex(code)
        else:
            assert not any(len(f) == 1 and inside.match(f) for f in folded), hex(code)


def test_han_name_matches_under_ignore_case_as_before():
    plain = re.compile(rf"[{HAN_KANA}]{{2,5}}", re.I)
    scoped = re.compile(_byline.HAN_NAME, re.I)
    for text in ("王明", "山田太郎", "สมชาย", "Ab", "王", "ΑΒ"):
        assert bool(plain.fullmatch(text)) == bool(scoped.fullmatch(text))
    assert scoped.fullmatch("王明") and not scoped.fullmatch("Wang")
    assert not scoped.fullmatch("สมชาย") and re.fullmatch(_byline.UNCASED_WORD, "สมชาย")   # a Thai name is a spaced word


def test_alternation_is_the_same_each_time_a_phrase_comes_back():
    first = lang.alternation(["read more", "广告 继续阅读", "l'article", "ilgili"])
    again = lang.alternation(["ilgili", "read more"])
    assert first == r"(?:read\s+more|广告\s*继续阅读|l['’ʼ]art[iİ]cle|[iİ]lg[iİ]l[iİ])"
    assert again == r"(?:[iİ]lg[iİ]l[iİ]|read\s+more)"
    assert lang.alternation([]) == "(?:$^)"


def test_lazy_pattern_compiles_on_first_use_only(monkeypatch):
    made = []

    def make(pattern, flags):
        made.append(pattern)
        return re.compile(pattern, flags)
    lazy = lazy_re.LazyPattern(make, r"\bab+", re.I, pattern=r"\bab+")
    assert lazy.pattern == r"\bab+" and made == []          # the source is known without compiling
    assert lazy.search("x ABB y").group() == "ABB" and made == [r"\bab+"]
    assert lazy.search("x abb").group() == "abb" and lazy.match("zab") is None
    assert made == [r"\bab+"]                                # compiled once


def test_lazy_patterns_match_as_their_compiled_forms():
    for lazy, plain in ((lazy_re.compile(r"(?P<w>\w+)-\d", re.I), re.compile(r"(?P<w>\w+)-\d", re.I)),
                        (lazy_re.linear(r"(?P<w>\w+)-\d", True), linear_re.compile(r"(?P<w>\w+)-\d", True))):
        for text in ("Straße-1 x", "no digit-", "ÉTÉ-9"):
            a, b = lazy.search(text), plain.search(text)
            assert (a and a.groupdict()) == (b and b.groupdict())
        assert lazy.groupindex == plain.groupindex
    assert not hasattr(lazy_re.compile("a"), "__nothing__")
