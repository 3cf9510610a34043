"""Bylines: "By A and B, Reuters", "Von Anna Schmidt", "Autor: Jan Nowak", in the words of the
document's languages (cleaners/lang ``by`` and ``and``); shared by the title and dateline cleaners."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..lines import CAPITAL, HAN_KANA, MARKS, SYLLABIC, UNCASED, word_count
from ._wire import AGENCY_ALTERNATION

PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "das", "do", "dos", "al", "bin", "ibn", "la", "le", "dela", "delos",
                       "del", "di", "du", "ter", "y", "e"})
HAN_NAME = rf"(?-i:[{HAN_KANA}]{{2,5}})"     # a name in Han or kana letters, which have no capitals: "王明", "山田太郎"
# ((?-i:): the same letters, but re.I no longer case-folds each of their ~30,000 code points at compile time)
# a word of a name in Hebrew, Arabic-script (Arabic, Persian), Brahmic, Ethiopic or Georgian letters, which have no
# capitals either (`lines.UNCASED`: "יוסי כהן", "ג'ק", "علی رضایی", "राहुल शर्मा", "রহিম উদ্দিন", "ნინო ბერიძე"), or in
# a script of Southeast Asia, whose names are spaced words ("สมชาย ใจดี"; `_SYLLABIC_OPENERS`: the letters a word may
# open with, no vowel sign or tone mark), with the vowel signs, points and marks written inside it (`lines.MARKS`); such
# a name has no more than `MAX_UNCASED_WORDS` words, as nothing else tells it from the words of a sentence
_SYLLABIC_OPENERS = "\u0e01-\u0e2e\u0e40-\u0e44\u0e81-\u0eae\u0ec0-\u0ec4\u1000-\u102a\u1780-\u17b3"
# (the same letters under (?-i:), but Georgian's, which re.I matches by their capitals (Mtavruli) too: a pattern under
# re.I no longer case-folds the ~20,000 letters at each compile; tests/builtin/test_uncased_classes.py checks every code
# point, with and without re.I)
_GEORGIAN = "\u10d0-\u10fa\u10fd-\u10ff"
_OPENERS = rf"(?:(?-i:[{UNCASED.removesuffix(_GEORGIAN)}{_SYLLABIC_OPENERS}])|[{_GEORGIAN}])"
# an initial is one letter of these scripts with its vowel signs and a full stop, a name word after it
# ("కె. శ్రీనివాస్", "கே. ராமன்", "के. शर्मा"): the stop of a sentence ends a longer word ("... ముగిసింది. తరువాత ...")
_INITIAL_TAIL = rf"(?-i:[{MARKS}]*)\."
UNCASED_WORD = rf"{_OPENERS}(?:{_INITIAL_TAIL}(?=\s+[^\W\d_])|(?-i:[\w'\u2019\u05f3\u05f4{MARKS}{SYLLABIC}-]*))"
MAX_UNCASED_WORDS = 4
MAX_BYLINE_WORDS = 16     # of a byline line (`byline_author`)
# the capitals opening a name: every capital of the cased scripts (`lines.CAPITAL`: Latin with Azerbaijani "Ə", "Əli
# Həsənov"; Cyrillic with the Ukrainian, Serbian and Kazakh ones, "Євген Іваненко", "Ђорђе Јовановић", "Әсел Нұрланқызы";
# Greek, "Νίκος Δήμου"; Armenian), and the whole Latin Extended-A block, its lower-case letters too, as before
_CAPITALS = CAPITAL + "\u0100-\u017f"
CAP = rf"(?:[{_CAPITALS}](?-i:[\w.'\u2019-]*)|{HAN_NAME}|{UNCASED_WORD})"
_HAN_NAME = re.compile(HAN_NAME)
_UNCASED_WORD = re.compile(UNCASED_WORD)
_UNCASED_INITIAL = re.compile(rf"{_OPENERS}{_INITIAL_TAIL}")     # a word of a name read alone
# a by-word the names may follow without a space: one of three Han or kana letters or more ("本报记者张晓东"; a
# shorter one opens words too: "记者会", "記者会見") or ending with a slash ("文／王明")
_GLUED = re.compile(rf"(?:[{HAN_KANA}]{{3}}|[/\uff0f\u30fb])$")
# (a word before a colon and a value is the next field's label, no part of the name: "作者：张伟 来源：新华社")
_PARTICLE = "|".join(sorted(PARTICLES))
NAME = rf"{CAP}(?:\s+(?!\S+\s*[:\uff1a]\s*\S)(?:{CAP}|{_PARTICLE}))*"


def byline_pattern(langs: tuple[str, ...]):
    """A by-word of ``langs``, then names (group ``names``) joined by commas, "&" or a word for "and", then the rest."""
    return credit_pattern("by", langs)


@lru_cache(maxsize=64)
def credit_pattern(key: str, langs: tuple[str, ...]):
    """A phrase of ``key`` ("by", "editor") of ``langs``, then names (group ``names``), then the rest (`byline_pattern`);
    a colon between them, or the full-width or Armenian one glued to both ("文：王明", "Հեղինակ՝ Անի Պետրոսյան")."""
    by = lang.alternation(lang.words(key, langs))
    glued = lang.alternation(w for w in lang.words(key, langs) if _GLUED.search(w))
    return re.compile(rf"^(?:{by}(?:\s*:?\s+|\s*[\uff1a\u055d]\s*)|{glued})(?P<names>{_names(langs)})(?P<rest>.*)$",
                      re.I)


def _names(langs: tuple[str, ...]) -> str:
    """`NAME` joined by commas, "&" or a word for "and" of ``langs``, for a pattern of ``re.I``, with `CAP` written
    twice: ``NAME (?:JOIN NAME)*`` wrote it four times, and each copy of its classes (~30,000 code points) is most of a
    compile (16 ms a pattern). The words of all the names make one loop, a word after a space or after a join: the
    same matches, tried in the same order (under ``re.I`` `CAP` takes a particle too, "de", so that a particle may
    follow a join adds no match: `CAP` takes it first)."""
    joins = lang.alternation(lang.words("and", langs))
    return rf"{CAP}(?:(?:\s+(?!\S+\s*[:\uff1a]\s*\S)|\s*(?:,|&|\s{joins}\s)\s*)(?:{CAP}|{_PARTICLE}))*"


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Function words of every installed language: the more of them, the fewer false bylines."""
    return frozenset(lang.words("function_words")) - PARTICLES


def split_names(names: str, langs: tuple[str, ...] | None = None) -> tuple[str, str]:
    """(the person names, an affiliation after them). A list of names separated by commas ends
    with a word for "and" (of ``langs``; default: every installed language), so what follows
    the part holding it, or the first part when none does, is an affiliation: an agency or a
    role. "A and B, Reuters" -> ("A and B", "Reuters"); "A, B and C" -> ("A, B and C", "");
    "A, Staff Writer" -> ("A", "Staff Writer")."""
    parts = [p.strip() for p in names.split(",")]
    joins = _joins(langs)
    last = max((k for k, p in enumerate(parts) if joins & set(p.casefold().split())), default=0)
    return ", ".join(parts[:last + 1]), ", ".join(parts[last + 1:])


@lru_cache(maxsize=64)
def _joins(langs: tuple[str, ...] | None) -> frozenset[str]:
    """The words for "and" of ``langs``, case-folded as the words they are compared with (Armenian "և" folds to "եւ")."""
    return frozenset(w.casefold() for w in lang.words("and", langs))


def _each_name(names: str, joins: frozenset[str]) -> list[list[str]]:
    """The words of each name of a list ("A, B and C"), parted at commas, "&" and the words of ``joins``."""
    parts: list[list[str]] = [[]]
    for w in re.split(r"\s+|(?=[,&])|(?<=[,&])", names):
        if w in (",", "&") or w.casefold() in joins:
            parts.append([])
        elif w:
            parts[-1].append(w)
    return parts


def is_person_name(name: str, langs: tuple[str, ...] | None = None) -> bool:
    """Capitalised words (or words of a script without case, four at most in each name), none of them a function word ("By Train
    To Paris" is a headline);
    ``langs``: whose word for "and" may join two names (default: every installed language)."""
    words = [w for w in re.split(r"\s+|,|&", name) if w]
    joins = _joins(langs)
    if not words or max(sum(bool(_uncased(w)) for w in part) for part in _each_name(name, joins)) > MAX_UNCASED_WORDS:
        return False
    for w in words:
        low = w.casefold()
        if low in joins or low in PARTICLES and w.islower():
            continue
        if not (w[:1].isupper() or _HAN_NAME.fullmatch(w) or _uncased(w)) or low in _function_words():
            return False
    return True


def _uncased(word: str) -> bool:
    """A word of a name in a script without case, or its initial ("కె.")."""
    return bool(_UNCASED_WORD.fullmatch(word) or _UNCASED_INITIAL.fullmatch(word))


_PERSON_AGENCY = re.compile(rf"^(?P<name>{NAME})\s+[-\u2013\u2014|/]\s+{AGENCY_ALTERNATION}$")


def agency_byline(text: str, langs: tuple[str, ...] | None = None) -> str | None:
    """The person of a line naming a person and a wire service of `_wire.AGENCIES` ("Ann Lee | AFP",
    "Jan Nowak - PAP", "Lena Vogt | dpa"), or None."""
    m = _PERSON_AGENCY.match(text.strip())
    return m.group("name") if m and is_person_name(m.group("name"), langs) else None


def byline_author(text: str, langs: tuple[str, ...]) -> str | None:
    """The person names of a byline line (without an agency after them), or None when ``text`` is not one."""
    if word_count(text) > MAX_BYLINE_WORDS:
        return None
    m = byline_pattern(langs).match(text.strip())
    if not m:
        return closing_byline(text, langs)
    names, _ = split_names(m.group("names").strip(" ,"), langs)
    return names if is_person_name(names, langs) else None


def closing_byline(text: str, langs: tuple[str, ...]) -> str | None:
    """The name of a byline whose word for "by" or "wrote" comes last, in a verb-final language (its file has closing
    calls, `closing_call`): "Ayşe Yılmaz yazdı", "김민지 기자"; the name, one such word, nothing else. A name in a cased
    script has two words at least ("Bakan dedi" is "the minister said")."""
    name, _, last = text.strip().rpartition(" ")
    if not name or last.casefold().rstrip(":") not in closing_words(langs) or (" " not in name and name[:1].isupper()):
        return None
    return name if is_person_name(name, langs) else None


@lru_cache(maxsize=32)
def closing_words(langs: tuple[str, ...]) -> tuple[str, ...]:
    """The one-word phrases of ``by`` and ``wrote`` of the first of ``langs`` when it is verb-final; else none."""
    if not langs or not lang.words("closing_call", langs[:1]):
        return ()
    return tuple(w for key in ("by", "wrote") for w in lang.words(key, langs[:1]) if " " not in w)


_BRACKETED = re.compile(r"^[(\[\uff08\u3010](?P<inner>[^()\[\]\uff08\uff09\u3010\u3011]+)[)\]\uff09\u3011]$")


def editor_credit(text: str, langs: tuple[str, ...]) -> bool:
    """The line, maybe in brackets, is only an editor's credit (``editor``): "（责任编辑：陈静）", "Editing by Tom Brown"."""
    m = _BRACKETED.match(text.strip())
    m = credit_pattern("editor", langs).match(m.group("inner").strip() if m else text.strip())
    return bool(m) and not m.group("rest").strip(" .\u3002") and \
        is_person_name(split_names(m.group("names").strip(" ,"), langs)[0], langs)


@lru_cache(maxsize=32)
def _handle_pattern(langs: tuple[str, ...]):
    by = lang.alternation(lang.words("by", langs))
    return re.compile(rf"^(?i:{by})\s*:?\s+(?P<handle>[a-z0-9][\w.\-]{{2,30}})(?P<rest>(?:\s.*)?)$")


def handle_byline(text: str, langs: tuple[str, ...]) -> tuple[str, str] | None:
    """(the user name, what follows it) of a byline that names a user name rather than a person
    ("Posted by timothy", "by jdoe42 on May 3, 2012"): a by-word of ``langs``, one lower-case
    token that is no function word of any installed language, then the rest; None otherwise."""
    m = _handle_pattern(langs).match(text.strip())
    if not m or m.group("handle").casefold() in _function_words():
        return None
    return m.group("handle"), m.group("rest").strip()


# a place after a credit's names: a short word in lower case ("in", "aus", "à", "en", "from") and one to three
# capitalised words, the end of the segment ("... by Ann Lee in Lisbon")
_PLACE = re.compile(rf"^(?P<names>.+?)\s+(?-i:[^\W\d_A-Z\u0400-\u042f]{{1,5}})\s+(?-i:[{_CAPITALS}][\w.'\u2019-]*)"
                    rf"(?:\s+(?-i:[{_CAPITALS}][\w.'\u2019-]*)){{0,2}}$")
_SEGMENTS = re.compile(r"\s*;\s*|(?<=[a-z\u00df-\u00ff])\.\s+")
MAX_CREDIT_WORDS = 30


def credit_line(text: str, langs: tuple[str, ...]) -> tuple[str, ...] | None:
    """The names of a line of credits and nothing else, maybe in brackets, or None: segments parted by ";" or a
    full stop, each a phrase of ``by`` or ``editor`` of ``langs``, person names, maybe the place they reported
    from ("Reporting by Ann Lee in Lisbon; Editing by Tom Brown", "(Additional reporting by Jan Nowak in Warsaw.)").
    The names of the first ``by`` segment come first in the tuple, "" when the line opens with an editor's."""
    inner = _BRACKETED.match(text.strip())
    body = (inner.group("inner") if inner else text).strip().rstrip(".\u3002 ")
    if not body or word_count(body) > MAX_CREDIT_WORDS:
        return None
    found: list[str] = []
    for k, segment in enumerate(s for s in _SEGMENTS.split(body) if s):
        for key in ("by", "editor"):
            if (m := credit_pattern(key, langs).match(segment)) is not None:
                break
        else:
            return None
        names, affiliation = split_names(m.group("names").strip(" ,"), langs)
        if not all(w[:1].isupper() for w in affiliation.split()):      # "Ann Lee, Reuters"; not a clause after a comma
            return None
        if m.group("rest").strip(" ,") or not is_person_name(names, langs):
            place = _PLACE.match((m.group("names") + m.group("rest")).strip(" ,"))
            if place is None or not is_person_name(place.group("names"), langs):
                return None
            names = place.group("names")
        found.append(names if key == "by" or k else "")
    return tuple(found) or None
