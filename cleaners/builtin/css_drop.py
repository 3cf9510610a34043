"""Page elements named by CSS selectors in the settings (per-site boilerplate).

Site profiles of the spiders (and ``[tool.corpus.settings]`` of ``corpus clean``)
list selectors of page furniture that main-text extraction lets through on that
site, e.g. a related-stories box inside the article container::

    [tool.corpus.settings]
    css_drop_selectors = [".related-box", "div.donate"]

Matching elements are removed from the parsed page before extraction and their
text is recorded in ``removed`` with the rule ``css-selector``. Without selectors
the cleaner opts out of the run (`NotConfigured`).
"""
from __future__ import annotations

from typing import Any, Mapping

from selectolax.lexbor import LexborHTMLParser

from ..document import Document, removal
from ..errors import ConfigError, NotConfigured
from ..registry import Cleaner
from ._dom import cut

SETTING = "css_drop_selectors"


def selectors_from(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The configured selectors: a list of strings, or one comma-separated string."""
    value = settings.get(SETTING)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{SETTING} must be a list of CSS selectors, got {value!r}")
    return tuple(v.strip() for v in value if v.strip())


class CssDrop(Cleaner):
    """Page elements matching the configured CSS selectors (css_drop_selectors), before extraction."""

    name = "css_drop"
    scope = "html"
    order = 55
    inputs = frozenset({"html"})

    def __init__(self, settings: Mapping[str, Any] | None = None):
        super().__init__(settings)
        self.selectors = selectors_from(self.settings)
        probe = LexborHTMLParser("<html><body></body></html>")
        for selector in self.selectors:
            try:
                probe.css(selector)
            except Exception as exc:  # selectolax raises a plain ValueError/SelectolaxError
                raise ConfigError(f"{SETTING}: invalid CSS selector {selector!r}: {exc}") from None

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None = None) -> "CssDrop":
        if not selectors_from(settings or {}):
            raise NotConfigured(f"no {SETTING} configured")
        return cls(settings)

    def clean_html(self, doc: Document) -> Document:
        if doc.dom is None:
            return doc
        matched, seen = [], set()
        for selector in self.selectors:
            for node in doc.dom.css(selector):
                if node.mem_id not in seen:
                    seen.add(node.mem_id)
                    matched.append(node)
        # Remove outermost matches only: a match inside another one goes with it.
        outer = [node for node in matched if not _has_ancestor_in(node, seen)]
        removed = list(doc.removed)
        for node in outer:
            text = " ".join((node.text(separator=" ") or "").split())
            if text:
                removed.append(removal(self.name, "css-selector", text))
            cut(node)
        return doc.replace(removed=tuple(removed)) if outer else doc


def _has_ancestor_in(node, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False
