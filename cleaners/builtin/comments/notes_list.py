"""Notes under a post (rule `notes-list`): a list whose items each open with a linked name and say
what that reader did ("ann likes this", "bea reblogged this from cal", "dan said: …"). A note
that adds words after a colon ("said: Lovely photo", "… and added:" over a quote), its action in a
word at least before the colon, is a comment by
the linked name; the notes without words (likes, reblogs, "posted this") are the list's chrome.

Read in any language, by shape: three items or more, most of them notes; two bare notes at least
that say the same thing ("likes this", the links left aside); one note with words at least. A list
of likes alone gives no comment; a glossary ("<a>Term</a>: what it means") has no repeated bare
note; a site's list of recent comments (`evidence.is_listing`) is left to the thread search.
"""
from __future__ import annotations

from collections import Counter

from .evidence import is_listing
from .items import Line, read_items
from .section import Section, taken_or_main
from .thread import Thread, _text
from .tree import Tree
from .units import Family, Unit

RULE = "notes-list"
MIN_ITEMS = 3
MAX_ACTION_WORDS = 8       # what a note says its reader did, before the colon
MIN_BARE_ALIKE = 2
_LISTS = frozenset({"ol", "ul"})


def _note(tree: Tree, li: int) -> tuple[str, str, int] | None:
    """(name, action, k) of a note: the first text piece is a link (the name), the action the text up to the
    first colon or the end, links in it as "<a>", within ``MAX_ACTION_WORDS`` words; k the piece of the colon
    (-1: no colon, a bare note)."""
    p0, p1 = tree.p0[li], tree.p1[li]
    pieces = [k for k in range(p0, p1) if tree.text[k].strip()]
    if not pieces or not tree.link[tree.owner[pieces[0]]]:
        return None
    name, action, words = tree.text[pieces[0]].strip(), [], 0
    for k in pieces[1:]:
        text = tree.text[k].strip()
        if tree.link[tree.owner[k]]:
            if ":" in text:
                return None
            action.append("<a>")
        else:
            head, colon, _ = text.partition(":")
            action.append(head.strip())
            if colon:
                return (name, " ".join(" ".join(action).split()), k) if words + len(head.split()) <= MAX_ACTION_WORDS else None
        words += len(text.split())
        if words > MAX_ACTION_WORDS:
            return None
    return name, " ".join(" ".join(action).split()), -1


def notes_sections(tree: Tree, taken: list[tuple[int, int]], main: int) -> list[Section]:
    """The notes lists of the page outside the sections already found (``taken``)."""
    out = []
    for e in tree.tagged(_LISTS):      # (no script's)
        if taken_or_main(tree, [e], taken, main) or not any(":" in t for t in tree.text[tree.p0[e]:tree.p1[e]]):
            continue        # (no colon in the list: no note with words, no comment)
        lis = [c for c in tree.children(e) if tree.tag[c] == "li" and not tree.skip[c] and tree.chars(c)]
        if len(lis) < MIN_ITEMS:
            continue
        notes = {li: n for li in lis if (n := _note(tree, li)) is not None}
        bare = Counter(a for _, a, k in notes.values() if k < 0 and a)
        said = [li for li, (_, a, k) in notes.items() if k >= 0 and a]     # (a word before the colon: "said:")
        if len(notes) * 5 < len(lis) * 4 or not said or not bare or bare.most_common(1)[0][1] < MIN_BARE_ALIKE \
                or is_listing(tree, e, main):
            continue
        if (thread := _thread(tree, e, lis, notes)) is not None:
            out.append(Section([e], thread))
    return out


def _thread(tree: Tree, top: int, lis: list[int], notes: dict) -> Thread | None:
    family = Family("li.", "wrapped", [Unit((li,), li, tree.end[li]) for li in lis])
    items = read_items(tree, family, [10 ** 9])
    if items is None:
        return None
    kept, authors, texts = [], [], []
    for i, item in enumerate(items):
        name, action, colon = notes.get(lis[i], (None, "", -1))
        if colon < 0 or not action:
            for line in item.lines:
                line.kind = "form" if line.kind == "form" else "chrome"
            continue
        body: list[Line] = []
        for n, line in enumerate(list(item.lines)):
            if line.kind == "form":
                continue
            if colon in line.pieces:      # the note's own line: the name and action over the colon, the words after it
                head, _, rest = line.text.partition(":")
                rest = rest.strip()
                line.text, line.words, line.kind = head + ":", len(head.split()), "meta"
                if rest:
                    body.append(Line(line.pieces[-1:], line.owner, rest, "\n\n", len(rest.split()), "body"))
                    item.lines.insert(item.lines.index(line) + 1, body[-1])
            elif body or any(colon in ln.pieces for ln in item.lines[:n]):
                line.kind = "body"
                body.append(line)
            else:
                line.kind = "meta"
        text = _text(body)
        if not text or not any(c.isalpha() for c in text):
            continue
        kept.append(i)
        authors.append(name)
        texts.append(text)
    if not kept:
        return None
    n = len(kept)
    return Thread(family, items, kept, authors, texts, [None] * n, [0] * n, top, False, RULE, False, set())
