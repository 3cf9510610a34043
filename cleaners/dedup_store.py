"""The dedup state in SQLite: the documents seen (id, version, exact hash, shingle
count, MinHash signature, cluster) and the LSH buckets, on disk.

Memory does not grow with the corpus: a temporary database beside the output holds
the state of a ``corpus clean`` run (a bounded page cache of `CACHE_KIB` is all it
keeps in memory); ``corpus ingest`` keeps it in its state database, where rows added
by a run carry the run's ``tag`` until the run commits (`commit_tag`) or is rolled
back (`discard_tag`). On disk a document costs about 0.6 KB, plus 64 bucket rows when it has enough shingles
and is not an exact copy of one already seen.

Tables::

    dedup_docs  (seq INTEGER PRIMARY KEY, id, exact, size, sig, version, cluster, tag)
    dedup_bands (key, seq) -- one row per LSH band of each document with enough shingles
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from typing import Iterable

import numpy as np

from .dedup import Seen, Signature
from .writers import make_temp, remove_stale_temporaries

CACHE_KIB = 4096          # SQLite page cache of a store (KiB)
BATCH = 256               # a temporary store commits its additions in batches of this many
_SEQ_MAX = 1 << 62

SCHEMA = """
CREATE TABLE IF NOT EXISTS dedup_docs (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, exact BLOB NOT NULL, size INTEGER NOT NULL,
    sig BLOB NOT NULL, version INTEGER NOT NULL, cluster TEXT, tag TEXT);
CREATE INDEX IF NOT EXISTS dedup_docs_id ON dedup_docs (id, seq);
CREATE INDEX IF NOT EXISTS dedup_docs_exact ON dedup_docs (exact, seq);
CREATE INDEX IF NOT EXISTS dedup_docs_tag ON dedup_docs (tag) WHERE tag IS NOT NULL;
CREATE TABLE IF NOT EXISTS dedup_bands (key INTEGER NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY (key, seq)) WITHOUT ROWID;
"""
_COLUMNS = "seq, id, exact, size, version, cluster"


def _seen(row: tuple) -> Seen:
    seq, doc_id, exact, size, version, cluster = row
    return Seen(seq, doc_id, exact.hex(), size, version, cluster)


class SqliteDedupStore:
    """A `cleaners.dedup.DedupStore` in SQLite."""

    def __init__(self, db: sqlite3.Connection, tag: str | None = None, path: str | None = None, batch: int = 0):
        self.db = db
        self.tag = tag           # rows added now carry it (corpus ingest: the run's output file)
        self.path = path         # a temporary database file, removed by close()
        self.batch = batch       # >0: additions commit in batches (a transaction stays open between them)
        self._uncommitted = 0    # additions in the open batch
        db.executescript(SCHEMA)

    @classmethod
    def temporary(cls, directory: str | None = None) -> "SqliteDedupStore":
        """A store in a temporary file (in ``directory``), deleted by `close`."""
        directory = directory or tempfile.gettempdir()
        remove_stale_temporaries(directory)      # those of runs that died
        fd, path = make_temp(directory, "dedup", ".sqlite3")   # named after this process
        os.close(fd)
        db = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", f"cache_size=-{CACHE_KIB}"):
            db.execute(f"PRAGMA {pragma}")
        # nothing outlives the run: a commit per document (half the cost of an addition) buys nothing
        return cls(db, path=path, batch=BATCH)

    @classmethod
    def memory(cls) -> "SqliteDedupStore":
        """An in-memory store (tests, small runs)."""
        return cls(sqlite3.connect(":memory:", isolation_level=None))

    def close(self) -> None:
        if self.path is not None:
            self.flush()
            self.db.close()
            for suffix in ("", "-journal", "-wal", "-shm"):
                if os.path.exists(self.path + suffix):
                    os.unlink(self.path + suffix)
            self.path = None

    # -- DedupStore ------------------------------------------------------------------
    def add(self, doc_id: str, sig: Signature, version: int, banded: bool) -> int:
        # own: this store's transaction; otherwise inside a caller's (a migration): part of it
        own = not self.db.in_transaction or self._uncommitted > 0
        if not self.db.in_transaction:
            self.db.execute("BEGIN")
        try:
            cur = self.db.execute(
                "INSERT INTO dedup_docs (id, exact, size, sig, version, cluster, tag) VALUES (?, ?, ?, ?, ?, NULL, ?)",
                (doc_id, bytes.fromhex(sig.exact), sig.size, sig.to_bytes(), version, self.tag))
            seq = cur.lastrowid
            if banded:
                self.db.executemany("INSERT OR IGNORE INTO dedup_bands (key, seq) VALUES (?, ?)",
                                    [(key, seq) for key in sig.band_keys()])
        except BaseException:
            if own:
                self._uncommitted = 0
                self.db.execute("ROLLBACK")
            raise
        if own:
            self._uncommitted += 1
            if self._uncommitted >= max(1, self.batch):
                self.flush()
        return seq

    def flush(self) -> None:
        """Commit the additions of an open batch."""
        if self._uncommitted:
            self._uncommitted = 0
            self.db.execute("COMMIT")

    def latest(self, doc_id: str) -> Seen | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM dedup_docs WHERE id = ? ORDER BY seq DESC LIMIT 1",
                              (doc_id,)).fetchone()
        return _seen(row) if row else None

    def first_exact(self, exact: str, before: int, other_than: str) -> Seen | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM dedup_docs WHERE exact = ? AND seq < ? AND id != ? "
                              "ORDER BY seq LIMIT 1", (bytes.fromhex(exact), before, other_than)).fetchone()
        return _seen(row) if row else None

    def candidates(self, keys: list[int], before: int, other_than: str,
                   limit: int) -> list[tuple[Seen, np.ndarray]]:
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT {_COLUMNS}, sig FROM dedup_docs WHERE seq IN (SELECT DISTINCT seq FROM dedup_bands "
            f"WHERE key IN ({marks}) AND seq < ?) AND id != ? ORDER BY seq LIMIT ?",
            (*keys, before, other_than, limit)).fetchall()
        return [(_seen(row[:6]), np.frombuffer(row[6], dtype="<u4")) for row in rows]

    def signature(self, seq: int) -> Signature:
        exact, size, sig = self.db.execute("SELECT exact, size, sig FROM dedup_docs WHERE seq = ?", (seq,)).fetchone()
        return Signature.from_parts(exact.hex(), size, sig)

    def cluster(self, seq: int) -> str | None:
        row = self.db.execute("SELECT cluster FROM dedup_docs WHERE seq = ?", (seq,)).fetchone()
        return row[0] if row else None

    def set_cluster(self, seq: int, cluster: str) -> None:
        self.db.execute("UPDATE dedup_docs SET cluster = ? WHERE seq = ?", (cluster, seq))

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM dedup_docs").fetchone()[0]

    # -- runs that commit (corpus ingest) -----------------------------------------------
    def commit_tag(self, tag: str) -> None:
        """The run that added rows under ``tag`` committed: they are part of the state."""
        self.db.execute("UPDATE dedup_docs SET tag = NULL WHERE tag = ?", (tag,))

    def discard_tag(self, tag: str) -> None:
        """The run that added rows under ``tag`` was rolled back: forget them."""
        seqs = [seq for (seq,) in self.db.execute("SELECT seq FROM dedup_docs WHERE tag = ?", (tag,))]
        for chunk in _chunks(seqs, 500):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"DELETE FROM dedup_bands WHERE seq IN ({marks})", chunk)
            self.db.execute(f"DELETE FROM dedup_docs WHERE seq IN ({marks})", chunk)

    def tags(self) -> set[str]:
        return {tag for (tag,) in self.db.execute("SELECT DISTINCT tag FROM dedup_docs WHERE tag IS NOT NULL")}


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
