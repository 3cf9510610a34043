"""``corpus ingest``: scheduled, incremental, crash-safe and deduplicated crawling.

    corpus ingest TARGET... [--state state/] [--output output/] [--dedup mark|drop|off] [-s NAME=VALUE]

Each TARGET is a start URL or a site profile name; all targets run the ``articles``
spider (the code path of ``scrapy crawl``) in one Scrapy ``CrawlerProcess``. The
Scrapy side (`corpus_spiders.state`) asks this module which requests are due and
with which conditional headers, and hands every cleaned record to `TargetRun.offer`.
State, lock and the commit protocol: `cleaners.state`. Dedup: `cleaners.dedup`.

Output per target and run: ``OUTPUT/YYYY/MM/DD/<target>-<run id>.jsonl`` (no file
when nothing was emitted) and ``<target>-<run id>.manifest.json``.

Exit codes: 0 ok, 1 some pages failed, 2 usage error, 75 another run holds the lock.

This module imports Scrapy only inside `run_crawl`.
"""
from __future__ import annotations

import argparse
import base64
import logging
import os
import re
import secrets
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from . import dedup, learn
from .boilerplate import sample_of
from .errors import ConfigError
from .state import Locked, Lock, StateStore, UrlState, ensure_private_dir, fsync_dir, write_json_durable

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
DEFAULT_STATE = "state"
DEFAULT_OUTPUT = "output"
FAILURE_REASONS = re.compile(r"^corpus/skipped/(http-\d+|download-error|clean-error|clean-timeout)$")

log = logging.getLogger("corpus.ingest")


# -- re-visit policy ----------------------------------------------------------------

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


# -- targets --------------------------------------------------------------------------

def slugify(text: str, limit: int = 60) -> str:
    """A file-name-safe slug: lowercase ASCII letters, digits and single dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")
    return slug or "target"


@dataclass(frozen=True)
class Target:
    spec: str            # as given on the command line
    kind: str            # url | profile
    slug: str

    def spider_kwargs(self) -> dict[str, str]:
        return {"start_urls": self.spec} if self.kind == "url" else {"profile": self.spec}


def parse_targets(specs: list[str]) -> list[Target]:
    from corpus_spiders.profile import ProfileError, load as load_profile   # no Scrapy import
    targets: list[Target] = []
    slugs: Counter[str] = Counter()
    for spec in specs:
        parts = urlsplit(spec)
        if parts.scheme in ("http", "https"):
            if not parts.hostname:
                raise ConfigError(f"target {spec!r}: no host name")
            host = parts.hostname.removeprefix("www.")
            base = slugify(f"{host}-{parts.port}" if parts.port else host)
            path = slugify(parts.path, 30) if parts.path.strip("/") else ""
            kind, slug = "url", f"{base}-{path}" if path != "" and path != "target" else base
        elif "://" in spec:
            raise ConfigError(f"target {spec!r}: only http(s) URLs or profile names")
        else:
            try:
                load_profile(spec)
            except ProfileError as exc:
                raise ConfigError(f"target {spec!r}: {exc}") from None
            kind, slug = "profile", slugify(Path(spec).stem if spec.endswith(".toml") else spec)
        slugs[slug] += 1
        if slugs[slug] > 1:
            slug = f"{slug}-{slugs[slug]}"
        targets.append(Target(spec, kind, slug))
    return targets


# -- one run over all targets ----------------------------------------------------------

def new_run_id(started: float) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(started)) + "-" + secrets.token_hex(3)


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def inside(base: Path, path: Path) -> Path:
    """``path`` resolved, refusing anything outside ``base``."""
    resolved = path.resolve()
    if not resolved.is_relative_to(base.resolve()):
        raise ConfigError(f"{path} is outside {base}")
    return resolved


class Ingest:
    """What all targets of one run share: state, dedup index, policy, run id."""

    def __init__(self, store: StateStore, output: Path, mode: str = "mark", policy: Policy | None = None,
                 started: float | None = None, run_id: str | None = None):
        if mode not in dedup.MODES:
            raise ConfigError(f"--dedup must be one of {', '.join(dedup.MODES)}")
        self.store = store
        self.output = Path(output)
        self.mode = mode
        self.policy = policy or Policy()
        self.started = started if started is not None else time.time()
        self.run_id = run_id or new_run_id(self.started)
        self.index = dedup.DedupIndex()
        if mode != "off":
            for doc_id, exact, size, blob, cluster in store.dedup_rows():
                self.index.add(doc_id, dedup.Signature.from_parts(exact, size, blob), cluster)
        self.overlay: dict[str, tuple[str, int, float]] = {}   # id -> (hash, version, first emitted): this run
        # per-site paragraph statistics of the committed runs, for the site_boilerplate cleaner
        # (read-only during the run; the run's new records are added when it commits)
        self.site_stats = store.site_stats()
        self.runs: list[TargetRun] = []
        day = time.gmtime(self.started)
        self.day_dir = self.output / f"{day.tm_year:04d}" / f"{day.tm_mon:02d}" / f"{day.tm_mday:02d}"

    def open_target(self, target: Target) -> "TargetRun":
        run = TargetRun(self, target)
        self.runs.append(run)
        return run

    def request(self, url: str, start: bool, now: float | None = None) -> tuple[bool, dict[str, str]]:
        """Whether to fetch ``url`` now, and the conditional headers to send."""
        now = time.time() if now is None else now
        row = self.store.url(url)
        if not self.policy.due(row, now, start):
            return False, {}
        headers = {}
        if row is not None and row.kind == "article":
            if row.etag:
                headers["If-None-Match"] = row.etag
            if row.last_modified:
                headers["If-Modified-Since"] = row.last_modified
        return True, headers

    def kind_of(self, url: str) -> str | None:
        row = self.store.url(url)
        return row.kind if row else None

    def cleaner_settings(self) -> dict[str, Any]:
        """Cleaner settings the crawl adds to its chain: the learned site statistics."""
        return {"site_stats": self.site_stats} if self.site_stats.sites else {}


@dataclass
class Counts:
    emitted: int = 0
    same_body: int = 0
    not_modified: int = 0
    not_due: Counter = field(default_factory=Counter)
    exact: int = 0
    near: int = 0
    dropped: int = 0
    removed_chars: Counter = field(default_factory=Counter)


class TargetRun:
    """One target in one run: its output file, its staged state changes, its counts."""

    def __init__(self, ingest: Ingest, target: Target):
        self.ingest = ingest
        self.target = target
        self.name = f"{target.slug}-{ingest.run_id}"
        self.day_dir = ingest.day_dir
        self.day_dir.mkdir(parents=True, exist_ok=True)
        self.final = inside(ingest.output, self.day_dir / f"{self.name}.jsonl")
        self.manifest_path = inside(ingest.output, self.day_dir / f"{self.name}.manifest.json")
        self.tmp = inside(ingest.output, self.day_dir / f".{self.name}.jsonl.tmp")
        ingest.store.begin_file(self.final, self.tmp, self.manifest_path)
        fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        self.fh = os.fdopen(fd, "wb")
        self.records = 0
        self.urls: dict[str, list[Any]] = {}
        self.articles: set[str] = set()
        self.docs: list[list[Any]] = []
        self.dedup_rows: list[list[Any]] = []
        self.paragraphs: list[list[Any]] = []     # [site, paragraphs] of each new document, for site_stats
        self.counts = Counts()
        self.started = time.time()
        self.done = False

    # -- from the downloader middleware ------------------------------------------------
    def fetched(self, url: str, html: bool, status: int, etag: str | None, last_modified: str | None) -> None:
        now = time.time()
        row = self.ingest.store.url(url)
        kind = "article" if url in self.articles else ("hub" if html else "other")
        self.urls[url] = [url, kind, row.first_seen if row else now, now, etag, last_modified, status]

    def not_modified(self, url: str) -> None:
        now = time.time()
        row = self.ingest.store.url(url)
        self.counts.not_modified += 1
        if row is not None:
            self.urls[url] = [url, row.kind, row.first_seen, now, row.etag, row.last_modified, 304]

    def forget(self, url: str) -> None:
        """A page fetched but not cleaned: left as it was in the state (fetched again next run)."""
        self.urls.pop(url, None)
        self.articles.discard(url)

    def not_due(self, url: str) -> None:
        self.counts.not_due[self.ingest.kind_of(url) or "unknown"] += 1

    # -- from the item pipelines -----------------------------------------------------------
    def article(self, fetched_url: str) -> None:
        self.articles.add(fetched_url)
        if fetched_url in self.urls:
            self.urls[fetched_url][1] = "article"

    def offer(self, record: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
        """The record to emit (with version and dedup verdict), or None and why not."""
        ingest = self.ingest
        doc_id, body = record["id"], record["body"]
        digest = dedup.exact_hash(body)
        if doc_id in ingest.overlay:
            prev_hash, prev_version, first = ingest.overlay[doc_id]
        else:
            prev = ingest.store.doc(doc_id)
            prev_hash, prev_version, first = (prev.hash, prev.version, prev.first_emitted) if prev else (None, 0, None)
        if prev_hash == digest:
            self.counts.same_body += 1
            return None, "unchanged"
        now = time.time()
        version = prev_version + 1
        meta = record["metadata"]
        meta["version"] = version
        verdict = None
        if ingest.mode != "off":
            sig = dedup.signature(body)
            verdict = ingest.index.see(doc_id, sig)
            self.dedup_rows.append([doc_id, sig.exact, sig.size, base64.b64encode(sig.to_bytes()).decode("ascii"),
                                    verdict.cluster])
            if verdict.kind == "exact":
                self.counts.exact += 1
            elif verdict.kind == "near":
                self.counts.near += 1
        meta["duplicate_of"] = verdict.duplicate_of if verdict else None
        meta["cluster"] = verdict.cluster if verdict else None
        ingest.overlay[doc_id] = (digest, version, first or now)
        dropped = verdict is not None and verdict.duplicate and ingest.mode == "drop"
        self.docs.append([doc_id, record.get("url"), digest, version, first or now, now,
                          None if dropped else self.final.name, meta["cluster"], meta["duplicate_of"]])
        if dropped:
            self.counts.dropped += 1
            return None, "duplicate"
        if prev_version == 0:   # a new document (not a changed one): its paragraphs are counted once
            site = learn.record_site(record)
            if site:
                self.paragraphs.append([site, [sample_of(p) for p in learn.paragraphs_before(record)]])
        from .writers import dumps
        self.fh.write(dumps(record))
        self.records += 1
        self.counts.emitted += 1
        for cut in record.get("removed", []):
            self.counts.removed_chars[cut["cleaner"]] += cut["chars"]
        return record, "emitted"

    # -- the end ------------------------------------------------------------------------------
    def manifest(self, crawl_stats: dict[str, Any], reason: str) -> dict[str, Any]:
        failures = {m.group(1): int(v) for k, v in crawl_stats.items() if (m := FAILURE_REASONS.match(k))}
        skipped = {k.removeprefix("corpus/skipped/"): int(v) for k, v in crawl_stats.items()
                   if k.startswith("corpus/skipped/")}
        c = self.counts
        return {
            "target": self.target.spec, "run_id": self.ingest.run_id,
            "start": _iso(self.started), "end": _iso(time.time()),
            "file": self.final.name if self.records else None, "records": self.records,
            "pages_fetched": int(crawl_stats.get("corpus/pages_fetched", 0)) + c.not_modified,
            "emitted": c.emitted,
            "unchanged": c.same_body + c.not_modified,
            "unchanged_detail": {"not_modified": c.not_modified, "same_body": c.same_body},
            "not_due": dict(c.not_due),
            "failed": sum(failures.values()), "failures": failures, "skipped": skipped,
            "dedup": {"mode": self.ingest.mode, "exact": c.exact, "near": c.near,
                      "marked": (c.exact + c.near) if self.ingest.mode == "mark" else 0, "dropped": c.dropped},
            "removed_chars": dict(c.removed_chars.most_common()),
            "finish_reason": reason,
        }

    def finish(self, crawl_stats: dict[str, Any], reason: str) -> dict[str, Any]:
        """Make the file durable, then commit the state (see `cleaners.state`)."""
        if self.done:
            return self.last_manifest
        store = self.ingest.store
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        manifest = self.manifest(crawl_stats, reason)
        for url in self.articles:              # articles dropped after fetching (too short...) are not marked
            if url in self.urls:
                self.urls[url][1] = "article"
        payload = {"urls": list(self.urls.values()), "docs": self.docs, "dedup": self.dedup_rows,
                   "paragraphs": self.paragraphs}
        store.stage(self.final, payload, manifest)
        if self.records:
            os.chmod(self.tmp, 0o644)
            os.replace(self.tmp, self.final)
            fsync_dir(self.day_dir)
        else:
            self.tmp.unlink()
        write_json_durable(self.manifest_path, manifest)
        store.apply(self.final)
        self.done = True
        self.last_manifest = manifest
        return manifest

    def abort(self) -> None:
        """A target whose crawl never ran: nothing is committed."""
        if self.done:
            return
        self.fh.close()
        if self.tmp.exists():
            self.tmp.unlink()
        self.ingest.store.discard(self.final)
        self.done = True


# -- the crawl (Scrapy imported here only) --------------------------------------------------

INGEST_MIDDLEWARE = "corpus_spiders.state.IngestDownloaderMiddleware"
INGEST_PIPELINES = {"corpus_spiders.state.IngestArticles": 250, "corpus_spiders.state.IngestPipeline": 400}


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
    from corpus_spiders.spiders.articles import ArticlesSpider

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


# -- the command ---------------------------------------------------------------------------

def add_parser(sub: Any) -> argparse.ArgumentParser:
    ingest = sub.add_parser("ingest", help="crawl targets incrementally for cron (state, dedup, manifests)",
                            description="Crawl each TARGET (start URL or profile name) with the articles spider; "
                                        "emit only new or changed articles. Exit codes: 0 ok, 1 some pages failed, "
                                        "2 usage, 75 another run holds the lock.")
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
                run.abort()
                failed = True
                continue
            manifest = run.last_manifest
            stopped = manifest["finish_reason"] == "shutdown"   # SIGTERM / Ctrl-C: what was done is committed
            failed = failed or manifest["failed"] > 0 or stopped
            if not args.quiet:
                where = run.final if manifest["records"] else "no new records"
                print(f"corpus: ingest: {run.target.spec}: {manifest['emitted']} emitted, {manifest['unchanged']} "
                      f"unchanged, {manifest['failed']} failed, {manifest['dedup']['exact'] + manifest['dedup']['near']}"
                      f" duplicates -> {where}" + ("; stopped before the end" if stopped else ""), file=sys.stderr)
        for error in errors:
            print(f"corpus: ingest: error: {error}", file=sys.stderr)
        store.close()
        return EXIT_FAILED if failed else EXIT_OK
    finally:
        lock.release()
