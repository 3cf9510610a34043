"""A head line of fields parted by bars or dots in a language without a file ("E'lon qilindi: 15 noyabr 2025, 08:30 |
Muallif: Dilnoza Rahimova | O'qish vaqti: 2 daqiqa"; rule ``head-field-row``, read by dateline.py in the head): two
to `MAX_FIELDS` fields, one a date line (by its words or its shape, `_date_shape`), the others a byline by its shape
(`_byline_shape`, its names to metadata) or a short field with a digit (a reading time, a count) or of
`MAX_LABEL_WORDS` words; no field a sentence."""
from __future__ import annotations

import re

from ..dates import date_line
from ..lines import ends_sentence, word_count
from ._byline_shape import shape_byline
from ._date_shape import labelled_date_line

MAX_FIELDS = 4
MAX_CHARS = 200
MAX_DIGIT_FIELD_WORDS = 5   # "Lugemisaeg: 2 min", "Waqtiga akhriska: 2 daqiiqo"
MAX_LABEL_WORDS = 3
_FIELD_BREAK = re.compile(r"\s+[|\u00b7\u2022]\s+")


def field_row(text: str, langs: tuple[str, ...]) -> tuple[str, str | None] | None:
    """(the ISO date, the byline's names or None) of a head line of fields (module docstring), else None."""
    if len(text) > MAX_CHARS:
        return None
    fields = [f.strip() for f in _FIELD_BREAK.split(text.strip())]
    if not 2 <= len(fields) <= MAX_FIELDS or not all(fields):
        return None
    date, author = None, None
    for field in fields:
        if date is None and (iso := (found.iso if (found := date_line(field, languages=langs))
                                     else labelled_date_line(field, langs))):
            date = iso
        elif author is None and (byline := shape_byline(field)):
            author = byline[0]
        elif ends_sentence(field) or not (any(c.isdigit() for c in field) and word_count(field) <= MAX_DIGIT_FIELD_WORDS
                                          or word_count(field) <= MAX_LABEL_WORDS):
            return None
    return (date, author) if date else None
