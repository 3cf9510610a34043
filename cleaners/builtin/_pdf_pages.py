"""A PDF's page furniture in a text dump (`pdftotext` and the like; read by layout.py, before it joins the paragraphs
a break cut).

A PDF printed as text breaks its pages inside the paragraphs: between the two halves of a sentence stand the page's
number and the next page's running header, and a word wrapped at a line's end keeps its hyphen ("conti-" /
"nued"). Once the text shows it is such an export (a form feed in the input, or `MIN_PAGES` page numbers in a
row, each one more than the one before), in any language:

* `page-number`: a line that is only a page's number ("7", "– 7 –", "7 / 12", "- 7 -"; the bare number only in an
  input with form feeds) goes;
* `running-header`: a line of `MAX_HEADER_WORDS` words at most printed `MIN_PAGES` times or more, each time right
  after a page number or at the top of the text, goes every time;
* `pdf-hyphen`: a word the export broke at a line's end with a hyphen ("betei-" / "ligen") is joined again ("beteiligen"),
  where the input shows the break (a hyphen ending a line, a lower-case letter opening the next); the hyphen is
  logged. A suspended compound ("Rad- und Fußwege", "pre- and post-war") keeps its hyphen: the word after it is a
  conjunction of the document's languages (`and` in `cleaners/lang`) or of two letters at most.

The halves of a sentence the furniture parted are then next to each other, and layout joins them as it joins any
paragraph broken mid-sentence. A text without form feeds and with one page number, or numbers out of order, keeps
its lines.
"""
from __future__ import annotations

import re

from .. import lang, screen
from ..document import Document
from ..lines import word_count
from ..screen import SparseEditor

MIN_PAGES = 2
MAX_HEADER_WORDS = 15
_DASHED = re.compile(r"^\s*(?:[-\u2013\u2014]\s*(\d{1,4})\s*[-\u2013\u2014]|(\d{1,4})\s*/\s*\d{1,4})\s*$")
_BARE = re.compile(r"^\s*(\d{1,4})\s*$")
# a word broken at a line's end: "betei-" then "ligen" on the next line
_BROKEN = re.compile(r"(\w{2,})-[ \t]*\r?\n[ \t]*([^\W\d_]\w*)")
_NUMBER_SCREEN = screen.compile(r"^\s*(?:[-\x{2013}\x{2014}]\s*\d{1,4}\s*[-\x{2013}\x{2014}]|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})\s*$")
_JOIN_SCREEN = screen.compile(r"\w- \w")
_JOINED = re.compile(r"(\w{2,})- ([^\W\d_]\w*)")     # the same break once the reader joined the lines


def _numbers(blocks, bare: bool) -> list[int]:
    """The blocks that are page numbers counting up from one page to the next."""
    found, last = [], 0
    for i in screen.candidates(blocks, _NUMBER_SCREEN):
        b = blocks[i]
        if b.kind == "code" or len(b.text) > 20:
            continue
        m = _DASHED.match(b.text) or (_BARE.match(b.text) if bare else None)
        if m:
            n = int(next(g for g in m.groups() if g))
            if n <= last:
                return []       # numbers out of order: a list, a table's column
            found.append(i)
            last = n
    return found if len(found) >= MIN_PAGES else []


def _headers(blocks, numbers: list[int]) -> list[int]:
    """The running header's lines: one text right after each page number (or at the top), `MIN_PAGES` times."""
    spots = [0] + [i + 1 for i in numbers if i + 1 < len(blocks)]
    by_text: dict[str, list[int]] = {}
    for i in spots:
        text = blocks[i].text.strip()
        if text and word_count(text) <= MAX_HEADER_WORDS:
            by_text.setdefault(text, []).append(i)
    return sorted(i for found in by_text.values() if len(found) >= MIN_PAGES for i in found)


def _hyphenated(doc: Document) -> dict[str, str]:
    """The words the input broke at a line's end: "betei- ligen" (as the reader joined the lines) -> "beteiligen"."""
    text = doc.raw.decode("utf-8", "replace") if isinstance(doc.raw, bytes) else str(doc.raw or "")
    conjunctions = set(lang.words("and", lang.document_languages(doc)))
    out = {}
    for m in _BROKEN.finditer(text):
        head, tail = m.group(1), m.group(2)
        if len(tail) <= 2 or not tail[0].islower() or tail in conjunctions:
            continue
        out[f"{head}- {tail}"] = head + tail
    return out


def pdf_pages(doc: Document, cleaner: str) -> Document:
    """``doc`` without its PDF page numbers and running headers, its broken words joined (module docstring)."""
    raw = doc.raw or b""
    feeds = b"\x0c" in raw if isinstance(raw, bytes) else "\x0c" in raw
    blocks = doc.blocks
    numbers = _numbers(blocks, feeds)
    if not blocks or not numbers and not feeds:
        return doc
    edit = SparseEditor(doc, cleaner)
    cuts = {i: "page-number" for i in numbers} | {i: "running-header" for i in _headers(blocks, numbers)}
    words = _hyphenated(doc)
    joins = set(screen.candidates(blocks, _JOIN_SCREEN)) if words else set()
    for i in sorted(cuts.keys() | joins):
        b = blocks[i]
        if i in cuts:
            edit.drop(i, cuts[i])
        elif b.kind != "code":
            broken = [m.group(0) for m in _JOINED.finditer(b.text) if m.group(0) in words]
            if broken:
                for _ in broken:
                    edit.log("pdf-hyphen", "-", b)
                edit.put(i, b.with_text(_JOINED.sub(lambda m: words.get(m.group(0), m.group(0)), b.text)))
    return edit.done()
