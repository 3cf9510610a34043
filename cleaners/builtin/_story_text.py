"""Related stories printed as data other than a PHP dump (rules of php_dump): a JSON-LD or JSON ``<script>`` element
printed as text, spread over lines or not (``script-json``: ``<script type="application/ld+json">{"@graph": [...]}
</script>``, the whole element goes; the items of a graph or an item list that name a headline go to
metadata.related, a page's own single object to none); a YAML list of stories (``yaml-stories``: ``- title: "…"`` /
``url: https://…`` lines, two entries or more that each hold a title key and an address key, with the ``related:``
key over them); rows of CSV or TSV under a header naming a title column and an address column (``csv-stories``:
"id;title;url", "title,link", tab separated; the rows that have the header's number of fields and an address where
the header says). Only the lines of the shape go; a table of figures, a list of names and prose mentioning "title:" stay.
"""
from __future__ import annotations

import csv
import json
import re
from typing import Any

from ._php_stories import related_items

MAX_LINES = 2_000
_SCRIPT = re.compile(r"""^<script\b[^>]*\btype=["']?application/(?:ld\+)?json["']?[^>]*>\s*(?=[\[{]|$)""", re.I)
_SCRIPT_END = re.compile(r"</script\s*>\s*$", re.I)
_TITLE = ("title", "titel", "titre", "titulo", "título", "titolo", "tytuł", "headline", "heading", "name", "subject")
_ADDRESS = ("url", "link", "href", "permalink", "uri", "slug", "path")
_ENTRY = re.compile(r"^-\s+([a-z_][a-z0-9_-]{0,30}):\s+\S")
_KEY_ALONE = re.compile(r"^[a-z_][a-z0-9_-]{0,30}:$")
_PAIR = re.compile(r"""(?:^|\s)(?:-\s+)?([a-z_][a-z0-9_-]{0,30}):(?:\s+("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'"""
                   r"""|\S+(?:\s+(?![a-z_][a-z0-9_-]{0,30}:(?:\s|$))\S+)*))?(?=\s|$)""")
_YAML_LINE = re.compile(r"^(?:-\s+)?[a-z_][a-z0-9_-]{0,30}:(?:\s|$)")
_ADDRESS_VALUE = re.compile(r"^(?:https?://|/)\S+$")
_HEADER_CELL = re.compile(r"^[^\W\d][\w .-]{0,29}$")


def story_text(blocks, i: int) -> tuple[int, str, list[dict[str, Any]]] | None:
    """(index of the last block, rule, stories) of the story data opening at block ``i``, or None."""
    text = blocks[i].text
    if text[:1] == "<":
        return _script_json(blocks, i)
    if text[:1] == "-" or text.endswith(":"):
        return _yaml_stories(blocks, i)
    return _csv_stories(blocks, i)


def _touching(blocks, i: int):
    """The indices of the blocks from ``i`` on that touch each other (no blank line between)."""
    yield i
    for j in range(i + 1, min(len(blocks), i + MAX_LINES)):
        if blocks[j].gap:
            return
        yield j


def _script_json(blocks, i: int):
    m = _SCRIPT.match(blocks[i].text)
    if m is None:
        return None
    for j in _touching(blocks, i):
        if _SCRIPT_END.search(blocks[j].text):
            whole = " ".join(blocks[k].text for k in range(i, j + 1))
            inner = _SCRIPT_END.sub("", whole[len(blocks[i].text[:m.end()]):]).strip()
            if not inner[:1] in ("{", "["):
                return None
            try:
                payload = json.loads(inner, strict=False)
            except (ValueError, RecursionError):
                payload = None
            return j, "script-json", related_items(_graph_items(payload)) if payload is not None else []
    return None


def _graph_items(payload: Any) -> list:
    """The items of a JSON-LD graph that name a headline, or of an item list that name a story and its address."""
    if not isinstance(payload, dict):
        return []
    out = [item for item in payload.get("@graph") or [] if isinstance(item, dict) and item.get("headline")]
    for entry in payload.get("itemListElement") or []:
        if isinstance(entry, dict):
            item = {**entry, **entry["item"]} if isinstance(entry.get("item"), dict) else entry
            if (item.get("headline") or item.get("name")) and item.get("url"):
                out.append(item)
    return out


def _yaml_stories(blocks, i: int):
    if _KEY_ALONE.match(blocks[i].text):           # "related:" over the list
        if i + 1 >= len(blocks) or blocks[i + 1].gap or not _ENTRY.match(blocks[i + 1].text):
            return None
        i += 1
    elif not _ENTRY.match(blocks[i].text):
        return None
    entries: list[dict] = []
    last = i
    for j in _touching(blocks, i):
        text = blocks[j].text
        if not _YAML_LINE.match(text):
            break
        if text.startswith("-"):
            entries.append({})
        for key, value in _PAIR.findall(text):
            entries[-1][key] = _unquote(value)
        last = j
    if len(entries) < 2 or not all(_titled(e) and _addressed(e) for e in entries):
        return None
    return last, "yaml-stories", related_items(entries)


def _unquote(value: str) -> str:
    if len(value) > 1 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:
            return value[1:-1]
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _titled(entry: dict) -> bool:
    return any(str(k).casefold() in _TITLE and str(v).strip() for k, v in entry.items())


def _addressed(entry: dict) -> bool:
    return any(str(k).casefold() in _ADDRESS and str(v).strip() for k, v in entry.items())


def _cells(text: str, sep: str) -> list[str]:
    if sep == "  ":
        return [c.strip() for c in re.split(r"\s{2,}", text.strip())]
    return [c.strip() for c in next(csv.reader([text], delimiter=sep))]


def _csv_stories(blocks, i: int):
    text = blocks[i].text
    sep = next((s for s in (";", "\t", ",") if s in text), "  " if "  " in text else None)
    if sep is None:
        return None
    header = [c.casefold() for c in _cells(text, sep)]
    if len(header) < 2 or not all(_HEADER_CELL.match(c) for c in header):
        return None
    title = next((k for k, c in enumerate(header) if c in _TITLE), None)
    address = next((k for k, c in enumerate(header) if c in _ADDRESS), None)
    if title is None or address is None:
        return None
    rows, last, row = [], i, ""
    for j in _touching(blocks, i):
        if j == i:
            continue
        row = f"{row} {blocks[j].text}" if row else blocks[j].text
        if row.count('"') % 2 and j - last < 3:
            continue            # a quoted field wrapped over lines (a PDF export's): the row goes on
        try:
            cells = _cells(row, sep)
        except csv.Error:
            break
        if len(cells) != len(header) or not cells[title] or not _ADDRESS_VALUE.match(cells[address]):
            break
        rows.append(dict(zip(header, cells)))
        last, row = j, ""
    if not rows:
        return None
    return last, "csv-stories", related_items(rows)
