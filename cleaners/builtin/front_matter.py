"""The front matter opening a markdown export (Hugo, Jekyll, Eleventy, Astro...), read into metadata.

Rule ``front-matter``. A text input whose first line is a fence, ``---`` (YAML) or ``+++`` (TOML), closed by the same
fence within `FrontMatter.max_lines` lines, opens with its front matter: its title, date, author(s), tags and
categories, description, language and address become metadata (filled where unknown; tags appended), and the block,
fences included, leaves the body logged under the rule. YAML is read with PyYAML's safe loader without aliases (an
alias may expand a few bytes into millions of items) and both only up to `FrontMatter.max_chars` characters; a block
that does not parse into a mapping of names holding one of the fields read is no front matter and stays for the other
cleaners (a ``---`` rule over a paragraph, "Note: the council met on Tuesday." between two rules)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import rtoml
import yaml

from ..dates import machine_date
from ..document import Document
from ..page_metadata import normalise_language
from ..registry import Cleaner

# metadata field -> the front matter keys that give it, the first present wins
_KEYS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "publishdate", "pubdate", "published_at", "date_published", "created", "created_at"),
    "author": ("author", "authors", "by", "byline", "creator"),
    "description": ("description", "summary", "excerpt", "lead", "dek", "subtitle"),
    "language": ("lang", "language", "locale"),
    "url": ("url", "permalink", "canonical", "canonical_url", "canonicalurl", "link", "source"),
}
_TAG_KEYS = ("tags", "categories", "category", "keywords", "topics")
MAX_ITEMS = 50       # of a list value read
_KNOWN = frozenset(k for keys in _KEYS.values() for k in keys) | frozenset(_TAG_KEYS)
_WIKI_LINK = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]+))?\]\]")     # Obsidian's "[[Ann Lee]]", "[[page|Ann Lee]]"
_KEY = re.compile(r"^[A-Za-z_][\w.-]{0,39}$")     # a key is a name: "title", "pubDate", "og.image"


class _NoAliases(yaml.SafeLoader):
    """PyYAML's safe loader that refuses aliases."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not read in front matter")
        return super().compose_node(parent, index)


def parse(source: str, fence: str) -> dict | None:
    """The mapping a front matter's text (between its fences) holds, or None when it holds none."""
    try:
        data = yaml.load(source, Loader=_NoAliases) if fence == "---" else rtoml.loads(source)
    except (yaml.YAMLError, rtoml.TomlParsingError, ValueError, TypeError, RecursionError):
        return None
    if not isinstance(data, dict) or not all(isinstance(k, str) and _KEY.match(k) for k in data):
        return None
    return data if _KNOWN & {k.casefold() for k in data} else None


def _text(value: Any) -> str | None:
    """A scalar's text (a wiki link's text: a web clipper's author "[[Ann Lee]]"); a mapping's ``name`` (an author
    given as ``{name: ..., email: ...}``); None otherwise."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), " ".join(str(value).split()))
        return text or None
    return None


def _texts(value: Any) -> list[str]:
    """The texts of a list value (or of one scalar, or of a comma-separated string of tags)."""
    if isinstance(value, str) and "," in value:
        value = value.split(",")
    items = value[:MAX_ITEMS] if isinstance(value, list) else [value]
    return [t for t in (_text(item) for item in items) if t]


def _date(value: Any) -> str | None:
    if isinstance(value, _dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return machine_date(_text(value))


def fields(data: dict) -> tuple[dict[str, str], list[str]]:
    """(metadata fields, tags) of a front matter's mapping (keys compared case-insensitively)."""
    keyed = {str(k).casefold(): v for k, v in data.items()}
    meta: dict[str, str] = {}
    for field, keys in _KEYS.items():
        value = next((keyed[k] for k in keys if keyed.get(k) not in (None, "", [])), None)
        if value is None:
            continue
        if field == "date":
            found = _date(value)
        elif field == "author":
            found = "; ".join(_texts(value)) or None
        elif field == "language":
            found = normalise_language(_text(value))
        else:
            found = _text(value)
        if found:
            meta[field] = found
    tags = [t for k in _TAG_KEYS for t in _texts(keyed.get(k))]
    return meta, list(dict.fromkeys(tags))


class FrontMatter(Cleaner):
    """A markdown export's front matter (--- title: ... ---) read into metadata and cut from the body."""

    name = "front_matter"
    order = 50
    inputs = frozenset({"text"})
    max_lines = 200
    max_chars = 20_000

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        fence = blocks[0].text.strip() if blocks else ""
        if fence not in ("---", "+++"):
            return doc
        end = next((i for i in range(1, min(len(blocks), self.max_lines + 2)) if blocks[i].text.strip() == fence), None)
        if end is None or end == 1:
            return doc
        # (the lines as written: YAML reads its nesting from the indents and its folded text from the blank lines)
        source = "\n".join("\n" * b.gap + " " * b.indent + b.text for b in blocks[1:end])
        data = parse(source, fence) if len(source) <= self.max_chars else None
        if data is None:
            return doc
        meta, tags = fields(data)
        doc = doc.drop_blocks({i: (self.name, "front-matter") for i in range(end + 1)})
        return doc.meta_default(**meta).meta_append("tags", tags)
