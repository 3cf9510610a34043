"""Rule `unaged-duration`: a head line whose time carries no "ago" word among heads whose times do.

A thread's heads print their comments' ages in one form ("Ann · 3 hours ago", "Bob · 2 days ago"); a line of a name-like
phrase and a bare span ("Reading time 4 minutes", "อ่าน 7 นาที", "পড়তে সময় লাগবে 14 মিনিট") reads as a head of the
same shape but is a reading time or another duration: when `MIN_AGED` heads or more carry an "ago" word of the
document's languages, a head whose line holds a number and none is no head. Short ages ("3h", "2d"), a time of day
("yesterday 18:20") and dated heads stay; a thread whose heads carry no "ago" word at all is left as it is (a
language whose "ago" no file holds).
"""
from __future__ import annotations

import re

MIN_AGED = 2
LETTER, LETTER_RE2 = r"[^\W\d_]", r"\pL"
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d{1,2}:\d\d")      # "昨日 18:20", "yesterday 18:20": a time of day, no span
_SHORT_AGE = re.compile(r"(?:^|\W)\d{1,3}\s?[a-z]{1,2}\.?(?:$|\W)", re.I)    # "3h", "2 d": no word to carry "ago"


def compact_age(units: str, ago: str, re2: bool = False) -> str:
    """An age with an "ago" word (alternations ``units`` and ``ago``; for RE2 when ``re2``, else for ``re``): a
    number with a unit or one letter glued to it ("19h ago", "3d ago", "vor 6h"; not "5th ago"), or a unit, a
    number and the "ago" word ("saa 15 zilizopita": hours 15 ago)."""
    glued = rf"\d{{1,3}}(?:{units}|{LETTER_RE2 if re2 else LETTER})\.?"
    return rf"(?:{glued}\s+(?:{ago})|(?:{ago})\s+{glued}|(?:{units})\s+\d{{1,3}}\s+(?:{ago}))"


def _after_name(text: str, author: str | None) -> str:
    """What follows the commenter's name on the head's line (for a reply head that gives no author, the name of the
    commenter it answers), the whole line when the name is not found in it."""
    return text.partition(author)[2] if author and author in text else text


def unaged(blocks, heads: dict, ago) -> set[int]:
    """Indexes of ``heads`` (index -> Head) to drop (module docstring); ``ago``: the compiled "ago" words."""
    relative = {i for i, h in heads.items() if h.date is None and h.tail in ("", "date") and h.signal != "name"
                and _DIGIT.search(_after_name(blocks[i].text, h.author or h.reply_to))}
    # ("river_rat77 · yesterday", "Reply to reader42:": the number is a name's, no span)
    aged = {i for i in relative if ago.search(blocks[i].text)}
    if len(aged) < MIN_AGED:
        return set()
    return {i for i in relative - aged if not _SHORT_AGE.search(blocks[i].text) and not _CLOCK.search(blocks[i].text)}


MAX_DATED_NAME = 30       # characters of a head's name read for a date inside it


def dated_name(name: str | None, vocab, is_date) -> bool:
    """Rule `date-label-head`, a label after or before a date: a head's name that opens or closes with a date or a
    relative time and holds a number ("5時間前に更新", an unspaced script gluing the label "updated" to the age; "3 hours
    ago updated") is a date line, nobody's name. A name with a number and no date in it ("river_rat77") stays."""
    if not name or len(name) > MAX_DATED_NAME or not _DIGIT.search(name):
        return False
    for i in range(1, len(name)):
        head, tail = name[:i].strip(), name[i:].strip()
        if head and tail and (_DIGIT.search(head) and is_date(head, vocab) or _DIGIT.search(tail) and is_date(tail, vocab)):
            return True
    return False
