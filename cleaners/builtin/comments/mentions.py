"""Parents of a flat comment list named by the earlier comment's author (rule `reply-mention`).

A flat list whose replies are neither nested, indented, classed by depth nor linked to their parent's anchor may
still name whom each reply answers: its text opens with "@Ann" (Twikoo, Waline, Valine and many blog themes), or a
short line of it says "in reply to Ann" (the language's `reply` words, with or without a `reply_to` word: "Ann adlı
kullanıcıya yanıt", "↪ Ann"). That names the nearest earlier comment by Ann as the reply's parent. A name that no
earlier comment bears ("@everyone", a name in the prose) and a long line (a comment's own words) name none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cleaners import lang

MAX_LINE_WORDS = 12          # a reply line is a header line, not a comment's prose
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_MARKS = frozenset("@↪↳→⤷")


@lru_cache(maxsize=32)
def _index(langs: tuple[str, ...] | None) -> tuple[dict, dict]:
    """The `reply` and `reply_to` phrases of ``langs`` as token tuples, each indexed by its first and last token."""
    out = []
    for key in ("reply", "reply_to"):
        index: dict = {}
        for w in sorted({" ".join(w.casefold().split()) for w in lang.words(key, langs)}):
            if tokens := tuple(w.split()):
                index.setdefault(("<", tokens[0]), []).append(tokens)
                index.setdefault((">", tokens[-1]), []).append(tokens)
        out.append(index)
    return out[0], out[1]


def _cut(tokens: tuple, index: dict, side: str):
    """``tokens`` less a phrase of ``index`` at their start ("<") or end (">"), for each phrase found there."""
    for phrase in index.get((side, tokens[0] if side == "<" else tokens[-1]), ()):
        n = len(phrase)
        if n < len(tokens) and (tokens[:n] if side == "<" else tokens[-n:]) == phrase:
            yield tokens[n:] if side == "<" else tokens[:-n]


def _key(text: str) -> str:
    return " ".join(_EDGES.sub("", text.casefold()).split())


def _line_names(text: str, earlier: dict[str, int], reply: dict, to: dict) -> str | None:
    """The earlier author a short line names as the one answered: "in reply to Ann", "Ann adlı kullanıcıya yanıt",
    "↪ Ann", "@Ann" (a phrase or mark, the name alone besides)."""
    low = text.casefold()
    tokens = low.split()
    if not tokens:
        return None
    if tokens[0][0] in _MARKS:
        return rest if (rest := _key(low.lstrip()[1:])) in earlier else None
    if len(tokens) < 2:
        return None     # (a name beside a phrase: two tokens at least)
    if ("<", tokens[0]) not in reply and (">", tokens[-1]) not in reply:
        return None     # (most lines: no reply phrase at either end)
    tokens = tuple(tokens)
    for side in "<>":
        for rest in _cut(tokens, reply, side):
            if (name := _key(" ".join(rest))) in earlier:
                return name
            for less in _cut(rest, to, side):
                if (name := _key(" ".join(less))) in earlier:
                    return name
    return None


def parents_from_mentions(items: list, kept: list[int], authors: list, texts: list[str],
                          langs) -> list[int | None] | None:
    """The parent (a position in ``kept``) of every comment, None where none is named; None when no comment names
    an earlier one."""
    parents: list[int | None] = [None] * len(kept)
    reply, to = _index(langs)
    earlier: dict[str, int] = {}      # casefolded author -> position of their latest comment so far
    for n, i in enumerate(kept):
        parent = None
        head = texts[n].lstrip()
        if head.startswith("@") and earlier:
            first = " ".join(head[1:].casefold().split())
            names = [a for a in earlier
                     if first.startswith(a) and (len(first) == len(a) or not first[len(a)].isalnum())]
            if names:
                parent = earlier[max(names, key=len)]
        if parent is None and earlier:
            for line in items[i].lines:
                if line.words <= MAX_LINE_WORDS and line.kind != "author" \
                        and (name := _line_names(line.text, earlier, reply, to)):
                    parent = earlier[name]
                    break
        parents[n] = parent
        if authors[n] and (key := _key(authors[n])):
            earlier[key] = n
    return parents if any(p is not None for p in parents) else None
