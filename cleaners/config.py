"""Chain configuration from ``[tool.corpus]`` in a pyproject.toml file.

    [tool.corpus.cleaners]
    legal = false          # disable
    title = 450            # reorder
    [tool.corpus.settings]
    some_cleaner_option = 3
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import ConfigError


def load(path: str | Path | None = None) -> dict[str, Any]:
    """``{"cleaners": {...}, "settings": {...}}`` from ``path`` or ./pyproject.toml."""
    explicit = path is not None
    path = Path(path) if path is not None else Path("pyproject.toml")
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: config file not found")
        return {"cleaners": {}, "settings": {}}
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
    return {"cleaners": orders, "settings": settings}
