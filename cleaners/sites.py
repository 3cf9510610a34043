"""Which site a document belongs to: the registered domain of its URL."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from courlan import extract_domain


@lru_cache(maxsize=65536)
def registered_domain(url: str) -> str | None:
    """The registered domain, or the host name when the suffix is not a public one."""
    try:
        domain = extract_domain(url)
    except (ValueError, TypeError):
        domain = None
    if domain:
        return domain
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host and "." in host else None


def site_of(url: str | None, fallback: str | None = None) -> str | None:
    """Registered domain of ``url`` (``news.example.co.uk`` -> ``example.co.uk``), else ``fallback``."""
    return (registered_domain(url) if url else None) or fallback
