"""A short call naming a social network or messenger the article never names (read by calls_to_action.py).

A follow or join call is short and names the network it sends the reader to ("Liity WhatsApp-kanavallemme",
"Přidejte se k našemu kanálu na WhatsAppu", "Ku shiga tasharmu ta WhatsApp"); its wording is the language's, but the
network's name is the same in every language (`_networks.SOCIAL_SITE`). `social-line`: a line of `MAX_WORDS` words at
most naming a network, one clause (no comma, colon or semicolon, no full stop at its end; "!" may end it), with no
digit, no question, not quoted and reporting nobody, goes when no paragraph of the
body (`MIN_PROSE_WORDS` words or more) names that network: an article about the network names it in its prose, and
its subheadings ("WhatsApp fined by the regulator") stay, and so does a sentence ("Pratite Facebook stranicu općine,
poručili su iz policije.").
"""
from __future__ import annotations

import re

from .. import lang, screen
from ..lines import is_quoted, word_count
from ._networks import SITES, SOCIAL_SITE, UNSPACED_SITES

MAX_WORDS = 8
MIN_PROSE_WORDS = 12
_CLAUSE_MARKS = re.compile(r"[,;:\u060c\u061b\u3001\uff0c\uff1b\uff1a]|[.\u3002\u0964\u1362]\s*$")
_SCREEN = screen.compile(rf"(?:{SITES})|{UNSPACED_SITES}")


def _names(text: str) -> set[str]:
    return {m.group(0).lower()[:6] for m in SOCIAL_SITE.finditer(text)}


def network_lines(blocks, taken: set[int], langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """The short calls naming a network no paragraph of the body names (module docstring)."""
    found = [(i, _names(blocks[i].text)) for i in screen.candidates(blocks, _SCREEN) if blocks[i].kind != "code"]
    prose = set().union(*(names for i, names in found if word_count(blocks[i].text) >= MIN_PROSE_WORDS)) if found else set()
    reported = lang.pattern("reported", langs)
    out = []
    for i, names in found:
        text = blocks[i].text.strip()
        if i in taken or not names or names & prose or word_count(text) > MAX_WORDS or any(c.isdigit() for c in text) \
                or text.endswith(("?", "\u061f", "\uff1f")) or _CLAUSE_MARKS.search(text) or is_quoted(text) \
                or reported.search(text):
            continue
        out.append((i, "social-line"))
    return out
