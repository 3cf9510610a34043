"""Comments as pairs of a name set as a heading and its text (rule `name-heading-run`).

A small site prints its comments as ``<h3>Comments</h3><h5>Ann Lee</h5><p>…</p><h5>Bo Park</h5><p>…</p>``: the
names are headings of one template, so the run search, which cuts a parent's children at a repeated short sibling
but never at a heading (a heading stops a run), found no unit. Headings of one key below the section's level
(`NAME_HEADINGS`), two or more among the children, most of them names (`_name`: short, name-like, every word
capitalised), are such a run's headers, cut where a heading of another key stands; the run is judged as any
(`thread.judge`: a comment heading before it, or marks in its units), so an article's subheadings, which name no
person, and a panel of named experts under no comment heading stay the article's. Names after paragraphs of the same
parent head the article's own sections (a piece on three players, each under his name), and are none.
"""
from __future__ import annotations

from .templates import template_key
from .tree import HEADINGS, Tree
from .vocabulary import vocabulary

NAME_HEADINGS = frozenset({"h3", "h4", "h5", "h6"})
MAX_NAME_WORDS = 4
MAX_LEAD_WORDS = 12     # a line before the first name (a count, a note), no paragraph


def name_heading_runs(tree: Tree, children: list[int], run_family, split_at_stops) -> list:
    """The run families of ``children`` (one parent's, in order) whose headers are name headings."""
    keys: dict[str, list[int]] = {}
    for pos, c in enumerate(children):
        if tree.tag[c] in NAME_HEADINGS:
            keys.setdefault(template_key(tree.tag[c], tree.classes[c]), []).append(pos)
    if not keys:
        return []
    voc = vocabulary()
    out = []
    for key, where in keys.items():
        if len(where) < 2 or len(where) * 2 > len(children) + 1 \
                or any(tree.tag[c] not in HEADINGS and tree.words(c) > MAX_LEAD_WORDS for c in children[:where[0]]):
            continue      # (paragraphs before the names: an article's sections headed by the people they are about)
        names = [" ".join(tree.flat(children[q]).split()) for q in where]
        if sum(1 for n in names if _name(n, voc)) * 5 < len(names) * 4:
            continue
        stops = [pos for pos, c in enumerate(children) if pos not in where
                 and (tree.tag[c] in HEADINGS or tree.tag[c] == "form" or tree.form[c])]
        for part in split_at_stops(where, stops):
            if family := run_family(tree, key, children, part):
                out.append(family)
    return out


def _name(text: str, voc) -> bool:
    """A name: one to four words, name-like, each word of several capitalised but for short particles ("Ann de
    Wit"; a subheading capitalises its first word only: "Gli orari")."""
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and voc.name_like(text) \
        and (len(words) == 1 or all(w[:1].isupper() or len(w) <= 3 for w in words))
