"""Comments from trafilatura's comment pass, when the page shows no thread we can parse.

trafilatura finds comment sections by their names and gives their text as paragraphs,
without authors or nesting. Those paragraphs become comments here: a short line that
holds a name with a date or "says:" ("Ann Lee on 3 May 2012 at 9:59", "Ann says:")
opens a comment and gives its author and date; the paragraphs after it are its text; a
control ("Reply", "12 points") is chrome. With no such line, the text is one comment by
an unknown author. Depth is 0: trafilatura's text keeps no nesting.
"""
from __future__ import annotations

from typing import Any

from ...document import Comment, Removal, removal
from .vocabulary import vocabulary, written_date

RULE_SOURCE = "extract"          # the cleaner name of these removals: trafilatura made the cut
HEADER_WORDS = 14


def _paragraphs(body: Any) -> list[str]:
    out: list[str] = []
    for element in body:
        text = " ".join("".join(element.itertext()).split())
        if text:
            out.append(text)
        tail = " ".join((element.tail or "").split())
        if tail:
            out.append(tail)
    return out


def comments_from_text(paragraphs: list[str]) -> tuple[list[Comment], list[Removal]]:
    """Comments (author and date from header lines) and the removals of the other lines."""
    voc = vocabulary()
    comments: list[tuple[str | None, str | None, list[str]]] = []
    meta: list[str] = []
    chrome: list[str] = []
    for text in paragraphs:
        words = len(text.split())
        if voc.is_chrome(text):
            chrome.append(text)
            continue
        if words <= HEADER_WORDS and (written_date(text) or voc.has_said(text)) and (name := voc.name_in(text)):
            found = written_date(text)
            comments.append((name, found.iso if found else None, []))
            meta.append(text)
            continue
        if not comments:
            comments.append((None, None, []))
        comments[-1][2].append(text)
    out = [Comment(author, "\n\n".join(texts), 0, None, date) for author, date, texts in comments if texts]
    removed = [removal(RULE_SOURCE, rule, " ".join(texts))
               for rule, texts in (("comment-meta", meta), ("comment-chrome", chrome)) if texts]
    return out, removed


def comments_from_trafilatura(body: Any) -> tuple[list[Comment], list[Removal]]:
    """Comments from trafilatura's comment body (an lxml element), or ([], []) when it has none."""
    if body is None or len(body) == 0:
        return [], []
    return comments_from_text(_paragraphs(body))
