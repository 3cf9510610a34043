"""``CORPUS_STATS_FILE``: write the crawl stats as JSON when the spider closes.

Scheduled ingestion (and the tests) read the numbers from there instead of the log:
``corpus/pages_fetched``, ``corpus/articles_emitted``, ``corpus/skipped/<reason>``,
``corpus/removed_chars/<cleaner>`` and Scrapy's own stats.
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value if isinstance(value, (int, float, str, bool, type(None))) else str(value)


class StatsFile:
    def __init__(self, path: str, stats: Any):
        self.path = path
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StatsFile":
        path = crawler.settings.get("CORPUS_STATS_FILE")
        if not path:
            raise NotConfigured   # no message: Scrapy then does not log the extension as disabled
        ext = cls(path, crawler.stats)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Any, reason: str) -> None:
        data = {key: _plain(value) for key, value in sorted(self.stats.get_stats().items())}
        data["finish_reason"] = reason
        tmp = f"{self.path}.tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, ensure_ascii=False)
        os.replace(tmp, self.path)
