"""Classes of scripts without case written under (?-i:) in patterns compiled with re.I (comments.vocabulary._CJK,
the heading and facts patterns of _press_release): Python's re then builds them without case-folding each of their
~28,000 code points at every compile (one compile per set of languages), and they match the same code points."""
import re

from cleaners.builtin import _press_release
from cleaners.builtin.comments import vocabulary

_ZH = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_PR = _press_release._UNSPACED
# (as written, folded by re.I; as written now)
PAIRS = [
    (f"[{_ZH}]", vocabulary._CJK),
    (f"['\u2019{_PR}]", f"(?-i:['\u2019{_PR}])"),
    (rf"[^\W{_PR}]", rf"(?-i:[^\W{_PR}])"),
]


def _code_points():
    """Every code point of the BMP and every 37th beyond it."""
    yield from range(0x10000)
    yield from range(0x10000, 0x110000, 37)


def test_the_unfolded_classes_match_the_same_code_points():
    assert vocabulary._CJK.startswith("(?-i:")
    for folded, unfolded in PAIRS:
        before, after = re.compile(folded, re.I), re.compile(unfolded, re.I)
        differ = [hex(c) for c in _code_points() if bool(before.fullmatch(chr(c))) != bool(after.fullmatch(chr(c)))]
        assert not differ, (unfolded, differ[:5])


def test_letters_beside_the_classes_still_fold():
    ours = vocabulary._vocabulary(("en",))
    assert ours.is_relative_time("3 HOURS AGO")
    assert not ours.is_relative_time("3 hours agony")
    heading, _, facts, _ = _press_release._patterns(("en",))
    assert heading.match("ABOUT ACME CORP").group("name") == "ACME CORP"
    assert [m.group(1) for m in facts.finditer("Acme is HEADQUARTERED IN Oslo")] == ["HEADQUARTERED IN"]
    assert not list(facts.finditer("Acme is unheadquartered in Oslo"))


def test_the_unspaced_scripts_still_glue():
    ours = vocabulary._vocabulary(("zh", "en"))
    assert ours.is_relative_time("4小时前")
    assert not ours.is_relative_time("4小时前后")
    heading, _, facts, _ = _press_release._patterns(("zh", "en"))
    assert heading.match("关于华信能源").group("name") == "华信能源"
    assert [m.group(1) for m in facts.finditer("华信能源总部位于上海")] == ["总部位于"]     # no space parts Han words
    assert [m.group(1) for m in facts.finditer("Acme总部位于上海")] == []       # a Latin letter glued before it
