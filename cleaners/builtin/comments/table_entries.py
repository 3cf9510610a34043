"""Entries as tables (rule `table-entries`): a guestbook's or an old board's entries, one small table
each, siblings of one class, or a definition list's terms and descriptions; a header line holds the
writer's name and a stamp to the minute or an age ("Ann Lee (3 May 2004 21:14)", "Tomasz (6 godziny
temu)"), the message stands in a row under it. A forum's post tables (vBulletin's postbit) split that head: the
stamp in the post's header row, the name in the poster's profile box beside the message (`_poster_head`).

Table elements are no units of the thread search (`units`: a page's layout is made of tables), so
these are read here, after it: two tables at least beside one another, of few rows and no table
inside (or a list of terms each followed by its description), each with such a header and a message of
three words or more, two writers at least. A table of figures or of product specifications has no name
beside a stamp, a timeline's events are dated to the day, a timetable of one label has one "writer".
"""
from __future__ import annotations

from ...lines import word_count
from .items import read_items
from . import row_entries
from .clock import CLOCK, to_the_minute, written_time
from .section import Section, taken_or_main
from .thread import Thread, _text
from .tree import Tree
from .units import Family, Unit
from .vocabulary import vocabulary

RULE = "table-entries"
MAX_ROWS = 4
MAX_NAME_WORDS = 5
HEAD_LINES = 3
_TABLE, _DL = frozenset({"table"}), frozenset({"dl"})
POSTER_HEAD_LINES = 12    # a post's header row and its poster's box (name, title, counters) come before the message


def _dated(text: str) -> bool:
    """A writer's stamp: a time of day ("12-05-2004 21:14") or an age ("3 dagen geleden") (`clock.to_the_minute`)."""
    text = text.strip(" ()[]|-–—,:")
    return bool(text) and to_the_minute(text)


def _header(tree: Tree, line, voc) -> str | None:
    """The writer's name of a header line (a name piece beside a date piece), or None."""
    pieces = [tree.text[k] for k in line.pieces if tree.text[k].strip()]
    if len(pieces) < 2 or len(line.text) > 120 or not any(_dated(p) for p in pieces):
        return None
    for p in pieces:
        name = p.strip(" ()[]|-–—,:")
        if name and not _dated(p) and voc.name_like(name) and len(name.split()) <= MAX_NAME_WORDS:
            return name
    return None


def _one_piece_header(line, voc) -> str | None:
    """The name of a header written as one piece, "Ann Lee - 12-05-2004 21:14", "Ann schreef op 3 mei 2004:"."""
    if len(line.text) > 120 or not (CLOCK.search(line.text) or written_time(line.text)):
        return None
    name = voc.name_in(line.text)
    return name if name and len(name.split()) <= MAX_NAME_WORDS else None


def _poster_head(item, voc) -> tuple[str, int] | None:
    """A forum post's head split over its cells (vBulletin's postbit): a stamp to the minute in the post's header
    row and the poster's name in the poster's profile box (mark ``profile``: `profile`), both before the message.
    (the name, the index of the head's last line) or None."""
    if "profile" not in item.marks:
        return None
    name, at, dated = None, -1, False
    for k, line in enumerate(item.lines[:POSTER_HEAD_LINES]):
        if line.kind == "author" and name is None:
            name, at = line.text.strip(" ()[]|-–—,:"), k
        elif (line.kind in ("date", "meta") or name is None) and _dated(line.text):
            dated, at = True, max(at, k)     # (before the name, a date in another language than the page's: body)
        elif line.kind == "body":
            break
    if not dated or not name or not voc.name_like(name) or len(name.split()) > MAX_NAME_WORDS:
        return None
    return name, at


def entry_sections(tree: Tree, taken: list[tuple[int, int]], main: int) -> list[Section]:
    """The runs of entry tables outside the sections already found (``taken``)."""
    groups: dict[tuple[int, str], list[int]] = {}
    for e in tree.tagged(_TABLE):      # (no script's)
        if tree.chars(e):
            groups.setdefault((tree.parent[e], tree.cls(e)), []).append(e)
    out = []
    for (parent, cls), tables in groups.items():
        if len(tables) > 2 and main > 0 and tree.contains(tables[0], main):
            tables = tables[1:]     # (a forum thread's opening post holds the main text: the article; then the replies)
        if len(tables) < 2 or taken_or_main(tree, tables, taken, main) or not all(_small(tree, t) for t in tables):
            continue
        units = [Unit((t,), t, tree.end[t]) for t in tables]
        if (thread := entries_thread(tree, parent, Family(f"table.{cls}", "wrapped", units))) is not None:
            out.append(Section(list(tables), thread))
    lone = [t for (_, _), tables in groups.items() for t in tables]      # (rule `row-entries`)
    out += row_entries.row_sections(tree, lone, taken + [(e, tree.end[e]) for s in out for e in s.roots], main)
    for dl in tree.tagged(_DL):
        kids = [c for c in tree.children(dl) if not tree.skip[c]]      # (an entry: a dt, the dd under it)
        units = [Unit((a, b), a, tree.end[b]) for a, b in zip(kids, kids[1:]) if tree.tag[a] == "dt" and tree.tag[b] == "dd"]
        if len(units) < 2 or len(units) * 2 < len(kids) or taken_or_main(tree, [dl], taken, main):
            continue
        if (thread := entries_thread(tree, dl, Family("run:dt.", "run", units))) is not None:
            out.append(Section([dl], thread))
    return out


def _small(tree: Tree, table: int) -> bool:
    rows = 0
    for e in range(table + 1, tree.end[table] + 1):
        if tree.tag[e] == "table":
            return False
        rows += tree.tag[e] == "tr"
    return 0 < rows <= MAX_ROWS


def entries_thread(tree: Tree, parent: int, family: Family, least: int = 2) -> Thread | None:
    """The flat thread of ``family``'s entries under ``parent``: each entry headed by its author in its first lines,
    its text after the header; None unless ``least`` authors or more and four entries in five are read so."""
    voc = vocabulary()
    items = read_items(tree, family, [10 ** 9])
    if items is None:
        return None
    kept, authors, texts = [], [], []
    for i, item in enumerate(items):
        name, at = None, -1
        for k, line in enumerate(item.lines[:HEAD_LINES]):
            if line.kind != "form" and (name := _header(tree, line, voc) or _one_piece_header(line, voc)):
                at = k
                break
        poster = name is None and (head := _poster_head(item, voc)) is not None
        if poster:
            name, at = head
        if name is None:
            continue
        body = []
        for k, line in enumerate(item.lines):
            if line.kind == "form":
                continue
            if k > at and line.kind in ("body", "meta") and not voc.is_chrome(line.text) and any(c.isalpha() for c in line.text):
                line.kind = "body"
                body.append(line)
            elif not (poster and line.kind == "author" and k < at):     # (the poster's name line stays his)
                line.kind = "meta" if k == at else "chrome"
        text = _text(body)
        if word_count(text) < 3:      # (a word of Chinese or Japanese is a character or two, unspaced)
            continue
        kept.append(i)
        authors.append(name)
        texts.append(text)
    if len(kept) < least or len(kept) * 5 < len(items) * 4 or len({a.casefold() for a in authors}) < least:
        return None
    n = len(kept)
    return Thread(family, items, kept, authors, texts, [None] * n, [0] * n, parent, False, RULE, False, set())
