"""The words of comment sections, compiled once per set of languages.

Text words are language data, read with the shared loader of ``cleaners/lang`` (keys
``comments``, ``comment_prompt``, ``wrote``, ``by``, ``on``, ``reply``, ``comment_chrome``,
``ago``, ``time_units``, ``read_more``) with the month and weekday names of the dates; the
words of page markup (class and id names) are this package's ``markup.toml``, read on every
page. A page's text words are those of its languages (`speaking`: the page's language and
English, whose chrome widgets put on pages of every language), so that a language file
added does not change pages in other languages (a Danish weekday "man" is no cut name on
an English page). `vocabulary` is the one of the page being read; outside `speaking`, or on a
page whose language cannot be told, every installed language's words are merged (patterns anchored, texts short).
"""
from __future__ import annotations

import re
import tomllib
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ... import lang, lazy_re
from ...dates import find_date, month_and_weekday_names
from .date_cut import cut_at_date as _cut_at_date, without_age
from .markup import MarkupWords
from .title_heading import title_first

MARKUP_FILE = Path(__file__).with_name("markup.toml")

_EDGE_PUNCT, _NUMBER = re.compile(r"^[\W_]+|[^\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0963\u0966-\u0dff\u0e31-\u0e4e]+$"), re.compile(r"^[+\-\u2212]?\d[\d,.]*[kKmM]?$")
_HAS_DIGIT, _LETTER, _TAIL_PUNCT = re.compile(r"\d"), re.compile(r"[^\W\d_]"), re.compile(r"[\s:.,\u2013\u2014\u2026-]+$")
SEPARATORS = re.compile(r"\s+[|/\u00b7\u2022\u2013\u2014\u00bb\u203a-]\s+|\s*[|\u00b7\u2022]\s*")   # (» ›: phpBB "by Ann » 3 May")
_NAME_EDGES = " :|-\u2013\u2014,\u00bb\u00ab\u203a\u2039\u00b7\u2022>"   # separators around a name ("by ann » date")
_STEPS = re.compile(r"\s[\u203a\u00bb>/\u2192|\u00b7\u2022]\s")     # the steps of a trail or of a row of tools
_URL_TOKEN = re.compile(r"(?:https?://|www\.)\S+|(?<=\S)\s+@[\w.-]+@[\w-]+(?:\.[\w-]+)+(?!\S)", re.I)   # (and a fediverse address, "@ann@m.example": rule `name-handle`)
_ORDINAL = re.compile(r"^(?:(?:#|no\.\s*)\d{1,5}[.):]?|\(\d{1,5}\)|\[\d{1,5}\])\s+(?=\D)", re.I)   # "#3 Ann", "(3) Ann"
_COUNTER_TAIL, _USER_NUMBER = re.compile(r"\s*\((\d[\d,.]*\s*[^\W\d_][^()]{0,24})\)$"), re.compile(r"\s*\(\d{1,12}\)\s*$")   # "(315 points)", "ann (636235)"
_CJK = "(?-i:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])"


def written_date(text: str):
    """The first date written in a short ``text`` (`cleaners.dates.find_date`), in the languages of
    the page being read (`Vocabulary.written_date`)."""
    return vocabulary().written_date(text)


def _alternation(words: Iterable[str]) -> str:
    """Literal words as one alternation, longest first, spaces matching any whitespace."""
    unique = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in unique)


class Vocabulary(MarkupWords):
    """Compiled word lists of the languages ``langs`` (None: every installed language) and of ``markup``."""

    def __init__(self, markup: dict, langs: tuple[str, ...] | None = None):
        self.langs = langs

        def words(key: str) -> tuple[str, ...]:
            return lang.words(key, langs)
        # the tests of short texts repeat on every page ("Reply", "says:", dates): cached
        self.written_date = lru_cache(maxsize=16384)(self._written_date)
        self.is_chrome = lru_cache(maxsize=16384)(self._is_chrome)
        self.is_heading = lru_cache(maxsize=4096)(self._is_heading)
        self.name_in = lru_cache(maxsize=16384)(self._name_in)
        self.is_control = lru_cache(maxsize=16384)(self._is_control)
        self.is_relative_time = lru_cache(maxsize=16384)(self._is_relative_time)
        self.control_mark = lru_cache(maxsize=16384)(self._control_mark)
        self.has_said = lru_cache(maxsize=16384)(self._has_said)
        self.is_teaser = lru_cache(maxsize=16384)(self._is_teaser)
        self.is_prompt = lru_cache(maxsize=16384)(self._is_prompt)
        super().__init__(markup)     # (the long patterns are compiled on first use: `lazy_re`)
        nouns = words("comments")
        self.heading_nouns = frozenset(n for n in nouns if " " not in n)
        controls_words = words("comment_chrome") + words("reply")
        said, by = _alternation(words("wrote")), _alternation(words("by"))
        by_en = _alternation(lang.words("by", ["en"]))
        controls = _alternation(controls_words + nouns)
        units, ago = _alternation(words("time_units")), _alternation(words("ago"))
        number = r"(?:\d+|[^\W\d_]{1,6})"
        gap = rf"(?:\s+|(?<={_CJK})(?={_CJK}))"     # (CJK and Thai write an age unspaced: "4小时前", "6 ชั่วโมงที่แล้ว")
        self._relative = lazy_re.compile(
            rf"^(?:(?:{ago})\s+(?:about\s+)?{number}\s*(?:{units})|(?:{units})\s+{number}\s+(?:{ago})|"
            rf"(?:about\s+|over\s+|almost\s+|just\s+)?{number}\s*(?:{units}){gap}(?:{ago}))$", re.I)
        self._ago_edge = lazy_re.compile(rf"^(?:{ago})\s|(?:^|\s|(?<={_CJK}))(?:{ago})$", re.I)    # (its screen: few words)
        self._chrome = lazy_re.compile(
            rf"^(?:(?:{controls})(?:\s*[(\[]?\s*\d+\s*[)\]]?)?|(?:\d[\d,.]*k?|no|one|keine?|aucun|ningún|nessun)\s+(?:{controls})"
            rf"|(?:{said})|[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)$", re.I)
        self._said = frozenset(words("wrote"))
        self._said_last = frozenset(w.split(" ")[-1] for w in self._said)    # (a fast screen)
        self._labels = frozenset(words("published"))      # "Published on 3 May 2012": a label, no name
        self._tools = frozenset(words("article_tools") + words("share"))    # "E-mail", "Print": a tool, no name
        self._controls = frozenset(controls_words)
        self._reply = frozenset(words("reply"))
        self._teaser = frozenset(words("read_more"))
        self._phrase = lazy_re.compile(rf"^(?:{_alternation(words('comment_prompt') + tuple(n for n in nouns if ' ' in n))})\b", re.I)
        self._prompt = lazy_re.compile(_alternation(words("comment_prompt")), re.I)    # (a whole prompt: `is_prompt`)
        # "Di Eng", "Von Trapp": a capitalised by-word is part of a name, but before a colon ("Écrit par : Ann")
        self._by_prefix = lazy_re.compile(rf"^(?:(?:(?i:{by_en})|{by})\s*:?\s+|(?i:{by})\s*:\s*)")
        # rule `posted-by-name`: "Publié par Ann" (a phrase ending in a by-word), "投稿者：Ann" (a label)
        phrases = [w for w in (*words("by"), *words("posted")) if " " in w and w.split()[-1] in {*words("by"), "by"}]
        self._posted_by = lazy_re.compile(rf"^(?:(?:{_alternation(phrases or ['by'])})\s*[:\uff1a]?\s*|"
                                          rf"(?:{_alternation(words('posted') or ['posted'])})\s*[:\uff1a]\s*)", re.I)
        self._by_last = lazy_re.compile(rf"\s(?:(?i:{by_en})|{by})\s*:?\s+(?P<name>[^\d|]+)$")   # "posted on <date> by Ann"
        self._connector_before_time = lazy_re.compile(
            rf"\s+(?:{_alternation(words('on'))})\s+(?:{_alternation(month_and_weekday_names(langs))})\b", re.I)
        self._connector_suffix = lazy_re.compile(rf"\s+(?:{_alternation(words('on'))})\s*$", re.I)
        self._date_names, self._by_words = frozenset(month_and_weekday_names(langs)), frozenset(words("by"))

    def _written_date(self, text: str):
        """The first date written in a short ``text``, cached: the same date lines come back in every comment."""
        if len(text) > 120 or not _HAS_DIGIT.search(text):
            return None
        return find_date(text, self.langs)

    # -- texts ----------------------------------------------------------------------
    def _control_mark(self, text: str) -> str:
        """What a short piece of text marks: ``reply`` (the reply control, "says:"), ``vote``
        (a counter: "12 points"), ``control`` (another control), or ""."""
        core = " ".join(_EDGE_PUNCT.sub("", text.lower()).split())
        if core in self._reply or self.has_said(core):
            return "reply"
        words = core.split()
        if len(words) == 2 and words[0][:1].isdigit() and (words[1] in self._controls or words[1] in self.vote_tokens):
            return "vote"
        return "control" if core in self._controls else ""

    def _is_control(self, text: str) -> bool:
        """Exactly a control word ("Reply", "Report", "Antworten"), or "says:"-like: a fast test
        by set lookups, for every short piece of a page."""
        core = " ".join(_EDGE_PUNCT.sub("", text.lower()).split())
        if core in self._controls or self.has_said(core):
            return True
        words = core.split()     # a counter: "12 points", "3 replies"
        return len(words) == 2 and words[0][:1].isdigit() and words[1] in self._controls

    def _is_teaser(self, text: str) -> bool:
        """The link under a teaser of another page ("Read more", "Weiterlesen »")."""
        return len(text) <= 40 and " ".join(_EDGE_PUNCT.sub("", text.lower()).split()) in self._teaser

    def _is_prompt(self, text: str) -> bool:
        """Exactly a prompt to comment, as a control shows it ("Log in to Reply", "Leave a comment »")."""
        return len(text) <= 60 and bool(self._prompt.fullmatch(" ".join(_EDGE_PUNCT.sub("", text).split())))

    def _is_relative_time(self, text: str) -> bool:
        return len(text) <= 40 and bool(self._ago_edge.search(text := text.strip()) and self._relative.match(text))

    def _is_chrome(self, text: str) -> bool:
        """A piece of interface: a control, a counter, a relative time, a clock time, punctuation."""
        text = text.strip()
        if not text or len(text) > 60:
            return False
        core = _EDGE_PUNCT.sub("", text)
        if not core or _NUMBER.match(core):
            return True
        return bool(self._chrome.match(core) or self.is_relative_time(core))

    def _is_heading(self, text: str) -> bool:
        """The title of a comment section or of its form: "12 Comments", "3 thoughts on “X”",
        "Kommentare (2)", "Leave a Reply"."""
        text = " ".join(text.split())
        if not text or len(text) > 200:
            return False
        if self._phrase.match(text):
            return True
        steps = _STEPS.split(text)
        if len(steps) >= 3:   # a breadcrumb trail or a row of tools: its first step decides, not its last
            return self.is_heading(steps[0])     # ("Home › World › Opinion", "E-mail | Print | Comments (3)")
        words = [w for w in re.findall(r"[^\W\d_]+", text.lower())]
        if not words or len(words) > 30:
            return False
        if not any(w in self.heading_nouns for w in words[:3]):
            return title_first(text, words[-1], self.heading_nouns)     # ("「X」への1件のフィードバック")
        # "Comments", "12 Responses", "Reader comments (4)"; or a number/word + noun + a title
        return len(words) <= 4 or words[0] in self.heading_nouns or words[1:2] and words[1] in self.heading_nouns \
            or bool(re.match(r"^\W*(?:\d+|one|no)\b", text, re.I))

    def strip_name(self, text: str) -> str:
        """A name without "by"/"Posted by" before it and "says:"/"wrote:" after it."""
        text = " ".join(_URL_TOKEN.sub(" ", text).split()).strip(_NAME_EDGES)    # (a profile's address shown)
        text = self._without_said(text)
        text = self._by_prefix.sub("", text)
        text = self._posted_by.sub("", text) or text
        text = text[:m.start()] if (m := _COUNTER_TAIL.search(text := text.strip(_NAME_EDGES))) and self.is_chrome(m[1]) else text
        return text[:-1] if text.endswith(".") and " " not in text and len(text) > 4 else text   # "SomeDude68."

    def _said_words(self, text: str) -> int:
        """How many words at the end of ``text`` are a said-verb ("says:", "a écrit :",
        "said..."); not at the end of a sentence ("… keep you posted.")."""
        tail = text[-40:].rstrip()
        if tail.endswith(".") and not tail.endswith("..") or tail.endswith(("!", "?")):
            return 0
        words = _TAIL_PUNCT.sub("", tail.lower()).split()
        if not words or words[-1] not in self._said_last:
            return 0
        for n in (3, 2, 1):
            if len(words) >= n and " ".join(words[-n:]) in self._said:
                return n
        return 0

    def _without_said(self, text: str) -> str:
        n = self._said_words(text)
        if not n:
            return text
        words = _TAIL_PUNCT.sub("", text).split()
        return " ".join(words[:-n])

    def _has_said(self, text: str) -> bool:
        return self._said_words(text) > 0

    def said_first(self, text: str) -> bool:
        """A head whose said-verb comes first, closed by a colon, a name after it ("كتب أحمد:", Arabic's order)."""
        words = text.rstrip().removesuffix(":").lower().split()
        return text.rstrip().endswith(":") and any(" ".join(words[:n]) in self._said for n in (2, 1) if len(words) > n)

    def starts_with_by(self, text: str) -> bool:
        return bool(self._by_prefix.match(text.strip()))

    def _name_in(self, text: str) -> str | None:
        """A commenter's name in a header or footer: "Ann says:", "by ann on 3 May 2012", "12.06.12 / Ann says:"."""
        for segment in SEPARATORS.split(" ".join(text.split())):
            if self.is_chrome(segment):
                continue
            segment = _ORDINAL.sub("", segment)     # ("Ann, 3 hours ago": the age after a comma, rule `comma-age`)
            segment = without_age(parts[0] if (parts := segment.partition(", "))[1] and self.is_relative_time(parts[2])
                                  else segment, self.is_relative_time)     # (an age closing it: rule `closing-age`)
            found = self.written_date(segment)
            if handle := self._by_handle(segment, found):
                return handle
            segment = _cut_at_date(segment, found, self.is_chrome)
            if found and _EDGE_PUNCT.sub("", segment).casefold() in self._date_names:
                continue        # "Fri, 2012-11-09 14:18": the date's weekday, no name
            segment = self._connector_suffix.sub("", segment)
            if (m := self._connector_before_time.search(segment)) and m.start() > 0:
                segment = segment[:m.start()]      # "Ann On Thursday, November" (the date without a year)
            name = self.strip_name(segment)
            if self.name_like(name):
                return name
        if (m := self._by_last.search(" ".join(text.split()))) and self.name_like(name := self.strip_name(m["name"])):
            return name
        return None

    def _by_handle(self, segment: str, found) -> str | None:
        """A handle of digits after a by-word ("by 4-6-3 on Aug 8, 2012", "by 0123456 (636235)"), cut: rule `by-handle`."""
        if not (m := self._by_prefix.match(segment)):
            return None
        rest = _USER_NUMBER.sub("", segment[m.end():found.start if found else len(segment)])
        rest = self._connector_suffix.sub("", rest).strip(_NAME_EDGES)
        return rest if _HAS_DIGIT.search(rest) and " " not in rest and 3 <= len(rest) <= 30 else None

    def name_like(self, text: str) -> bool:
        """A short name: 1-6 words with a letter, no sentence end, not chrome, not a heading."""
        if not text or len(text) > 60 or not _LETTER.search(text):
            return False
        words = text.split()
        if len(words) > 6 or text.endswith((",", ";", ":")):
            return False
        if text.endswith((".", "!", "?")) and not re.search(r"\b\w{1,3}\.$", text):
            return False
        return not (self.is_chrome(text) or self.is_heading(text) or self._phrase.match(text)
                    or text.casefold() in self._labels or text.casefold() in self._tools
                    or text in self._by_words)     # "by" left of a name cut as a number ("Per" is a name)


_SPEAKING: ContextVar[tuple[str, ...] | None] = ContextVar("comment_languages", default=None)


@contextmanager
def speaking(langs: tuple[str, ...] | None):
    """Within it, `vocabulary` reads the words of ``langs`` (None: of every installed language)."""
    token = _SPEAKING.set(tuple(langs) if langs is not None else None)
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def page_languages(doc) -> tuple[str, ...] | None:
    """The languages of the comment words of a page: its own (`lang.page_language`) and English; None
    (every installed language) when its language cannot be told."""
    code = lang.page_language(doc)
    return lang.languages(code) if code else None


@lru_cache(maxsize=32)
def _vocabulary(langs: tuple[str, ...] | None) -> Vocabulary:
    with MARKUP_FILE.open("rb") as f:      # (the markup words: read once per set of languages)
        return Vocabulary(tomllib.load(f), langs)


def vocabulary() -> Vocabulary:
    """The vocabulary of the page being read (`speaking`); the last one is kept with its key."""
    if (langs := _SPEAKING.get()) is not _LAST[0]:
        _LAST[:] = langs, _vocabulary(langs)
    return _LAST[1]


_LAST: list = [object(), None]      # (the languages last asked for, their vocabulary)
