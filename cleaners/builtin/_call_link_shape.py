"""Calls to the reader known by a link's or a button's shape, in a language without a file (read by reader_calls.py).

A site's call printed into a dump between the article's paragraphs is a short line of its own, and what tells it
from the article when its words are unknown is the link or the button it was:

* ``call-link-shape``: one or two short sentences closed by a sentence's stop and then a bare web address, nothing
  after it ("Na ndiqni në Telegram për lajmet e fundit. https://example.al/telegram"): the article names an address
  inside its sentence ("Raporti është në https://example.al/raporti", "... e publikoi dje: https://..."), a call
  prints its link after the sentence is over.
* ``linked-call-shape``: one or two short sentences, closed by a sentence's stop, that are a markdown link's whole
  text on a line of their own, maybe bold ("**[Abonu nian informleteron kaj ricevu la novaĵojn.](https://…)**"): a
  button printed as a link; the article links a few words inside its sentence. Read by the markdown cleaner, as
  it reduces a link to its text.
* ``button-sentence-shape``: a sentence after one arrow or guillemet and a space ("» Shkarkoni aplikacionin tonë
  dhe merrni lajmet e fundit."), alone: no block beside it opens with the same sign (a list of such lines is a
  list, "» Hintergrund" without a stop a subheading, "»Wir sind froh«, sagte sie" a quotation).

Either is `MIN_WORDS` to `MAX_WORDS` words, holds no digit (a date, a count or a sum is the article's), is not
quoted and not set in title case. Only in a language without a file: a language with one reads its calls' words.
"""
from __future__ import annotations

import re

from .. import lang
from ..document import Document
from ..lines import SENTENCE_STOPS, is_quoted, stop_class, word_count

MIN_WORDS = 4
MAX_WORDS = 20
MAX_CHARS = 400       # a longer block is never tried
_STOP = stop_class("".join(SENTENCE_STOPS))
_LINK_AFTER = re.compile(rf"^(?P<text>.*[{_STOP}])\s+(?:https?://|www\.)[^\s<>]+\s*$", re.S)
_LINKED = re.compile(r"^[*_]{0,3}\[(?P<text>[^\[\]\n]+)\]\((?:https?://|www\.)[^()\s]+\)[*_]{0,3}$")
_SIGN = re.compile(r"^(?P<sign>[\u00bb\u203a\u2192\u25b6\u25ba\u27a4\u279c])\s+(?=\S)")
_SENTENCE_END = re.compile(rf"[{_STOP}]\s*$")
_DIGIT = re.compile(r"\d")


def _call_text(text: str) -> bool:
    """Short, no digit, not quoted, not in title case."""
    words = text.split()
    return MIN_WORDS <= word_count(text) <= MAX_WORDS and not _DIGIT.search(text) and not is_quoted(text) \
        and not all(w[:1].isupper() for w in words)


def link_call(text: str) -> bool:
    """Short sentences, then their link (``call-link-shape``)."""
    m = _LINK_AFTER.match(text.strip())
    return bool(m) and _call_text(m.group("text"))


def linked_call(text: str) -> bool:
    """A line that is only a link (maybe bold) whose text is short sentences (``linked-call-shape``)."""
    m = _LINKED.match(text.strip()) if len(text) <= MAX_CHARS else None
    return bool(m) and bool(_SENTENCE_END.search(m.group("text"))) and _call_text(m.group("text"))


def button_sentence(text: str, before: str, after: str) -> bool:
    """A sentence after one sign, no neighbour opening with the same sign (``button-sentence-shape``)."""
    m = _SIGN.match(text.strip())
    if not m or _SIGN.match(m.string[m.end():]):
        return False
    rest = m.string[m.end():]
    sign = m.group("sign")
    return bool(_SENTENCE_END.search(rest)) and _call_text(rest) \
        and not before.lstrip().startswith(sign) and not after.lstrip().startswith(sign)


def shape_calls(doc: Document) -> list[tuple[int, str]]:
    """``(index, rule)`` of the calls of ``doc`` told by their link or button (module docstring)."""
    if not doc.blocks or not lang.without_file(lang.document_languages(doc)):
        return []
    blocks = doc.blocks
    out = []
    for i, block in enumerate(blocks):
        if block.kind in ("code", "table"):
            continue
        text = block.text
        if len(text) > MAX_CHARS:
            continue
        if link_call(text):
            out.append((i, "call-link-shape"))
        elif button_sentence(text, blocks[i - 1].text if i else "", blocks[i + 1].text if i + 1 < len(blocks) else ""):
            out.append((i, "button-sentence-shape"))
    return out
