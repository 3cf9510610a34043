"""Read a text input that is a CMS's export of content blocks as JSON: one object a line (JSON lines, NDJSON),
one JSON array of block objects, or one object holding them (Editor.js ``{"blocks": [...]}``, Contentful rich text
``{"nodeType": "document", "content": [...]}``; Portable Text is an array of ``{"_type": "block", "children": [...]}``).

Recognised by shape, never by a site: most non-empty lines (or the one value) parse as JSON objects, most of the
objects name a block type (``type``, ``block``, ``_type``, ``nodeType``, ...) and some block holds running text (a
string of several words). A list of stories (objects with a title and a link, no block type) is no export: it is
left to the cleaners, which move it to ``metadata.related``.

Each block becomes body blocks in order: a heading (``h1``, ``heading``, ``header``, a Portable Text style ``h2``) a
heading block, a list's items (``li``, Editor.js ``list``) item blocks, a quote a quote block, code a code block,
and any other type (``p``, ``paragraph``, ``text``, ``raw``, ...) its text's lines as the text reader splits them,
so the cleaners see what they would see in a plain dump. Blocks of a type that is page furniture (an ad, an embed, a
related-stories box, a newsletter box, an image) are not body: they are recorded in ``removed`` (cleaner
``text_input``, rule ``json-export:<type>``), and the document says ``metadata.input_format`` (``json-lines``,
``json``) so that nothing is lost silently.
"""
from __future__ import annotations

import html
import json
import re
from typing import Any, Iterable

from .document import Block, Removal, removal

CLEANER = "text_input"
_TYPE_KEYS = ("type", "block", "blockType", "block_type", "_type", "nodeType", "kind", "component", "tag")
_TEXT_KEYS = ("text", "content", "value", "body", "html", "children", "data", "items", "caption", "spans")
_HEADING = re.compile(r"^(?:h([1-6])|heading(?:[-_ ]?([1-6]))?|header|title|headline|sub-?(?:heading|head|title)|"
                      r"heading_([1-6]))$", re.I)
_ITEM = re.compile(r"^(?:li|list[-_ ]?item|listitem|item|bullet|list|[ou]l|unordered[-_ ]list|ordered[-_ ]list)$", re.I)
_QUOTE = re.compile(r"^(?:quote|blockquote|block[-_ ]?quote|pull[-_ ]?quote)$", re.I)
_CODE = re.compile(r"^(?:code|pre|preformatted|code[-_ ]?block)$", re.I)
_FURNITURE = re.compile(r"^(?:ads?|advert(?:isement)?|banner|sponsor(?:ed)?|promo(?:tion)?|embed(?:ded)?|iframe|oembed|"
                        r"video|audio|image|img|photo|picture|figure|gallery|related(?:[-_ ]?\w+)?|newsletter|"
                        r"signup|subscribe|widget|social|share|tweet|instagram|facebook|youtube|divider|delimiter|"
                        r"separator|spacer|hr|break)$", re.I)
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|pre|tr)>|<br\s*/?>", re.I)   # a line ends there
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_WORDS = re.compile(r"\S+\s+\S+\s+\S+|[^\x00-\u02ff\s]{8,}")   # three words, or a run of a script without spaces
_LINK_KEYS = frozenset({"url", "href", "link", "permalink", "uri", "slug"})


def export_records(text: str) -> tuple[list[dict], str] | None:
    """The block objects of ``text`` and its format (``json-lines`` or ``json``), or None: not a JSON export."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return None
    records = _whole(stripped)
    fmt = "json"
    if records is None:
        records, fmt = _lines(stripped), "json-lines"
    if not records or not _blocks_shaped(records):
        return None
    return records, fmt


def _whole(text: str) -> list[dict] | None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):   # not JSON, or nested deeper than the parser goes: a text
        return None
    if isinstance(value, dict):
        for key in ("blocks", "content", "body", "items", "children"):
            if isinstance(value.get(key), list):
                value = value[key]
                break
        else:
            return None
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    return None


def _lines(text: str) -> list[dict] | None:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    out: list[dict] = []
    bad = 0
    for line in lines:
        value = None
        if line[0] == "{":
            try:
                value = json.loads(line)
            except (ValueError, RecursionError):
                value = None
        if isinstance(value, dict):
            out.append(value)
        else:
            bad += 1
            if bad * 5 > len(lines):       # over a fifth of the lines are not objects: not an export
                return None
    return out


def block_type(record: dict) -> str | None:
    for key in _TYPE_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value and len(value) <= 40:
            return value
    return None


def _blocks_shaped(records: list[dict]) -> bool:
    """Most objects name a block type, some hold running text, and they are not a list of linked stories."""
    typed = sum(block_type(r) is not None for r in records)
    if typed * 4 < len(records) * 3:
        return False
    linked = sum(bool(_LINK_KEYS & r.keys()) for r in records)
    if linked * 2 > len(records):
        return False
    return any(_WORDS.search(" ".join(texts_of(r))) for r in records)


def texts_of(value: Any) -> list[str]:
    """The texts a block holds, in order: a string, a rich-text node's ``value``/``text``, spans' texts joined,
    a list's items one each."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        if value and all(isinstance(v, dict) and isinstance(v.get("text"), str) and block_type(v) in (None, "span", "text")
                         for v in value):
            return ["".join(v["text"] for v in value)]          # the spans of one paragraph
        return [t for v in value for t in texts_of(v)]
    if isinstance(value, dict):
        for key in _TEXT_KEYS:
            if key in value and value[key] not in (None, "", [], {}):
                found = texts_of(value[key])
                if found:
                    return found
        if value.get("nodeType") == "text" and isinstance(value.get("value"), str):
            return [value["value"]]
    return []


def _level(m: re.Match, record: dict) -> int:
    """A heading's level: named by its type (``h3``, ``heading-3``), else its ``level`` field, else 2."""
    named = next((g for g in m.groups() if g), None)
    data = record.get("data")
    level = named or record.get("level") or (data.get("level") if isinstance(data, dict) else None)
    return int(level) if str(level or "").isdigit() and 1 <= int(level) <= 6 else 2


def _plain(text: str) -> str:
    """Inline markup of a rich-text string out (``<b>``, ``<a href>``), entities read."""
    if "<" in text:
        text = _TAG.sub("", _BLOCK_END.sub("\n", text))
    return html.unescape(text) if "&" in text else text


def export_blocks(records: Iterable[dict], split, normalize) -> tuple[list[Block], list[Removal]]:
    """Body blocks and removals of an export's block objects; ``split(text)`` gives the blocks of a text's lines,
    ``normalize(text)`` the text as the text reader normalises it."""
    blocks: list[Block] = []
    removed: list[Removal] = []
    for record in records:
        kind = block_type(record) or ""
        texts = [t for t in (normalize(_plain(t)).strip() for t in texts_of(record)) if t]
        if not texts:
            continue
        if _FURNITURE.match(kind):
            removed.extend(removal(CLEANER, f"json-export:{kind.lower()}", t) for t in texts)
            continue
        if (m := _HEADING.match(kind) or _HEADING.match(str(record.get("style") or ""))):
            level = _level(m, record)
            blocks.extend(Block(" ".join(t.split()), "heading", level=level) for t in texts)
        elif _ITEM.match(kind) or record.get("listItem"):
            blocks.extend(Block(" ".join(t.split()), "item") for t in texts)
        elif _QUOTE.match(kind) or str(record.get("style") or "") == "blockquote":
            blocks.extend(Block(" ".join(t.split()), "quote") for t in texts)
        elif _CODE.match(kind):
            blocks.extend(Block(t, "code") for t in texts)
        else:
            for t in texts:
                blocks.extend(split(t))
    return blocks, removed
