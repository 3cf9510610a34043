"""`cleaners.re_charsets`: the memoised charset step of ``re`` compiles every pattern to the same code."""
from __future__ import annotations

import re
import re._compiler as compiler
import re._parser as parser

from cleaners import lang, re_charsets
from cleaners.builtin import _byline
from cleaners.lines import CAPITAL, HAN_KANA, UNCASED

PATTERNS = [
    (rf"[{CAPITAL}][\w.'-]*", re.I), (rf"[{CAPITAL}][\w.'-]*", 0), (rf"(?-i:[{HAN_KANA}]{{2,5}})", re.I),
    (rf"[{UNCASED}]+|[^{UNCASED}\d]", re.I), (r"[a-z\u0100-\u017f]+", re.I), (r"[^\W\d_]{3,}", re.I), (rb"[a-z\x80-\xff]", re.I),
    (r"[\u0400-\u04ff]", re.I | re.A), (r"x", 0),
] + [(_byline.credit_pattern.__wrapped__("by", lang.languages(code)).pattern, re.I) for code in ("de", "ru", "el", "zh")]


def _code(pattern, flags) -> list[int]:
    flags |= 0 if isinstance(pattern, bytes) or flags & re.A else re.U
    return compiler._code(parser.parse(pattern, flags), flags)


def test_memoised_charsets_compile_to_the_same_code():
    assert compiler._optimize_charset is re_charsets._optimize_charset      # installed by the package
    compiler._optimize_charset = re_charsets._original
    try:
        expected = [_code(p, f) for p, f in PATTERNS]
    finally:
        re_charsets.install()
    assert compiler._optimize_charset is re_charsets._optimize_charset
    re_charsets._memo.clear()
    assert [_code(p, f) for p, f in PATTERNS] == expected            # the memo filled
    assert re_charsets._memo
    assert [_code(p, f) for p, f in PATTERNS] == expected            # and read


def test_small_charsets_are_not_kept():
    re_charsets._memo.clear()
    assert re_charsets._optimize_charset([(parser.LITERAL, 97)]) == re_charsets._original([(parser.LITERAL, 97)])
    assert not re_charsets._memo
    wide = [(parser.RANGE, (97, 200))]
    assert re_charsets._optimize_charset(wide) == re_charsets._original(wide)
    assert re_charsets._memo
