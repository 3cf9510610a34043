"""The item pipeline: each fetched article page becomes a corpus record.

This is the one code path of ``corpus clean``: the page goes through
`cleaners.pipeline.Pipeline` (``document`` → ``process`` → ``record``) with a
chain built by `cleaners.chain.Chain.build`, so a crawled page and the same page
saved to disk and cleaned with ``corpus clean`` give the same record.

Chain settings, lowest to highest precedence:

* ``[tool.corpus.cleaners]`` / ``[tool.corpus.settings]`` of ``CORPUS_CONFIG``
  (default ``./pyproject.toml``), exactly as ``corpus clean`` reads them;
* ``CORPUS_CLEANERS`` ``{name: order}`` (``None`` or ``False`` disables, like
  Scrapy's component dicts) and ``CORPUS_CLEANER_SETTINGS`` (dict passed to every
  cleaner's ``from_settings``);
* the site profile's ``[cleaners]`` and ``[settings]`` (``-a profile=NAME``), e.g.
  ``boilerplate = [...]`` lines for the ``site_boilerplate`` cleaner;
* under ``corpus ingest``, ``site_stats``: the per-site paragraph statistics the state
  has learned from earlier runs (a `cleaners.boilerplate.ParagraphStats`, handed over
  in-process by the spider's ``ingest`` run, never through Scrapy settings).

``CORPUS_COMMENTS = False`` drops comments; ``CORPUS_MIN_CHARS`` is the shortest
body (after cleaning) emitted. Stats: ``corpus/articles_emitted``,
``corpus/skipped/<reason>`` (too-short, duplicate, clean-error) and
``corpus/removed_chars/<cleaner>``.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import DropItem, NotConfigured

from cleaners import config as corpus_config
from cleaners.chain import Chain
from cleaners.errors import CorpusError
from cleaners.pipeline import Options, Pipeline
from cleaners.readers import DEFAULT_MAX_BYTES

from .items import ArticlePage

log = logging.getLogger(__name__)


def chain_config(settings: Any, profile: Any = None) -> dict[str, Any]:
    """``{"orders": ..., "settings": ...}`` for `Chain.build` from Scrapy settings and a profile."""
    conf = corpus_config.load(settings.get("CORPUS_CONFIG"))
    orders = dict(conf["cleaners"])
    orders.update({k: (None if v is False else v) for k, v in settings.getdict("CORPUS_CLEANERS").items()})
    cleaner_settings = dict(conf["settings"])
    cleaner_settings.update(settings.getdict("CORPUS_CLEANER_SETTINGS"))
    if profile is not None:
        orders.update(profile.cleaners)
        cleaner_settings.update(profile.settings)
    return {"orders": orders, "settings": cleaner_settings}


class CorpusPipeline:
    def __init__(self, pipeline: Pipeline, stats: Any, min_chars: int = 0):
        self.pipeline = pipeline
        self.stats = stats
        self.min_chars = min_chars
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> "CorpusPipeline":
        settings = crawler.settings
        if not settings.getbool("CORPUS_PIPELINE_ENABLED", True):
            raise NotConfigured("CORPUS_PIPELINE_ENABLED is off")
        profile = getattr(crawler.spider, "profile", None)
        config = chain_config(settings, profile)
        run = getattr(crawler.spider, "ingest", None)   # under `corpus ingest`: the learned site statistics
        if run is not None:
            config["settings"].update(run.ingest.cleaner_settings())
        chain = Chain.build(**config)   # ConfigError stops the crawl
        options = Options(comments=settings.getbool("CORPUS_COMMENTS", True),
                          max_bytes=settings.getint("DOWNLOAD_MAXSIZE") or DEFAULT_MAX_BYTES)
        log.info("cleaner chain: %s", ", ".join(chain.names))
        return cls(Pipeline(chain, options), crawler.stats, settings.getint("CORPUS_MIN_CHARS", 0))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        url = item.url
        try:
            doc = self.pipeline.document(source=url, data=item.body, kind="html", url=url, text=item.text)
            doc = self.pipeline.process(doc)
        except CorpusError as exc:
            self.stats.inc_value("corpus/skipped/clean-error")
            raise DropItem(f"cannot clean {url}: {exc}", log_level="ERROR") from exc
        if len(doc.body) < self.min_chars:
            self.stats.inc_value("corpus/skipped/too-short")
            raise DropItem(f"too short after cleaning ({len(doc.body)} < {self.min_chars} chars): {url}",
                           log_level="INFO")
        if doc.id in self.seen:
            self.stats.inc_value("corpus/skipped/duplicate")
            raise DropItem(f"duplicate of an emitted article: {url} (fetched {item.fetched_url})", log_level="DEBUG")
        self.seen.add(doc.id)
        for removal in doc.removed:
            self.stats.inc_value(f"corpus/removed_chars/{removal.cleaner}", removal.chars)
        self.stats.inc_value("corpus/articles_emitted")
        return doc.record()
