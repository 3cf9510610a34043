"""Cleaner base class and discovery through the ``corpus.cleaners`` entry-point group.

Built-in cleaners are registered in this package's own ``pyproject.toml`` exactly as a
third-party package registers its cleaners::

    [project.entry-points."corpus.cleaners"]
    my_cleaner = "my_package.module:MyCleaner"
"""
from __future__ import annotations

import logging
from importlib.metadata import entry_points
from typing import Any, ClassVar, Literal, Mapping

from .document import Document
from .errors import ConfigError

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "corpus.cleaners"
Scope = Literal["html", "text", "both"]


class Cleaner:
    """Base class: a small named unit with a declared scope and a pure contract.

    * ``scope = "text"``: ``clean(doc)`` edits the body blocks/metadata/comments of
      every document (HTML inputs reach this stage after main-text extraction).
    * ``scope = "html"``: ``clean_html(doc)`` runs on the parsed page (``doc.dom``,
      a selectolax tree owned by this document's run) before extraction.
    * ``scope = "both"``: both methods.
    ``inputs`` restricts a cleaner to documents that came from given input kinds.
    """

    name: ClassVar[str] = ""
    scope: ClassVar[Scope] = "text"
    order: ClassVar[int] = 500
    inputs: ClassVar[frozenset[str]] = frozenset({"html", "text"})

    def __init__(self, settings: Mapping[str, Any] | None = None):
        self.settings = dict(settings or {})

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None = None) -> "Cleaner":
        """Build the cleaner; raise `NotConfigured` to opt out of the run."""
        return cls(settings)

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""

    def applies_to(self, doc: Document) -> bool:
        return doc.kind in self.inputs

    def clean(self, doc: Document) -> Document:  # text stage
        return doc

    def clean_html(self, doc: Document) -> Document:  # html stage
        return doc

    def cut(self, doc: Document, cuts: Mapping[int, str]) -> Document:
        """Drop blocks by index, ``cuts[i] = rule``, recording them under this cleaner."""
        return doc.drop_blocks({i: (self.name, rule) for i, rule in cuts.items()})

    def __repr__(self) -> str:
        return f"<cleaner {self.name} scope={self.scope} order={self.order}>"


def builtin_entry_points(group: str) -> dict[str, Any]:
    """Objects of an entry-point group as this source tree's pyproject.toml declares them,
    for when the package's metadata is absent (running from an uninstalled tree)."""
    import importlib
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if not pyproject.exists():
        return {}
    table = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    found = {}
    for name, target in table.get("project", {}).get("entry-points", {}).get(group, {}).items():
        module, _, attr = target.partition(":")
        found[name] = getattr(importlib.import_module(module), attr)
    return found


def discover() -> dict[str, type[Cleaner]]:
    """All registered cleaner classes by name (built-ins and third-party)."""
    found: dict[str, type[Cleaner]] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            cls = ep.load()
        except Exception as exc:  # a broken plugin must not break the tool
            log.error("cannot load cleaner %r from %s: %s", ep.name, ep.value, exc)
            continue
        if not (isinstance(cls, type) and issubclass(cls, Cleaner)):
            log.error("entry point %r (%s) is not a Cleaner subclass; ignored", ep.name, ep.value)
            continue
        if cls.name != ep.name:
            raise ConfigError(f"entry point {ep.name!r} loads cleaner named {cls.name!r}; names must match")
        found[ep.name] = cls
    if not any(cls.__module__.startswith("cleaners.builtin.") for cls in found.values()):
        for name, cls in builtin_entry_points(ENTRY_POINT_GROUP).items():   # this package is not installed
            found.setdefault(name, cls)
    return found
