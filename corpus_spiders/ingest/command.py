"""``corpus ingest``: scheduled, incremental, crash-safe and deduplicated crawling.

    corpus ingest TARGET... [--state state/] [--output output/] [--dedup mark|drop|off] [-s NAME=VALUE]

Each TARGET is a start URL or a site profile name; all targets run the ``articles``
spider (the code path of ``scrapy crawl``) in one Scrapy ``CrawlerProcess``. Registered
as a ``corpus`` subcommand through the ``corpus.commands`` entry point group; Scrapy is
imported only when the command runs (`run_crawl`), so ``corpus --help`` never loads it.

Output per target and run: ``OUTPUT/YYYY/MM/DD/<target>-<run id>.jsonl`` (no file
when nothing was emitted) and ``<target>-<run id>.manifest.json``.

Exit codes: 0 ok (dead links, 404/410, are counted, not failures), 1 some pages could
not be fetched (5xx after retries, network errors) or cleaned, a start URL failed, or
the run was stopped by a signal; 2 usage error; 75 another run holds the lock.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from cleaners import dedup
from cleaners.errors import ConfigError

from .policy import Policy
from .run import Ingest
from .lock import Lock, Locked, ensure_private_dir
from .store import StateStore
from .targets import Target, parse_targets

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
DEFAULT_STATE = "state"
DEFAULT_OUTPUT = "output"
INGEST_MIDDLEWARE = "corpus_spiders.ingest.middleware.IngestDownloaderMiddleware"
INGEST_PIPELINES = {"corpus_spiders.ingest.middleware.IngestArticles": 250,
                    "corpus_spiders.ingest.middleware.IngestPipeline": 400}


def parse_overrides(values: list[str] | None) -> dict[str, str]:
    out = {}
    for value in values or []:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"-s {value!r}: expected NAME=VALUE")
        out[name.strip()] = setting
    return out


def scrapy_settings(overrides: dict[str, str], verbose: int) -> Any:
    from scrapy.settings import Settings
    settings = Settings()
    settings.setmodule("corpus_spiders.settings", priority="project")
    settings.set("LOG_LEVEL", ("WARNING", "INFO", "DEBUG")[min(verbose, 2)], priority="cmdline")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    middlewares.setdefault(INGEST_MIDDLEWARE, 650)
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="cmdline")
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    for name, order in INGEST_PIPELINES.items():
        pipelines.setdefault(name, order)
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")
    return settings


def run_crawl(ingest: Ingest, targets: list[Target], settings: Any) -> list[str]:
    """All targets in one CrawlerProcess; returns errors of crawls that could not run."""
    from scrapy.crawler import CrawlerProcess

    from ..spiders.articles import ArticlesSpider

    for handler in list(logging.root.handlers):   # Scrapy's handler (LOG_LEVEL) is the only one
        logging.root.removeHandler(handler)
    process = CrawlerProcess(settings)
    errors: list[str] = []
    for target in targets:
        run = ingest.open_target(target)
        deferred = process.crawl(ArticlesSpider, ingest=run, **target.spider_kwargs())

        def failed(failure, target=target):
            errors.append(f"{target.spec}: {failure.getErrorMessage()}")
        deferred.addErrback(failed)
    process.start()
    return errors


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the ``ingest`` command (entry point of the ``corpus.commands`` group)."""
    ingest = sub.add_parser("ingest", help="crawl targets incrementally for cron (state, dedup, manifests)",
                            description="Crawl each TARGET (start URL or profile name) with the articles spider; "
                                        "emit only new or changed articles. Exit codes: 0 ok, 1 some pages could not "
                                        "be fetched or cleaned (dead links are only counted), 2 usage, 75 another "
                                        "run holds the lock.")
    ingest.add_argument("targets", nargs="+", metavar="TARGET", help="start URL (http/https) or site profile name")
    ingest.add_argument("--state", default=DEFAULT_STATE, metavar="DIR", help=f"state directory (default {DEFAULT_STATE}/)")
    ingest.add_argument("--output", default=DEFAULT_OUTPUT, metavar="DIR",
                        help=f"output directory (default {DEFAULT_OUTPUT}/): DIR/YYYY/MM/DD/<target>-<run id>.jsonl")
    ingest.add_argument("--dedup", choices=dedup.MODES, default="mark",
                        help="duplicates (exact and near, across runs): mark (default), drop, off")
    ingest.add_argument("--warc-dir", metavar="DIR",
                        help="also write every response fetched to gzip WARC files in DIR (CORPUS_WARC_DIR)")
    ingest.add_argument("--config", metavar="FILE",
                        help="pyproject.toml with [tool.corpus] for the cleaner chain (CORPUS_CONFIG; default ./pyproject.toml)")
    ingest.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", dest="settings",
                        help="Scrapy/corpus setting, as with scrapy crawl -s")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    ingest.set_defaults(handler=cmd_ingest)
    return ingest


def cmd_ingest(args: argparse.Namespace) -> int:
    overrides = parse_overrides(args.settings)
    if getattr(args, "warc_dir", None):
        overrides["CORPUS_WARC_DIR"] = args.warc_dir
    if getattr(args, "config", None):
        overrides["CORPUS_CONFIG"] = args.config
    targets = parse_targets(args.targets)
    state_dir = Path(args.state)
    output = Path(args.output)
    try:
        ensure_private_dir(state_dir)
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(str(exc)) from None
    try:
        lock = Lock(state_dir).acquire()
    except Locked as exc:
        print(f"corpus: ingest: {exc}; exiting", file=sys.stderr)
        return EXIT_LOCKED
    try:
        store = StateStore(state_dir)
        for note in store.recover():
            print(f"corpus: ingest: {note}", file=sys.stderr)
        settings = scrapy_settings(overrides, getattr(args, "verbose", 0))
        policy = Policy.from_settings(lambda name, default: settings.getfloat(name, default))
        ingest = Ingest(store, output, args.dedup, policy)
        errors = run_crawl(ingest, targets, settings)
        failed = bool(errors)
        for run in ingest.runs:
            if not run.done:
                if run.crawler is None:    # the crawl never started: nothing to commit
                    run.abort()
                    failed = True
                    continue
                run.finish(dict(run.crawler.stats.get_stats()), "shutdown")   # stopped by force: keep what is done
            failed = _report(run, args.quiet) or failed
        for error in errors:
            print(f"corpus: ingest: error: {error}", file=sys.stderr)
        store.close()
        return EXIT_FAILED if failed else EXIT_OK
    finally:
        lock.release()


def _report(run: Any, quiet: bool) -> bool:
    """Print a target's summary; returns whether it failed."""
    manifest = run.last_manifest
    stopped = manifest["finish_reason"] == "shutdown"   # SIGTERM / Ctrl-C: what was done is committed
    if not quiet:
        where = run.final if manifest["records"] else "no new records"
        dead = f", {manifest['dead_links']} dead links" if manifest["dead_links"] else ""
        degraded = f", {manifest['degraded']} not cleaned (metadata.degraded)" if manifest.get("degraded") else ""
        print(f"corpus: ingest: {run.target.spec}: {manifest['emitted']} emitted{degraded}, {manifest['unchanged']} "
              f"unchanged, {manifest['failed']} failed{dead}, "
              f"{manifest['dedup']['exact'] + manifest['dedup']['near']} duplicates -> {where}"
              + ("; stopped before the end" if stopped else ""), file=sys.stderr)
    return manifest["failed"] > 0 or stopped
