"""Sections of a shape the thread search does not read, found after it, outside its sections: readers'
notes under a post (`notes_list`) and entries laid out as tables (`table_entries`)."""
from __future__ import annotations

from .notes_list import notes_sections
from .section import Section
from .table_entries import entry_sections
from .tree import Tree


def shaped_sections(tree: Tree, taken: list[tuple[int, int]], main: int) -> list[Section]:
    """The notes lists, then the runs of entry tables, outside ``taken`` (each a list of (first, last) spans)."""
    notes = notes_sections(tree, taken, main)
    spans = [(e, tree.end[e]) for s in notes for e in s.roots]
    return notes + entry_sections(tree, taken + spans, main)
