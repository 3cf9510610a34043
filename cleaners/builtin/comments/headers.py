"""A thread's header words in a language without a file: what every unit's header shares.

Where the page's language has no file, "Jón segir:", "Ewa napisał(a)" or "Autor: Marek" read as
names whole: the said-verb or the label is no known word. But a thread's headers are of one
template: the names differ from one unit to the next, and the words around them come back in
every header. Of the headers of two units or more, the words that close every one (rule
``shared-said``: lower-case, one to three words, "segir:", "a dit…", "schrieb am") or open every
one (``shared-label``: ending in a colon or lower-case, "Autor:", "von") are the template's, and
what differs between them is the name. A shared capitalised word is kept: it may be a surname
("Ann Smith", "Bob Smith").
"""
from __future__ import annotations

import re

from ...lines import HAN_KANA, SYLLABIC
from .tree import HEADINGS

MAX_EDGE_WORDS = 3        # a said-verb or label: "segir", "a écrit le", "Posted by:"
MAX_NAME_WORDS = 5        # what is left of a header: a name
_NUMBERS = re.compile(r"\d+")
MAX_BARE_CHARS = 8        # a bare count's block: "12", an icon and " (12) "
MIN_UNSPACED_CHARS = 8    # letters of a text after a unit's head in a script written unspaced (`text_after_head`)
_UNSPACED_LETTER = re.compile(f"[{HAN_KANA}{SYLLABIC}]")
_BARE_COUNT = re.compile(r"\s*[(\[]?(\d{1,3})[)\]]?\s*$")
_PUNCT = re.compile(r"[\s:.,;\u2013\u2014\u2026-]+$")
_LEAD = re.compile(r"^[\s:.,;\u2013\u2014\u2026|-]+")
# a quotation (the post's title) in a heading: "3 Antworten zu „Title“", "「Title」への3件のフィードバック"
_QUOTED = re.compile(r"[\u201c\u201e\u00ab\u300c\u300e\"\u2018\u201a]"
                     r"[^\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f\"]{2,160}"
                     r"[\u201d\u201c\u00bb\u300d\u300f\"\u2019\u2018]")
_COUNTED = re.compile(r"(?:(?P<b>\d{1,4}) )?[^\W\d_]{2,30}(?: [^\W\d_]{1,30}){0,3}(?: [(\[](?P<a>\d{1,4})[)\]])?:?$")


def _words(text: str) -> list[str]:
    return _PUNCT.sub("", " ".join(text.split())).split()


def _key(word: str) -> str:
    return _PUNCT.sub("", word).casefold()


def _lowered(words: list[str]) -> bool:
    """Words that are no name: none opens with a capital (uncased scripts pass)."""
    return not any(w[:1].isupper() for w in words)


def shared_edges(texts: list[str]) -> tuple[int, int]:
    """(lead, tail): how many words open and close every text of ``texts`` (two or more) as the
    template's words around a name: (0, 0) when they share none, or nothing differs between them."""
    split = [_words(t) for t in texts]
    if len(split) < 2 or any(not w for w in split):
        return 0, 0
    tail = 0
    while tail < MAX_EDGE_WORDS and all(len(w) > tail + 1 for w in split) \
            and len({_key(w[-1 - tail]) for w in split}) == 1:
        tail += 1
    lead = 0
    while lead < MAX_EDGE_WORDS and all(len(w) > lead + tail + 1 for w in split) \
            and len({_key(w[lead]) for w in split}) == 1:
        lead += 1
    if tail and not _lowered(split[0][len(split[0]) - tail:]):
        tail = 0      # a shared surname, not a said-verb
    if lead and not (split[0][lead - 1].endswith(":") or _lowered(split[0][:lead])):
        lead = 0      # a shared first name, not a label
    rests = {" ".join(w[lead:len(w) - tail]).casefold() for w in split}
    if len(rests) < 2 or any(len(w) - lead - tail > MAX_NAME_WORDS for w in split):
        return 0, 0
    return lead, tail


def strip_edges(text: str, lead: int, tail: int) -> str:
    """``text`` without its ``lead`` first and ``tail`` last words (`shared_edges`)."""
    words = _words(text) if tail else text.split()     # (a name's own stop stays: "Karl-Heinz B.")
    return _LEAD.sub("", " ".join(words[lead:len(words) - tail]))


def names_in_slot(voc, texts: list[str]) -> int:
    """How many texts of a header slot hold a name: "Ann Lee says:" in a known language, or what is
    left of a text without the words every text shares (`shared_edges`)."""
    names = sum(1 for t in texts if voc.name_in(t))
    if names * 5 >= len(texts) * 3:
        return names
    lead, tail = shared_edges(texts)
    return max(names, sum(1 for t in texts if voc.name_like(strip_edges(t, lead, tail)))) if lead or tail else names


def shared_names(voc, authors: list[str | None], ranks: list) -> list[str | None]:
    """The units' authors without the words all of them share (`shared_edges`: "Jón segir:" is Jón);
    an author read whole from an author-named element (rank 4 in ``ranks``: its text is no name of
    itself) stays only when so stripped it is a name."""
    shown = [k for k, a in enumerate(authors) if a]
    lead, tail = shared_edges([authors[k] for k in shown]) if len(shown) >= 2 else (0, 0)
    out = list(authors)
    for k in shown:
        name = strip_edges(authors[k], lead, tail) if lead or tail else authors[k]
        out[k] = name if (lead or tail) and voc.name_like(name) else None if ranks[k] == 4 else authors[k]
    return out


MIN_SAID_UNITS = 3        # of two units, "Ann wrote to us:" twice is a quote, no template
MAX_HEAD_PIECES = 12      # a unit's first line is read from so many of its first text pieces
MAX_HEAD_WORDS = 7


def first_line(tree, unit) -> str:
    a = tree.p0[unit.first]
    return tree.joined(range(a, min(tree.p1[unit.tops[-1]], a + MAX_HEAD_PIECES))).split("\n", 1)[0]


def text_after_head(tree, unit, head: str) -> bool:
    """The unit goes on after its first line ``head`` with a text (more than two words; in a script written
    unspaced, `MIN_UNSPACED_CHARS` of its letters: rule `unspaced-text`)."""
    a, b = tree.p0[unit.first], tree.p1[unit.tops[-1]]
    if tree.span_words(a, b) > len(head.split()) + 2:
        return True
    if tree.span_chars(a, b) - len(head) < MIN_UNSPACED_CHARS:
        return False
    letters = len(_UNSPACED_LETTER.findall(tree.joined(range(a, b)))) - len(_UNSPACED_LETTER.findall(head))
    return letters >= MIN_UNSPACED_CHARS     # (the head's own letters left out, whatever spaces the unit has)


def said_heads(tree, voc, units: list) -> bool:
    """Every unit (three or more) opens with a short line that ends in a colon and the same lower-case
    words ("Jón segir:", "Anna segir:"), differing names before them, and a text after it: the units'
    headers in a language whose said-verb is no known word (rule ``shared-said``). An interview's turns
    ("Jón: …") share no word; "Q:" and "A:" hold no name."""
    units = units[:20]
    if len(units) < MIN_SAID_UNITS:
        return False
    heads = []
    for unit in units:
        head = first_line(tree, unit)
        if not head.rstrip().endswith(":") or len(head.split()) > MAX_HEAD_WORDS \
                or not text_after_head(tree, unit, head):
            return False
        heads.append(head)
    lead, tail = shared_edges(heads)
    return tail > 0 and all(voc.name_like(strip_edges(h, lead, tail)) for h in heads)


def counted(text: str, count: int) -> bool:
    """A heading of one to four words and the number of the units after it ("Komentarai (3)", "3 ummæli"):
    a thread's heading in any language (rule ``counted-heading``; a count of other things is no match)."""
    m = _COUNTED.match(text)
    return bool(m and (m["a"] or m["b"])) and count >= 2 and int(m["a"] or m["b"]) == count


def quoted_count(text: str, count: int) -> bool:
    """A heading of a quotation (the post's title) and at most five short words holding one number, the number of the
    units after it ("3 Antworten zu „…“", "5 odpowiedzi na „…”", "Majibu 3 kwa “…”", "「…」への3件のフィードバック"):
    a thread's heading in any language (rule ``quoted-count-heading``; a number not the units' count is none)."""
    rest = _QUOTED.sub(" ", text, count=1)
    if rest == text or len(rest.strip()) > 40 or len(rest.split()) > 5:
        return False
    numbers = _NUMBERS.findall(rest)
    return len(numbers) == 1 and count >= 2 and int(numbers[0]) == count


def bare_count(text: str, count: int) -> bool:
    """A heading, or a short block right before the units, whose whole text is the number of the units ("12", an
    icon and "12", "(12)"): a thread's heading in any language, told by the count alone (rule ``bare-count-heading``;
    a number that is not the units' count, a year or a score, is no match)."""
    m = _BARE_COUNT.match(text)
    return bool(m) and count >= 2 and int(m[1]) == count


def counting(tree, e: int, count: int) -> bool:
    """The element ``e`` counts the ``count`` units after it: a heading of words and their number (`counted`), or a
    heading or short block of the number alone (`bare_count`)."""
    return tree.tag[e] in HEADINGS and (counted(tree.flat(e)[:80], count) or quoted_count(tree.flat(e)[:200], count)) \
        or tree.chars(e) <= MAX_BARE_CHARS and bare_count(tree.flat(e), count)


def bare_number(text: str) -> bool:
    """A text that is a number alone, as `bare_count` reads it (a heading that may count the units after it)."""
    return bool(_BARE_COUNT.match(text))


def counts_none(text: str) -> bool:
    """A heading whose only number is 0 ("0 Comments", "Kommentare (0)", "댓글 0개"): a section without comments, no
    evidence for a list after it (rule ``zero-heading``: the blocks after a closed thread are a page's others)."""
    return "0" in text and _NUMBERS.findall(text) == ["0"]
