"""When a known URL is fetched again under ``corpus ingest``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .store import UrlState


@dataclass(frozen=True)
class Policy:
    """When a known URL is fetched again (Scrapy settings, seconds unless said).

    A page is due when ``DUE_SLACK`` (90 %) of its interval has passed, so an hourly
    cron with an hourly interval does not skip every other run. Start URLs, robots.txt,
    sitemaps and feeds are always fetched: they are how new articles are found.
    """
    recent_days: float = 2.0          # CORPUS_REVISIT_RECENT_DAYS: an article is "recent" this long after first seen
    recent_interval: float = 3600.0   # CORPUS_REVISIT_RECENT: re-visit recent articles at most this often
    old_interval: float = 7 * 86400.0  # CORPUS_REVISIT_OLD: older articles; negative: never again
    hub_interval: float = 3600.0      # CORPUS_HUB_REFETCH: hub/listing pages (not start URLs) at most this often
    slack: float = 0.9

    @classmethod
    def from_settings(cls, get: Callable[[str, float], float]) -> "Policy":
        return cls(recent_days=get("CORPUS_REVISIT_RECENT_DAYS", cls.recent_days),
                   recent_interval=get("CORPUS_REVISIT_RECENT", cls.recent_interval),
                   old_interval=get("CORPUS_REVISIT_OLD", cls.old_interval),
                   hub_interval=get("CORPUS_HUB_REFETCH", cls.hub_interval))

    def interval(self, row: UrlState, now: float) -> float | None:
        """Seconds between fetches of this URL; None: never again."""
        if row.kind == "article":
            if now - row.first_seen < self.recent_days * 86400:
                return self.recent_interval
            return None if self.old_interval < 0 else self.old_interval
        if row.kind == "hub":
            return self.hub_interval
        return 0.0

    def due(self, row: UrlState | None, now: float, start: bool = False) -> bool:
        if row is None or start:
            return True
        interval = self.interval(row, now)
        if interval is None:
            return False
        return now - row.last_fetch >= interval * self.slack
