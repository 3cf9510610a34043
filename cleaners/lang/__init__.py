"""Per-language word lists of the text cleaners: one TOML file per language, and their loader.

Each ``cleaners/lang/<code>.toml`` (ISO 639-1 code) holds lists of lower-case literal
words and phrases under the keys listed in `KEYS` (docs/languages.md says what each is
for). Adding a language is adding a file: every cleaner picks it up, and the date
normaliser adds the month and weekday names that dateparser knows for it.

The document's language picks the file, with English as the fallback: a cleaner matches
the words of `document_languages(doc)` only. A language without a file reads English words
only, and its own dates (month and weekday names come from dateparser, not from the files). Matching every installed language cut
article text: English title-case lines that open with a word another language uses for
"by" ("Door Prize Winners Announced", "Von Braun Rocket Replica Unveiled") were taken
for bylines (tests/generalisation.py keeps such lines as negatives).

Public API (also read by the HTML comment stage):

* `available()` - installed language codes;
* `load(code)` - one language's lists (``{key: (phrase, ...)}``), or None;
* `languages(primary)` - ``primary`` (when installed or known to dateparser) and English, the fallback;
* `dated(code)` - whether dateparser reads dates in ``code`` (its month and weekday names);
* `without_file(langs)` - whether the first of ``langs`` has no file (the shape rules then stand in for words);
* `locale_info(code)` - dateparser's locale data of ``code`` (borrowed.py), or None;
* `document_languages(doc)` - the languages of a `Document`: ``languages(document_language(doc))``;
* `words(key, langs)` - the phrases of ``key`` in those languages, longest first;
* `pattern(key, langs, where)` - a compiled linear-time (RE2) pattern matching one of
  them as whole words: ``where`` is "search" (anywhere), "start" (at the start of the
  text), "line" (the whole text) or "end" (at the end of the text, as a whole word);
* `document_language(doc)` - the document's language: its metadata, else detected;
* `page_language(doc)` - a page's language before extraction (the HTML stages): declared, else detected
  from its paragraphs, else None;
* `NOT_WORD` - what parts words beside a phrase (RE2): no letter, digit or mark, or a Han or kana letter.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

import rtoml

from .. import lazy_re, linear_re
from ..lines import UNSPACED
from .attached import particles
from .borrowed import borrowed, locale_info

DIRECTORY = Path(__file__).resolve().parent
FALLBACK = "en"
KEYS = (
    "published", "time_words", "reading_time", "by", "editor", "and", "source", "photo", "enlarge", "chart", "chart_footer",
    "wrote", "on", "poster_stats", "reblogged",
    "reply", "reply_to", "reply_prefix", "comments", "comment_chrome", "ago", "time_units", "relative_days", "donate",
    "appeal", "reported", "related",
    "read_more", "share", "home", "rights", "comment_prompt", "comment_link", "membership", "paywall", "newsletter",
    "follow", "app_call", "widgets",
    "function_words", "posted", "filed_in", "post_furniture", "post_links", "powered_by", "post_template",
    "about_author", "bio_verbs", "moderation", "article_tools", "follower_counts", "pager",
    "newsletter_signup", "login", "login_link", "welcome", "empty_thread", "taxonomy", "section_label",
    "ad_label", "sponsor_credit", "back_home", "media_link", "ui_controls", "author_archive", "site_links",
    "original_source", "agency_credit", "disclaimer", "press_contact", "contact", "share_call", "legal_phrases",
    "author_contact", "liked_this", "more_news", "more_news_call", "closing_call", "post_controls", "tip_call",
    "desk", "desk_lead", "contributed", "caption", "post_header", "embed_post", "key_points", "editorial_notice",
    "screen_reader", "screen_reader_landmark", "preview_chrome", "release_label", "endnotes_heading",
    "about_heading", "profile_opening", "company_facts",
    "agency_words", "loanwords", "service_loanwords", "live_badge", "embed_notice", "subject_words",
    "class_ad", "class_share", "class_related", "class_tags", "class_author", "class_paywall", "class_newsletter",
    "class_print", "class_breadcrumb", "class_gallery",
)
_CODE = re.compile(r"^[a-z]{2}$")
_JOINERS = dict.fromkeys(map(ord, "\u200c\u200d"))


class LanguageDataError(ValueError):
    """A language file that cannot be used (bad TOML, unknown key, a value that is not a list of strings)."""


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    codes = sorted(p.stem for p in DIRECTORY.glob("*.toml") if _CODE.match(p.stem))
    return tuple([FALLBACK] + [c for c in codes if c != FALLBACK]) if FALLBACK in codes else tuple(codes)


@lru_cache(maxsize=None)
def load(code: str) -> Mapping[str, tuple[str, ...]] | None:
    path = DIRECTORY / f"{code}.toml"
    if not _CODE.match(code or "") or not path.exists():
        return None
    try:
        data = rtoml.loads(path.read_text(encoding="utf-8"))     # (rtoml: the 50 files in 0.02 s, tomllib 0.15)
    except (OSError, rtoml.TomlParsingError) as exc:
        raise LanguageDataError(f"{path}: {exc}") from exc
    out: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if key in ("language", "name"):
            continue
        if key not in KEYS:
            raise LanguageDataError(f"{path}: unknown key {key!r}; known: {', '.join(KEYS)}")
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LanguageDataError(f"{path}: {key} must be a list of non-empty strings")
        out[key] = _forms(value)
    return out


def _forms(value: list[str]) -> tuple[str, ...]:
    """The phrases of a list, lower-cased (not casefolded: "ß" stays), spaces collapsed, each once; a phrase with a
    zero-width joiner (the Persian half-space of "به‌روزرسانی") as written and without it, as the text reader leaves it
    out (`text_input`) and a page's markup keeps it."""
    forms: dict[str, None] = {}
    for v in value:
        phrase = " ".join(v.lower().split())
        forms[phrase] = None
        if "\u200c" in phrase or "\u200d" in phrase:
            forms[phrase.translate(_JOINERS)] = None
    return tuple(forms)


# Other names of a language that has a file: py3langid and many pages name Norwegian "no" (its written standard
# Bokmål is nb.toml; Nynorsk, "nn", keeps its own code); Bosnian ("bs", and "sh", the retired code of Serbo-Croatian)
# is read by the Croatian file, which holds its words (py3langid parts Croatian text between "hr" and "bs").
ALIASES = {"no": "nb", "bs": "hr", "sh": "hr"}


def languages(primary: str | None = None) -> tuple[str, ...]:
    """``primary`` (by its file's name: `ALIASES`) and English, the fallback (English alone when ``primary`` is None
    or a code neither a file nor dateparser knows). A language without a file brings no words, but the dates written
    in it are read all the same: the date normaliser takes its month and weekday names from
    dateparser's locale data (cleaners/dates.py). A language read by another's file keeps its own dates after that
    file: ("hr", "bs", "en") for Bosnian ("14. marta 2026"; Croatian writes "14. ožujka 2026")."""
    codes = available()
    if _made[0] is not codes or len(_made[1]) >= MAX_MADE:
        _made[:] = [codes, {}]          # (the files changed, or many codes were asked: made again)
    found = _made[1].get(primary)
    if found is None:
        code = ALIASES.get(primary or "", primary)
        found = _made[1][primary] = tuple(dict.fromkeys(
            c for c in (code, primary, FALLBACK) if c and (c in codes or dated(c))))
    return found


# `languages` of each code asked, per `available` tuple made from (asked ~23 times a page, 2.3 µs each made, 0.2 kept)
MAX_MADE = 256
_made: list = [None, {}]


@lru_cache(maxsize=64)
def dated(code: str | None) -> bool:
    """Whether dateparser has locale data (month and weekday names) for the language ``code``."""
    return bool(code) and bool(_CODE.match(code)) and locale_info(code) is not None


def without_file(langs: tuple[str, ...]) -> bool:
    """Whether one of a document's ``langs`` (its own, its chrome's; not one read by another's file) is a language
    without a file (English, the fallback, has one): where the rules that read shape stand in for words."""
    return any(c != FALLBACK and c not in ALIASES and load(c) is None for c in langs)


def _langs(langs: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(langs) if langs is not None else available()


@lru_cache(maxsize=4096)     # (16 languages asked 762 patterns in 360 pages: under 512 some were compiled again)
def _words(key: str, langs: tuple[str, ...]) -> tuple[str, ...]:
    if key not in KEYS:
        raise KeyError(f"unknown language data key {key!r}")
    found: dict[str, None] = {}
    for code in langs:
        data = load(code)
        if data is None and dated(code):
            data = borrowed(code)       # a language without a file: dateparser's relative-time words
        for phrase in (data or {}).get(key, ()):
            found[phrase] = None
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


def words(key: str, langs: Iterable[str] | None = None) -> tuple[str, ...]:
    """The phrases of ``key`` in ``langs`` (default: all installed), longest first."""
    return _words(key, _langs(langs))


# Turkish "i" and "ı" are two letters whose capitals are "İ" and "I"; RE2's case folding (unlike
# Python's) knows neither pair, so a phrase's "i" also matches "İ" and its "ı" also "I" ("İLGİLİ", "KAPALI").
# Greek capitals drop the accent ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ" for "Σχετικά άρθρα"): an accented vowel also matches its plain one;
# Romanian "ș" and "ț" (comma below) also match the "ş" and "ţ" (cedilla) that older pages print.
_DOTTED = str.maketrans({"i": "[i\u0130]", "\u0131": "[\u0131I]", "ά": "[άα]", "έ": "[έε]", "ή": "[ήη]", "ί": "[ίι]",
                         "ό": "[όο]", "ύ": "[ύυ]", "ώ": "[ώω]", "ș": "[șş]", "ț": "[țţ]"})


_UNSPACED_SPACE = re.compile(rf"(?<=[{UNSPACED}]) | (?=[{UNSPACED}])")


def alternation(phrases: Iterable[str], attached: bool = False) -> str:
    """An RE2 alternation of literal phrases: any run of spaces matches a space (a space beside a Han or kana
    character also none: "广告 继续阅读" is also written "广告继续阅读"), an apostrophe any of ' ’ ʼ (Ukrainian),
    a dotted or dotless "i" its capital, an accented Greek vowel its plain capital, a Romanian "ș" its
    cedilla form "ş" (`_DOTTED`). ``attached``: a Hebrew or Arabic phrase also matches with the particles those
    languages write glued to a word's front ("ועקבו" for "עקבו", "وللمزيد" for "المزيد"; `attached`)."""
    parts = [_attached(phrase) if attached else _phrase(phrase) for phrase in phrases]
    return "(?:" + "|".join(parts) + ")" if parts else "(?:$^)"


@lru_cache(maxsize=1 << 16)
def _phrase(phrase: str) -> str:
    """One phrase of `alternation` (cached: the English phrases join every language's alternations)."""
    escaped = re.escape(phrase).replace("\\ ", " ")
    escaped = _UNSPACED_SPACE.sub(r"\\s*", escaped).replace(" ", r"\s+").translate(_DOTTED)
    return re.sub("['\u2019]", "['\u2019\u02bc]", escaped)


@lru_cache(maxsize=1 << 14)
def _attached(phrase: str) -> str:
    """`_phrase` with the particles Hebrew and Arabic may glue before it (`attached.particles`)."""
    return particles(phrase, _phrase)


# a word boundary: a character that is no letter, digit or mark, or one of a script written without spaces (Han,
# kana): "分享到微信", "责任编辑王明" hold their phrase with a letter either side of it. So a phrase of those scripts matches
# inside a run of them: their files keep phrases of two characters or more where a phrase is searched or opens a line
# (a single character only as a whole line). (?-i:): folding, a cost, changes neither class (test_speed17_not_word.py)
NOT_WORD = rf"(?-i:[^{linear_re.WORD_CLASS}]|[{UNSPACED}])"


@lru_cache(maxsize=4096)
def _pattern(keys: tuple[str, ...], langs: tuple[str, ...], where: str):
    phrases = [p for key in keys for p in _words(key, langs)]
    body = alternation(sorted(set(phrases), key=lambda p: (-len(p), p)), attached=True)
    if where == "search":
        regex = rf"(?:^|{NOT_WORD})({body})(?:$|{NOT_WORD})"
    elif where == "start":
        regex = rf"^({body})(?:$|{NOT_WORD})"
    elif where == "line":
        regex = rf"^({body})$"
    elif where == "end":
        regex = rf"(?:^|{NOT_WORD})({body})$"
    else:
        raise ValueError(f"where must be search, start, line or end, not {where!r}")
    return lazy_re.linear(regex, ignore_case=True)      # (compiled on its first use: many wait behind a screen)


def pattern(key: str | tuple[str, ...], langs: Iterable[str] | None = None, where: str = "search"):
    """A linear-time pattern of the phrases of ``key`` (or several keys) as whole words.

    The phrase is group 1; "search" and "start" also consume the character after it."""
    keys = (key,) if isinstance(key, str) else tuple(key)
    return _pattern(keys, langs if langs.__class__ is tuple else _langs(langs), where)


DETECT_BLOCKS = 60
PAGE_SAMPLE = 1000
_page: list = [None, None, None]         # [raw bytes, source, code] of the last page detected
_detected: list = [None, None, None]     # [raw bytes, source, code] of the last document detected


def document_language(doc) -> str | None:
    """The language of a `Document`: ``metadata.language``, else the language detected for its
    page's HTML stages (`page_language`), else detected from the start of its body. The
    detection is made once per document (the first stage to ask), so every cleaner of the chain
    reads the same language while the body changes under them."""
    code = (doc.metadata or {}).get("language")
    if code:
        return code
    if doc.raw and _page[0] is doc.raw and _page[1] == doc.source and _page[2]:
        return _page[2]         # the page's paragraphs told it: one detection a page
    if doc.raw and _detected[0] is doc.raw and _detected[1] == doc.source:
        return _detected[2]     # the same input (its bytes object is shared by every version of the document)
    from ..language import detect_page
    code = detect_page([b.text for b in doc.blocks[:DETECT_BLOCKS]], [c.text for c in doc.comments])
    if doc.raw:
        _detected[:] = [doc.raw, doc.source, code]
    return code


def document_languages(doc) -> tuple[str, ...]:
    """The languages whose words the cleaners match in ``doc``: its own, its chrome's (`chrome`) and English."""
    from .chrome import with_chrome
    return with_chrome(doc, document_language(doc))


def page_language(doc) -> str | None:
    """The language of an HTML page before extraction, for the HTML stages: ``metadata.language`` (the
    page's ``<html lang>``, og:locale or content-language; a page not read by the pipeline: its ``<html
    lang>``), else detected from the text of its paragraphs or other prose (`language.page_sample`; once a page), or
    from all its text outside scripts and code when that tells none (`language.page_text`), else None: the language
    cannot be told, and each stage says what it reads then."""
    code = (doc.metadata or {}).get("language")
    if code:
        return code
    if doc.raw and _page[0] is doc.raw and _page[1] == doc.source:
        return _page[2]
    if doc.dom is None:
        return None
    from ..language import detect, page_sample, page_text
    from ..page_metadata import normalise_language
    root = doc.dom.css_first("html")
    if code := normalise_language(root.attributes.get("lang") if root is not None else None):
        return code
    code = detect(page_sample(doc.dom, PAGE_SAMPLE)) or detect(page_text(doc.dom, PAGE_SAMPLE))
    if doc.raw:
        _page[:] = [doc.raw, doc.source, code]
    return code
