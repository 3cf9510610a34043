"""Numbered posts (rule `numbered-posts`): a board's thread whose posts each open with a header
line carrying the post's number, and whose replies quote the number they answer (">>12345").

Two header shapes, in any language:

* a number, a name and a date parted by colons, "2 : Ann : 2024/03/05(Tue) 12:34:56 ID:x1y2",
  "3 ：名無し：9時間前" (the date a written date, an age or a clock time);
* "No." and the number beside a name and a date: "Ann 2024/03/05 12:34 No.4005".

The post numbers rise from one post to the next. A reply opens with ">>N" (or "＞＞N"): its parent
is the post numbered N (the quote goes to ``removed``, with the header); an opening post whose
text is said again elsewhere on the page (the thread's title) is no comment. A thread needs two
posts so headed, and either two posters or a reply quoting another post: a numbered list of steps
has no such header ("1. Preheat the oven"), a table of figures no rising numbers beside names.
"""
from __future__ import annotations

import re

from .clock import CLOCK
from .items import Item, Line
from .thread import Thread, _text
from .tree import Tree
from .units import Family
from .vocabulary import vocabulary, written_date

RULE = "numbered-posts"
SCREEN_PIECES = 8          # the text pieces of a unit's start read by the screen
MAX_NAME_CHARS = 40
_LEAD = re.compile(r"^\s*(\d{1,9})\s*[:：]\s*([^:：]{1,40}?)\s*[:：]\s*(\S.*)$")
_NO = re.compile(r"(?<![^\W\d_])No\.?\s*(\d{1,12})(?!\d)", re.I)
_QUOTE = re.compile(r"^\s*(?:>>|＞＞|≫)\s?(\d{1,12})(?!\d)\s*")
_SCREEN = re.compile(r"^\s*\d{1,9}\s*[:：]|No\.?\s*\d", re.I)


def screened(tree: Tree, family: Family) -> bool:
    """Cheap: most of the first units open (within their first text pieces) with a post number."""
    units = family.units[:6]
    if len(units) < 2:
        return False
    hits = 0
    for u in units:
        k = tree.p0[u.first]
        text = "".join(tree.text[k:min(k + SCREEN_PIECES, tree.p1[u.tops[-1]])])
        # (what `_SCREEN` needs, tested first in C: a digit opening the text, or "no")
        hits += bool((text.lstrip()[:1].isdigit() or "no" in text.lower()) and _SCREEN.search(text))
    return hits * 2 > len(units)


def header(tree: Tree, line: Line, voc) -> tuple[int, str] | None:
    """(post number, poster) of a post's header line, or None."""
    text = " ".join(line.text.split())
    if len(text) > 160:
        return None
    if m := _LEAD.match(text):
        name = m.group(2).strip()
        if name and any(c.isalpha() for c in name) and _dated_anywhere(m.group(3), voc):
            return int(m.group(1)), name
        return None
    if not (m := _NO.search(text)) or not _dated_anywhere(text, voc):
        return None
    for k in line.pieces:       # the poster: the first piece that is no date, number, "No." or box
        piece = tree.text[k].strip(" :：|")
        if piece and any(c.isalpha() for c in piece) and len(piece) <= MAX_NAME_CHARS and not _NO.fullmatch(piece) \
                and piece.rstrip(".").lower() != "no" and not written_date(piece) and not CLOCK.search(piece):
            return int(m.group(1)), piece
    return None


def _dated_anywhere(text: str, voc) -> bool:
    """A date, a clock time or an age ("vor 10 Stunden", "3時間前") anywhere in the header."""
    if written_date(text) or CLOCK.search(text):
        return True
    words = text.split()
    return any(voc.is_relative_time(" ".join(words[k:k + n])) for n in (1, 2, 3) for k in range(len(words) - n + 1))


def board_thread(tree: Tree, family: Family, items: list[Item], top: int) -> Thread | None:
    """The family as a thread of numbered posts, or None (``top``: the units' common container)."""
    voc = vocabulary()
    page_text = None
    kept, authors, texts, numbers, quotes = [], [], [], [], []
    for i, item in enumerate(items):
        found, at = None, -1
        for k, line in enumerate(item.lines[:4]):
            if line.kind != "form" and (found := header(tree, line, voc)):
                at = k
                break
        if found is None:
            continue
        number, name = found
        quote, body = None, []
        for line in item.lines[at + 1:]:
            if line.kind == "form":
                continue
            if not body and quote is None and (q := _QUOTE.match(line.text)):
                quote = int(q.group(1))
                rest = line.text[q.end():].strip()
                if not rest:
                    line.kind = "chrome"
                    continue
                # (the quote inline, "&gt;&gt;12 Agreed": the quote is a chrome line of its own, logged as such)
                quoted = line.text[:q.end()].strip()
                item.lines.insert(item.lines.index(line), Line([], line.owner, quoted, line.sep, 0, "chrome"))
                line.text, line.words = rest, len(rest.split())
            if line.kind in ("body", "meta", "date", "author") and not voc.is_chrome(line.text):
                line.kind = "body"
                body.append(line)
            else:
                line.kind = "chrome"
        item.lines[at].kind = "meta"
        text = _text(body)
        if not text or not any(c.isalpha() for c in text):
            continue
        if not kept:        # the opening post saying the thread's title again is no comment
            page_text = page_text if page_text is not None else " ".join(tree.flat(0).split())
            if page_text.count(" ".join(text.split())) >= 2:
                continue
        kept.append(i)
        authors.append(name)
        texts.append(text)
        numbers.append(number)
        quotes.append(quote)
    if len(kept) < 2 or len(kept) * 5 < len(items) * 3 or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return None
    at_number = {n: pos for pos, n in enumerate(numbers)}
    parents = [at_number.get(q) if q is not None and at_number.get(q, pos) < pos else None
               for pos, q in enumerate(quotes)]
    if len({a.casefold() for a in authors}) < 2 and not any(p is not None for p in parents):
        return None
    depths: list[int] = []
    for p in parents:
        depths.append(0 if p is None else depths[p] + 1)
    return Thread(family, items, kept, authors, texts, parents, depths, top, False, RULE, False, set())
