"""Site profiles: one small TOML file per site in ``corpus_spiders/profiles/``.

A profile is never needed (the spider is generic); it narrows a crawl of one site
and tunes the cleaners for it::

    title = "Example News"
    start_urls = ["https://www.example.org/", "https://www.example.org/sitemap.xml"]
    allowed_domains = ["example.org"]
    article_patterns = ['^https://www\\.example\\.org/\\d{4}/\\d{2}/[^/]+/?$']   # regexes on the URL
    deny_patterns = ['/login', '[?&]replytocom=']                               # never requested

    [cleaners]              # chain orders, like CORPUS_CLEANERS: {name = order}, false disables
    legal = false
    [settings]              # passed to every cleaner's from_settings()
    css_drop_selectors = [".related-box"]

``-a profile=NAME`` loads ``profiles/NAME.toml``; ``-a profile=path/to/file.toml``
loads a file of your own.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

KEYS = {"title", "start_urls", "allowed_domains", "article_patterns", "deny_patterns", "cleaners", "settings"}


class ProfileError(ValueError):
    """A profile that cannot be found or read, or has invalid fields."""


@dataclass(frozen=True)
class Profile:
    name: str
    title: str = ""
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_patterns: tuple[re.Pattern[str], ...] = ()
    deny_patterns: tuple[str, ...] = ()
    cleaners: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)


def profiles_dir() -> Path:
    return Path(str(resources.files("corpus_spiders").joinpath("profiles")))


def available() -> list[str]:
    """Names of the shipped profiles."""
    return sorted(p.stem for p in profiles_dir().glob("*.toml"))


def load(name_or_path: str) -> Profile:
    path = Path(name_or_path)
    if path.suffix != ".toml" or not path.exists():
        path = profiles_dir() / f"{name_or_path}.toml"
    if not path.exists():
        raise ProfileError(f"unknown profile {name_or_path!r}; shipped profiles: {', '.join(available())}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read profile: {exc}") from None
    return from_dict(path.stem, data, str(path))


def _strings(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def from_dict(name: str, data: dict[str, Any], where: str = "profile") -> Profile:
    unknown = set(data) - KEYS
    if unknown:
        raise ProfileError(f"{where}: unknown keys {', '.join(sorted(unknown))}; known: {', '.join(sorted(KEYS))}")
    for key in ("article_patterns", "deny_patterns"):
        for pattern in _strings(data, key, where):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ProfileError(f"{where}: {key}: invalid regex {pattern!r}: {exc}") from None
    patterns = tuple(re.compile(p) for p in _strings(data, "article_patterns", where))
    for key in ("cleaners", "settings"):
        if not isinstance(data.get(key, {}), dict):
            raise ProfileError(f"{where}: [{key}] must be a table")
    cleaners = {k: (None if v is False else v) for k, v in data.get("cleaners", {}).items()}
    return Profile(
        name=name, title=str(data.get("title", name)),
        start_urls=_strings(data, "start_urls", where),
        allowed_domains=_strings(data, "allowed_domains", where),
        article_patterns=patterns, deny_patterns=_strings(data, "deny_patterns", where),
        cleaners=cleaners, settings=dict(data.get("settings", {})),
    )
