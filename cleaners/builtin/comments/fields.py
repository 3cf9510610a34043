"""Rule `dated-fields`: a post's details line of labelled fields, the first one its date.

Forum engines print a post's header as one line of "Label: value" fields: "Posted: 3 May
2012 9:15 pm  Post subject: Re: the topic" (phpBB 2), "Enviado: hace 5 horas  Asunto: ...".
The line is longer than a byline and holds the topic's title, so it is read as the comment's
text; it is the comment's meta line when it opens with a label (one to three words and a colon),
the first field's value is a date (written, or a relative time) and a second field follows.
No word list: the labels are told by their shape, in any language written with letters.
"""
from __future__ import annotations

import re

from .vocabulary import written_date

_FIRST = re.compile(r"^[^\W\d_][\w'\u2019.-]{0,24}(?: [^\W\d_][\w'\u2019.-]{0,24}){0,2}:\s")
_NEXT = re.compile(r"(?<=[^\W\d_]):(?=\s|$)")      # the next label's colon, right after a letter
_EDGES = " \u00a0\t|\u00b7\u2022-\u2013\u2014"
MAX_LABEL_WORDS = 3
MAX_VALUE_WORDS = 8


def dated_fields(text: str, voc) -> bool:
    """``text`` is a line of two labelled fields or more, the first a date: "Posted: <date>  Subject: ..."."""
    head = _FIRST.match(text)
    if head is None or (colon := _NEXT.search(text, head.end())) is None:
        return False
    words = text[head.end():colon.start()].split()
    for k in range(1, MAX_LABEL_WORDS + 1):       # the next label is the last one to three of these words
        value = " ".join(words[:-k]).strip(_EDGES)
        if value and len(value.split()) <= MAX_VALUE_WORDS and _date(value, voc):
            return True
    return False


def _date(value: str, voc) -> bool:
    found = written_date(value)
    return found is not None and found.start == 0 and len(value) - found.end <= 3 or voc.is_relative_time(value)
