"""Post-header rows of blogging platforms (rule ``post-header`` of `dateline`): the row a platform prints above or
below a post, its segments parted by "·", "|", "•" or an en dash, with or without spaces ("Karen O'Neill · 6 min
read · Jan 4, 2026", "Julia Schäfer·6 Min. Lesezeit·21. Nov. 2026", "Ann Lee | 5 min read | March 3, 2024",
"Listen · Share"). Each segment is a person's name (or a byline: "By Ann Lee"), a date or an age, a reading time,
a control of the platform (cleaners/lang ``post_header``, ``share``, ``follow``: "Follow", "Listen", "Member-only
story") or a count ("1.2K", "12 responses"), and nothing else. A row of names alone ("Ann Lee | Tom Brown") is no
header; a row holding both a reading time and a date is one wherever it stands, with one short label beside them
("Opinion · 5 min read · Jan 4, 2026"); any other row, and a lone control ("Follow", "Member-only story": a phrase
of ``post_header``), only in the head (`head` blocks) or among the last `TAIL_BLOCKS` blocks."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..date_line import date_line
from ..dates import month_and_weekday_names
from ._byline import NAME, byline_pattern, is_person_name, split_names
from ._reading_time import reading_pattern, reading_time_shape
from .comment_thread.heads import vocabulary

MAX_CHARS = 160          # of a row
MAX_SEGMENTS = 8
MAX_LABEL_WORDS = 3      # of the one label a row of a reading time and a date may hold ("Opinion", "Tech News")
TAIL_BLOCKS = 3
_MARKS = frozenset("\u00b7|\u2022\u2013\u2014")
_SEPARATOR = re.compile(r"\s*[\u00b7|\u2022\u2013]\s*|\s+\u2014\s+")     # an em dash between spaces only
_NAME = re.compile(NAME)
_COUNT = re.compile(r"^(?P<n>\d{1,3}(?:[.,\u00a0 ]?\d{3})*(?:[.,]\d)?\s?[KkMm]?)(?:\s+(?P<word>[^\W\d_]+))?$")
_LABEL = re.compile(r"^[^\W\d_][\w'\u2019&-]*(?:\s+[^\W\d_][\w'\u2019&-]*)*$")


@lru_cache(maxsize=32)
def _vocabulary(langs: tuple[str, ...]) -> dict:
    """The controls of a row (``post_header``, ``share``, ``follow``), those that may stand alone (``post_header``)
    and the words a count may name (``post_header``, ``follower_counts``, ``comments``), case-folded."""
    def folded(*keys):
        return frozenset(w.casefold() for key in keys for w in lang.words(key, langs))
    alone = lang.alternation(lang.words("post_header", langs))
    return {"controls": folded("post_header", "share", "follow"), "alone": folded("post_header"),
            "counted": folded("post_header", "follower_counts", "comments"),
            "months": frozenset(month_and_weekday_names(langs)), "reading": reading_pattern(langs), "shape": reading_time_shape(langs), "byline": byline_pattern(langs),
            "named": re.compile(rf"^(?:(?:{alone})\s+(?P<after>[^\W\d_].*)|(?P<before>.*[^\W\d_])\s+(?:{alone}))[.!]?$",
                                re.I),
            "joins": re.compile(rf"\s*[,&]\s*|\s+(?:{lang.alternation(lang.words('and', langs))})\s+", re.I)}


def _name(segment: str, v: dict, langs: tuple[str, ...]) -> str | None:
    """The persons of a segment that is one name or several ("Ann Lee and Tom Brown"), each of two to four words,
    or a byline with nothing after the names."""
    if (m := v["byline"].match(segment)) and not m.group("rest").strip(" ,"):
        name = split_names(m.group("names").strip(" ,"), langs)[0]
        return name if is_person_name(name, langs) else None
    parts = v["joins"].split(segment)
    return segment if all(2 <= len(part.split()) <= 4 and _NAME.fullmatch(part) and not part.isupper() for part in parts) \
        and is_person_name(segment, langs) else None


def _yearless(segment: str, v: dict) -> bool:
    """A day and a month's name, no year: "Jan 4", "4 janv.", "21. Nov." (a platform's date of this year)."""
    words = segment.replace(".", " ").split()
    return len(words) == 2 and sum(w.isdigit() and 0 < int(w) < 32 for w in words) == 1 \
        and any(w.casefold() in v["months"] for w in words)


def _kind(segment: str, v: dict, langs: tuple[str, ...]) -> tuple[str, str | None] | None:
    """(kind, value) of a segment of a row: ("control", None), ("count", None), ("time", None), ("name", the person),
    ("date", its ISO date or None for an age), ("label", None) or None: prose."""
    folded = segment.casefold().strip(" .:")
    if folded in v["controls"]:
        return "control", None
    if (m := _COUNT.match(segment)) and (not m.group("word") or m.group("word").casefold() in v["counted"]):
        return ("counted" if m.group("word") else "count"), None
    if any(c.isdigit() for c in segment):
        if (m := v["reading"].search(segment)) and m.start() == 0 or v["shape"].match(segment):
            return "time", None
        if found := date_line(segment, languages=langs):     # a date and nothing else ("..., 2012 Hour 1": a title's)
            return ("date", found.iso) if not found.rest.strip() else None
        return ("date", None) if vocabulary(langs)["relative"].match(segment) or _yearless(segment, v) else None
    if name := _name(segment, v, langs):
        return "name", name
    return ("label", None) if len(segment.split()) <= MAX_LABEL_WORDS and _LABEL.match(segment) \
        and segment[:1].isupper() else None


def header_row(text: str, langs: tuple[str, ...], placed: bool) -> tuple[str | None, str | None] | None:
    """(author or None, ISO date or None) of a post-header row (module docstring), or None; ``placed``: the line
    stands in the head or at the body's end."""
    text = text.strip()
    if len(text) > MAX_CHARS or not text:
        return None
    v = _vocabulary(langs)
    if not _MARKS.intersection(text):     # one segment: a lone control, in place, maybe beside its author's name
        return ((None, None) if text.casefold().strip(" .") in v["alone"] else _named_control(text, v, langs)) \
            if placed else None
    segments = [s for s in _SEPARATOR.split(text) if s]
    if not 2 <= len(segments) <= MAX_SEGMENTS:
        return None
    kinds, author, date = [], None, None
    for segment in segments:
        found = _kind(segment, v, langs)
        if found is None:
            return None
        kinds.append(found[0])
        if found[0] == "name":
            author = author or found[1]
        elif found[0] == "date":
            date = date or found[1]
    firm = "time" in kinds and "date" in kinds     # a reading time and a date: a header wherever it stands
    if kinds.count("label") > (1 if firm else 0) or not {"control", "time", "date"} & set(kinds) or not (firm or placed) \
            or "count" in kinds and not {"control", "time"} & set(kinds):
        return None     # names (and counts) alone: a list; a label only beside a reading time and a date; bare numbers
    return author, date     # only beside a control or a reading time (a date and numbers: a table's row)


def _named_control(text: str, v: dict, langs: tuple[str, ...]) -> tuple[str, None] | None:
    """(the person, None) of a lone control beside one person's name of two to four words, on either side, no
    mark between: an author box's button ("Anna Schmidt folgen", "Follow Ann Lee"); "Dem Beispiel folgen" stays."""
    m = v["named"].match(text)
    name = m and (m.group("after") or m.group("before")).strip()
    return (person, None) if name and 2 <= len(name.split()) <= 4 and (person := _name(name, v, langs)) else None


def header_rows(blocks, langs: tuple[str, ...], head: int, taken) -> dict[int, tuple[str | None, str | None]]:
    """The post-header rows among ``blocks`` (not in ``taken``), by index, with their author and date (`header_row`);
    ``head``: the blocks before it are the head."""
    found = {}
    tail = len(blocks) - TAIL_BLOCKS
    for i, block in enumerate(blocks):
        if i in taken or block.kind in ("code", "table") or len(block.text) > MAX_CHARS:
            continue
        placed = i < head or i >= tail
        if not placed and not _MARKS.intersection(block.text):
            continue
        if block.kind == "heading" and not _MARKS.intersection(block.text):
            continue
        if (row := header_row(block.text, langs, placed)) is not None:
            found[i] = row
            if row[0] and row[0] != block.text.strip():      # the author's name alone beside its button
                found.update({j: row for j in (i - 1, i + 1) if 0 <= j < len(blocks) and j not in taken
                              and blocks[j].text.strip() == row[0]})
    return found
