"""The header block of an e-mail or a feed item printed at the top of a text dump (rule ``header-block``, read by
title.py), in any language, by its shape.

A run of `MIN_FIELDS` lines or more touching one another at the top of the body (its first block, or right under a
divider line such as "---------- Forwarded message ---------"), each one field: a key of one word (letters, maybe a
hyphen: "From", "Reply-To", "Betreff", "Objet ", "Тема", "件名"), a colon and a value; the keys all different, and one
value at least an e-mail address, a web address or a date, as a mail client or a feed reader prints them ("From: Ann
<ann@example.org>", "Link: https://…", "Date: Sat, 05 Dec 2026 …"). The lines go, and so does the divider above them;
the value that reads as the item's title (the longest headline-like value of `MIN_TITLE_WORDS` words or more, no
address, no date) becomes the title when the document has none ("Subject: …", "Title: …", "Betreff: …").
A fact box opening an article ("Ort: Rathaus" / "Zeit: 19 Uhr" / "Eintritt: frei") names no address and no date and
stays, and so does a run of fields further down the body.
"""
from __future__ import annotations

import re

from ..date_line import date_line
from ..lines import is_headline_like, word_count

MIN_FIELDS = 3
MAX_KEY_CHARS = 24
MIN_TITLE_WORDS = 3
MAX_DIVIDER_WORDS = 5
_FIELD = re.compile(rf"^(?P<key>[^\W\d_][\w-]{{0,{MAX_KEY_CHARS - 1}}})\s?[:\uff1a]\s+(?P<value>\S.*)$")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.")
_DIVIDER = re.compile(r"^[-=_*\u2013\u2014]{3,}[^\n]*[-=_*\u2013\u2014]{3,}$|^[-=_*\u2013\u2014]{3,}\s*$")


def header_block(blocks) -> tuple[list[int], str | None] | None:
    """(the header's blocks, divider included, and the title it names or None), or None (module docstring)."""
    start = 0
    if blocks and _DIVIDER.match(blocks[0].text.strip()) and word_count(blocks[0].text) <= MAX_DIVIDER_WORDS:
        start = 1
    fields: list[tuple[int, str, str]] = []
    for i in range(start, len(blocks)):
        block = blocks[i]
        m = _FIELD.match(block.text.strip()) if block.kind == "p" else None
        if m is None or fields and block.gap:
            break
        fields.append((i, m.group("key").casefold(), m.group("value").strip()))
    if len(fields) < MIN_FIELDS or len({k for _, k, _ in fields}) < len(fields):
        return None
    if not any(_ADDRESS.search(v) or date_line(v) is not None for _, _, v in fields):
        return None
    titles = [v for _, _, v in fields if word_count(v) >= MIN_TITLE_WORDS and not _ADDRESS.search(v)
              and date_line(v) is None and is_headline_like(v)]
    title = max(titles, key=word_count) if titles else None
    return list(range(fields[0][0] if not start else 0, fields[-1][0] + 1)), title
