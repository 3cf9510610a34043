"""One ``corpus ingest`` run: what its targets share (`Ingest`) and each target's
output file, staged state and counts (`TargetRun`).

After the cleaner chain, records go through the engine's stage list
(`cleaners.stages`: length gate, dedup, site boilerplate) built by `TargetRun.stages`
on the run's state: the dedup store in the state database (ids are keys across runs: an
unchanged page is left out, a changed one becomes the next version; its rows carry the
run's output file as a tag until the run commits) and the site statistics the
committed runs learned (this run's counts are staged for its commit). What the stages
let through is written by `TargetRun.emit`. The commit protocol: `corpus_spiders.ingest.store`.
"""
from __future__ import annotations

import os
import re
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaners import dedup
from cleaners.dedup_store import SqliteDedupStore
from cleaners.errors import ConfigError
from cleaners.learn import SiteStatsState, StagedParagraphs
from cleaners.stages import StageContext, StageList, build_stages
from cleaners.writers import dumps, fsync_dir, write_json_durable

from .policy import Policy
from .store import StateStore
from .targets import Target

# pages that could not be fetched or cleaned make a run fail; dead links (404, 410) do not
FAILURE_REASONS = re.compile(r"^corpus/skipped/(http-(?!404$|410$)\d+|download-error|clean-error|clean-timeout)$")
DEAD_LINKS = re.compile(r"^corpus/skipped/http-(404|410)$")


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
    """What all targets of one run share: state, dedup mode, policy, run id."""

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
        # per-site paragraph statistics of the committed runs: what the site-boilerplate
        # stage judges by (read-only during the run; its counts are added when it commits)
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


@dataclass
class Counts:
    emitted: int = 0
    not_modified: int = 0
    degraded: int = 0
    not_due: Counter = field(default_factory=Counter)
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
        self.docs: dict[str, list[Any]] = {}
        self.paragraphs = StagedParagraphs()     # this run's counts for the site statistics
        self.stage_list: StageList | None = None
        self.crawler: Any = None                 # the Scrapy crawler of this target, once it runs
        self.counts = Counts()
        self.started = time.time()
        self.done = False

    def stages(self, settings: dict[str, Any]) -> StageList:
        """The engine's stage list on this run's state (ids are keys across runs, whatever ``--dedup``)."""
        context = StageContext(dedup=SqliteDedupStore(self.ingest.store.db, tag=str(self.final)),
                               site_stats=SiteStatsState(self.ingest.site_stats, self.paragraphs))
        self.stage_list = build_stages({**settings, "dedup": self.ingest.mode, "keep_unchanged": False,
                                        "id_keys": True}, context)
        return self.stage_list

    def attach(self, crawler: Any) -> None:
        self.crawler = crawler

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

    def degraded(self, fetched_url: str) -> None:
        """A page written from the bare extraction (``metadata.degraded``): its validators are not kept,
        so when it is due again it is fetched whole and cleaned, not answered 304 and left as it was."""
        self.counts.degraded += 1
        if fetched_url in self.urls:
            self.urls[fetched_url][4:6] = [None, None]

    def not_due(self, url: str) -> None:
        self.counts.not_due[self.ingest.kind_of(url) or "unknown"] += 1

    # -- from the item pipelines -----------------------------------------------------------
    def article(self, fetched_url: str) -> None:
        self.articles.add(fetched_url)
        if fetched_url in self.urls:
            self.urls[fetched_url][1] = "article"

    def emit(self, record: dict[str, Any]) -> dict[str, Any]:
        """Write a record the stages let through (new, or a new version of a page)."""
        now = time.time()
        meta = record["metadata"]
        earlier = self.docs.get(record["id"]) or self.ingest.store.doc(record["id"])
        first = (earlier[4] if isinstance(earlier, list) else earlier.first_emitted) if earlier else now
        self.docs[record["id"]] = [record["id"], record.get("url"), dedup.exact_hash(record["body"]),
                                   meta.get("version") or 1, first, now, self.final.name, meta.get("cluster"),
                                   meta.get("duplicate_of")]
        self.fh.write(dumps(record))
        self.records += 1
        self.counts.emitted += 1
        for cut in record.get("removed", []):
            self.counts.removed_chars[cut["cleaner"]] += cut["chars"]
        return record

    # -- the end ------------------------------------------------------------------------------
    def manifest(self, crawl_stats: dict[str, Any], reason: str) -> dict[str, Any]:
        failures = {m.group(1): int(v) for k, v in crawl_stats.items() if (m := FAILURE_REASONS.match(k))}
        skipped = {k.removeprefix("corpus/skipped/"): int(v) for k, v in crawl_stats.items()
                   if k.startswith("corpus/skipped/")}
        summary = self.stage_list.summary().get("dedup", {}) if self.stage_list is not None else {}
        c = self.counts
        exact, near, same = summary.get("exact", 0), summary.get("near", 0), summary.get("unchanged", 0)
        mode = self.ingest.mode
        return {
            "target": self.target.spec, "run_id": self.ingest.run_id,
            "start": _iso(self.started), "end": _iso(time.time()),
            "file": self.final.name if self.records else None, "records": self.records,
            "pages_fetched": int(crawl_stats.get("corpus/pages_fetched", 0)) + c.not_modified,
            "emitted": c.emitted, "degraded": c.degraded,
            "unchanged": same + c.not_modified,
            "unchanged_detail": {"not_modified": c.not_modified, "same_body": same},
            "not_due": dict(c.not_due),
            "failed": sum(failures.values()), "failures": failures,
            "dead_links": sum(int(v) for k, v in crawl_stats.items() if DEAD_LINKS.match(k)),
            "skipped": skipped,
            "dedup": {"mode": mode, "exact": exact, "near": near, "marked": (exact + near) if mode == "mark" else 0,
                      "dropped": summary.get("dropped", 0)},
            "removed_chars": dict(c.removed_chars.most_common()),
            "finish_reason": reason,
        }

    def finish(self, crawl_stats: dict[str, Any], reason: str) -> dict[str, Any]:
        """Make the file durable, then commit the state (see `corpus_spiders.ingest.store`)."""
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
        payload = {"urls": list(self.urls.values()), "docs": list(self.docs.values()),
                   "paragraphs": self.paragraphs.rows}
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
