"""Heads of a thread right under its header, found by the units' shape alone (signal ``header``).

A thread pasted from a page often keeps one line per part of each comment and a blank line between
comments, its depth in the indentation, and no verb, date or control the language files know:

    4 athugasemdir:

        Hafmeyjan
        Loksins, bráðabirgðabryggjan er hörmung á veturna.

            1. sjoarinn · fyrir 2 klst.
            Hver á að borga þetta?

Right under a comment header (the ``comments`` words of cleaners/lang with a count or not, or, in a
language without a file, a header's shape with a count: `header_shape`), a run of at least
`MIN_UNITS` units: a paragraph opened by a name line (`MAX_NAME_WORDS` words at most after an optional
list marker, up to a separator "·", "|", "–", "—" that may part it from a date or an age, no sentence)
and the comment's lines under it, with no blank line between. A subheading over an article paragraph
is not read as a thread: no header stands above it, and the article's first line is no name. A thread
pasted with no blank line at all is read as pairs of lines, a name and a one-sentence comment (`_line_pairs`)."""
from __future__ import annotations

import re

from ...lines import MARKS, SENTENCE_STOPS, word_count
from .heads import Head

MIN_UNITS = 2
MAX_NAME_WORDS = 4
MAX_NAME_CHARS = 40
_MARKER = re.compile(r"^(?:\d{1,3}[.)]\s+|[\u2022\u25e6\u2023*\u21b3\u2514>-]+\s*)")
_JOINT = re.compile(r"\s[\u00b7|\u2013\u2014]\s")
_INITIAL = re.compile(rf"(?:^|\s)[^\W\d_][{MARKS}]?\.$")      # "Ana P.", "அருண் வி." end with an initial, not a sentence

_HEADER_SHAPE = re.compile(r"^(?:#{1,6}\s*)?(?:\d{1,5}\s+)?[^\W\d_]+(?:\s[^\W\d_]+){0,3}(?:\s*[(\[]\d{1,5}[)\]])?\s*:?$")
MAX_HEADER_CHARS = 40
_COUNT = re.compile(rf"\d+(?:[^\W\d_][{MARKS}]*)?(?=[\s:)\]\uff09\uff3d\u3011\uff1a]|$)")   # "8件）", "7টি"
_MARK = re.compile(f"[{MARKS}]")      # a vowel sign is no letter to \w: "கருத்துகள்" read as one word
_HEADER_DEBRIS = re.compile(r"[\d()\[\]:#*_\uff08\uff09\uff3b\uff3d\u3010\u3011\uff1a]")    # counts, brackets (also full-width) and markdown


def header_shape(text: str) -> bool:
    """A thread's header in words no file holds, known by its place right above the first comment's head and its
    shape: one to four words of letters, maybe a count before them or in brackets after them, maybe a colon
    ("3 Komentarai", "Komentarai (3)", "## Komentari", "Diskutuokite"), no sentence; a vowel sign is read as part of
    its word ("వ్యాఖ్యలు (3)")."""
    return len(text) <= MAX_HEADER_CHARS and bool(_HEADER_SHAPE.match(_MARK.sub("", text.strip())))


def is_header_words(text: str, vocab) -> bool:
    """A thread's header in the ``comments`` words of the language files, counts, brackets and markdown aside."""
    return bool(vocab["header"].match(_HEADER_DEBRIS.sub(" ", text).strip()))


def is_header(text: str, vocab, without_file: bool) -> bool:
    """A thread's header: the ``comments`` words, a count or not; in a language without a file, its shape and a count."""
    if len(text) > MAX_HEADER_CHARS:
        return False
    words = _COUNT.sub(" ", text)      # a count with its counter glued: "댓글 3개", "评论 12条"
    return (is_header_words(words, vocab)
            or without_file and any(c.isdigit() for c in text) and header_shape(_MARK.sub("", text)))


def _name(text: str, by=None) -> str | None:
    """The commenter's name of a unit's first line, without a by-phrase before it (``by``: a pattern of the
    document's ``by`` words at the start, "Posted by Ann Lee | 3 May"), or None when the line is no name line."""
    line = _MARKER.sub("", text.strip(), count=1)
    name = _JOINT.split(line, maxsplit=1)[0].strip()
    if by is not None and (m := by.match(name)) and name[m.end():].strip(" :"):
        name = name[m.end():].strip(" :")
    if not name or len(name) > MAX_NAME_CHARS or word_count(name) > MAX_NAME_WORDS or any(c in name for c in ",;:"):
        return None
    if name.endswith(SENTENCE_STOPS) and not _INITIAL.search(name):
        return None
    return name


def header_heads(blocks, header_test, heads: dict, by=None) -> dict[int, Head]:
    """The heads of the units under each comment header of ``blocks`` (``header_test(text)``) that
    no other head reader found (module docstring); ``by``: the by-phrases a name may follow (`_name`)."""
    out: dict[int, Head] = {}
    for h in range(len(blocks) - 2 * MIN_UNITS):
        if not header_test(blocks[h].text):
            continue
        units: dict[int, Head] = {}
        k = h + 1
        while k + 1 < len(blocks) and blocks[k].gap >= 1 and blocks[k + 1].gap == 0 and blocks[k].kind == "p":
            name = _name(blocks[k].text, by)
            if name is None or k in heads:
                break
            units[k] = Head(name, None, None, None, "header")
            k += 2
            while k < len(blocks) and blocks[k].gap == 0:
                k += 1
        if len(units) < MIN_UNITS:
            units = _line_pairs(blocks, h + 1, heads, by)
        if len(units) >= MIN_UNITS:
            out.update(units)
    return out


def _line_pairs(blocks, k: int, heads: dict, by=None) -> dict[int, Head]:
    """Units of two lines with no blank line between them or between units (rule `line-pairs`): a name line and
    the comment's one sentence under it, at the name's indentation ("바다사나이" / "드디어네요, ..." / "\t이서연" / ...);
    the run ends at a blank line or at a pair whose second line is no sentence."""
    units: dict[int, Head] = {}
    while k + 1 < len(blocks) and blocks[k + 1].gap == 0 and blocks[k].kind == blocks[k + 1].kind == "p" \
            and blocks[k].indent == blocks[k + 1].indent and k not in heads and (not units or blocks[k].gap == 0):
        name, text = _name(blocks[k].text, by), blocks[k + 1].text.strip()
        if name is None or not text.endswith(SENTENCE_STOPS) or _name(text, by) is not None:
            break
        units[k] = Head(name, None, None, None, "header")
        k += 2
    return units
