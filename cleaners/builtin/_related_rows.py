"""Several stories on the line of a related label, links parted by a middle dot, a bar, a bullet, a comma, a semicolon
or a slash ("**Related:** [Waste fees rise](…) · [Library hours cut](…)"), read by related_list's inline rule: each
part a story link of its own (`related_list.story`, with its address), or none is read."""
from __future__ import annotations

import re
from typing import Callable

MAX_STORIES = 8
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
