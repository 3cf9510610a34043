"""Whether a text read where a page's markup names its author is a name (`is_name`), and the names of such a text
(`clean_name`): one to five words of letters in any script, no label ("View Profile", "Name", "Autor", "RSS",
"Staff": ``cleaners/lang/author_markup.toml``, read in every page; the by, published, comments... words of the
document's languages, cleaners/lang), without a by-word before them or a date or "says" after them."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import rtoml

from . import date_names, lang
from .extract_byline import names_before_date
from .builtin._byline import _each_name, _joins, byline_author, is_person_name, split_names

DATA_FILE = Path(__file__).resolve().parent / "lang" / "author_markup.toml"
MAX_NAME_WORDS = 5          # of one name
MAX_NAMES = 4               # names in one byline ("Ann Lee and Tom Berg")
MAX_TEXT_WORDS = 16         # of an element's text read as a byline
MAX_TEXT_CHARS = 160
# the document's own words that label a name's place (a name equal to one, or opening or closing with one, is none)
LABEL_KEYS = ("by", "published", "posted", "comments", "site_links", "about_author", "author_archive",
              "post_furniture", "login_link", "read_more", "taxonomy", "contact", "home", "desk", "wrote", "share")


@lru_cache(maxsize=1)
def data() -> dict:
    """The markup words and labels of ``author_markup.toml``: {"select", "select_paths", "classes", "paths" (by
    language), "whole", "words"}."""
    raw = rtoml.loads(DATA_FILE.read_text(encoding="utf-8"))
    return {"select": tuple(raw["markup"]["select"]), "select_paths": tuple(raw["markup"]["select_paths"]),
            "classes": {code: tuple(ws) for code, ws in raw["classes"].items()},
            "paths": {code: tuple(ws) for code, ws in raw["paths"].items()},
            "whole": frozenset(w.lower() for ws in raw["whole"].values() for w in ws),
            "words": frozenset(w.lower() for ws in raw["words"].values() for w in ws)}


@lru_cache(maxsize=64)
def _labels(langs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(the whole labels, the phrases a name may not open or close with) of ``langs`` and the shared file."""
    own = {w for key in LABEL_KEYS for w in lang.words(key, langs)}
    months, weekdays, _ = date_names.names(date_names.codes(langs))
    return frozenset(own | data()["whole"] | set(months) | set(weekdays)), frozenset(own)


_DOMAIN = re.compile(r"[^\W\d_]{2,}\.(?:com|org|net|co|info|biz|io|uk|de|fr|es|it|ru|jp|cn|in)\b", re.I)
_NOT_NAME = re.compile(r"[\d@#/\\|<>{}\[\]=+*_~^%$\u00a9\u00ae?!:;]|https?|www\.")
_EDGES = " \t\n,;:|/-\u2013\u2014\u00b7\u2022\u00bb\u00ab()[]\"'\u201c\u201d\u2018\u2019.*"


def is_label(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is one of the labels a page prints where a name would stand ("Staff Reporter", "Redaktion")."""
    return " ".join(text.casefold().split()) in _labels(langs)[0]


def is_name(name: str, langs: tuple[str, ...]) -> bool:
    """Whether ``name`` is one to `MAX_NAMES` person names of one to `MAX_NAME_WORDS` words of letters, in any
    script (`_byline.is_person_name`), and no label of a name's place (`author_markup.toml`, cleaners/lang words)."""
    if not name or _NOT_NAME.search(name) or _DOMAIN.search(name) or len(name) > 80:
        return False
    low = " ".join(name.casefold().split())
    whole, edges = _labels(langs)
    words = low.split()
    if low in whole or (" " not in name and name.isupper() and len(name) > 1) or \
            any(w.strip(".,'\u2019") in data()["words"] for w in words):
        return False
    if any(" ".join(words[:n]) in edges or " ".join(words[-n:]) in edges for n in range(1, min(len(words), 4))):
        return False
    joins = _joins(langs)
    if any(w[:1].isupper() and w.casefold() in joins for w in name.split()):
        return False                # "Get Leads And Recognition": a title's capitalised "and", not a list of names
    names = [n for n in _each_name(name, joins) if n]
    if not names or len(names) > MAX_NAMES or any(len(n) > MAX_NAME_WORDS for n in names):
        return False
    return is_person_name(name, langs) and any(c.isalpha() for c in name)


def clean_name(text: str, langs: tuple[str, ...]) -> str | None:
    """The names of an element's text: after a by-word ("By Ann Lee", "Posted by Ann Lee, Staff Writer"), before a
    bar or slash, a date, a "published" or "says" word ("Ann Lee | March 3", "Ann Lee says"), or None."""
    text = " ".join(text.split()).strip(_EDGES)
    if not text or len(text) > MAX_TEXT_CHARS or len(text.split()) > MAX_TEXT_WORDS:
        return None
    text = _without_tail(names_before_date(text, langs, element=True), langs)
    names = byline_author(text, langs)
    if names is None:
        bare = re.split(r"\s[|/\u00b7\u2022\u2013\u2014-]\s|\s*[|\u00b7\u2022]\s*", text, maxsplit=1)[0]
        names, _ = split_names(bare.strip(_EDGES), langs)
    names = _without_tail(names_before_date(names.strip(_EDGES), langs, element=True), langs)
    return names if is_name(names, langs) else None


@lru_cache(maxsize=64)
def _tail_words(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for key in ("wrote", "on") for w in lang.words(key, langs))


def _without_tail(text: str, langs: tuple[str, ...]) -> str:
    """``text`` without the words for "says" or "on" that close it ("Ann Lee says", "By Ann Lee on")."""
    words = text.strip(_EDGES).split()
    while len(words) > 1 and words[-1].casefold().strip(".,:") in _tail_words(langs):
        words.pop()
    return " ".join(words).strip(_EDGES)
