"""Replies nested as definition lists (rule `dl-replies`): a thread written as a ``<dl>``, each entry a term
(``<dt>``: the writer, the date) and its description (``<dd>``: the text), the replies to an entry in a
``<dl>`` of the same shape inside its description, their depth and parent those of the nesting.

The thread search (`units`) sees the entries of one list as a family; a reply list inside a description, or
the top list of one entry holding a list of replies, is no family, so its entries were read as the text of
the entry above, or lost. Here a family of entries (units opening with a ``dt`` and holding a ``dd``) becomes
every entry of the outermost list holding it, nested lists inside descriptions at any depth, in page order;
`items` nests each in the entry holding it. Whether that is a thread stays for the judge to say: a glossary
whose terms hold sub-glossaries has no writers and dates.

A list of one entry whose replies are nested in its description has no family of entries (one entry at each level),
only a family of its terms (``dt`` elements of one class): terms, each with its description right after it, one of
them in a list inside a description, are read as their entries (rule `dl-terms`).
"""
from __future__ import annotations

from .tree import Tree
from .units import Family, Unit

RULE = "dl-replies"


def entry_pairs(tree: Tree, dl: int) -> list[tuple[int, int]]:
    """The (term, description) pairs of ``dl``: a ``dt`` and the ``dd`` right after it."""
    kids = [c for c in tree.children(dl) if not tree.skip[c]]
    return [(a, b) for a, b in zip(kids, kids[1:]) if tree.tag[a] == "dt" and tree.tag[b] == "dd"]


def _outermost(tree: Tree, dl: int) -> int:
    """The list holding ``dl`` in one of its descriptions, and so on up."""
    while tree.tag[dd := tree.parent[dl]] == "dd" and tree.tag[tree.parent[dd]] == "dl":
        dl = tree.parent[dd]
    return dl


def _entries(tree: Tree, top: int) -> list[Unit]:
    """The entries of ``top`` and of the lists inside its descriptions, in page order."""
    out = []
    for e in range(top, tree.end[top] + 1):
        if tree.tag[e] == "dl" and not tree.skip[e] and (e == top or tree.tag[tree.parent[e]] == "dd"):
            out += [Unit((a, b), a, tree.end[b]) for a, b in entry_pairs(tree, e)]
    return sorted(out, key=lambda u: u.first)


def deepened(tree: Tree, families: list[Family]) -> list[Family]:
    """The families, each family of list entries as every entry of its outermost list (one family a list)."""
    out, seen = [], set()
    for family in families:
        family = _terms_as_entries(tree, family)
        units = family.units
        if not units or any(tree.tag[u.tops[0]] != "dt" or not any(tree.tag[t] == "dd" for t in u.tops)
                            for u in units) or tree.tag[dl := tree.parent[units[0].tops[0]]] != "dl":
            out.append(family)
            continue
        top = _outermost(tree, dl)
        have = {u.first for u in units}
        more = [u for u in _entries(tree, top) if u.first not in have]
        if not more:
            out.append(family)
            continue
        if (top, family.key) in seen:
            continue        # (another list of the same nesting was read whole already)
        seen.add((top, family.key))
        out.append(Family(family.key, family.kind, sorted(units + more, key=lambda u: u.first)))
    return out


def _terms_as_entries(tree: Tree, family: Family) -> Family:
    """A family of terms alone, each with its description right after it, one of them in a list inside a description
    (rule `dl-terms`): the family of their entries; any other family as it is."""
    units, parent = family.units, tree.parent
    if len(units) < 2 or any(len(u.tops) != 1 or tree.tag[u.tops[0]] != "dt" for u in units) \
            or not any(tree.tag[parent[parent[u.tops[0]]]] == "dd" for u in units):
        return family
    pairs = []
    for u in units:
        dt = u.tops[0]
        dd = tree.end[dt] + 1
        if dd >= len(tree.tag) or tree.tag[dd] != "dd" or parent[dd] != parent[dt]:
            return family
        pairs.append(Unit((dt, dd), dt, tree.end[dd]))
    return Family(family.key, "run", pairs)
