"""The state of scheduled ingestion (``corpus ingest --state DIR``): SQLite, a lock,
and the commit protocol that makes a killed run lose nothing and emit nothing twice.

Files in the state directory (created 0700; files 0600):

* ``ingest.lock`` — held with ``flock`` for the whole run; a second run exits at once.
* ``ingest.sqlite3`` — tables ``urls`` (every URL fetched: kind, first seen, last
  fetch, ETag, Last-Modified, status), ``docs`` (every record emitted: id, URL, hash
  of the normalised body, version, file, cluster), ``dedup_docs`` / ``dedup_bands``
  (the dedup state of `cleaners.dedup_store`: every page seen, its version, exact hash,
  MinHash and cluster, and the LSH buckets), ``site_stats`` (per site, the paragraph
  statistics of `cleaners.boilerplate.ParagraphStats`: documents counted, epsilon, and
  the lossy-counting entries as JSON ``{key: [count, delta, edge, sample]}``) and
  ``pending`` (the commit log).

Commit protocol, per output file (one per target and run):

1. records go to a temporary file beside the final name; ``pending`` gets a row
   (state ``writing``) naming both; the dedup rows the run adds as it goes carry the
   final name as their ``tag``;
2. the file is fsynced; the state changes of the run (URLs, docs, paragraph counts)
   and the manifest are stored in the ``pending`` row (state ``written``), committed;
3. the file is renamed to its final name and the directory fsynced; the manifest is
   written the same way;
4. the staged changes are applied to ``urls``/``docs``/``site_stats``, the run's dedup
   rows untagged and the ``pending`` row deleted, in one transaction (so a document's
   paragraphs are counted exactly once, even when a killed run's commit is finished by
   the next run).

`StateStore.recover` (run under the lock before anything else) finishes what a
killed run left: a ``written`` row whose file (or manifest) reached its final name
is applied (the records are in the corpus), any other row is rolled back: its
temporary file and its tagged dedup rows deleted (its pages were never committed, so
the next run fetches and emits them again).

Commits of the protocol are durable (``synchronous=FULL``); the dedup rows a run adds
as it goes are written without a sync of their own (``NORMAL``, WAL): the next durable
commit syncs them too, and until then they are tagged, so a crash loses nothing that
counts. A state directory of schema 1 (dedup index in one ``dedup`` table) is migrated
when it is opened.
"""
from __future__ import annotations

import errno
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from cleaners import dedup
from cleaners.boilerplate import Entry, ParagraphStats, SiteCounter, Thresholds
from cleaners.dedup_store import SCHEMA as DEDUP_SCHEMA, SqliteDedupStore
from cleaners.writers import write_json_durable

from .lock import ensure_private_dir, private_file

DB_NAME = "ingest.sqlite3"
SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, kind TEXT NOT NULL, first_seen REAL NOT NULL, last_fetch REAL NOT NULL,
    etag TEXT, last_modified TEXT, status INTEGER);
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY, url TEXT, hash TEXT NOT NULL, version INTEGER NOT NULL,
    first_emitted REAL NOT NULL, last_emitted REAL NOT NULL, file TEXT,
    cluster TEXT, duplicate_of TEXT);
CREATE TABLE IF NOT EXISTS pending (
    file TEXT PRIMARY KEY, tmp TEXT NOT NULL, manifest TEXT NOT NULL, state TEXT NOT NULL,
    payload TEXT, manifest_data TEXT);
CREATE TABLE IF NOT EXISTS site_stats (
    site TEXT PRIMARY KEY, docs INTEGER NOT NULL, epsilon REAL NOT NULL, entries TEXT NOT NULL);
"""


@dataclass(frozen=True)
class UrlState:
    url: str
    kind: str
    first_seen: float
    last_fetch: float
    etag: str | None
    last_modified: str | None
    status: int | None


@dataclass(frozen=True)
class DocState:
    id: str
    url: str | None
    hash: str
    version: int
    first_emitted: float
    last_emitted: float
    file: str | None
    cluster: str | None
    duplicate_of: str | None


class StateStore:
    def __init__(self, directory: str | os.PathLike):
        self.directory = ensure_private_dir(Path(directory))
        self.path = self.directory / DB_NAME
        if self.path.is_symlink():
            raise OSError(errno.ELOOP, f"{self.path} is a symbolic link; refusing to open it")
        private_file(self.path)
        old_umask = os.umask(0o077)   # the -wal and -shm files too
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            self.db.executescript(DEDUP_SCHEMA)
        finally:
            os.umask(old_umask)
        self.dedup = SqliteDedupStore(self.db)
        self._migrate()

    def _migrate(self) -> None:
        """Schema 1 kept the dedup index in one ``dedup`` table (one row per id, 64-bit
        MinHash values) and versions in ``docs``: move them to the dedup store."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        old = self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'dedup'").fetchone()
        with self.transaction() as db:
            if old:
                versions = dict(db.execute("SELECT id, version FROM docs"))
                index = dedup.DedupIndex(self.dedup)
                indexed = set()
                for doc_id, exact, size, blob, cluster in db.execute(
                        "SELECT id, exact, size, sig, cluster FROM dedup ORDER BY rowid").fetchall():
                    seq = index.observe(doc_id, dedup.Signature.from_parts(exact, size, blob),
                                        versions.get(doc_id, 1))
                    self.dedup.set_cluster(seq, cluster)
                    indexed.add(doc_id)
                for doc_id, digest, version, cluster in db.execute(
                        "SELECT id, hash, version, cluster FROM docs ORDER BY first_emitted").fetchall():
                    if doc_id not in indexed:   # emitted with --dedup off: its id and version only
                        seq = self.dedup.add(doc_id, dedup.Signature(digest, 0, dedup.EMPTY_VALUES), version, False)
                        self.dedup.set_cluster(seq, cluster or doc_id)
                db.execute("DROP TABLE dedup")
            if row is None or int(row[0]) < SCHEMA_VERSION:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A durable transaction (synced at commit, with everything written before it)."""
        self.db.execute("PRAGMA synchronous=FULL")
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        finally:
            self.db.execute("PRAGMA synchronous=NORMAL")

    # -- reads ---------------------------------------------------------------------
    def url(self, url: str) -> UrlState | None:
        row = self.db.execute("SELECT url, kind, first_seen, last_fetch, etag, last_modified, status "
                              "FROM urls WHERE url = ?", (url,)).fetchone()
        return UrlState(*row) if row else None

    def doc(self, doc_id: str) -> DocState | None:
        row = self.db.execute("SELECT id, url, hash, version, first_emitted, last_emitted, file, cluster, "
                              "duplicate_of FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return DocState(*row) if row else None

    def counts(self) -> dict[str, int]:
        return {table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("urls", "docs", "dedup_docs", "pending", "site_stats")}

    def site_stats(self, thresholds: Thresholds | None = None) -> ParagraphStats:
        """The per-site paragraph statistics learned by the committed runs."""
        stats = ParagraphStats(thresholds or Thresholds())
        for site, docs, epsilon, entries in self.db.execute(
                "SELECT site, docs, epsilon, entries FROM site_stats ORDER BY site"):
            counter = _counter(docs, epsilon, entries)
            stats.sites[site] = counter
            stats.entries += len(counter.entries)
        return stats

    # -- the commit protocol ---------------------------------------------------------
    def begin_file(self, final: Path, tmp: Path, manifest: Path) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO pending (file, tmp, manifest, state) VALUES (?, ?, ?, 'writing')",
                       (str(final), str(tmp), str(manifest)))

    def stage(self, final: Path, payload: dict[str, Any], manifest: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute("UPDATE pending SET state = 'written', payload = ?, manifest_data = ? WHERE file = ?",
                       (json.dumps(payload), json.dumps(manifest), str(final)))

    def apply(self, final: Path) -> None:
        row = self.db.execute("SELECT payload FROM pending WHERE file = ? AND state = 'written'",
                              (str(final),)).fetchone()
        with self.transaction() as db:
            if row:
                self._apply_payload(db, json.loads(row[0]))
            self.dedup.commit_tag(str(final))
            db.execute("DELETE FROM pending WHERE file = ?", (str(final),))

    def discard(self, final: Path) -> None:
        with self.transaction() as db:
            self.dedup.discard_tag(str(final))
            db.execute("DELETE FROM pending WHERE file = ?", (str(final),))

    @staticmethod
    def _apply_payload(db: sqlite3.Connection, payload: dict[str, Any]) -> None:
        db.executemany(
            "INSERT INTO urls (url, kind, first_seen, last_fetch, etag, last_modified, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, "
            "first_seen = MIN(urls.first_seen, excluded.first_seen), last_fetch = excluded.last_fetch, "
            "etag = excluded.etag, last_modified = excluded.last_modified, status = excluded.status",
            payload.get("urls", []))
        db.executemany(
            "INSERT INTO docs (id, url, hash, version, first_emitted, last_emitted, file, cluster, duplicate_of) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET url = excluded.url, "
            "hash = excluded.hash, version = excluded.version, last_emitted = excluded.last_emitted, "
            "file = excluded.file, cluster = excluded.cluster, duplicate_of = excluded.duplicate_of",
            payload.get("docs", []))
        by_site: dict[str, list[list[str]]] = {}
        for site, paragraphs in payload.get("paragraphs", []):
            by_site.setdefault(site, []).append(paragraphs)
        for site, documents in by_site.items():
            row = db.execute("SELECT docs, epsilon, entries FROM site_stats WHERE site = ?", (site,)).fetchone()
            counter = _counter(*row) if row else SiteCounter()
            for paragraphs in documents:
                counter.add([p for p in paragraphs if p.strip()])
            db.execute("INSERT OR REPLACE INTO site_stats (site, docs, epsilon, entries) VALUES (?, ?, ?, ?)",
                       (site, counter.docs, counter.epsilon, json.dumps(
                           {str(k): [e.count, e.delta, e.edge, e.sample] for k, e in counter.entries.items()},
                           ensure_ascii=False)))

    def recover(self) -> list[str]:
        """Finish or roll back what a killed run left; returns what was done, for the log."""
        notes = []
        rows = self.db.execute("SELECT file, tmp, manifest, state, manifest_data FROM pending").fetchall()
        for file, tmp, manifest, state, manifest_data in rows:
            final, tmp_path, manifest_path = Path(file), Path(tmp), Path(manifest)
            if state == "written" and (final.exists() or manifest_path.exists()):
                # (a run that emitted no record has no file: its manifest alone marks it written)
                if not manifest_path.exists() and manifest_data:
                    write_json_durable(manifest_path, json.loads(manifest_data))
                self.apply(final)
                notes.append(f"completed the commit of {final} (run killed after writing it)")
            else:
                if tmp_path.exists():
                    tmp_path.unlink()
                self.discard(final)
                notes.append(f"rolled back {final} (run killed before it was complete); its pages will be fetched again")
        pending = {file for (file,) in self.db.execute("SELECT file FROM pending")}
        for tag in self.dedup.tags() - pending:   # cannot happen by the protocol; never keep what no run owns
            with self.transaction():
                self.dedup.discard_tag(tag)
        return notes


def _counter(docs: int, epsilon: float, entries: str) -> SiteCounter:
    counter = SiteCounter(epsilon, docs)
    counter.entries = {int(k): Entry(*v) for k, v in json.loads(entries).items()}
    return counter
