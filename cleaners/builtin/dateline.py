"""Date lines, bylines, source/dateline attribution lines; date and author go to metadata."""
from __future__ import annotations

import re

from ..dates import date_line, find_date
from ..document import Document, Editor
from ..lines import word_count
from ..registry import Cleaner
from .title import head_end

_NAME = r"[A-Z\u00c0-\u024f][\w.'\u2019-]*(?:\s+(?:[A-Z\u00c0-\u024f][\w.'\u2019-]*|de|van|von|der|da|al|bin|la|le))*"
_BYLINE = re.compile(
    rf"^(?:by|written by|words by|story by|reported by|text by|author:|von|par|por)\s*:?\s+"
    rf"(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?P<rest>.*)$", re.I)
_SOURCE_LINE = re.compile(rf"^\(?(?P<source>{_NAME})\)?\s+[-\u2013\u2014|]\s+(?P<place>{_NAME})$")
_ARCHIVE = re.compile(r"^(?:articles|posts|stories|more articles|all articles|more stories|more)\s+(?:by|from)\s*:?\s*\S.{0,80}$", re.I)


def _capitalised(name: str) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in ("de", "van", "von", "der", "da", "al", "bin", "la", "le", "and")
               for w in name.split())


class Dateline(Cleaner):
    """Date/time lines (date into metadata), bylines (author into metadata), dateline and source lines."""

    name = "dateline"
    order = 600
    max_source_words = 5

    def clean(self, doc: Document) -> Document:
        head = head_end(doc.blocks) + 2
        edit = Editor(doc, self.name)
        meta: dict[str, str] = {}
        for i, block in enumerate(doc.blocks):
            text = block.text
            if block.kind == "code" or word_count(text) > 16:
                edit.keep(block)
                continue
            found = date_line(text)
            if found:
                if i < head:
                    meta.setdefault("date", found.iso)
                edit.drop(block, "date-line")
                continue
            byline = _BYLINE.match(text)
            if byline and _capitalised(byline.group("name")) and self._byline_rest_ok(byline.group("rest")):
                if i < head or not doc.metadata.get("author"):
                    meta.setdefault("author", byline.group("name").strip(" ,"))
                if (when := find_date(byline.group("rest"))) and i < head:
                    meta.setdefault("date", when.iso)
                edit.drop(block, "byline")
            elif _ARCHIVE.match(text) and word_count(text) <= 10:
                edit.drop(block, "author-archive")
            elif _SOURCE_LINE.match(text) and word_count(text) <= self.max_source_words:
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
