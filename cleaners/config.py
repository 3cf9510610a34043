"""Chain configuration from ``[tool.corpus]`` in a pyproject.toml file.

    [tool.corpus.cleaners]
    legal = false          # disable
    title = 450            # reorder
    [tool.corpus.settings]
    some_cleaner_option = 3

`effective_chain` says what a run with a configuration would use, and why.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import ConfigError


def load(path: str | Path | None = None) -> dict[str, Any]:
    """``{"cleaners": {...}, "settings": {...}, "path": FILE or None}`` from ``path`` or
    ./pyproject.toml (``path`` None when no file was read)."""
    explicit = path is not None
    path = Path(path) if path is not None else Path("pyproject.toml")
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: config file not found")
        return {"cleaners": {}, "settings": {}, "path": None}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    section = data.get("tool", {}).get("corpus", {})
    cleaners = section.get("cleaners", {}) or {}
    settings = section.get("settings", {}) or {}
    if not isinstance(cleaners, dict) or not isinstance(settings, dict):
        raise ConfigError(f"{path}: [tool.corpus.cleaners] and [tool.corpus.settings] must be tables")
    orders = {name: (None if value is False else value) for name, value in cleaners.items()}
    return {"cleaners": orders, "settings": settings, "path": str(path)}


@dataclass(frozen=True)
class ChainEntry:
    """One registered cleaner as a configured run would use it (`corpus cleaners`)."""
    name: str
    scope: str
    order: int | None        # None when disabled
    status: str              # "on" | "disabled" | "not configured"
    set_by: str              # "default", the config file, "--only" or "--disable"
    summary: str
    reason: str = ""         # why not configured (the cleaner's NotConfigured message)


def effective_chain(conf: Mapping[str, Any], only: Iterable[str] = (), disable: Iterable[str] = (),
                    available: Mapping[str, type] | None = None) -> list[ChainEntry]:
    """Every registered cleaner: the running ones in chain order, then the others."""
    from .chain import resolve
    from .errors import NotConfigured
    from .registry import discover

    available = available if available is not None else discover()
    orders = conf.get("cleaners") or {}
    only, disable = list(only), list(disable)
    source = conf.get("path") or "config"
    enabled = dict((name, order) for order, name in resolve(available, orders, only, disable))
    entries = []
    for name, cls in available.items():
        if name in disable:
            set_by = "--disable"
        elif only and name not in only:
            set_by = "--only"
        elif name in orders:
            set_by = source
        else:
            set_by = "default"
        status, reason = ("on", "") if name in enabled else ("disabled", "")
        if name in enabled:
            try:
                cls.from_settings(conf.get("settings") or {})
            except NotConfigured as exc:
                status, reason = "not configured", str(exc)
        entries.append(ChainEntry(name, cls.scope, enabled.get(name), status, set_by, cls.summary(), reason))
    return sorted(entries, key=lambda e: (e.order is None, e.order if e.order is not None else available[e.name].order,
                                          e.name))
