"""A run that meets many languages keeps each language's word patterns (`lang.pattern`, `lang.words`): they were
kept for 512 (keys, languages, where) only, and 16 languages in 360 pages asked 762, so the first languages' patterns
were dropped and compiled again when their pages came back."""
from __future__ import annotations

from cleaners import lang

KEYS = ("by", "related", "read_more", "share", "newsletter", "donate", "comments", "reply", "source", "photo", "rights",
        "follow")


def test_every_language_keeps_its_patterns():
    asked = [(key, lang.languages(code), where) for code in lang.available() for key in KEYS
             for where in ("search", "start")]
    assert len(asked) > 512
    made = [lang.pattern(*args) for args in asked]
    assert all(lang.pattern(*args) is pattern for args, pattern in zip(asked, made))


def test_every_language_keeps_its_words():
    asked = [(key, lang.languages(code)) for code in lang.available() for key in KEYS]
    made = [lang.words(*args) for args in asked]
    assert all(lang.words(*args) is words for args, words in zip(asked, made))
