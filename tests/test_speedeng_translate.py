"""linear_re.translate: the token walk gives what the former ``re.sub`` walk gave, on any pattern.

The reference below is the former implementation (a function called per token by ``re.sub``),
kept here as the oracle: every pattern of the engine goes through `translate` before RE2
compiles it, so the two must agree character for character, errors included."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from cleaners import linear_re
from cleaners.linear_re import _NEGATED, _SHORTHAND

_REF_TOKEN = re.compile(r"\\(.)|(\[\^?\]?)|\]", re.S)


def reference(pattern: str) -> str:
    in_class = False

    def token(m: re.Match) -> str:
        nonlocal in_class
        escaped, opening = m.group(1), m.group(2)
        if escaped is not None:
            if escaped in "bB":
                raise ValueError(f"\\{escaped} is ASCII-only in RE2; spell the boundary out: {pattern!r}")
            if escaped in _SHORTHAND:
                return _SHORTHAND[escaped] if in_class else f"[{_SHORTHAND[escaped]}]"
            if escaped in _NEGATED:
                if in_class:
                    raise ValueError(f"negated class \\{escaped} inside [...] is not supported: {pattern!r}")
                return f"[^{_SHORTHAND[_NEGATED[escaped]]}]"
            return m.group()
        if opening is None:
            in_class = False
            return "]"
        if in_class:
            in_class = not opening.endswith("]")
            return opening
        in_class = True
        return opening[:-1] + r"\]" if opening.endswith("]") else opening

    return _REF_TOKEN.sub(token, pattern)


def _outcome(f, pattern: str):
    try:
        return "ok", f(pattern)
    except ValueError as exc:
        return "error", str(exc)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="\\[]^-wdsWDSbBnxa.|()?:\n", max_size=40))
def test_translate_equals_the_former_walk(pattern):
    assert _outcome(linear_re.translate, pattern) == _outcome(reference, pattern)


@pytest.mark.parametrize("pattern", [
    r"(?m)^\s*(?:read|see)\s+more\W*$", r"[\w'-]+\s\d{1,2}", r"[^\s\d]+", r"[]a]\w", r"[^]x]", r"[[\w]]",
    r"\\w\s", r"a\]b[\]\s]", r"\.\-\+", "trailing\\", r"\p{Nd}\x{a0}", r"[\W]", r"x\bx", r"[\B]",
])
def test_translate_on_written_shapes(pattern):
    assert _outcome(linear_re.translate, pattern) == _outcome(reference, pattern)


def test_translate_makes_classes_unicode_aware():
    assert linear_re.translate(r"\w\S[\d-]") == f"[{_SHORTHAND['w']}][^{_SHORTHAND['s']}][{_SHORTHAND['d']}-]"
