"""lang.NOT_WORD leaves RE2's case folding off ((?-i:)): its classes are closed under that folding, so a pattern
compiled case-insensitively matches the same code points and compiles to the same program as with folding on."""
import re2

from cleaners import lang, linear_re
from cleaners.lines import UNSPACED

FOLDED = rf"(?:[^{linear_re.WORD_CLASS}]|[{UNSPACED}])"      # the boundary as it was written before, folded by (?i)


def _compiled(pattern: str):
    return linear_re.compile(pattern, ignore_case=True)


def _code_points():
    """Every code point of the BMP (surrogates left out) and every 101st beyond it."""
    yield from (c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    yield from range(0x10000, 0x110000, 101)


def test_the_boundary_matches_the_same_code_points_as_when_folded():
    unfolded, folded = _compiled(rf"^{lang.NOT_WORD}$"), _compiled(rf"^{FOLDED}$")
    differ = []
    for code in _code_points():
        data = chr(code).encode("utf-8")
        if (unfolded.fullmatch(data) is None) != (folded.fullmatch(data) is None):
            differ.append(hex(code))
    assert not differ


def test_letters_beside_the_boundary_still_fold():
    found = lang.pattern("share", ("de", "en"), "search")
    assert found.search("Jetzt ARTIKEL TEILEN!").group(1) == "ARTIKEL TEILEN"
    assert found.search("Share This Story。").group(1) == "Share This Story"
    assert found.search("Artikel teilenswert") is None


def test_the_same_programs_as_with_folding():
    for where in ("search", "start", "end"):
        pattern = lang.pattern(("share", "read_more"), ("fr", "en"), where)._make[1][0]
        before = pattern.replace(lang.NOT_WORD, FOLDED)
        assert before != pattern
        options = re2.Options()
        options.case_sensitive = False
        sizes = [re2.compile(linear_re.translate(p), options).programsize for p in (pattern, before)]
        assert sizes[0] == sizes[1]
