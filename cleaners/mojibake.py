"""Mojibake repair with ftfy, applied only where ftfy sees damage (fast path otherwise)."""
from __future__ import annotations

import ftfy
from ftfy.badness import is_bad

_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                               unescape_html=False, explain=False, normalization="NFC")


def repair(text: str) -> str:
    return ftfy.fix_text(text, config=_CONFIG) if is_bad(text) else text
