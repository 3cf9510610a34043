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
English too (`_press_release`: ``about_heading``, ``profile_opening``, ``company_facts``). Which rule takes a line
is read line by line in `_legal_lines`; this module runs those tests and the tails, splits and blocks over a document."""
from __future__ import annotations

import re

from functools import lru_cache

from .. import lang, screen
from ..document import Document
from ..lines import COLON
from ..registry import Cleaner
from ..screen import SparseEditor
from ._legal_lines import COPYRIGHT_TERMS, legal_phrases, legal_rule, taxonomy
from ._legal_tail import GLUED_NOTICE, SIGNS, legal_tail
from ._notice_shape import consent_banners, glued_notices, notices
from ._notice_split import glued_notice, head_size, notice_tail
from ._press_contact import contact_block
from ._press_release import press_release_tail
from ._wire import AGENCY

# a notice as a dump prints it set apart: between square or round brackets, or after a dash opening the line
_DECORATED = re.compile(r"^(?:\[\s*(?P<a>[^\[\]\n]+?)\s*\]|\(\s*(?P<c>[^()\n]+?)\s*\)|[\u2013\u2014-]\s+(?P<b>\S.*))$")
_UNDECORATED = frozenset({"copyright", "disclaimer", "editorial-notice"})     # (a source in brackets may be the article's)


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


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    labels = lang.alternation(lang.words("taxonomy", langs) + lang.words("section_label", langs))
    words = lang.alternation(w for key in _LANGUAGE_KEYS for w in lang.words(key, langs))
    return screen.compile(rf"{_SCREEN}|^{labels}\s*{COLON}|(?:^|[^\w]){words}|^(?:[\[(\x{{2013}}\x{{2014}}-]\s*)?"
                          rf"(?:{COPYRIGHT_TERMS}|copyright|[{SIGNS}]|\(c\))")


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
        kin = lambda s: bool(screen.lines([s], _screen(langs))) or legal_phrases(s, langs) > 0     # noqa: E731
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
                    legal_phrases(text, langs):
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
        return legal_rule(text, lang.available() if langs is None else langs, self.max_line_words)
