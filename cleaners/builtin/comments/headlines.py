"""Header lines of a comment read by their shape: a row of names, times and controls, a title with its score.

* A line of inline pieces that are each a name, a time or a control (or a prompt: "Log in to Reply")
  is ``chrome`` when all are controls ("Reply Report 12 likes"), ``meta`` when a name stands beside
  them ("<span>harbourwatch</span> <span>5 hours ago</span>"). A piece opening with a reply word and the
  word of whom it answers ("Reply to This", "Antwort an …": language data `reply`, `reply_to`) is a
  control, never a name.
* A short line closed by a score in brackets, a counter's word, a colon and a number, maybe a
  moderation label ("Re: Night buses (Score:5, Insightful)", "(Votes: 12)": language data
  `comment_chrome`), is the comment's title and its moderation: ``chrome`` (rule `scored-title`), never
  the author nor the comment's text.
* A piece of a sentence's closing marks only ("<strong>Thank you</strong>!") is no control: the line is the
  comment's text (rule `emphasis-end`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from .tree import Tree
from .vocabulary import written_date

MAX_LABEL_CHARS = 24
MAX_SCORE_CHARS = 60
_SENTENCE_END = re.compile(r"[!?.…！？。]+")    # a piece of a sentence's closing marks only


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...] | None) -> tuple[re.Pattern, re.Pattern]:
    def alternation(words) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True))
    counters, label = alternation(lang.words("comment_chrome", langs)), rf"[^\W\d_][^()\[\]]{{0,{MAX_LABEL_CHARS}}}"
    score = re.compile(rf"[(\[]\s*(?:{counters})\s*:\s*[+-]?\d{{1,6}}(?:\s*,\s*{label})?\s*[)\]]\s*$", re.I)
    replies, to = alternation(lang.words("reply", langs)), alternation(lang.words("reply_to", langs))
    reply_to = re.compile(rf"^(?:{replies})\s+(?:{to})\b", re.I) if replies and to else re.compile(r"(?!)")
    return score, reply_to


def headline_kind(tree: Tree, pieces: list[int], text: str, voc) -> str | None:
    """``chrome`` or ``meta`` for a header line read by its shape (module doc), else None."""
    score, _ = _patterns(voc.langs)
    if len(text) <= MAX_SCORE_CHARS and text[:1] in "([" and score.match(text):
        return "chrome"
    return _segments_kind(tree, pieces, voc)


def score_at(tree: Tree, pieces: list[int], text: str, voc) -> int:
    """Where the score closing a short line starts (a piece's position in ``pieces``; 0: none): the
    title before it stays the comment's words, the score is chrome (rule `scored-title`)."""
    if len(text) > 200 or not text.endswith((")", "]")) or not _patterns(voc.langs)[0].search(text):
        return 0
    tail = ""
    for k in range(len(pieces) - 1, 0, -1):
        tail = tree.text[pieces[k]] + tail
        if len(tail) > MAX_SCORE_CHARS:
            return 0
        if tail.lstrip()[:1] in "([" and _patterns(voc.langs)[0].match(tail.strip()):
            return k
    return 0


def _segments_kind(tree: Tree, pieces: list[int], voc) -> str | None:
    """A header line of inline pieces that are each a name, a time or a control (or a prompt: "Log in
    to Reply"): ``chrome`` when all are controls ("Reply Report 12 likes"), ``meta`` when there is a
    name beside them ("<span>harbourwatch</span> <span>5 hours ago</span>"), else None."""
    segments: list[str] = []
    owner = None
    for k in pieces:
        text = tree.text[k].strip()
        if not text:
            continue
        if tree.owner[k] != owner or not segments:
            segments.append(text)
            owner = tree.owner[k]
        else:
            segments[-1] += " " + text
    if len(segments) < 2 or any(_SENTENCE_END.fullmatch(s) for s in segments):
        return None    # ("<strong>Thank you</strong>!": a sentence's end, no control; rule `emphasis-end`)
    reply_to = _patterns(voc.langs)[1]
    kinds = set()       # (a name beside a prompt is an article's byline: "by Ann - Leave a comment")
    for segment in segments:
        kind = "time" if voc.is_chrome(segment) or written_date(segment) or reply_to.match(segment) \
            else "prompt" if voc.is_prompt(segment) \
            else "name" if voc.name_like(voc.strip_name(segment)) else None
        if kind is None:
            return None
        kinds.add(kind)
    return ("meta" if kinds == {"name", "time"} else None) if "name" in kinds else "chrome" if kinds else None
