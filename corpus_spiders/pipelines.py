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
After the chain, each record goes through the engine's stage list
(`cleaners.stages`), as in ``corpus clean``: the length gate (``CORPUS_MIN_CHARS``,
CJK characters counting two), dedup (ids are keys: a second page with an id already
emitted is left out when its body is the same, a new version when it differs; exact
and near duplicates are marked or dropped by ``CORPUS_DEDUP``, ``mark`` by default,
as ``corpus clean --dedup``) and, under ``corpus ingest``, the site boilerplate the
earlier runs learned. A plain crawl keeps its dedup state in a temporary SQLite
file; ``corpus ingest`` hands over its run (`corpus_spiders.ingest.protocol.IngestRun`),
whose stage list works on the state directory.

``CORPUS_COMMENTS = False`` drops comments; ``CORPUS_REMOVED_CHARS`` is ``corpus clean --removed-chars``.

Pages are cleaned in ``CORPUS_WORKERS`` worker processes (default: one per core; 0:
in the crawl process) under the limits of ``corpus clean``: ``CORPUS_TIMEOUT``
seconds per page (default 60), ``CORPUS_MAX_OUTPUT`` bytes per record,
``CORPUS_MAX_MEMORY`` per worker (default 2 GiB) and the binary checks of
`cleaners.readers.decode` (`corpus_spiders.cleaning`). Stats:
``corpus/articles_emitted``, ``corpus/skipped/<reason>`` (too-short, unchanged,
duplicate, clean-error, clean-timeout, clean-memory, binary, empty, shutdown),
``corpus/degraded`` (pages over the time limit or that a cleaner failed on, written from the bare extraction,
``metadata.degraded``; `cleaners.run.clean`) and ``corpus/removed_chars/<cleaner>``.
"""
from __future__ import annotations

import logging
from typing import Any

import orjson
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from cleaners import config as corpus_config
from cleaners.chain import Chain
from cleaners.dedup import MODES, Signature
from cleaners.dedup_store import SqliteDedupStore
from cleaners.document import REMOVED_SAMPLE
from cleaners.errors import ConfigError
from cleaners.memory import DEFAULT_MAX_MEMORY, MEMORY_ERROR, parse_size
from cleaners.pipeline import Options
from cleaners.readers import DEFAULT_MAX_BYTES
from cleaners.run import DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT, Failure, Result, RunConfig, Task
from cleaners.stages import Drop, StageContext, StageList, build_stages
from cleaners.stages.dedup import SIGNATURE_KEY
from cleaners.workers import default_workers

from . import detect, frontier
from .cleaning.pool import CleaningPool
from .items import ArticlePage
from .shutdown import shutdown_requested

log = logging.getLogger(__name__)


class NotCleaned(DropItem):
    """A page the crawl fetched but could not clean (error, time limit, shutdown):
    under ``corpus ingest`` it is not recorded as fetched, so the next run tries it again."""

    def __init__(self, message: str, reason: str, fetched_url: str):
        super().__init__(message, log_level="INFO" if reason == "shutdown" else "ERROR")
        self.reason = reason
        self.fetched_url = fetched_url


def failure_reason(failure: Failure) -> str:
    """The ``corpus/skipped/<reason>`` of a page that was not cleaned."""
    if failure.error == "BinaryFile":
        return "binary"
    if failure.error == "EmptyFile":
        return "empty"
    if failure.error == MEMORY_ERROR:
        return "clean-memory"
    return {"timeout": "clean-timeout", "cancelled": "shutdown"}.get(failure.stage, "clean-error")


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


def removed_chars(settings: Any) -> int:
    """``CORPUS_REMOVED_CHARS``: characters of each cut a record's `removed` shows (0: all of it)."""
    chars = settings.getint("CORPUS_REMOVED_CHARS", REMOVED_SAMPLE)
    if chars < 0:
        raise ConfigError(f"CORPUS_REMOVED_CHARS must be 0 (the whole cut) or more, not {chars}")
    return chars


def run_config(settings: Any, profile: Any = None) -> RunConfig:
    """What a cleaning worker needs, from the crawl settings: the chain of ``corpus clean``
    under its per-document limits (``CORPUS_TIMEOUT``, ``DOWNLOAD_MAXSIZE``, ``CORPUS_MAX_OUTPUT``,
    ``CORPUS_MAX_MEMORY``)."""
    config = chain_config(settings, profile)
    chain = Chain.build(**config)   # a ConfigError stops the crawl before anything is fetched
    options = Options(comments=settings.getbool("CORPUS_COMMENTS", True),
                      max_bytes=settings.getint("DOWNLOAD_MAXSIZE") or DEFAULT_MAX_BYTES,
                      removed_chars=removed_chars(settings))
    try:
        max_memory = parse_size(settings.get("CORPUS_MAX_MEMORY", DEFAULT_MAX_MEMORY))
    except ValueError as exc:
        raise ConfigError(f"CORPUS_MAX_MEMORY: {exc}") from None
    run = RunConfig(orders=config["orders"], settings=config["settings"], options=options,
                    timeout=settings.getfloat("CORPUS_TIMEOUT", DEFAULT_TIMEOUT),
                    max_output=settings.getint("CORPUS_MAX_OUTPUT", DEFAULT_MAX_OUTPUT), max_memory=max_memory,
                    signature=True)     # the dedup signature is made in the worker, off the reactor
    log.info("cleaner chain: %s", ", ".join(chain.names))
    return run


def stage_list(settings: Any, run: Any = None, crawler: Any = None) -> tuple[StageList, StageContext | None]:
    """The engine's stages for this crawl: on the ingest run's state, on the shared crawl's
    (``CORPUS_REDIS_URL``: `corpus_spiders.frontier`), or on a temporary one."""
    stage_settings = {"min_chars": settings.getint("CORPUS_MIN_CHARS", 0), "removed_chars": removed_chars(settings)}
    if run is not None:
        return run.stages(stage_settings), None
    mode = settings.get("CORPUS_DEDUP") or "mark"
    if mode not in MODES:
        raise ConfigError(f"CORPUS_DEDUP must be one of {', '.join(MODES)}, not {mode!r}")
    if crawler is not None and frontier.enabled(settings):
        from .frontier.scheduler import crawl_state
        context = StageContext(dedup=crawl_state(crawler).dedup)
    else:
        context = StageContext(dedup=SqliteDedupStore.temporary())
    return build_stages({**stage_settings, "dedup": mode, "keep_unchanged": False, "id_keys": True}, context), context


class CorpusPipeline:
    def __init__(self, cleaning: CleaningPool, stages: StageList, stats: Any, context: StageContext | None = None,
                 min_chars: int = 0, run: Any = None):
        self.cleaning = cleaning
        self.min_chars = min_chars
        self.run = run             # under corpus ingest (an IngestRun): told which tentative pages are articles
        self.config = cleaning.config
        self.stages = stages
        self.context = context     # state this pipeline owns (a plain crawl's temporary dedup store)
        self.stats = stats
        self.stopping = False
        self.ledger: Any = None    # a shared crawl's EmitLedger (corpus_spiders.frontier)
        self.signed = stages.get("dedup") is not None   # the dedup stage takes the workers' signatures

    @classmethod
    def from_crawler(cls, crawler: Any) -> "CorpusPipeline":
        settings = crawler.settings
        if not settings.getbool("CORPUS_PIPELINE_ENABLED", True):
            raise NotConfigured("CORPUS_PIPELINE_ENABLED is off")
        config = run_config(settings, getattr(crawler.spider, "profile", None))
        workers = settings.get("CORPUS_WORKERS")
        cleaning = CleaningPool(config, default_workers() if workers in (None, "") else int(workers))
        log.info("cleaning in %s", f"{cleaning.workers} worker processes" if cleaning.workers else "the crawl process")
        run = getattr(crawler.spider, "ingest", None)
        stages, context = stage_list(settings, run, crawler)
        log.info("stages after the chain: %s", ", ".join(stages.names) or "none")
        pipeline = cls(cleaning, stages, crawler.stats, context, settings.getint("CORPUS_MIN_CHARS", 0), run)
        if context is not None and hasattr(context.dedup, "commit"):   # a shared crawl: written records commit
            from .frontier.feeds import EmitLedger
            pipeline.ledger = EmitLedger(context.dedup, crawler)
        crawler.signals.connect(pipeline.shutdown, signal=shutdown_requested)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.cleaning.start, signal=signals.spider_opened)   # workers ready early
        return pipeline

    def shutdown(self) -> None:
        """The crawl is stopping: cancel the cleaning under way, clean nothing more."""
        self.stopping = True
        cancelled = self.cleaning.cancel_all()
        if cancelled:
            log.info("cleaning of %d page(s) cancelled", cancelled)

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        self.cleaning.close()
        if self.context is not None and self.context.dedup is not None:
            self.context.dedup.close()

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        url = item.url
        task = Task(key=url, source=url, kind="html", data=item.body, url=url, content_type=item.content_type)
        result = await self.cleaning.clean(task) if not self.stopping else \
            Result(task, failure=Failure(url, "cancelled", "Cancelled", "the crawl is shutting down"))
        if result.failure is not None:
            reason = failure_reason(result.failure)
            self.stats.inc_value(f"corpus/skipped/{reason}")
            raise NotCleaned(f"cannot clean {url}: {result.failure.error}: {result.failure.message}",
                             reason, item.fetched_url)
        if result.degraded:        # over the time limit or a cleaner's error: bare trafilatura's record, not cleaned
            self.stats.inc_value("corpus/degraded")
            log.warning("not cleaned, written from the bare extraction (metadata.degraded): %s: %s", url, result.degraded)
            if self.run is not None:
                self.run.degraded(item.fetched_url)
        record = orjson.loads(result.line)
        if result.signature is not None and self.signed:
            record[SIGNATURE_KEY] = Signature.from_parts(*result.signature)
        if item.tentative:
            if not detect.chain_says_article(record, self.min_chars, item.signals):
                self.stats.inc_value("corpus/skipped/hub")
                raise DropItem(f"not an article (under {self.min_chars} chars once cleaned, or undated and not "
                               f"shaped like an article): {url}", log_level="DEBUG")
            if self.run is not None:
                self.run.article(item.fetched_url)
        try:
            record = self.stages.process(record)
        except Drop as drop:
            if drop.reason == "duplicate" and self.ledger is not None:
                self.ledger.dropped(record)
            self.stats.inc_value(f"corpus/skipped/{drop.reason}")
            raise DropItem(f"{drop} (fetched {item.fetched_url})",
                           log_level="INFO" if drop.reason == "too-short" else "DEBUG") from None
        for cut in record["removed"]:
            self.stats.inc_value(f"corpus/removed_chars/{cut['cleaner']}", cut["chars"])
        self.stats.inc_value("corpus/articles_emitted")
        return record
