"""Date lines, reading-time lines, bylines, source/dateline attribution lines, in every
installed language (cleaners/lang); date and author go to metadata."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re
from ..dates import date_line, find_date
from ..document import Document, Editor
from ..lines import word_count
from ..registry import Cleaner
from .title import head_end

PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "das", "do", "dos", "al", "bin", "ibn", "la", "le",
                       "del", "di", "du", "ter", "y", "e"})
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w.'\u2019-]*"
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|{'|'.join(sorted(PARTICLES))}))*"
_SOURCE_LINE = re.compile(rf"^\(?(?P<source>{_NAME})\)?\s+[-\u2013\u2014|]\s+(?P<place>{_NAME})$")
_ARCHIVE = re.compile(r"^(?:articles|posts|stories|more articles|all articles|more stories|more)\s+(?:by|from)\s*:?\s*\S.{0,80}$", re.I)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _patterns():
    by = lang.alternation(lang.words("by"))
    joins = lang.alternation(lang.words("and"))
    byline = re.compile(
        rf"^{by}\s*:?\s+(?P<names>{_NAME}(?:\s*(?:,|&|\s{joins}\s)\s*{_NAME})*)(?P<rest>.*)$",
        re.I)
    reading = linear_re.compile(
        rf"(?:^|[\s|·•,–—-])(?:\d+\s*({lang.alternation(lang.words('reading_time'))})|"
        rf"({lang.alternation(lang.words('reading_time'))})\s*:?\s*\d+\s*(?:min\.?|minutes?|minuten|minutos|minuti|"
        r"minuty|minut|мин\.?|минут[ы]?)?)\s*$", ignore_case=True)
    source = linear_re.compile(rf"^({lang.alternation(lang.words('source'))})\s*:\s*\S", ignore_case=True)
    return byline, reading, source


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(lang.words("function_words")) - PARTICLES


def split_names(names: str) -> tuple[str, str]:
    """(the person names, an affiliation after them): "A and B, Reuters" -> ("A and B", "Reuters")."""
    parts = [p.strip() for p in names.split(",")]
    tail = []
    while len(parts) > 1 and len(parts[-1].split()) == 1:
        tail.insert(0, parts.pop())
    return ", ".join(parts), ", ".join(tail)


def is_person_name(name: str) -> bool:
    """Capitalised words, none of them a function word ("By Train To Paris" is a headline)."""
    words = [w for w in re.split(r"\s+|,|&", name) if w]
    joins = set(lang.words("and"))
    if not words:
        return False
    for w in words:
        low = w.casefold()
        if low in joins or low in PARTICLES and w.islower():
            continue
        if not w[:1].isupper() or low in _function_words():
            return False
    return True


class Dateline(Cleaner):
    """Date/time and reading-time lines (date into metadata), bylines (author into metadata), source lines."""

    name = "dateline"
    order = 600
    max_source_words = 5

    def clean(self, doc: Document) -> Document:
        head = head_end(doc.blocks) + 2
        byline_re, reading_re, source_re = _patterns()
        edit = Editor(doc, self.name)
        meta: dict[str, str] = {}
        for i, block in enumerate(doc.blocks):
            text = block.text
            if block.kind == "code" or word_count(text) > 16:
                edit.keep(block)
                continue
            reading = reading_re.search(text) if _DIGIT.search(text) else None
            if reading is not None:
                before = text[:reading.start()].strip(" |·•,–—-")
                if not before or date_line(before):
                    if before and i < head:
                        meta.setdefault("date", date_line(before).iso)
                    edit.drop(block, "reading-time")
                    continue
            byline = byline_re.match(text)
            if byline:
                names, affiliation = split_names(byline.group("names").strip(" ,"))
                rest = ", ".join(p for p in (affiliation, byline.group("rest").strip(" ,")) if p)
                if is_person_name(names) and self._byline_rest_ok(rest) and (i < head or affiliation or find_date(rest)
                                                                              or not doc.metadata.get("author")):
                    if i < head or not doc.metadata.get("author"):
                        meta.setdefault("author", names)
                    if (when := find_date(rest)) and i < head:
                        meta.setdefault("date", when.iso)
                    edit.drop(block, "byline")
                    continue
            found = date_line(text)
            if found:
                if i < head:
                    meta.setdefault("date", found.iso)
                edit.drop(block, "date-line")
                continue
            if _ARCHIVE.match(text) and word_count(text) <= 10:
                edit.drop(block, "author-archive")
            elif _SOURCE_LINE.match(text) and word_count(text) <= self.max_source_words:
                edit.drop(block, "source-line")
            elif word_count(text) <= 8 and source_re.match(text) and not text.rstrip().endswith((".", "!", "?")):
                edit.drop(block, "source-line")
            else:
                edit.keep(block)
        doc = edit.done()
        return doc.meta_default(**meta)

    @staticmethod
    def _byline_rest_ok(rest: str) -> bool:
        """After the name only a date, a role or an agency may follow ("By X, Reuters")."""
        rest = rest.strip(" ,|-\u2013\u2014")
        return not rest or find_date(rest) is not None or word_count(rest) <= 4 and not rest.endswith(".")
