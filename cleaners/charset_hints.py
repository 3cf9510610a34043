"""The language a page names, as a hint to its charset when it declares none (`cleaners/lang/charsets.toml`).

charset-normalizer ranks the readings of undeclared legacy bytes by their "chaos" (odd character
sequences), then by how well the letters fit a language. Many Latin charsets read the same text
almost alike: a French page in windows-1252 comes out best as Baltic windows-1257 (è read as č),
a Hungarian page in windows-1250 as windows-1252 (ő read as õ). The page's ``<html lang>`` (or
``Content-Language``) settles it: among the readings about as clean as the best one
(`CHAOS_TOLERANCE`), the first charset the language lists is taken, a reading without C1 control
characters before one with them, and one spelling more of the language's own letters (the non-ASCII letters of its
``cleaners/lang`` file) before one spelling fewer: ISO-8859-2 Czech read as windows-1250 spells "š" as "ą" and "ť"
as "»", letters and signs Czech does not write, so the ISO-8859-2 reading wins though windows-1250 is listed first.
A page that names no language: among readings alike, the one whose non-ASCII letters one installed language writes
best (`letters_fit`) is taken (ISO-8859-2 Czech read as windows-1250 holds "ą" beside "ř": no language writes both).
A language without a list, or a lang attribute the bytes belie (a ``lang="en"`` template on a Russian page: its
windows-1252 reading is far from clean), changes nothing."""
from __future__ import annotations

import codecs
import logging
import re
from functools import lru_cache
from pathlib import Path

import rtoml

logger = logging.getLogger(__name__)

CHARSETS_FILE = Path(__file__).resolve().parent / "lang" / "charsets.toml"
CHAOS_TOLERANCE = 2.0      # percentage points of chaos over the best reading a preferred charset may have
HEAD_BYTES = 65536         # the language is looked for in the page's first bytes only
_TAG = rb"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"
_HTML_LANG = re.compile(rb"<html\b[^<>]{0,2000}?\blang\s*=\s*[\"']?\s*" + _TAG, re.I)
_CONTENT_LANGUAGE = re.compile(rb"<meta\b[^<>]{0,500}?\bcontent-language\b[^<>]{0,500}?\bcontent\s*=\s*[\"']?\s*"
                               + _TAG, re.I)
_C1 = re.compile("[\x80-\x9f]")


class CharsetDataError(ValueError):
    """``charsets.toml`` cannot be used (bad TOML, a value that is not a list of known codecs)."""


def declared_language(data: bytes) -> str | None:
    """The language tag of ``<html lang>`` (or of a ``Content-Language`` meta), lower case, "-" between subtags."""
    head = data[:HEAD_BYTES]
    found = _HTML_LANG.search(head) or _CONTENT_LANGUAGE.search(head)
    return found.group(1).decode("ascii").lower().replace("_", "-") if found else None


@lru_cache(maxsize=1)
def language_charsets(path: Path = CHARSETS_FILE) -> dict[str, tuple[str, ...]]:
    """Language tag -> its legacy charsets, most common first, as Python codec names (``codecs.lookup``)."""
    try:
        table = rtoml.loads(path.read_text(encoding="utf-8"))["charsets"]
    except (OSError, KeyError, rtoml.TomlParsingError) as exc:
        raise CharsetDataError(f"{path}: {exc}") from exc
    charsets = {}
    for language, names in table.items():
        if not isinstance(names, list) or not names:
            raise CharsetDataError(f"{path}: {language} must be a non-empty list of charsets")
        try:
            charsets[language.lower()] = tuple(codecs.lookup(name).name for name in names)
        except (LookupError, TypeError) as exc:
            raise CharsetDataError(f"{path}: {language}: {exc}") from exc
    return charsets


def charsets_for(language: str | None) -> tuple[str, ...]:
    """The charsets of ``language`` ("zh-tw" before "zh"), or none."""
    if not language:
        return ()
    table = language_charsets()
    return table.get(language) or table.get(language.split("-")[0], ())


def preferred(results, language: str | None) -> str | None:
    """Of charset-normalizer's ``results``, the codec name of the reading the page's ``language`` prefers, if one is
    about as clean as the best reading (see the module doc); None otherwise."""
    wanted = charsets_for(language)
    best = results.best() if wanted else None
    if best is None:
        return None
    rank = {name: i for i, name in enumerate(wanted)}
    choices = []
    for match in results:
        if match.percent_chaos > best.percent_chaos + CHAOS_TOLERANCE:
            continue
        names = {codecs.lookup(name).name for name in (match.could_be_from_charset or [match.encoding])}
        known = [rank[name] for name in names if name in rank]
        if known:
            text = str(match)
            choices.append((_C1.search(text) is not None, -own_letters(text, language), min(known)))
    if not choices:
        return None
    return wanted[min(choices)[2]]


def own_letters(text: str, language: str) -> int:
    """How many of ``text``'s characters are non-ASCII letters of ``language`` (`language_letters`)."""
    letters = language_letters(language.split("-")[0])
    return sum(1 for c in text.lower() if c in letters) if letters else 0


@lru_cache(maxsize=64)
def language_letters(code: str) -> frozenset[str]:
    """The non-ASCII letters written in ``code``'s word lists (``cleaners/lang``; none without a file)."""
    from . import lang      # (the word lists: read only for an undeclared legacy page)
    lists = lang.load(code) or {}
    return frozenset(c for phrases in lists.values() for p in phrases for c in p.lower() if c.isalpha() and ord(c) > 127)


def letters_fit(text: str) -> float:
    """The share of ``text``'s non-ASCII letters that the one installed language writing most of them writes
    (1.0 when it holds none)."""
    from . import lang
    counts: dict[str, int] = {}
    for c in text.lower():
        if ord(c) > 127 and c.isalpha():
            counts[c] = counts.get(c, 0) + 1
    total = sum(counts.values())
    if not total:
        return 1.0
    return max(sum(n for c, n in counts.items() if c in language_letters(code)) for code in lang.available()) / total
