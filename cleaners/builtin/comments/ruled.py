"""Comments set apart by rules alone (rule `hr-separated`): a parent's children cut at ``<hr>``s, each stretch
between two rules one comment (no wrapper, and no header of a template of its own: the name line and the text are
both bare ``<p>``s). The stretch before the first rule and the one after the last are comments too, up to a
heading or a form and no longer than the longest stretch between rules."""
from __future__ import annotations

from .units import Family, Unit, split_at_stops
from .tree import Tree

MIN_RULES = 2            # three comments at least: one rule is a page's divider between article and footer
MAX_STRETCH = 12         # siblings of one comment between two rules, at most


def ruled_runs(tree: Tree, children: list[int], stops: list[int]) -> list[Family]:
    """The families of ``children`` (one parent's, in order) cut at rules, between the headings and forms ``stops``."""
    rules = [pos for pos, c in enumerate(children) if tree.tag[c] == "hr"]
    if len(rules) < MIN_RULES:
        return []
    families = []
    for where in split_at_stops(rules, stops):
        gaps = [b - a - 1 for a, b in zip(where, where[1:])]
        if len(where) < MIN_RULES or min(gaps) < 1 or max(gaps) > MAX_STRETCH:
            continue
        bounds = [(a + 1, b - 1) for a, b in zip(where, where[1:])]
        start, end = where[0], where[-1]
        while start > 0 and where[0] - start < max(gaps) and not _stop(tree, children[start - 1]):
            start -= 1
        while end + 1 < len(children) and end - where[-1] < max(gaps) and not _stop(tree, children[end + 1]):
            end += 1
        bounds = [(start, where[0] - 1)] * (start < where[0]) + bounds + [(where[-1] + 1, end)] * (end > where[-1])
        family = Family("ruled:hr", "run")
        for a, b in bounds:
            tops = tuple(c for c in children[a:b + 1] if tree.tag[c] != "hr")
            if tops and any(tree.chars(c) for c in tops):
                family.units.append(Unit(tops, tops[0], tree.end[tops[-1]]))
        if len(family.units) >= 3:
            families.append(family)
    return families


def _stop(tree: Tree, c: int) -> bool:
    return tree.tag[c] in ("h1", "h2", "h3", "h4", "h5", "h6", "form", "hr") or bool(tree.form[c])
