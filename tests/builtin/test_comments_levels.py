"""Review mends: `row_entries` reads parents with the shared rule of `levels` (a unit's parent is the nearest
unit before it at a lower level), so indents 0, 5, 3 hang the reply at 3 from the unit at 0. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.levels import depths_of, parents_of_levels

from tests.builtin._html import page, run
from tests.builtin._html_comments import ARTICLE

ENTRIES = [(0, "Hanna Berg", "2 kwietnia 2024, 09:12",
            "Nowy przystanek stoi za daleko od szkoły, dzieci idą wzdłuż drogi."),
           (5, "Piotr", "2 kwietnia 2024, 10:40", "Chodnik ma być gotowy w maju, tak mówił radny na zebraniu."),
           (3, "Ewa Nowak", "2 kwietnia 2024, 12:05", "W maju to za późno, rok szkolny się wtedy prawie kończy."),
           (0, "Leon K.", "3 kwietnia 2024, 18:30", "Czy autobus będzie się zatrzymywał także przy nowym osiedlu?")]


def _table(entries) -> str:
    spacer = "<td width=20>&nbsp;</td>"
    rows = "".join(f"<tr>{spacer * d}<td colspan='{6 - d}'><b>{n}</b> ({s})</td></tr>"
                   f"<tr>{spacer * d}<td colspan='{6 - d}'>{t}</td></tr>" for d, n, s, t in entries)
    return f"<table cellpadding='2'>{rows}</table>"


def test_parents_of_levels_hangs_a_shallower_reply_from_the_unit_above_both():
    parents = parents_of_levels([0, 5, 3, 0, 2, 2])
    assert parents == [None, 0, 0, None, 3, 3]
    assert depths_of(parents) == [0, 1, 1, 0, 1, 1]


def test_row_entries_indented_0_5_3_hang_the_third_from_the_first():
    doc, _ = run(HtmlComments(), page(ARTICLE + _table(ENTRIES)), language="pl")
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Hanna Berg", 0, None), ("Piotr", 1, 0), ("Ewa Nowak", 1, 0), ("Leon K.", 0, None)]


def test_row_entries_at_one_indent_stay_flat():
    doc, _ = run(HtmlComments(), page(ARTICLE + _table([(2, *e[1:]) for e in ENTRIES])), language="pl")
    assert [(c.depth, c.parent) for c in doc.comments] == [(0, None)] * 4


def test_parents_from_levels_read_once_a_page_and_each_caller_given_a_copy(monkeypatch):
    from selectolax.lexbor import LexborHTMLParser
    from cleaners.builtin.comments import levels
    from cleaners.builtin.comments.tree import Tree
    from cleaners.builtin.comments.units import Unit
    html = "".join(f"<div style='margin-left:{m}px'>reply {k}</div>" for k, m in enumerate([0, 30, 0]))
    tree = Tree(LexborHTMLParser(f"<body>{html}</body>").body)
    units = [Unit((e,), e, e) for e in (1, 2, 3)]
    reads = []
    original = levels._parents_from_levels
    monkeypatch.setattr(levels, "_parents_from_levels", lambda t, u: reads.append(1) or original(t, u))
    first = levels.parents_from_levels(tree, units)
    first[1] = None      # (a caller edits its answer: `thread._threading`)
    assert levels.parents_from_levels(tree, units) == [None, 0, None] and len(reads) == 1
    assert levels.parents_from_levels(tree, units[:2]) == [None, 0] and len(reads) == 2    # (other units: read)
