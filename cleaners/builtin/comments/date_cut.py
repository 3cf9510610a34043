"""What stands before the date in a header line: the commenter's name (`Vocabulary.name_in`)."""
from __future__ import annotations

import re

_LEAD = re.compile(r"\d{1,4}[.)]?\s+(?=[^\W\d_])")     # a comment's bare number before a capital, no date beside it: "2 Ann Lee"
_WORD_END, _WORD_REST = re.compile(r"\w"), re.compile(r"\w*")
_OPENING = "([{\uff08\u3010"      # a bracket opening the date after a name: "Ann Lee (12.06.2024 14:05):"
_DIGIT_TOKEN = re.compile(r"(?:^|\s)[^\s\w]*\d[\d\W]*(?=\s|$)")


def cut_at_date(text: str, found) -> str:
    """What stands before a date (``found``, in ``text``) or a number in ``text`` ("Ann Lee 07.15.12 at 11:59" -> "Ann Lee")."""
    if found is not None:     # (a month or weekday name read inside a word, "commu|ter": the word stays)
        text = text[:_WORD_REST.match(text, found.start).end() if found.start and _WORD_END.match(text, found.start - 1)
                    else found.start]
    start = lead.end() if found is None and (lead := _LEAD.match(text)) and text[lead.end()].isupper() else 0
    m = _DIGIT_TOKEN.search(text, start)
    cut = (text[start:m.start()] if m else text[start:]).strip().rstrip(_OPENING).rstrip()    # (rule `bracketed-date`)
    return "" if start and len(cut.split()) > 3 else cut     # (a numbered line of a list is no name: "1 Donation to …")
