"""What the Scrapy components of ``corpus ingest`` call on the run they serve.

`corpus_spiders.ingest.middleware` (downloader middleware and item pipelines) and the
item pipeline `corpus_spiders.pipelines.CorpusPipeline` are typed against these
protocols, not against `corpus_spiders.ingest.run.TargetRun`, so the Scrapy side never
imports the run (and the run never imports Scrapy)."""
from __future__ import annotations

from typing import Any, Protocol


class IngestPolicy(Protocol):
    def request(self, url: str, start: bool, now: float | None = None) -> tuple[bool, dict[str, str]]:
        """Whether to fetch ``url`` now, and the conditional headers to send."""


class IngestRun(Protocol):
    """One target in one ``corpus ingest`` run (`TargetRun`)."""

    ingest: IngestPolicy

    def attach(self, crawler: Any) -> None: ...
    def stages(self, settings: dict[str, Any]) -> Any: ...
    def fetched(self, url: str, html: bool, status: int, etag: str | None, last_modified: str | None) -> None: ...
    def not_modified(self, url: str) -> None: ...
    def not_due(self, url: str) -> None: ...
    def forget(self, url: str) -> None: ...
    def article(self, fetched_url: str) -> None: ...
    def emit(self, record: dict[str, Any]) -> dict[str, Any]: ...
    def finish(self, crawl_stats: dict[str, Any], reason: str) -> dict[str, Any]: ...
