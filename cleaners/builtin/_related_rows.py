"""Several stories on the line of a related label, links parted by a middle dot, a bar, a bullet, a comma, a semicolon
or a slash ("**Related:** [Waste fees rise](…) · [Library hours cut](…)"), read by related_list's inline rule: each
part a story link of its own (`related_list.story`, with its address), or none is read. A story set as a markdown
table's row ("| [Waste fees rise](…) | 03.12.2025 |") is read from its cell holding a link (`table_cell`), the row's
bars and other cells (a date, a section) left out of the title."""
from __future__ import annotations

import re
from typing import Callable

MAX_STORIES = 8
MIN_CELL_WORDS = 2
_LINK_CELL = re.compile(r"\[[^\[\]\n]+\]\(")
_PARTED = re.compile(r"\s*[\u00b7|\u2022,;/]\s*(?=\[)")      # a separator, then the next link's "["


def link_row(text: str, read: Callable) -> list | None:
    """The stories of ``text``: the one story it is (``read``), or the story links it holds parted by separators."""
    if (one := read(text)) is not None:
        return [one]
    parts = _PARTED.split(text.strip())
    if not 2 <= len(parts) <= MAX_STORIES:
        return None
    found = [read(part) for part in parts]
    return found if all(s is not None and s.url for s in found) else None


def table_cell(text: str, least: int) -> tuple[str, int]:
    """A markdown table row's cell holding a link (a headline of `MIN_CELL_WORDS` words will do there: the row is a
    story's), else its first filled cell; any other line as it is, with ``least``, the words a headline wants."""
    if len(text) < 3 or not (text.startswith("|") and text.endswith("|")):
        return text, least
    cells = [c.strip() for c in text[1:-1].split("|") if c.strip()]
    linked = next((c for c in cells if _LINK_CELL.search(c)), None)
    return (linked, min(least, MIN_CELL_WORDS)) if linked else (cells[0] if cells else "", least)
