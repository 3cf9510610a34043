"""Which site a document belongs to: the registered domain of its URL."""
from __future__ import annotations

from functools import lru_cache

from courlan import extract_domain


@lru_cache(maxsize=65536)
def registered_domain(url: str) -> str | None:
    try:
        return extract_domain(url) or None
    except (ValueError, TypeError):
        return None


def site_of(url: str | None, fallback: str | None = None) -> str | None:
    """Registered domain of ``url`` (``news.example.co.uk`` -> ``example.co.uk``), else ``fallback``."""
    return (registered_domain(url) if url else None) or fallback
