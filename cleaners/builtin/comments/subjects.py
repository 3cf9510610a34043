"""A forum post's subject line: "Re: <the topic>" ("AW:", "SV:", "Odp:", "Ответ:", "回复:", "رد:", "תגובה:": a reply
prefix of language data `reply_prefix`, maybe counted, "Re[2]:", maybe repeated, "Re: Re:") standing alone above the
post's text, at most `MAX_SUBJECT_WORDS` words and no sentence's stop at its end: chrome of the post (logged under
rule `reply-subject`), never its words. A post whose only line it is, or a line that goes on as a sentence ("Re: your
question, the buses run till ten."), stays the post's text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang

RULE = "reply-subject"
MAX_SUBJECT_WORDS = 16
_STOPS = (".", "!", "?", "\u061f", "\u3002", "\uff01", "\uff1f", "\u2026", ";")


@lru_cache(maxsize=64)
def _prefix(langs: tuple[str, ...] | None) -> re.Pattern:
    words = sorted(set(lang.words("reply_prefix", langs)), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(rf"^(?:(?:{alternation})(?:\[\d{{1,3}}\])?\s*[:\uff1a]\s*)+(?=[^\s:])", re.I)


def reply_subject(text: str, langs: tuple[str, ...] | None) -> bool:
    """``text`` is a post's subject line opened by a reply prefix (module doc)."""
    text = text.strip()
    return len(text.split()) <= MAX_SUBJECT_WORDS and not text.endswith(_STOPS) and bool(_prefix(langs).match(text))


def reply_subjects(item, voc) -> None:
    """The post's first body line made chrome (rule `reply-subject`) when it is a subject line and the post has
    text of its own after it; the item is marked ``subject`` (a forum post's mark, `thread`)."""
    body = [ln for ln in item.lines if ln.kind == "body" and not ln.cut]
    if len(body) >= 2 and reply_subject(body[0].text, voc.langs):
        body[0].kind, body[0].named, body[0].cut = "chrome", -1, RULE
        item.marks.add("subject")
