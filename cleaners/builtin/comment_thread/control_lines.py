"""A comment's control line ("Like · Reply · 2y", "▲ 12 ▼ • Reply"), named in the language files or coming back in
words no file holds, and a line that is only a date or an age (`is_date`): what stands around a comment's text
in a text dump and is no part of it. Split from heads.py."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang, screen
from ...dates import date_line
from ...lines import ends_sentence
from .._relative_stamp import bare_stamp
from .clock import clock_date, lead_words_date, yearless_stamp
from .controls import reading_time

_SEPARATORS = " |\u00b7\u2022,\u2013\u2014-()[]:"

_CONTROL_PARTS = re.compile(r"\s*[\u00b7\u2022|\u25b2\u25bc\u2191\u2193\u2b06\u2b07\u25b4\u25be]\s*|\s{2,}|\t")   # (or a wide gap)
_AGE = re.compile(r"^\d{1,3}\s?[^\W\d_]{1,3}\.?$")      # "2y", "3h", "5 d", "4 Std."
_COUNT = re.compile(r"^[+-]?\d{1,6}\s+")
_COUNT_TAIL = re.compile(r"\s*[(\[]\d{1,6}[)\]]$")     # "Like (24)", "Replies [3]": a count after a control
# rule `symbol-count`: a count beside a pictograph or symbol of one to three characters, "👍 33", "♥ 5", "12 ❤️"
_SYMBOL_COUNT = re.compile(r"[^\w\s]{1,3}\s?\d{1,6}|\d{1,6}\s?[^\w\s]{1,3}")
MAX_CONTROL_CHARS = 80
MAX_CONTROL_WORDS = 2     # of a control the language files do not name ("Upvote", "Daumen hoch")


def is_control(text: str, vocab) -> bool:
    """A comment's control line: a reply control ("Reply", "Antworten") parted by dots, bars or arrows
    from counts, an age and other controls of two words at most, named in the language files or not
    ("Like · Reply · 2y", "▲ 12 ▼ • Reply", "31 Me gusta · Responder", "Upvote · Reply", "Reply ↓", "Reply · Like (24)")."""
    if len(text) > MAX_CONTROL_CHARS:
        return False
    replies, parts = 0, _CONTROL_PARTS.split(text.strip())
    for part in parts:
        part = _COUNT_TAIL.sub("", part.strip(" .!:"))
        if not part or part.isdigit() or _AGE.match(part) or _SYMBOL_COUNT.fullmatch(part):
            continue
        if vocab["reply_line"].match(part):
            replies += 1
        elif not (vocab["chrome"].match(_COUNT.sub("", part)) or is_date(part, vocab) is True
                  or (len(parts) > 1 and len(_COUNT.sub("", part).split()) <= MAX_CONTROL_WORDS
                      and not ends_sentence(part) and not any(c.isdigit() for c in _COUNT.sub("", part)))):
            return False
    return replies > 0

_DIGIT = re.compile(r"\d")
_GLYPHS = re.compile(r"[\u2191\u2193\u2b06\u2b07\u25b2\u25bc\u25b4\u25be]")
_AGE_WORD = re.compile(r"\b\d{1,3}\s?[^\W\d_]{1,3}\b\.?")
MIN_RECURRING = 2

MAX_AGED_CONTROL_WORDS = 3    # a like control of three words in a row with an age: "Vind ik leuk · Reageren · 5y"
MAX_AGED_PARTS = 4


def _aged_row(parts: list[str], words: list[str]) -> bool:
    """Rule `aged-control-row`: a reaction row of a comment, "Vind ik leuk · Reageren · 5y", "J'aime · Répondre · 2 sem",
    "Reageer · Vind ik leuk (23)": two to four parts, one of them an age (digits and a short unit) or a counted word,
    two of them words. Its controls may be of three words; a name and an age ("Jan de Vries · 3h") is one word part
    and stays a head."""
    return 2 <= len([p for p in parts if p]) <= MAX_AGED_PARTS and len(words) >= 2 \
        and any(_AGE.match(p) or p.endswith(" #") for p in parts)


def recurring_controls(blocks, vocab) -> frozenset[int]:
    """Lines shaped like a comment's control line, whatever their words, that come back: parts parted
    by dots, bars or arrows, one a count, an age or a glyph ("29 Gefällt mir · Antworten",
    "▲ 3 ▼ | Yanıtla", "Antworten ↓"), short, no sentence, the same line (numbers and ages aside)
    `MIN_RECURRING` times or more, one part a word without digits that is no date or age ("• 3 uur
    geleden" is the comment's age). They are a thread's controls in words no language file holds."""
    seen: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if len(text) > MAX_CONTROL_CHARS or not _CONTROL_PARTS.search(text) or ends_sentence(text):
            continue
        parts = [_COUNT_TAIL.sub(" #", p.strip(" .!:")).strip() for p in _CONTROL_PARTS.split(text)]
        if reading_time(parts, vocab["langs"]):
            continue    # "By Ann · 5 min read": a byline, on the head and in a teaser list
        words = [p for p in parts if p and not p.isdigit() and not _AGE.match(p) and not _SYMBOL_COUNT.fullmatch(p)]
        counted = any(p.isdigit() or _AGE.match(p) or _COUNT.match(p) or p.endswith(" #") or _SYMBOL_COUNT.fullmatch(p)
                      for p in parts if p)
        most = MAX_AGED_CONTROL_WORDS if _aged_row(parts, words) else MAX_CONTROL_WORDS
        if not any(not _DIGIT.search(w) for w in words) or not (counted or _GLYPHS.search(text)) \
                or any(len(_COUNT.sub("", w.removesuffix(" #")).split()) > most or is_date(w, vocab) for w in words):
            continue    # no control word, or no count, age or glyph beside it ("Home | News"), or a date ("• 3 uur geleden")
        seen.setdefault(_AGE_WORD.sub("#", re.sub(r"\d+", "#", text.casefold())), []).append(i)
    return frozenset(i for found in seen.values() if len(found) >= MIN_RECURRING for i in found)


@lru_cache(maxsize=32)
def control_screen(langs: tuple[str, ...]):
    """Lines that can be a control line: a reply word of ``langs``."""
    return screen.compile(rf"(?:^|[^\w])(?:{lang.alternation(lang.words('reply', langs))})(?:$|[^\w])")


def is_date(text: str, vocab) -> str | None | bool:
    """ISO date of a text that is only a date, True for a relative time, else None."""
    text = text.strip(_SEPARATORS)
    if not text:
        return None
    found = date_line(text, max_rest_words=0, languages=vocab["langs"])
    if found:
        return found.iso
    return True if vocab["relative"].match(text) or yearless_stamp(text) or bare_stamp(text, vocab["langs"]) else \
        clock_date(text, vocab["langs"]) or lead_words_date(text, vocab["langs"])
