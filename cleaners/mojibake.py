"""Mojibake repair with ftfy, applied only where ftfy sees damage (fast path otherwise)."""
from __future__ import annotations

import re

import ftfy
from ftfy.badness import is_bad

_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                               unescape_html=False, explain=False, normalization="NFC")


# text whose only non-ASCII characters are these typographic marks cannot hold mojibake:
# every sequence ftfy's badness pattern matches has a character outside them and ASCII
# (tests/test_readers.py checks every sequence of up to three of them and ASCII characters)
TYPOGRAPHIC = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u2022\u00b7\u00ab\u00bb"
_OTHER_THAN_TYPOGRAPHIC = re.compile(f"[^\\x00-\\x7f{TYPOGRAPHIC}]")


def repair(text: str) -> str:
    if not _OTHER_THAN_TYPOGRAPHIC.search(text):
        return text
    return ftfy.fix_text(text, config=_CONFIG) if is_bad(text) else text


def repair_blocks(blocks: tuple) -> tuple:
    """``blocks`` with `repair` applied to each text; the same tuple when no text can hold
    mojibake (one test over all the texts, not one per block)."""
    if not blocks or not _OTHER_THAN_TYPOGRAPHIC.search("\n".join(b.text for b in blocks)):
        return blocks
    out = []
    for block in blocks:
        fixed = repair(block.text)
        out.append(block if fixed == block.text else block.with_text(fixed))
    return tuple(out)
