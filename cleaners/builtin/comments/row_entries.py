"""Entries as pairs of table rows (rule `row-entries`): an old guestbook's or comment page's one table, each
entry a header row ("<b>Ann Lee</b> (3 May 2004, 21:14)") and the message in the row under it, a reply
pushed right by empty spacer cells before its own cells (``<td width=30>&nbsp;</td>``). A table of one entry
(two rows) is one when it is named as comments or a comment heading stands right before it.

Read after the thread search, beside the runs of entry tables (`table_entries`, whose header and message
tests it shares): a table of four rows at least and no table inside, its rows (a heading row of ``th``
aside) taken two by two, both rows of a pair behind as many spacer cells. The depth of an entry is its
number of spacer cells, its parent the nearest entry before it with fewer (`levels.parents_of_levels`:
indents 0, 5, 3 hang the 3 from the 0), its depth one more than its parent's. A table of figures has no
writer's name beside a stamp; a layout table holds tables.
"""
from __future__ import annotations

from .evidence import names_element
from .heading_blocks import heading_before
from .levels import depths_of, parents_of_levels
from .section import Section, taken_or_main
from . import table_entries
from .tree import Tree
from .units import Family, Unit

RULE = "row-entries"
MIN_ROWS = 4


def row_sections(tree: Tree, tables: list[int], taken: list[tuple[int, int]], main: int) -> list[Section]:
    """The tables of ``tables`` whose rows are entries, outside ``taken`` and the main text."""
    out = []
    tables = sorted(tables)
    for n, table in enumerate(tables):
        if n + 1 < len(tables) and tables[n + 1] <= tree.end[table]:
            continue        # (a table inside: a layout table; so the leaf tables alone are read, each once)
        rows = _rows(tree, table)
        if rows is None or len(rows) % 2 or taken_or_main(tree, [table], taken, main):
            continue
        lone = len(rows) == 2 and (names_element(tree, table) or heading_before(tree, table, table))
        if len(rows) < MIN_ROWS and not lone:
            continue
        pairs = list(zip(rows[::2], rows[1::2]))
        indents = [_spacers(tree, a) for a, _ in pairs]
        if any(_spacers(tree, b) != d for (_, b), d in zip(pairs, indents)):
            continue
        units = [Unit((a, b), a, tree.end[b]) for a, b in pairs]
        thread = table_entries.entries_thread(tree, table, Family("run:tr.", "run", units), 1 if lone else 2)
        if thread is None:
            continue
        thread.evidence = RULE
        parents = parents_of_levels([indents[i] for i in thread.kept])     # (the shared rule of `levels`)
        thread.depths, thread.parents = depths_of(parents), parents
        out.append(Section([table], thread))
    return out


def _rows(tree: Tree, table: int) -> list[int] | None:
    """The table's rows but a heading row of ``th`` cells (None: a table inside, a row of neither)."""
    rows = []
    for e in range(table + 1, tree.end[table] + 1):
        tag = tree.tag[e]
        if tag == "table":
            return None
        if tag == "tr" and not tree.skip[e] and tree.chars(e):
            if not any(tree.tag[c] == "th" for c in tree.children(e)):
                rows.append(e)
    return rows


def _spacers(tree: Tree, row: int) -> int:
    """The empty cells that open ``row`` (a reply's indentation)."""
    n = 0
    for c in tree.children(row):
        if tree.tag[c] != "td" or tree.chars(c) or any(tree.tag[x] == "img" for x in range(c + 1, tree.end[c] + 1)):
            break
        n += 1
    return n
