"""The particles Hebrew and Arabic write glued to the front of a word, before a phrase of the word lists.

Hebrew "ו" (and) before one of "ב כ ל מ ש ה" (in, as, to, from, that, the) or a pair of them ("שב", "כש", "מה");
Arabic "و"/"ف" (and, so) before "ب ك ل س" (by, as, to, will) or the article "ال" ("بال"; "لل" where "ل" meets the
article: "للأخبار" is "ل" + "الأخبار"). A phrase of fewer than `MIN_LETTERS` letters takes none: a short word with a
letter before it is often another word ("מכתב", a letter, is no "כתב", a reporter; "برد", cold, no "رد", reply)."""
from __future__ import annotations

import re
from typing import Callable

MIN_LETTERS = 4
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
HEBREW = "(?:ו?(?:[בכלמשה]|ש[בלמה]|כש|מה)?)"
ARABIC = "(?:[وف]?(?:[بكلس]|ال|[بك]ال|لل)?)"


def particles(phrase: str, literal: Callable[[str], str]) -> str:
    """The pattern of ``phrase`` (``literal`` writes a phrase's pattern) with the particles that may stand glued
    before it; ``literal(phrase)`` alone for a phrase of other scripts, or a short one."""
    if _HEBREW.match(phrase) and len(_HEBREW.findall(phrase)) >= MIN_LETTERS:
        return HEBREW + literal(phrase)
    if not (_ARABIC.match(phrase) and len(_ARABIC.findall(phrase)) >= MIN_LETTERS):
        return literal(phrase)
    if phrase.startswith("ال"):
        return f"(?:[وف]?[بك]?{literal(phrase)}|[وف]?لل{literal(phrase[2:])})"
    return ARABIC + literal(phrase)
