"""Appending to a metadata list (``tags``, ``related``, ``captions``, ``credits``) without listing a thing twice."""
from __future__ import annotations

from typing import Any, Iterable

_EMPTY = (None, "", [])


ONCE = frozenset({"tags", "related"})     # lists naming each thing once; captions and credits go one per figure


def appended(current: list, items: Iterable[Any], once: bool = True) -> list | None:
    """``current`` with the ``items`` it does not hold yet, or None when none is new. A link (a mapping with a
    ``url``) already listed under the same url and title (or without a title) is not listed twice: the fields it
    lacks are filled from the new one (a related story read both from a JSON dump, with its id, and from a link in the
    text); a text differing from one listed only in case, spacing or its closing stop is not listed again (an image's
    alt text and its caption).
    ``once``: an item the ``items`` give twice is listed once (tags); else each is listed (two figures with the same
    caption give it twice), compared only with ``current``."""
    merged = list(current)
    by_url = {item["url"]: i for i, item in enumerate(merged) if isinstance(item, dict) and item.get("url")}
    seen = {_key(item) for item in merged}          # (hashed: a dump may give 100,000 related stories at once)
    before = frozenset(seen)
    changed = False
    for item in items:
        if isinstance(item, dict) and item.get("url") in by_url and _same_title(merged[by_url[item["url"]]], item):
            i = by_url[item["url"]]
            filled = {k: v for k, v in item.items() if v not in _EMPTY and merged[i].get(k) in _EMPTY}
            if filled:
                merged[i], changed = {**merged[i], **filled}, True
            continue
        key = _key(item)
        if key in (seen if once else before):
            continue
        if isinstance(item, dict) and item.get("url"):
            by_url[item["url"]] = len(merged)
        seen.add(key)
        merged.append(item)
        changed = True
    return merged if changed else None


def _same_title(listed: dict, item: dict) -> bool:
    """The two links' titles are one (folded), or one of them has none: a url given two titles lists both."""
    a, b = listed.get("title"), item.get("title")
    return not a or not b or not isinstance(a, str) or not isinstance(b, str) or _folded(a) == _folded(b)


def _key(item: Any) -> Any:
    """What an item is compared by: a text folded (`_folded`), a mapping by its fields, anything else by its form."""
    if isinstance(item, str):
        return _folded(item)
    if isinstance(item, dict):
        return tuple(sorted((str(k), repr(v)) for k, v in item.items()))
    return repr(item)


def _folded(text: str) -> str:
    """A text as compared with the others: case, spaces and the stops closing it aside ("Fans at the gate." is
    "fans at the gate")."""
    return " ".join(text.casefold().split()).rstrip(" .,;:!\u3002")
