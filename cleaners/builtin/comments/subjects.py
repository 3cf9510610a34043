"""A forum post's subject line: "Re: <the topic>" ("AW:", "SV:", "Odp:", "Ответ:", "回复:", "رد:", "תגובה:": a reply
prefix of language data `reply_prefix`, maybe counted, "Re[2]:", maybe repeated, "Re: Re:") standing alone above the
post's text, at most `MAX_SUBJECT_WORDS` words and no sentence's stop at its end: chrome of the post (logged under
rule `reply-subject`), never its words. A post whose only line it is, or a line that goes on as a sentence ("Re: your
question, the buses run till ten."), stays the post's text. The opening post's subject line has no prefix
("Harbour wall" over it, "Re: Harbour wall" over the replies): a post's first line that is the topic the thread's
subject lines repeat after their prefix is its subject too (`opening_subjects`).
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


def _topic(text: str) -> str:
    return " ".join(text.casefold().split())


def subject_topics(subject_lines, langs: tuple[str, ...] | None) -> set[str]:
    """The topics a thread's subject lines ("Re: Harbour wall") repeat after their reply prefix, casefolded, spaces
    collapsed."""
    prefix = _prefix(langs)
    return {_topic(prefix.sub("", text.strip(), count=1)) for text in subject_lines}


def is_topic(text: str, topics: set[str]) -> bool:
    """``text`` is one of `subject_topics`' ``topics`` (casefolded, spaces collapsed): an opening post's subject."""
    return _topic(text) in topics


def opening_subjects(items, langs: tuple[str, ...] | None) -> None:
    """A post's first body line that is the topic of the thread's subject lines ("Re: Harbour wall" over replies,
    "Harbour wall" over the opening post) made chrome (rule `reply-subject`), when the post has text after it."""
    topics = subject_topics([ln.text for item in items for ln in item.lines if ln.cut == RULE], langs)
    if not topics:
        return
    for item in items:
        body = [ln for ln in item.lines if ln.kind == "body" and not ln.cut]
        if "subject" in item.marks or len(body) < 2 or not is_topic(body[0].text, topics):
            continue
        body[0].kind, body[0].named, body[0].cut = "chrome", -1, RULE
        item.marks.add("subject")
