"""Reading times ("4 min read", "Lesezeit: 9 Minuten", "Dakika 5 za kusoma"), read by `dateline`: the pattern in the
words of a document's languages, the shape of one in any language, and one glued to a paragraph's end."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re
from ..lines import COLON, FULL_STOPS, SYLLABIC, ends_syllabic, word_count

_DIGIT = re.compile(r"\d")
_SIGNS = re.compile(r"^[^\w(]+")      # a clock or an icon before a reading time
MIN_HEAD_WORDS = 8     # of the paragraph a reading time is glued to (`reading_tail`)
_AFTER_SYLLABIC = re.compile(rf"(?<=[{SYLLABIC}])[^{SYLLABIC}\s][^{SYLLABIC}]*$")   # "มีนาคม|3 min read"


def reading_tail(text: str, reading_re) -> int | None:
    """Where a reading time glued to a paragraph's end starts: after the paragraph's last full stop, with a space
    or none, or after its last letter of a script that writes no full stop (Thai, Lao, Khmer, Burmese), the rest of
    the block is only a reading time ("... the river. 5 min read", "... the river.5 min read"), the paragraph keeps
    `MIN_HEAD_WORDS` words; else None."""
    m = reading_re.search(text)
    if m is None:     # glued: after a stop ("the river.5 min read"), or where a script without stops ends ("มีนาคม3 min")
        k = text.rfind(".") + 1
        if not (k > 1 and text[k - 2].isalpha()):
            k = m.start() if (m := _AFTER_SYLLABIC.search(text)) else 0
        if not 0 < k < len(text) or not reading_re.fullmatch(text[k:]) or word_count(text[:k]) < MIN_HEAD_WORDS:
            return None
        return k
    start = m.start() + (1 if text[m.start()].isspace() or text[m.start()] in "|·•,–—-" else 0)
    head = text[:start].rstrip()
    if not (head.endswith(tuple(FULL_STOPS)) or ends_syllabic(head)) or word_count(head) < MIN_HEAD_WORDS:
        return None     # (Thai and its neighbours write no full stop: a space ends the sentence)
    return start


def _number_inside(phrases: list[str]) -> str:
    """A third shape of rule reading-time: the number of minutes between the words of a reading-time phrase of
    several words ("dakika za kusoma" -> "Dakika 5 za kusoma"; the number before the phrase, "5 minutes de
    lecture", is the first shape)."""
    parts = []
    for phrase in phrases:
        words = phrase.split()
        parts += [rf"{lang.alternation([' '.join(words[:cut])])}\s+\d{{1,3}}\s+{lang.alternation([' '.join(words[cut:])])}"
                  for cut in range(1, len(words))]
    return "(?:" + "|".join(parts) + ")" if parts else "(?:$^)"


@lru_cache(maxsize=32)
def reading_pattern(langs: tuple[str, ...]):
    """A reading time in the words of ``langs``, the whole line or its end."""
    # "4 min read", "6-minute read", "Lesezeit: ca. 9 Minuten" (a short word before the number; "阅读时间：约3分钟",
    # Han glued to it)
    return lazy_re.linear(
        rf"(?:^|[\s|·•,–—-])(?:\d+(?:\s*|-)({lang.alternation(lang.words('reading_time', langs))})|"
        rf"({lang.alternation(lang.words('reading_time', langs))})\s*{COLON}?\s*(?:\pL{{1,8}}\.?\s+|\p{{Han}}{{1,2}}\s*)?\d+\s*(?:min\.?|minutes?|minuten|minutos|minuti|"
        rf"minuty|minut|мин\.?|минут[ы]?|{lang.alternation(lang.words('time_units', langs))})?|"
        rf"{_number_inside(lang.words('reading_time', langs))})\s*$", ignore_case=True)   # "4 dakika", "3 minuter"


# the last part of a line after a separator ("13 mars 2017 · Lecture 5 min"), or the whole line
_LAST_PART = re.compile(r"(?:^|\s[|\u00b7\u2022\u2013\u2014]\s|,\s)(?P<part>[^|\u00b7\u2022\u2013\u2014,]*)$")


@lru_cache(maxsize=32)
def reading_time_shape(langs: tuple[str, ...]) -> re.Pattern:
    """A reading time in any language by its shape: a number of minutes (dateparser's words for a
    minute in ``langs``: "min", "minut", "минут") with one to three words of label before it (maybe
    a colon) or one or two after it, nothing else: "Lugemisaeg: 4 min", "4 min lugemist", "Lexim 6 minuta"."""
    units = {w.lower() for code in langs for w in (lang.locale_info(code) or {}).get("minute") or () if len(w) >= 2}
    word = r"[^\W\d_]{2,}"     # a minute's unit: the locale's words, or a word that opens as most languages' do
    unit = rf"(?:{lang.alternation(sorted(units | {'min', 'minutes'}, key=len, reverse=True))}|(?:min|мин)[^\W\d_]{{0,6}})\.?"
    return re.compile(rf"^(?:{word}(?:[\s-][^\W\d_]+){{0,2}}\s*:?\s*(?:\w{{1,3}}\.\s*)?\d{{1,2}}\s*{unit}|"
                      rf"\d{{1,2}}\s*{unit}\s+{word}(?:\s{word})?)$", re.I)


def reading_line(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is a reading time and nothing else ("12 min de lectura", "Lesezeit: 9 Minuten"), in the words
    of ``langs`` or by its shape: no title, though it is short and stands in the head."""
    text = text.strip()
    if not _DIGIT.search(text) or len(text) > 60:
        return False
    m = reading_pattern(langs).search(text)
    return bool(m and not text[:m.start()].strip(" |\u00b7\u2022,\u2013\u2014-")) or bool(reading_time_shape(langs).match(text))


def reading_shape_lines(blocks, langs: tuple[str, ...]) -> dict[int, str]:
    """The blocks whose last part (`_LAST_PART`) has the shape of a reading time (`reading_time_shape`), by
    index, with what stands before that part. Several different such parts in one document are a list of
    durations (a recipe's preparation and cooking times), no reading time: then none."""
    shape, found, unlisted = reading_time_shape(langs), {}, lang.without_file(langs)
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if len(text) > 160 or not _DIGIT.search(text) or block.kind == "code":
            continue
        m = _LAST_PART.search(text)
        part = m.group("part").strip() if m else ""
        if unlisted:      # a clock before it, in a language without a file ("⏱ Lexim 6 minuta")
            part = _SIGNS.sub("", part)
        if m and shape.match(part):
            found[i] = (text[:m.start("part")].strip(" |\u00b7\u2022,\u2013\u2014-"), part.lower())
    if len({part for _, part in found.values()}) > 1:
        return {}
    return {i: before for i, (before, _) in found.items()}
