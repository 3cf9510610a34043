"""The ordered chain of cleaners, configured like Scrapy's component dicts.

``{name: order}`` enables a cleaner at that order, ``{name: None}`` (or ``False``)
disables it; cleaners not named keep their default order. The same `Chain` object
runs in the CLI and in the Scrapy item pipeline.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .document import Document
from .errors import CleanerError, ConfigError, NotConfigured
from .registry import Cleaner, discover

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainConfig:
    orders: Mapping[str, int | None]
    only: tuple[str, ...] = ()
    settings: Mapping[str, Any] | None = None


def resolve(available: Mapping[str, type[Cleaner]], orders: Mapping[str, Any] | None = None,
            only: Iterable[str] = (), disable: Iterable[str] = ()) -> list[tuple[int, str]]:
    """Return ``[(order, name), ...]`` of the enabled cleaners, sorted."""
    orders = dict(orders or {})
    only, disable = list(only), list(disable)
    for name in [*orders, *only, *disable]:
        if name not in available:
            raise ConfigError(f"unknown cleaner {name!r}; known: {', '.join(sorted(available))}")
    chosen: dict[str, int] = {}
    for name, cls in available.items():
        order: Any = orders.get(name, cls.order)
        if order is None or order is False:
            continue
        if isinstance(order, bool) or not isinstance(order, int):
            if order is True:
                order = cls.order
            else:
                raise ConfigError(f"order of cleaner {name!r} must be an integer or false, got {order!r}")
        chosen[name] = order
    if only:
        chosen = {name: chosen.get(name, available[name].order) for name in only}
    for name in disable:
        chosen.pop(name, None)
    return sorted((order, name) for name, order in chosen.items())


class Chain:
    """Runs cleaners in order: the html stage on the DOM, then the text stage."""

    def __init__(self, cleaners: list[Cleaner]):
        self.cleaners = cleaners

    @classmethod
    def build(cls, orders: Mapping[str, Any] | None = None, only: Iterable[str] = (),
              disable: Iterable[str] = (), settings: Mapping[str, Any] | None = None,
              available: Mapping[str, type[Cleaner]] | None = None) -> "Chain":
        available = available if available is not None else discover()
        cleaners = []
        for _, name in resolve(available, orders, only, disable):
            try:
                cleaners.append(available[name].from_settings(settings or {}))
            except NotConfigured as exc:
                log.info("cleaner %s not configured: %s", name, exc)
        return cls(cleaners)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.cleaners]

    @property
    def html_cleaners(self) -> list[Cleaner]:
        return [c for c in self.cleaners if c.scope in ("html", "both")]

    @property
    def text_cleaners(self) -> list[Cleaner]:
        return [c for c in self.cleaners if c.scope in ("text", "both")]

    def run_html(self, doc: Document) -> Document:
        return self._run(doc, self.html_cleaners, "clean_html")

    def run_text(self, doc: Document) -> Document:
        return self._run(doc, self.text_cleaners, "clean")

    @staticmethod
    def _run(doc: Document, cleaners: list[Cleaner], method: str) -> Document:
        for cleaner in cleaners:
            if not cleaner.applies_to(doc):
                continue
            try:
                doc = getattr(cleaner, method)(doc)
            except Exception as exc:
                raise CleanerError(cleaner.name, doc.source, exc) from exc
        return doc
