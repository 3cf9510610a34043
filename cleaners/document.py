"""The document model that flows through the cleaner chain.

A `Document` is immutable: cleaners return a new one (``doc.replace(...)`` or the
helpers below), so a cleaner is a pure ``Document -> Document`` function. The body
is a tuple of `Block`s (one paragraph, heading or line each); everything a cleaner
takes out of it is recorded in ``removed`` with the cleaner's and the rule's name.
"""
from __future__ import annotations

import bisect
import dataclasses
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable, Mapping

from .metadata_lists import ONCE, appended

SCHEMA_VERSION = "1.0"
REMOVED_SAMPLE = 200     # characters of a cut that its `removed` entry shows by default (`Document.record`)

METADATA_KEYS = (
    "title", "subtitle", "author", "date", "site", "section", "language", "url",
    "description", "tags", "related", "captions", "credits",
)
LIST_KEYS = frozenset({"tags", "related", "captions", "credits"})
LIST_CAP = 200   # items a record keeps of each metadata list; `metadata.omitted` counts the rest


_set_attribute = object.__setattr__


def empty_metadata() -> dict[str, Any]:
    return {key: ([] if key in LIST_KEYS else None) for key in METADATA_KEYS}


@dataclass(frozen=True, init=False)
class Block:
    """One unit of body text: a paragraph, a heading, a list item, a line of a dump."""

    text: str
    kind: str = "p"          # p | heading | item | quote | code | table
    indent: int = 0          # leading spaces in a text input (comment depth, code)
    gap: int = 1             # blank lines before it in a text input (0 = same paragraph)
    level: int = 0           # heading level when kind == "heading" (1 = h1)
    origin: int = -1         # position in the document as first built (kept through edits)

    def __init__(self, text: str, kind: str = "p", indent: int = 0, gap: int = 1, level: int = 0,
                 origin: int = -1):
        # one store instead of six frozen-attribute writes: a text input of short lines
        # builds hundreds of thousands of blocks
        _set_attribute(self, "__dict__", {"text": text, "kind": kind, "indent": indent, "gap": gap,
                                          "level": level, "origin": origin})

    def with_text(self, text: str) -> "Block":
        return dataclasses.replace(self, text=text)


def numbered_blocks(rows: Iterable[tuple[str, str, int, int]]) -> tuple[Block, ...]:
    """Blocks from ``(text, kind, indent, gap)`` rows, numbered from 0 (``origin``): the fast
    way to build a large body (no constructor call per block)."""
    new, store = object.__new__, _set_attribute
    out = []
    for origin, (text, kind, indent, gap) in enumerate(rows):
        block = new(Block)
        store(block, "__dict__", {"text": text, "kind": kind, "indent": indent, "gap": gap, "level": 0,
                                  "origin": origin})
        out.append(block)
    return tuple(out)


@dataclass(frozen=True)
class Comment:
    author: str | None
    text: str
    depth: int = 0
    parent: int | None = None
    date: str | None = None

    def as_record(self) -> dict[str, Any]:
        return {"author": self.author, "date": self.date, "text": self.text,
                "depth": self.depth, "parent": self.parent}


@dataclass(frozen=True)
class Removal:
    cleaner: str
    rule: str
    text: str
    chars: int
    origin: int | None = None   # origin of the block it was (or was cut from); None: cut from the page
    inline: bool = False        # cut from inside a block that stayed

    def as_record(self, at: int | None = None, inline: bool = False,
                  text_chars: int = REMOVED_SAMPLE) -> dict[str, Any]:
        """The entry of the record; its ``text`` is the cut's first ``text_chars`` characters (0: all of it)."""
        text = self.text[:text_chars] if text_chars else self.text
        return {"cleaner": self.cleaner, "rule": self.rule, "text": text, "chars": self.chars,
                "at": at, "inline": inline}


def removal(cleaner: str, rule: str, text: str, origin: int | None = None, inline: bool = False) -> Removal:
    """The record of a cut of ``text``: all of it is kept (the record shows what `Document.record` asks for)."""
    return Removal(cleaner, rule, text, len(text), origin, inline)


@dataclass(frozen=True)
class Document:
    source: str
    kind: str                                   # "html" | "text": what the input was
    raw: bytes = b""                            # the input as read (for the id)
    url: str | None = None
    html: str | None = None                     # decoded page, html inputs only
    blocks: tuple[Block, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=empty_metadata)
    comments: tuple[Comment, ...] = ()
    removed: tuple[Removal, ...] = ()
    dom: Any = None                             # parsed page for html-scope cleaners
    record_id: str | None = None                # id of the record it was rebuilt from

    # -- functional updates -------------------------------------------------
    def replace(self, **changes: Any) -> "Document":
        """A copy with ``changes`` (what ``dataclasses.replace`` gives, without a constructor
        call: the chain makes tens of thousands of copies); the cached ``body`` is not carried."""
        if not changes.keys() <= _DOCUMENT_FIELDS:
            return dataclasses.replace(self, **changes)     # (raises on the unknown field)
        state = dict(self.__dict__)
        state.pop("body", None)
        state.update(changes)
        copy = _new(type(self))
        _set_attribute(copy, "__dict__", state)
        return copy

    def with_metadata(self, **values: Any) -> "Document":
        meta = dict(self.metadata)
        meta.update(values)
        return self.replace(metadata=meta)

    def meta_default(self, **values: Any) -> "Document":
        """Set metadata fields that are still unknown (None or empty)."""
        fresh = {k: v for k, v in values.items() if v not in (None, [], "") and not self.metadata.get(k)}
        return self.with_metadata(**fresh) if fresh else self

    def meta_append(self, key: str, items: Iterable[Any]) -> "Document":
        """Append to a metadata list what it does not hold yet (`metadata_lists.appended`: a link is listed once)."""
        merged = appended(self.metadata.get(key) or [], items, once=key in ONCE)
        return self.with_metadata(**{key: merged}) if merged is not None else self

    def drop_blocks(self, cuts: Mapping[int, tuple[str, str]]) -> "Document":
        """Remove the blocks at the given indices; ``cuts[i] = (cleaner, rule)``."""
        if not cuts:
            return self
        kept, removed = [], list(self.removed)
        for i, block in enumerate(self.blocks):
            if i in cuts:
                cleaner, rule = cuts[i]
                removed.append(removal(cleaner, rule, block.text, block.origin))
            else:
                kept.append(block)
        return self.replace(blocks=tuple(kept), removed=tuple(removed))

    def log(self, cleaner: str, rule: str, text: str) -> "Document":
        """Record a cut made inside a block (the block itself is updated by the caller)."""
        if not text:
            return self
        return self.replace(removed=self.removed + (removal(cleaner, rule, text),))

    # -- output ---------------------------------------------------------------
    def numbered(self) -> "Document":
        """Give every block its position as origin (done once, when the body is first built)."""
        if all(b.origin == i for i, b in enumerate(self.blocks)):
            return self
        return self.replace(blocks=tuple(dataclasses.replace(b, origin=i) for i, b in enumerate(self.blocks)))

    def positions(self) -> list[tuple[int | None, bool]]:
        """For each removal: the index of the body paragraph it stood before, or inside
        (then True) when it was cut from a paragraph that stayed; None for page cuts."""
        if not self.removed:
            return []
        kept = [b.origin for b in self.blocks if b.text.strip()]
        index = {origin: i for i, origin in enumerate(kept)}
        out: list[tuple[int | None, bool]] = []
        for cut in self.removed:
            if cut.origin is None or cut.origin < 0:
                out.append((None, False))
            elif cut.inline and cut.origin in index:
                out.append((index[cut.origin], True))
            else:
                out.append((bisect.bisect_left(kept, cut.origin), False))
        return out

    @cached_property
    def body(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.text.strip())

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> "Document":
        """Rebuild a cleaned document from its record, so more cleaners can run on it.

        Paragraph ``i`` gets origin ``2i + 1``; a removal that stood before it gets
        ``2i`` and one inside it ``2i + 1``, so positions survive further cuts."""
        paragraphs = [p for p in (record.get("body") or "").split("\n\n") if p.strip()]
        blocks = tuple(Block(text, origin=2 * i + 1) for i, text in enumerate(paragraphs))
        removed = tuple(
            Removal(r["cleaner"], r["rule"], r["text"], r["chars"],
                    None if r.get("at") is None else 2 * r["at"] + (1 if r.get("inline") else 0),
                    bool(r.get("inline")))
            for r in record.get("removed") or [])
        comments = tuple(Comment(c.get("author"), c.get("text", ""), c.get("depth", 0), c.get("parent"), c.get("date"))
                         for c in record.get("comments") or [])
        return cls(source=record["source"], kind="record", url=record.get("url"), blocks=blocks,
                   metadata=dict(record.get("metadata") or {}), comments=comments, removed=removed,
                   record_id=record.get("id"))

    @property
    def id(self) -> str:
        if self.record_id:
            return self.record_id
        if self.url:
            return hashlib.sha256(self.url.encode("utf-8")).hexdigest()
        digest = hashlib.sha256(self.source.encode("utf-8"))
        digest.update(b"\0")
        digest.update(self.raw)
        return digest.hexdigest()

    def _removed_records(self, text_chars: int) -> list[dict[str, Any]]:
        """Removals in document order (page cuts first), each with its position."""
        pairs = list(zip(self.removed, self.positions()))
        order = sorted(range(len(pairs)), key=lambda i: (-1 if pairs[i][0].origin is None else pairs[i][0].origin, i))
        return [pairs[i][0].as_record(*pairs[i][1], text_chars=text_chars) for i in order]

    def record(self, removed_chars: int = REMOVED_SAMPLE) -> dict[str, Any]:
        """The JSONL record; each `removed` entry shows the first ``removed_chars`` characters of its cut (0: the
        whole cut, for an archive that must be able to put every cut back)."""
        meta = empty_metadata()
        meta.update(self.metadata)
        if self.url and not meta.get("url"):
            meta["url"] = self.url
        _cap_lists(meta)
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "body": self.body,
            "metadata": meta,
            "comments": [c.as_record() for c in self.comments],
            "removed": self._removed_records(removed_chars),
            "schema": SCHEMA_VERSION,
        }


def _cap_lists(meta: dict[str, Any]) -> None:
    """Keep the first `LIST_CAP` items of each metadata list and count the others in
    ``metadata.omitted`` (``{"related": 99800}``): a page that dumps 100,000 related
    stories keeps its article instead of growing a record over the size limit."""
    omitted = dict(meta.get("omitted") or {})
    for key in sorted(LIST_KEYS):
        items = meta.get(key)
        if isinstance(items, list) and len(items) > LIST_CAP:
            omitted[key] = omitted.get(key, 0) + len(items) - LIST_CAP
            meta[key] = items[:LIST_CAP]
    if omitted:
        meta["omitted"] = omitted


_DOCUMENT_FIELDS = frozenset(f.name for f in dataclasses.fields(Document))
_new = object.__new__
