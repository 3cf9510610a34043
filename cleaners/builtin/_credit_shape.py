"""Picture and chart credits by their shape, in a language without a file (`credit-shape`, read by captions.py).

A credit names who made a picture or a chart in names alone, after a label of one or two words of any language
and a colon, or an abbreviation's full stop ("Fot."): names parted by slashes, one of them a person's of two
words or more or a news agency (`_wire.AGENCY`): "Zdjęcie: Leszek Szymański/East News", "Fot. PAP/Marcin Obara",
"Imagen: EFE/Mark Hill", "Crédit photo : Carmen Ruiz/Reuters", "(Fot. PAP)". A chart's credit row adds parts set
off by bullets, middle dots or bars, each another labelled credit or up to `MAX_PART_WORDS` words with no digit
and no sentence stop ("Grafiek: ANP • Bron: EFE • Download de data", "Grafik: PAP · Erstellt mit Datawrapper").
A name is words that open with a capital, a particle of up to three small letters between them ("Pieter de Wit").
No sentence has this shape: its words after the colon are not all names, and two one-word names under a label
("Koalition: SPD/Grüne") make no credit. Only in a language without a file: a language with one reads its own
labels (captions, agency_credit)."""
from __future__ import annotations

import re

from ..lines import FIELD_BREAK, SENTENCE_STOPS, word_count
from ._wire import AGENCY

MAX_CHARS = 120
MAX_PARTS = 4
MAX_PART_WORDS = 4
MAX_NAME_WORDS = 4
# a label of one or two words, then a colon (maybe spaced off, as French sets it) or an abbreviation's full stop
_LABELLED = re.compile(r"^([^\W\d_]{2,20}(?: [^\W\d_]{2,20})?)(?: ?:|\.:?) *(\S.*)$")
_TOKEN = re.compile(r"^[^\W\d_][\w.'\u2019-]*$")


def _names(value: str) -> list[list[str]] | None:
    """The names of ``value`` parted by slashes, each a list of words; None when a part is no name."""
    out = []
    for part in value.split("/"):
        tokens = part.split()
        if not 1 <= len(tokens) <= MAX_NAME_WORDS or not all(_TOKEN.match(t) for t in tokens) or \
                not tokens[0][:1].isupper() or not tokens[-1][:1].isupper() or \
                not all(t[:1].isupper() or len(t) <= 3 for t in tokens):
            return None
        out.append(tokens)
    return out


def _credit(part: str) -> bool:
    """A labelled credit: a capitalised label, then names with a person of two words or more or an agency."""
    m = _LABELLED.match(part)
    if m is None or not m.group(1)[:1].isupper():
        return False
    names = _names(m.group(2).strip())
    if names is None:
        return False
    return AGENCY.search(m.group(2)) is not None or (len(names) > 1 and any(len(n) > 1 for n in names))


def _short(part: str) -> bool:
    return 0 < word_count(part) <= MAX_PART_WORDS and not any(c.isdigit() for c in part) \
        and not part.endswith(SENTENCE_STOPS)


def credit_shape(text: str) -> str | None:
    """The credit of ``text`` when it is only a picture's or a chart's credit (module docstring): a single credit's
    names without their label ("Leszek Szymański/East News"), a chart's row whole; else None."""
    line = text.strip()
    if len(line) > MAX_CHARS:
        return None
    if line[:1] in "([" and line[-1:] in ")]":
        line = line[1:-1].strip()
    parts = FIELD_BREAK.split(line)
    if len(parts) > MAX_PARTS or not _credit(parts[0]) or not all(_credit(p) or _short(p) for p in parts[1:]):
        return None
    return line if len(parts) > 1 else _LABELLED.match(line).group(2).strip()
