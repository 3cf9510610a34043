"""What stands before the date in a header line: the commenter's name (`Vocabulary.name_in`)."""
from __future__ import annotations

import re

_LEAD = re.compile(r"\d{1,4}[.)]?\s+(?=[^\W\d_])")     # a comment's bare number before a capital, no date beside it: "2 Ann Lee"
_WORD_END, _WORD_REST = re.compile(r"\w"), re.compile(r"\w*")
_OPENING = "([{\uff08\u3010"      # a bracket opening the date after a name: "Ann Lee (12.06.2024 14:05):"
_DIGIT_TOKEN = re.compile(r"(?:^|\s)[^\s\w]*\d[\d\W]*(?=\s|$)")
# a number of one or two digits inside a name, after a capitalised word and before one to three more (and a
# said-verb): "MJ of Lucky 7 Design", "Studio 54 Fan says:"; not a count ("113 Fans", "12 Followers", "3 Replies")
# a one-word label and a number opening the text, no year: "Guest 4821", "Gast 17", "Reader 3" (rule `label-number`:
# guests told apart by their number)
_LABEL_NUMBER = re.compile(r"\s*[^\W\d_]{2,}\s(?!(?:19|20)\d\d\b)(\d{1,6})\b")
AGE_SHAPE = re.compile(r"(?:[^\W\d_]+ ){0,2}\d{1,2} [^\W\d_]+(?: [^\W\d_]+){0,3}")   # "4 orë më parë", "fyrir 3 dögum"
_SAID = re.compile(r"[^\W\d_]+:")
_NAME_NUMBER = re.compile(r"(?<=[^\W\d_]\w)\s\d{1,2}((?:\s+[^\W\d_][^\s\d]*){1,4})\s*$")


def _name_words(rest: str) -> bool:
    """One to three capitalised words, and perhaps one more word in lower case (a said-verb) closing them."""
    words = rest.split()
    words = words[:-1] if len(words) > 1 and words[-1][0].islower() else words
    return len(words) <= 3 and all(w[0].isupper() for w in words) and not words[0].endswith("s")


def _label_number(text: str, n, chrome) -> bool:
    """``n`` (`_LABEL_NUMBER`) is a name: a label, not a word of the interface, whose number ends the text or comes
    before a said-verb, a bracket or a piece of interface that does not count it ("Gast 17 vor 3 Stunden", not "Ann
    3 Replies")."""
    rest = text[n.end():].strip()
    if text.lstrip()[0].islower() or chrome(n[0].split()[0]) or chrome(n[0].strip()):
        return False
    return not rest or rest in _OPENING or bool(_SAID.fullmatch(rest)) \
        or (chrome(rest) and not chrome(f"{n[1]} {rest.split()[0]}")) \
        or rest == rest.lower() and bool(AGE_SHAPE.fullmatch(rest))      # (an age in words no file holds)


def cut_at_date(text: str, found, chrome=lambda text: False) -> str:
    """What stands before a date (``found``, in ``text``) or a number in ``text`` ("Ann Lee 07.15.12 at 11:59" -> "Ann Lee")."""
    if found is not None:     # (a month or weekday name read inside a word, "commu|ter": the word stays)
        text = text[:_WORD_REST.match(text, found.start).end() if found.start and _WORD_END.match(text, found.start - 1)
                    else found.start]
    start = lead.end() if found is None and (lead := _LEAD.match(text)) and text[lead.end()].isupper() else 0
    m = _DIGIT_TOKEN.search(text, start)
    if m and not start and (n := _LABEL_NUMBER.match(text)) and _label_number(text, n, chrome):
        return n[0].strip()     # (rule `label-number`)
    if m and m.start() > start and (n := _NAME_NUMBER.match(text, m.start())) and _name_words(n[1]) \
            and text[:m.start()].split()[-1][0].isupper() \
            and not chrome(n[0].strip()):
        m = None        # (rule `name-number`: not a count, "Ann Lee 3 Replies")
    cut = (text[start:m.start()] if m else text[start:]).strip().rstrip(_OPENING).rstrip()    # (rule `bracketed-date`)
    return "" if start and len(cut.split()) > 3 else cut     # (a numbered line of a list is no name: "1 Donation to …")


def without_age(segment: str, is_relative_time) -> str:
    """``segment`` less a relative time closing it, its age word before the number ("Ann vor 3 Stunden", "Ann il y a
    3 heures": rule `closing-age`; cut at the number, the name would keep "vor", "il y a")."""
    words = segment.split()
    if len(words) < 3 or not any(map(str.isdigit, segment)):
        return segment
    for k in range(min(len(words) - 1, 5), 1, -1):
        if not words[-k][0].isdigit() and is_relative_time(" ".join(words[-k:])):
            return " ".join(words[:-k])
    return segment
