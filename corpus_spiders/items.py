"""The item the spider yields: one fetched article page, raw.

`corpus_spiders.pipelines.CorpusPipeline` turns it into a corpus record (a dict in
the schema of ``corpus clean``), so feed exports (``-O out.jsonl``) write records.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticlePage:
    url: str                      # canonical URL of the page (rel=canonical on the allowed domains, else fetched URL)
    fetched_url: str              # the URL the response came from (after redirects)
    body: bytes = field(repr=False)   # raw response body
    content_type: str | None = None   # the HTTP Content-Type header (its charset decodes the body)
    signals: list[str] = field(default_factory=list)   # why the spider took it for an article
    tentative: bool = False       # markup and URL left it undecided: the cleaned record decides
