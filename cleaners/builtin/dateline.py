"""Date lines (also of several parts: `_date_segments`), relative stamps ("Updated 3 hours ago", `_relative_stamp`), reading-time lines, bylines, source/dateline attribution lines, in every
installed language (cleaners/lang); date and author go to metadata. A wire dateline opening
the story ("PARIS (AFP) -", "MADRID, 3 mar (EFE).-", `_wire`) is cut from the first blocks of a
text dump (a page's lead keeps it: Dragnet's gold bodies do). The signature line of
an embedded social post (a name, its @handle, the date) is the quoted post's, and stays."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re, screen
from ..dates import date_line, find_date
from ..document import Document
from ..lines import COLON, COLON_MARKS, FULL_STOPS, SENTENCE_STOPS, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from ._wire import AGENCY_ALTERNATION
from ._date_segments import composite_date_line, name_before_date
from ._date_shape import labelled_date_line
from ._field_row import field_row
from ._glued_tails import date_tail
from ._post_header import header_rows
from ._byline import NAME as _NAME
from ._byline import (agency_byline, byline_pattern, closing_byline, closing_words, editor_credit,
                      handle_byline, is_person_name, split_names)
from ._byline_shape import in_name_list, shape_byline
from ._label_shape import label_lines
from ._dateline_credits import credit_line_cut, credit_tails, wire_dateline
from ._desk_byline import desk_byline, desk_line
from ._relative_stamp import dated_stamp, relative_stamp, stamp_rest
from ._reading_time import reading_pattern, reading_shape_lines, reading_tail
from .title import head_end

# "Reuters - London", "Ann Lee | AFP", "Ann Lee | dpa", "dpa - Bremen" (a wire service in lower case)
_SOURCE_LINE = re.compile(rf"^\(?(?P<source>{_NAME}|{AGENCY_ALTERNATION})\)?\s+[-\u2013\u2014|]\s+(?P<place>{_NAME}|{AGENCY_ALTERNATION})$")
# a wire dateline alone on its line: a place, then the agency in brackets or after a slash ("Torino (ANSA)",
# "Kraków / PAP"); the agency must be one of `_wire.AGENCIES`
_PLACE_AGENCY = re.compile(rf"^{_NAME}(?:\s*\(\s*{AGENCY_ALTERNATION}\s*\)|\s+/\s+{AGENCY_ALTERNATION})$")
_DIGIT = re.compile(r"\d")
_SITE = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$", re.I)   # a site's address alone
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")     # rule reading-time-glyph: a pictogram alone before a reading time
# a line in brackets: "（责任编辑：陈静）", "[Editing by Tom Brown]", "【编辑：赵磊】"
BYLINE_SHAPE_BLOCKS = 5     # first blocks a byline by its shape may be (a notice of a sentence may end the head early)
# the signature line of an embedded social post ("— Jane Roe (@janeroe) May 2, 2019"): a name with
# its @handle before the date; it belongs to the quoted post, it is no date line of the page
_POST_SIGNATURE = re.compile(r"\(@\w{1,50}\)|(?:^|\s)@\w{1,50}\s+\S")
# a calendar badge whose parts (month, day, year in boxes of their own) ran together: "Oct142012", "14Oct2012"
_GLUED_DATE = (re.compile(r"^([^\W\d_]{3,12})\.?(\d{1,2})((?:19|20)\d\d)$"),
               re.compile(r"^(\d{1,2})([^\W\d_]{3,12})\.?((?:19|20)\d\d)$"))


def unglued(text: str) -> str:
    """``text`` with the parts of a run-together date badge spaced ("Oct142012" -> "Oct 14 2012"): a
    line of one word, letters then a day and a year, or a day, letters and a year; else as it is
    (whether the letters name a month is for the date parser to say)."""
    word = text.strip()
    for glued in _GLUED_DATE:
        if m := glued.match(word):
            return " ".join(m.groups())
    return text


@lru_cache(maxsize=32)
def _archive(langs: tuple[str, ...]):
    """A link to the author's other articles ("Articles by: Ann Lee", "Weitere Artikel von Ann Lee"):
    an ``author_archive`` phrase of ``langs``, maybe a colon, then a name (80 characters at most)."""
    return re.compile(rf"^{lang.alternation(lang.words('author_archive', langs))}\s*{COLON}?\s*\S.{{0,80}}$", re.I)


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    """Byline, reading-time and source-line patterns, the line screen and the time-line pattern, in the words of
    ``langs``."""
    byline = byline_pattern(langs)
    reading = reading_pattern(langs)
    source = lazy_re.linear(rf"^\(?({lang.alternation(lang.words('source', langs))})\s*{COLON}\s*\S", ignore_case=True)
    # every line a rule could take: a digit (dates, reading times), a dash, bar or slash (source lines), a closing bracket
    # (place-agency lines),
    # or a byline, source or archive label first
    labels = lang.alternation(lang.words("by", langs) + lang.words("source", langs) + lang.words("editor", langs)
                              + lang.words("author_archive", langs))
    closing = lang.alternation(closing_words(langs))     # a verb-final language's byline: its word for "by" last
    line_screen = screen.compile(rf"\d|[-\x{{2013}}\x{{2014}}|]|\)$|\s/\s|^[(\x{{ff08}}\x{{3010}}\[]?{labels}(?:$|{lang.NOT_WORD})|"
                                 rf"\s{closing}$")
    # "Updated: 3:20 p.m.", "Aktualisiert um 15:20 Uhr", "Atualizado às 15h20": a label and a clock time, nothing else
    time_words = lang.alternation(lang.words("time_words", langs))
    time_line = lazy_re.linear(
        rf"^{lang.alternation(lang.words('published', langs))}\s*{COLON}?\s*(?:{time_words}\s+)?\d{{1,2}}\s?[:h.]\s?\d\d"
        rf"(?:\s*{time_words})*\s*\.?$", ignore_case=True)
    return byline, reading, source, line_screen, time_line


def _inside_sentence(blocks, i: int) -> bool:
    """A line between a lead-in ending on a colon and a line going on in lower case is that sentence's own."""
    if not 0 < i < len(blocks) - 1:
        return False
    return blocks[i - 1].text.rstrip().endswith(tuple(COLON_MARKS)) and blocks[i + 1].text.lstrip()[:1].islower()


def _row_author(text: str, langs: tuple[str, ...], doc: Document, meta: dict) -> None:
    """The byline of a head line of fields before its reading time (`_field_row`) into ``meta``, when none is known."""
    if not doc.metadata.get("author") and (row := field_row(text, langs)) and row[1]:
        meta.setdefault("author", row[1])


def _date_of(text: str, langs: tuple[str, ...], by_shape: bool) -> str | None:
    """The ISO date of ``text`` when it is a date line (`dates.date_line`; with ``by_shape``, also
    `_date_shape.labelled_date_line`), else None."""
    found = date_line(text, languages=langs)
    return found.iso if found else labelled_date_line(text, langs) if by_shape else None


class Dateline(Cleaner):
    """Date/time and reading-time lines (date into metadata), bylines (author into metadata), source lines."""

    name = "dateline"
    order = 600
    max_source_words = 5
    max_words = 16              # of a byline, a reading-time or a source line
    max_date_line_words = 28    # of a line giving dates ("Published ..., updated ...")

    def clean(self, doc: Document) -> Document:
        head = head_end(doc.blocks) + 2
        langs = lang.document_languages(doc)
        byline_re, reading_re, source_re, line_screen, time_re = _patterns(langs)
        edit = SparseEditor(doc, self.name)
        meta: dict[str, str] = {}
        credits: list[str] = []
        wired = wire_dateline(doc, head, edit) if doc.kind == "text" else None
        shaped = reading_shape_lines(doc.blocks, langs)
        # a language without a file: its date labels are unknown words, read by their count (`_date_shape`)
        unlisted = lang.without_file(langs)
        # ... and its bylines by their shape, in the head or the first blocks only (`_byline_shape`)
        by_shape = {i: found for i, b in enumerate(doc.blocks[:max(head, BYLINE_SHAPE_BLOCKS)] if unlisted else ())
                    if b.kind not in ("heading", "code") and (found := shape_byline(b.text))
                    and not in_name_list(doc.blocks, i)}
        desks = {i for i, b in enumerate(doc.blocks[:head]) if b.kind == "p" and desk_line(b.text, langs)}   # rule desk-line
        for i in sorted(set(screen.candidates(doc.blocks, line_screen)) | set(by_shape) | desks):
            block = doc.blocks[i]
            text = block.text
            if i == wired or (i >= head and _inside_sentence(doc.blocks, i)):
                continue     # "The notice read:" / "March 3, 2012" / "and nothing more": the article's example
            words = word_count(text)
            if words > self.max_words and block.kind != "code" and (k := reading_tail(text, reading_re)) is not None:
                edit.cut_tail(i, k, "reading-time")    # "... the river. 5 min read": the tail alone
                continue
            if words > self.max_words and block.kind != "code" and (stamp := date_tail(text, langs)):
                edit.cut_tail(i, stamp[0], "glued-date")    # "... the year. Updated: March 3, 2024" (_glued_tails)
                if i < head:
                    meta.setdefault("date", stamp[1])
                continue
            if block.kind == "code" or words > self.max_date_line_words:
                continue
            if words > self.max_words:      # only a line of dates with their labels, or of credits, may be longer
                if credit_line_cut(i, text, langs, i < head and not doc.metadata.get("author"), edit, meta, credits):
                    continue
                if (found := date_line(text, languages=langs)) and not _POST_SIGNATURE.search(text):
                    if i < head:
                        meta.setdefault("date", found.iso)
                    edit.drop(i, "date-line")
                continue
            reading = reading_re.search(text) if _DIGIT.search(text) else None
            if reading is not None:
                before = text[:reading.start()].strip(" |·•,–—-")
                if not _LETTER_OR_DIGIT.search(before) or (when := date_line(before, languages=langs)) or \
                        _SITE.match(before):      # "⏱ 4 min read", "example.org · 4 min read" (a read-later app's)
                    if _LETTER_OR_DIGIT.search(before) and i < head and when:
                        meta.setdefault("date", when.iso)
                        _row_author(before, langs, doc, meta)     # "date | Autor: Kadri Tamm | 2 min"
                    edit.drop(i, "reading-time")
                    continue
            if i in shaped and (i < head if not shaped[i] else _SITE.match(shaped[i]) or
                                (when := _date_of(shaped[i], langs, unlisted and i < head))):
                if shaped[i] and i < head and not _SITE.match(shaped[i]):
                    meta.setdefault("date", when)
                    _row_author(shaped[i], langs, doc, meta)
                edit.drop(i, "reading-time-shape")
                continue
            if (i < head or len(doc.blocks) - i <= 3) and (rule := "desk-byline" if desk_byline(text, langs) else
                                                           "desk-line" if i in desks else None):
                edit.drop(i, rule)     # "By our correspondent", "From our reporter in Lisbon": no author
                continue
            byline = byline_re.match(text)
            if byline:
                names, affiliation = split_names(byline.group("names").strip(" ,"), langs)
                rest = ", ".join(p for p in (affiliation, byline.group("rest").strip(" ,")) if p)
                if is_person_name(names, langs) and self._byline_rest_ok(rest, langs) and (
                        i < head or affiliation or find_date(rest, langs) or not doc.metadata.get("author")):
                    if i < head or not doc.metadata.get("author"):
                        meta.setdefault("author", names)
                    if (when := find_date(rest, langs)) and i < head:
                        meta.setdefault("date", when.iso)
                    edit.drop(i, "byline")
                    continue
            if i < head and (name := closing_byline(text, langs)):     # "Ayşe Yılmaz yazdı", "김민지 기자"
                meta.setdefault("author", name)
                edit.drop(i, "byline")
                continue
            if i in by_shape:
                meta.setdefault("author", by_shape[i][0])
                edit.drop(i, "byline-shape")
                continue
            if editor_credit(text, langs):
                credits.append(text.strip().strip("()\uff08\uff09\u3010\u3011[]"))
                edit.drop(i, "editor-credit")     # the editor's name is no author: to the credits, never the author
                continue
            if credit_line_cut(i, text, langs, i < head and not doc.metadata.get("author"), edit, meta, credits):
                continue
            handle = handle_byline(text, langs) if i < head else None
            when = find_date(handle[1], langs) if handle and handle[1] else None
            if handle and (not handle[1] or when):
                meta.setdefault("author", handle[0])
                if when:
                    meta.setdefault("date", when.iso)
                edit.drop(i, "byline-handle")
                continue
            row = block.kind == "table"     # a table's row is the article's data ("Date | Event"), but in the head
            found = date_line(unglued(text), languages=langs) if not row or i < head else None
            found = found or (dated_stamp(text, langs) if not row else None)     # "... 18h03 Atualizado há 2 horas"
            if found and not _POST_SIGNATURE.search(text):
                person = name_before_date(text, langs) if i < head and not doc.metadata.get("author") else None
                if i < head:
                    meta.setdefault("date", found.iso)
                if person:
                    meta.setdefault("author", person)
                edit.drop(i, "byline-date" if person else "date-line")
                continue
            if (parts := composite_date_line(text, langs)) and not _POST_SIGNATURE.search(text):
                if i < head:
                    meta.setdefault("date", parts[0])
                    if parts[1] and not doc.metadata.get("author"):
                        meta.setdefault("author", parts[1])
                edit.drop(i, "date-line")
            elif unlisted and i < head and not _POST_SIGNATURE.search(text) and \
                    (iso := labelled_date_line(unglued(text), langs)):
                meta.setdefault("date", iso)
                edit.drop(i, "date-line-shape")
            elif unlisted and i < head and (row := field_row(unglued(text), langs)):     # "date | byline | 2 min"
                meta.setdefault("date", row[0])
                if row[1] and not doc.metadata.get("author"):
                    meta.setdefault("author", row[1])
                edit.drop(i, "head-field-row")
            elif time_re.match(text):
                edit.drop(i, "time-line")      # a stamp without a date: no date for metadata
            elif relative_stamp(text, langs):
                edit.drop(i, "relative-stamp")     # "Updated 3 hours ago": no date for metadata (_relative_stamp)
            elif _archive(langs).match(text) and word_count(text) <= 10:
                edit.drop(i, "author-archive")
            elif row:
                continue     # "Zuständig | Stadtwerke Meppen": a label and its value, no source line
            elif _SOURCE_LINE.match(text) and word_count(text) <= self.max_source_words:
                if i < head and (person := agency_byline(text, langs)):
                    meta.setdefault("author", person)     # "Ann Lee | AFP": a person and a wire service
                edit.drop(i, "source-line")
            elif word_count(text) <= self.max_source_words and _PLACE_AGENCY.match(text.strip()):
                edit.drop(i, "place-agency-line")
            elif word_count(text) <= 8 and source_re.match(text) and not text.rstrip(" )").endswith(SENTENCE_STOPS) \
                    and text.startswith("(") == text.rstrip().endswith(")"):
                edit.drop(i, "source-line")
        for i, (rule, value) in (label_lines(doc.blocks, {*edit.changes, wired}, head) if unlisted else {}).items():
            if rule == "label-byline":      # "ලියන්නේ: නිමාලි පෙරේරා", "Majiya: NAN" in a language without a file
                meta.setdefault("author", value)
            else:
                credits.append(value)
            edit.drop(i, rule)
        for i, row in header_rows(doc.blocks, langs, max(head, BYLINE_SHAPE_BLOCKS), {*edit.changes, wired}).items():
            meta.update({key: found for key, found in zip(("author", "date"), row) if found and i < head and key not in meta})
            edit.drop(i, "post-header")     # "Ann Lee · 6 min read · Jan 4, 2026", "Listen · Share" (`_post_header`)
        credit_tails(doc, langs, edit, credits)
        doc = edit.done()
        return (doc.meta_append("credits", credits) if credits else doc).meta_default(**meta)

    @staticmethod
    def _byline_rest_ok(rest: str, langs: tuple[str, ...]) -> bool:
        """After the name only a date, a role or an agency may follow ("By X, Reuters")."""
        rest = rest.strip(" ,|-\u2013\u2014")
        return not rest or find_date(rest, langs) is not None or word_count(rest) <= 4 and not rest.endswith(FULL_STOPS) \
            or stamp_rest(rest, langs)     # "By Ann Lee | AFP | Updated 3 hours ago"
