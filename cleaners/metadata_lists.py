"""Appending to a metadata list (``tags``, ``related``, ``captions``, ``credits``) without listing a thing twice."""
from __future__ import annotations

from typing import Any, Iterable

_EMPTY = (None, "", [])


def appended(current: list, items: Iterable[Any]) -> list | None:
    """``current`` with the ``items`` it does not hold yet, or None when none is new. A link (a mapping with a
    ``url``) already listed under the same url is not listed twice: the fields it lacks are filled from the new one
    (a related story read both from a JSON dump, with its id, and from a link in the text)."""
    merged = list(current)
    by_url = {item["url"]: i for i, item in enumerate(merged) if isinstance(item, dict) and item.get("url")}
    changed = False
    for item in items:
        if isinstance(item, dict) and item.get("url") in by_url:
            i = by_url[item["url"]]
            filled = {k: v for k, v in item.items() if v not in _EMPTY and merged[i].get(k) in _EMPTY}
            if filled:
                merged[i], changed = {**merged[i], **filled}, True
        elif item not in merged:
            if isinstance(item, dict) and item.get("url"):
                by_url[item["url"]] = len(merged)
            merged.append(item)
            changed = True
    return merged if changed else None
