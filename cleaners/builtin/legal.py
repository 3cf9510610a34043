"""Legal and provenance lines: taxonomy labels (into tags), original-source and copyright
lines, disclaimers and fair-use notices, media-inquiry and contact lines, and the
press-release boilerplate that ends a body ("About <Company>" and what follows it, or a
closing company profile naming where it is headquartered, how many it employs...).

The wordings are language data of the document's language and English (cleaners/lang
``original_source``, ``rights``, ``disclaimer``, ``press_contact``, ``contact``,
``legal_phrases``): a provenance opening ("This story originally appeared on ...", "Dieser
Artikel erschien zuerst in ...", "Quelle: ..."), not followed by a year (a sentence about a
book's first edition); a rights line, or one opening with a copyright sign or "Copyright" and
a year; a disclaimer label alone or followed by a colon, dots or a bar, a press-contact label
followed by a colon (or alone, or before an e-mail address); a contact label
before an e-mail address, or before names and their addresses only ("Write to Ann Lee at
ann.lee@example.com and Bo Ek at ...", ``contact-names``); a disclaimer of 60 words at most holding two ``legal_phrases``
("... die Meinung des Autors ... nicht unbedingt die der Redaktion"), or one right under a
copyright or disclaimer line. Lines reporting someone (``reported``) stay. A line glued to a copyright or
contact line near the end of a dump goes with it, whatever its words (`_notice_shape`, ``notice-glued``).
A copyright line that names a news agency (`_wire.AGENCIES`: "© Reuters 2024", "Copyright 2024 The Associated Press.
All rights reserved.", "© dpa-infocom, dpa:241203-99-123456/4") gives the agency to ``metadata.credits``. An editorial notice
(``editorial_notice``: a correction notice, an affiliate disclosure, an AI-content notice) goes (``editorial-notice``,
`editorial_notice`). A cookie
banner with its buttons goes in any language, English or the page's (``consent-banner``, `_notice_shape`).

The press-release tail ending a body is read in the words of the document's language and
English too (`_press_release`: ``about_heading``, ``profile_opening``, ``company_facts``)."""
from __future__ import annotations

import re

from functools import lru_cache

from .. import lang, lazy_re, screen
from ..lang import shared
from ..dates import date_line
from ..document import Document
from ..lines import (COLON, COLON_MARKS, FIELD_BREAK, LETTER_WORD, LOWER, MARKS, SENTENCE_STOPS, ends_sentence,
                     stop_class, word_count)
from ..registry import Cleaner
from ..screen import SparseEditor
from ._dateline_credits import credit_fields     # (a source field beside the author's: dateline's)
from ._legal_tail import GLUED_NOTICE, SIGNS, legal_tail
from ._notice_shape import consent_banners, glued_notices, notices
from ._notice_split import glued_notice, head_size, notice_tail
from ._press_contact import contact_block
from ._press_release import press_release_tail
from ._wire import AGENCY
from ._word_size import statement_words

# "Copyright © X", "Copyright 2016 X", "© X", "(c) X", "... All rights reserved." (not "Copyright law ...")
_COPYRIGHT = re.compile(rf"^(?:copyright\s*(?:[{SIGNS}]|\(c\)|\d{{4}}|by\b|\d{{4}}\s*-\s*\d{{4}})|[{SIGNS}]|\(c\)\s)", re.I)
# the word for copyright of any language (cleaners/lang/copyright.toml) opening the line, a year within its first
# words: "Copyright Harbour Media 2026. …", "זכויות יוצרים 2026 …", "ลิขสิทธิ์ 2569 …" (digits of any script)
_COPYRIGHT_TERMS = lang.alternation(shared.copyright_terms())
# the stops of every script (lines.SENTENCE_STOPS: "।", "۔", "։", "።", "。", "？", "！"; a regex class body)
_SIGN_STOPS = stop_class("!?", SENTENCE_STOPS)
# (the words between are a name: none opens in lower case, "Copyright law changed in 2019" is a sentence)
_COPYRIGHT_YEAR = re.compile(rf"^(?i:{_COPYRIGHT_TERMS})\W{{0,3}}(?:(?![{LOWER}])[^\W\d_][\w{MARKS}.&'’-]*\W{{1,3}}){{0,4}}"
                             rf"\d{{4}}(?!\d)")
# a copyright sign and a year (digits of any script) after one or two words and no stop: the word for copyright of a
# language no file holds ("မူပိုင်ခွင့် © ၂၀၂၄ X", "Hak cipta © 2024 X"); "Na logu je znak © 1998, řekl." is a
# sentence
_SIGN_YEAR = re.compile(rf"^(?:[^\s{SIGNS}{_SIGN_STOPS}]+\s+){{1,2}}[{SIGNS}]\s*\d{{4}}(?!\d)")
# a notice as a dump prints it set apart: between square or round brackets, or after a dash opening the line
_DECORATED = re.compile(r"^(?:\[\s*(?P<a>[^\[\]\n]+?)\s*\]|\(\s*(?P<c>[^()\n]+?)\s*\)|[\u2013\u2014-]\s+(?P<b>\S.*))$")
_UNDECORATED = frozenset({"copyright", "disclaimer", "editorial-notice"})     # (a source in brackets may be the article's)
_YEAR_NEXT = re.compile(r"\W*(?:\w+\s+)?\d{4}\b")   # "... first published in 1990, the novel": a sentence
_EMAIL_LINE = r"\s*:?\s*\S+@\S+$"


# every line a rule above could take: the words the rules start with, and the legal words anywhere
# (and a stop before a bar: a row of notices, rule notice-row)
_ROW_STOPS, _ROW_DOTS = "\u0964\u06d4\u1362\u3002", "\u00b7\u2022"
_SCREEN = (rf"^(?:copyright|[{SIGNS}]|\(c\))|[{SIGNS}]\s*\pN|{GLUED_NOTICE}|"
           rf"[.!?{_ROW_STOPS}]\s[|{_ROW_DOTS}]\s")     # + language words
_LANGUAGE_KEYS = ("original_source", "rights", "disclaimer", "press_contact", "contact", "legal_phrases", "editorial_notice")
_SPLIT = frozenset({"copyright", "editorial-notice", "original-source"})  # after a paragraph: _notice_split (a
# disclaimer reads two phrases over several sentences, its first may hold none: it is parted only after a paragraph
# of `MIN_DISCLAIMER_HEAD` words, which no disclaimer's opening sentence is; counted in Latin letters' worth too,
# `_notice_split.head_size`, for long words and unspaced scripts)
MIN_DISCLAIMER_HEAD = 15
_GLUED = frozenset({"editorial-notice"})    # after a paragraph no rule takes (a source or rights line there may be its own)
MAX_NOTICE_WORDS = 35     # of an editorial notice (rule editorial-notice)
MIN_SOURCE_SENTENCE = 12  # words of a sentence after a source label: the article's, no provenance
MAX_ROW_NOTICE_WORDS = 25  # of each notice of a row (rule notice-row)
MIN_ROW_NOTICE_WORDS = 4
_NOTICE_OPEN = re.compile(r"^[\W_]*$|\s[|\u00b7\u2022]\s*[_*]*$")   # before a label: the line's start, or a bar
MAX_DISCLAIMER_WORDS = 60  # of a disclaimer holding two legal phrases (a label line: `Legal.max_line_words`)
MAX_TAXONOMY_WORDS = 25   # of a taxonomy line, unless it is a list of short values
MAX_VALUE_WORDS = 6       # of each value of a taxonomy line
MAX_ADDRESSED_WORDS = 25  # of a contact line naming its people (rule contact-names)
MAX_CONNECTOR = 5         # letters of a word joining names and addresses in it ("at", "and", "unter")
MIN_LIST_VALUES = 3       # values of a list of any length
_VALUES = re.compile(r"\s*[,|;•·]\s*")


@lru_cache(maxsize=32)
def _taxonomy_label(langs: tuple[str, ...]):
    """The label of a taxonomy line in the words of ``langs`` (``taxonomy``, ``section_label``), a
    colon after it."""
    labels = lang.alternation(lang.words("taxonomy", langs) + lang.words("section_label", langs))
    return re.compile(rf"^(?P<label>{labels})\s*{COLON}\s*(?P<values>\S.*)$", re.I)


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    labels = lang.alternation(lang.words("taxonomy", langs) + lang.words("section_label", langs))
    words = lang.alternation(w for key in _LANGUAGE_KEYS for w in lang.words(key, langs))
    return screen.compile(rf"{_SCREEN}|^{labels}\s*{COLON}|(?:^|[^\w]){words}|^(?:[\[(\x{{2013}}\x{{2014}}-]\s*)?"
                          rf"(?:{_COPYRIGHT_TERMS}|copyright|[{SIGNS}]|\(c\))")


_COLON = rf"\s*{COLON}"
_LABEL_TAIL = r"(?:\s*[:.…|–—-]|\s*$)"   # a disclaimer label alone or before a colon, dots or a bar
_PRESS_TAIL = rf"(?:{_COLON}|\s*$|{_EMAIL_LINE})"   # a press-contact label alone, before a colon or an address


@lru_cache(maxsize=256)
def _labelled(key: str, langs: tuple[str, ...], tail: str = _COLON):
    """A label of ``key`` in ``langs`` opening the line, followed by ``tail`` (a colon; an e-mail
    address and nothing else for a contact label; `_PRESS_TAIL` for a press-contact label)."""
    return lazy_re.linear(rf"^{lang.alternation(lang.words(key, langs))}{tail}", ignore_case=True)


def _original_source(text: str, langs: tuple[str, ...]) -> bool:
    """A provenance opening of ``langs`` not followed by a year (module docstring)."""
    m = lang.pattern("original_source", langs, where="start").match(text)
    if not m or _YEAR_NEXT.match(text, m.end(1)):
        return False     # a label's sentence of its own is the article's ("Source: the survey shows that four ...")
    rest = text[m.end(1):]
    return not (m.group(1)[-1:] in COLON_MARKS and ends_sentence(rest) and word_count(rest) >= MIN_SOURCE_SENTENCE)


def taxonomy(text: str, langs: tuple[str, ...] | None = None) -> tuple[str, list[str]] | None:
    """``(label, values)`` of a taxonomy line ("Tags: Floods, Rescue", "Schlagwörter: ...",
    "Рубрика: Общество"): a label, a colon, and values of `MAX_VALUE_WORDS` words at most; the line
    holds `MAX_TAXONOMY_WORDS` words at most, or is a list of `MIN_LIST_VALUES` values or more."""
    m = _taxonomy_label(tuple(langs or lang.available())).match(text.strip())
    if m is None:
        return None
    values = [v.strip() for v in _VALUES.split(m.group("values")) if v.strip()]
    if not values or any(word_count(v) > MAX_VALUE_WORDS for v in values):
        return None
    if word_count(text) > MAX_TAXONOMY_WORDS and len(values) < MIN_LIST_VALUES:
        return None
    return m.group("label"), values


def editorial_notice(text: str, langs: tuple[str, ...]) -> bool:
    """A short line holding an editorial notice of ``langs`` (``editorial_notice``): a label with its colon opening
    the line or a part of it after a bar ("Correction: ...", "Korrektur: ..."), or a notice phrase ("... an earlier
    version of this article ...", "we may earn a commission", "Dieser Text wurde mit Unterstützung künstlicher
    Intelligenz erstellt ..."); the line reports nobody ("Correction: the station reported ..." is news)."""
    if statement_words(text) > MAX_NOTICE_WORDS or lang.pattern("reported", langs).search(text):
        return False
    pattern, pos = lang.pattern("editorial_notice", langs), 0
    while m := pattern.search(text, pos):
        if not m.group(1).endswith((":", "\uff1a")) or _NOTICE_OPEN.search(text[:m.start(1)]):
            return True
        pos = m.end(1)
    return False


def addressed_contacts(rest: str) -> bool:
    """Whether ``rest`` (a line after its contact label) only names people and their e-mail addresses:
    capitalised names, connectors of `MAX_CONNECTOR` letters ("at", "and", "ou") and addresses, one
    at the end (rule ``contact-names``: "Write to Ann Lee at ann.lee@example.com and Bo Ek at ...")."""
    words = [w.strip(".,;:()") for w in rest.split()]
    if not words or len(words) > MAX_ADDRESSED_WORDS or "@" not in words[-1]:
        return False
    names = 0
    for word in words:
        if "@" in word:
            continue
        if word[:1].isupper():
            names += 1
        elif not (word.isalpha() and len(word) <= MAX_CONNECTOR):
            return False
    return names > 0


def notice_row(text: str) -> bool:
    """Rule notice-row, in any language: notices printed in one row, parted by bars or dots, maybe in italics, each
    a sentence of `MAX_ROW_NOTICE_WORDS` words at most (`MIN_ROW_NOTICE_WORDS` words of letters at least, no date line:
    "13 марта 2019 г. • Время чтения: 5 мин." is a post's header) or a copyright line, two or more ("This article
    contains affiliate links. | © 2026 Harbour Gazette."): article sentences are never parted so."""
    parts = [p.strip(" _*") for p in FIELD_BREAK.split(text.strip(" _*"))]
    return len(parts) >= 2 and all(word_count(p) <= MAX_ROW_NOTICE_WORDS and (_COPYRIGHT.match(p) or ends_sentence(p) and
                                   len(LETTER_WORD.findall(p)) >= MIN_ROW_NOTICE_WORDS and date_line(p) is None) for p in parts)


def _legal_phrases(text: str, langs: tuple[str, ...]) -> int:
    """How many different ``legal_phrases`` of ``langs`` the line holds."""
    pattern, found, pos = lang.pattern("legal_phrases", langs), set(), 0
    while m := pattern.search(text, pos):
        found.add(m.group(1).lower())
        pos = m.end(1)
    return len(found)


class Legal(Cleaner):
    """Taxonomy lines (into tags), original-source, copyright, disclaimer, fair-use and media-inquiry lines."""

    name = "legal"
    order = 300
    max_line_words = 40

    def clean(self, doc: Document) -> Document:
        edit = SparseEditor(doc, self.name)
        tags: list[str] = []
        credits: list[str] = []     # the agencies a copyright line names ("© Reuters 2024", "© dpa-infocom, dpa:...")
        section = None
        legal_at = -2       # index of the last disclaimer or copyright line
        langs = lang.document_languages(doc)
        drops: list[tuple[int, str]] = []
        tails: dict[int, int] = {}
        rights = lang.pattern("rights", langs)
        is_notice = lambda s: self.rule_for(s, langs) is not None     # noqa: E731
        # (a legal phrase inside a run of Thai or Khmer letters: no word boundary before it for the screen)
        kin = lambda s: bool(screen.lines([s], _screen(langs))) or _legal_phrases(s, langs) > 0     # noqa: E731
        for i in screen.candidates(doc.blocks, _screen(langs)):
            block = doc.blocks[i]
            text = block.text
            if block.kind == "code":
                continue
            if (cut := legal_tail(text, rights, is_notice)) is not None:     # a notice glued to a paragraph's end
                tails[i] = cut
                drops.append((i, "legal-tail"))
                legal_at = i
                continue
            rule = self.rule_for(text, langs)
            if rule is None and (bare := _DECORATED.match(text)):     # "[© Harbour Media 2026 …]", "— Copyright …"
                inner = bare.group("a") or bare.group("c") or bare.group("b")
                rule = rule if (rule := self.rule_for(inner, langs)) in _UNDECORATED else None
            if rule is None and (found := glued_notice(doc.blocks, i, lambda s: self.rule_for(s, langs), _GLUED, kin)):
                tails[i], rule = found      # "... in March. Copyright 2026 X. Reprints by permission only." (_notice_split)
            if rule is None and legal_at == i - 1 and block.gap == 0 and \
                    _legal_phrases(text, langs):
                rule = "disclaimer"
            if rule == "taxonomy-line":
                label, values = taxonomy(text, langs)
                if label.lower() in lang.words("section_label", langs):
                    section = section or values[0]
                else:
                    tags += values
            if rule:
                drops.append((i, rule))
            if rule in ("disclaimer", "copyright"):
                legal_at = i
            if rule == "copyright":
                credits += dict.fromkeys(m.group() for m in AGENCY.finditer(text) if m.group() not in credits)
        taken = {i for i, _ in drops}       # the lines of a press contact under its label (_press_contact)
        drops += [found for i, rule in list(drops) if rule == "media-inquiry" for found in contact_block(doc.blocks, i, taken)]
        for i, rule in sorted(drops + glued_notices(doc.blocks, drops)):
            if i not in tails and (rule in _SPLIT and (k := notice_tail(doc.blocks, i, is_notice, kin)) is not None or
                                   rule == "disclaimer" and (k := notice_tail(
                                       doc.blocks, i, is_notice, kin, MIN_DISCLAIMER_HEAD, head_size)) is not None):
                tails[i] = k        # the paragraph before a notice glued on stays (_notice_split)
            if i in tails:
                edit.cut_tail(i, tails[i], rule)
            else:
                edit.drop(i, rule)
        doc = edit.done().meta_append("tags", tags).meta_append("credits", credits)
        doc = screen.drop_all(doc, self.name, notices(doc))     # in a language without a file (_notice_shape)
        doc = screen.drop_all(doc, self.name, consent_banners(doc))     # a cookie banner and its buttons, any language
        start = press_release_tail(doc.blocks, langs)
        if start is not None:
            doc = screen.drop_all(doc, self.name, ((i, "about-company") for i in range(start, len(doc.blocks))))
        return doc.meta_default(section=section)

    def rule_for(self, text: str, langs: tuple[str, ...] | None = None) -> str | None:
        """The rule that takes ``text``, in English or the words of ``langs`` (default: every installed language)."""
        langs = lang.available() if langs is None else langs
        n = word_count(text)
        if _labelled("disclaimer", langs, _LABEL_TAIL).match(text):
            return "disclaimer"
        if taxonomy(text, langs):
            return "taxonomy-line"
        if n <= self.max_line_words:
            if (_COPYRIGHT.search(text) or _COPYRIGHT_YEAR.search(text) or _SIGN_YEAR.match(text)) and n <= 30:
                return "copyright"
            if FIELD_BREAK.search(text) and notice_row(text):
                return "notice-row"
            if _labelled("press_contact", langs, _PRESS_TAIL).match(text):
                return "media-inquiry"
            if _labelled("contact", langs, _EMAIL_LINE).match(text):
                return "contact-line"
            if (m := _labelled("contact", langs, r"\s").match(text)) and addressed_contacts(text[m.end():]):
                return "contact-names"
            reported = lang.pattern("reported", langs).search(text)
            if not reported and _original_source(text, langs) and date_line(text) is None and credit_fields(text, langs) is None:
                return "original-source"
            if not reported and n <= 30 and lang.pattern("rights", langs).search(text):
                return "copyright"
        if n <= MAX_DISCLAIMER_WORDS and _legal_phrases(text, langs) >= 2 and not lang.pattern("reported", langs).search(text):
            return "disclaimer"
        if editorial_notice(text, langs):
            return "editorial-notice"
        return None
