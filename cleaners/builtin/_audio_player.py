"""An article's audio player printed as text, in any language (read by reader_calls.py; no word of a file is read).

A player prints a short label and the recording's length as minutes and seconds: "Listen to this article · 5:32 min",
"▶ Artikel anhören (5:22)", "🎧 Слушать статью" with "7:40" on the next line. What tells it from a time of day
("Doors open · 7:30", "Abfahrt 5:50 Uhr") is the sign of a player before the label (a play triangle, headphones,
a speaker) or a minute's unit after the length (dateparser's words for a minute in the document's languages, or
"min"); the label is `MAX_LABEL_WORDS` words at most, of letters only, and holds no sentence's stop (the ideographic
one too: a Chinese or Japanese sentence, one "word" between spaces, is no label).

* ``audio-player``: a line that is only such a player; or a line that is only a player's sign and a label, with the
  line right under it only a length ("🎧 Listen to this article" / "7:40"): both go.
* ``audio-player-tail``: a player with a minute's unit glued to a paragraph's end after its last sentence's stop
  ("... the county town. Listen to this article · 4:47 min"): the tail goes, the paragraph stays.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..lines import SENTENCE_STOPS

MAX_LABEL_WORDS = 6
# a play triangle, a play/pause button, headphones, a speaker (its three volumes), a studio microphone
_SIGN = "[\u25b6\u25ba\u23f5\u23ef\U0001f3a7\U0001f50a\U0001f509\U0001f508\U0001f399]\ufe0f?"
_LENGTH = r"\d{1,2}:[0-5]\d(?::[0-5]\d)?"
_STOPS = re.escape("".join(SENTENCE_STOPS)) + ";\u3002\uff01\uff1f"     # and the ideographic full stop, "！", "？"
_LABEL = rf"(?P<label>[^\W\d_](?:[^\d{_STOPS}\n()\[\]|\u00b7\u2022]*[^\W\d_])?)"
_SEP = r"\s*(?:[|\u00b7\u2022:\u2013\u2014-]\s*)?"


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    units = {w.lower() for code in langs for w in (lang.locale_info(code) or {}).get("minute") or () if len(w) >= 2}
    unit = rf"(?:{'|'.join(map(re.escape, sorted(units | {'min', 'mins'}, key=len, reverse=True)))})\.?"
    line = re.compile(rf"^(?:(?P<sign>{_SIGN})\s*)?{_LABEL}{_SEP}(?:\((?P<b>{_LENGTH})\)|(?P<n>{_LENGTH}))"
                      rf"(?:\s*(?P<unit>{unit}))?$", re.I)
    tail = re.compile(rf"(?<=[{_STOPS}])\s*(?:{_SIGN}\s*)?{_LABEL}{_SEP}\(?{_LENGTH}\)?\s*{unit}$", re.I)
    head = re.compile(rf"^{_SIGN}\s*{_LABEL}$")
    return line, tail, head


_LENGTH_ALONE = re.compile(rf"^\(?{_LENGTH}\)?(?:\s*[^\W\d_]{{1,8}}\.?)?$")


def _label(m: re.Match) -> bool:
    return len(m.group("label").split()) <= MAX_LABEL_WORDS


def audio_players(blocks, langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """The blocks that are an audio player's line, with the rule (``audio-player``, module docstring)."""
    line, _, head = _patterns(langs)
    out: list[tuple[int, str]] = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind in ("code", "table") or len(text) > 120:
            continue
        if ":" in text and (m := line.match(text)) and _label(m) and (m.group("sign") or m.group("unit")):
            out.append((i, "audio-player"))
        elif i + 1 < len(blocks) and (m := head.match(text)) and _label(m) and blocks[i + 1].gap == 0 and \
                _LENGTH_ALONE.match(blocks[i + 1].text.strip()):
            out += [(i, "audio-player"), (i + 1, "audio-player")]
    return out


def audio_tails(blocks, langs: tuple[str, ...], taken: set[int]) -> list[tuple[int, int]]:
    """(block, where the glued player starts) of the paragraphs that end with a player (``audio-player-tail``)."""
    tail = _patterns(langs)[1]
    out = []
    for i, block in enumerate(blocks):
        if i in taken or block.kind in ("code", "table") or ":" not in block.text[-40:]:
            continue
        if (m := tail.search(block.text.rstrip())) and _label(m) and m.start() > 0:
            out.append((i, m.start()))
    return out
