"""Related stories printed as code other than PHP's (rule ``code-dump`` of php_dump): a script's assignment of a JSON
value (``window.__RELATED__ = [{"id": 1, "title": "..."}];``), a Python ``repr`` of a list of dicts
(``[{'id': 1, 'title': '...'}]``) and RSS ``<item>`` elements printed as text
(``<item><title>...</title><link>...</link></item>``). The line goes when it holds stories, objects with a ``title`` or
``headline`` key (`related_items`), which go to ``metadata.related``; a line of such code that holds none stays for the other rules.
"""
from __future__ import annotations

import ast
import html
import re
from typing import Any

from ._php_stories import loads_json, related_items

MAX_CHARS = 200_000      # of a Python repr read with ast.literal_eval (linear, but bounded all the same)
_ASSIGNED = re.compile(r"^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*(?:\[['\"][^'\"]+['\"]\])*\s*=\s*(?P<value>[\[{].*?)\s*;?\s*$",
                       re.S)
_TITLED = re.compile(r"""['"](?:title|headline)['"]\s*:|<title>""", re.I)     # stories name their titles
_REPR_START = re.compile(r"^\s*[\[(]?\s*\{\s*'")
_ITEMS = re.compile(r"^\s*(?:<item\b[^>]*>.*?</item>\s*)+$", re.S | re.I)
_ITEM = re.compile(r"<item\b[^>]*>(.*?)</item>", re.S | re.I)
_FIELD = re.compile(r"<(title|link|guid)\b[^>]*>(.*?)</\1>", re.S | re.I)


def code_stories(text: str) -> list[dict[str, Any]] | None:
    """The stories of a line that is one of the module's dumps, or None (not such a dump, or no story in it)."""
    payload = _payload(text) if _TITLED.search(text) else None
    if payload is None:
        return None
    return related_items(payload) or None


def _payload(text: str) -> Any:
    if (m := _ASSIGNED.match(text)) is not None:
        return loads_json(m.group("value"))
    if _REPR_START.match(text) and len(text) <= MAX_CHARS:
        try:
            return ast.literal_eval(text.strip())
        except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
            return None
    if "<item" in text[:40].lower() and _ITEMS.match(text):
        items = []
        for item in _ITEM.findall(text):
            fields = {name.lower(): html.unescape(value.strip()) for name, value in _FIELD.findall(item)}
            if fields.get("title"):
                items.append({"title": fields["title"], "url": fields.get("link"), "id": fields.get("guid")})
        return items
    return None
