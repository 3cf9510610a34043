"""Duplicate detection across a corpus: exact and near-duplicate, in arrival order.

Used by ``corpus clean --dedup`` (in the parent process, in input order, so the
output is the same for any number of workers) and by ``corpus ingest`` (across runs:
the index is kept in the state directory). Never imports Scrapy.

* **Exact**: sha256 of the normalised body (NFKC, case-folded, ``\\w+`` words joined
  by one space), so whitespace, case and punctuation differences do not count.
* **Near**: MinHash (datasketch, 128 permutations) of the set of word 5-shingles.
  Candidates come from a MinHash LSH index with 64 bands of 2 rows, which finds
  pairs down to a Jaccard similarity of about 0.15 (probability 0.77; 0.93 at 0.2).
  A candidate is a duplicate when its **containment** reaches `CONTAINMENT` (0.5):
  the share of the smaller document's shingles found in the larger one,
  ``|A ∩ B| / min(|A|, |B|)``, estimated from the MinHash Jaccard ``J`` and the exact
  shingle counts: ``|A ∩ B| = J (|A| + |B|) / (1 + J)``. Containment, not Jaccard,
  is the test because reports of one story differ a lot in length: on the seeds
  the three reports of the 9 December briefing have Jaccard 0.26-0.64 but
  containment 0.73-0.86, while unrelated stories stay at or below 0.01 on both
  (``benchmarks/dedup_seeds.py`` prints the measurements).
  Documents with fewer than `MIN_SHINGLES` shingles are checked for exact
  duplicates only: a few shared sentences would say nothing.

A duplicate's verdict names the **first seen** document of its cluster
(``duplicate_of``) and the cluster id (the first seen document's id); a document
that duplicates nothing starts its own cluster (``cluster`` = its own id).
Retrieval limit: LSH finds pairs by Jaccard, so a short text contained in a much
longer one (size ratio under about 1:4) may be missed.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np
import orjson
from datasketch import MinHash, MinHashLSH

MODES = ("mark", "drop", "off")
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"         # datasketch 2 hash scheme; stored signatures are only comparable within one scheme
SHINGLE = 5                 # words per shingle
BANDS, ROWS = 64, 2         # LSH banding: BANDS * ROWS == NUM_PERM
CONTAINMENT = 0.5           # near-duplicate when the smaller text is at least half inside the larger
MIN_SHINGLES = 20           # shorter documents: exact duplicates only

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def exact_hash(text: str) -> str:
    """sha256 of the normalised body: case, spacing and punctuation do not count."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    return _grams(words(text), k)


def _grams(w: list[str], k: int = SHINGLE) -> set[str]:
    if len(w) < k:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


@dataclass(frozen=True)
class Signature:
    exact: str                 # exact_hash of the body
    size: int                  # number of distinct shingles
    hashvalues: np.ndarray     # MinHash values (uint64), NUM_PERM of them

    def minhash(self) -> MinHash:
        if len(self.hashvalues) == NUM_PERM:   # skip drawing the permutations again (LSH reads the values only)
            return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=self.hashvalues, scheme=SCHEME,
                           permutations=_permutations())
        return MinHash(num_perm=len(self.hashvalues), seed=SEED, hashvalues=self.hashvalues, scheme=SCHEME)

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u8").tobytes()

    @classmethod
    def from_parts(cls, exact: str, size: int, blob: bytes) -> "Signature":
        return cls(exact, size, np.frombuffer(blob, dtype="<u8").astype(np.uint64))


_PERMUTATIONS: list = []


def _permutations():
    """The MinHash permutations of (NUM_PERM, SEED, SCHEME), drawn once per process."""
    if not _PERMUTATIONS:
        _PERMUTATIONS.append(MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations)
    return _PERMUTATIONS[0]


def _identity(value: int) -> int:
    return value


def signature(text: str) -> Signature:
    """The body's signature. Same values as hashing each shingle with datasketch's default
    ``sha1_hash32`` into a fresh ``MinHash(NUM_PERM, SEED)``, computed with less overhead:
    the words are split once, the permutations drawn once per process, and the 32-bit
    sha1 values computed in one pass."""
    w = words(text)
    grams = _grams(w)
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=_identity, permutations=_permutations())
    if grams:
        sha1 = hashlib.sha1
        mh.update_batch([int.from_bytes(sha1(g.encode("utf-8")).digest()[:4], "little") for g in grams])
    exact = hashlib.sha256(" ".join(w).encode("utf-8")).hexdigest()
    return Signature(exact, len(grams), np.asarray(mh.hashvalues, dtype=np.uint64))


class SignatureSpool:
    """Signatures computed ahead of the dedup pass, in write order, kept in a temporary
    file (fixed-size records, so memory stays flat). `corpus clean` fills it while the
    workers run and the second (learning) pass reads it back for the records it leaves
    unchanged."""

    RECORD = 64 + 4 + NUM_PERM * 8

    def __init__(self, directory: str | None = None):
        import tempfile

        from .writers import make_temp   # named after this process: a later run removes it if we die
        fd, self.path = make_temp(directory or tempfile.gettempdir(), "signatures", ".bin")
        self._out = os.fdopen(fd, "wb")

    def add_body(self, body: str) -> None:
        sig = signature(body)
        self._out.write(sig.exact.encode("ascii") + sig.size.to_bytes(4, "little") + sig.to_bytes())

    def __iter__(self) -> Iterator[Signature]:
        if not self._out.closed:
            self._out.close()
        with open(self.path, "rb") as fh:
            while len(chunk := fh.read(self.RECORD)) == self.RECORD:
                yield Signature.from_parts(chunk[:64].decode("ascii"), int.from_bytes(chunk[64:68], "little"),
                                           chunk[68:])

    def remove(self) -> None:
        if not self._out.closed:
            self._out.close()
        if os.path.exists(self.path):
            os.unlink(self.path)


def jaccard(a: Signature, b: Signature) -> float:
    """MinHash estimate of the Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a.hashvalues == b.hashvalues)) / len(a.hashvalues)


def containment(j: float, size_a: int, size_b: int) -> float:
    """Share of the smaller set inside the larger, from Jaccard ``j`` and the set sizes."""
    small = min(size_a, size_b)
    if small <= 0:
        return 0.0
    inter = j * (size_a + size_b) / (1.0 + j)
    return min(1.0, inter / small)


@dataclass(frozen=True)
class Verdict:
    duplicate_of: str | None      # id of the first seen document of the cluster, or None
    cluster: str                  # cluster id (the first seen document's id)
    kind: str | None = None       # "exact" | "near" | None
    jaccard: float | None = None
    containment: float | None = None

    @property
    def duplicate(self) -> bool:
        return self.duplicate_of is not None


@dataclass
class _Entry:
    signature: Signature
    cluster: str


class DedupIndex:
    """The in-memory index: exact hashes, MinHash LSH, and each document's cluster."""

    def __init__(self, threshold: float = CONTAINMENT, min_shingles: int = MIN_SHINGLES):
        if not 0.0 < threshold <= 1.0:
            raise ValueError("containment threshold must be in (0, 1]")
        self.threshold = threshold
        self.min_shingles = min_shingles
        self.lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
        self.entries: dict[str, _Entry] = {}
        self.exact: dict[str, str] = {}        # exact hash -> id of the first document with it
        self.stats = {"exact": 0, "near": 0, "unique": 0}

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.entries

    def cluster_of(self, doc_id: str) -> str | None:
        entry = self.entries.get(doc_id)
        return entry.cluster if entry else None

    def check(self, doc_id: str, sig: Signature) -> Verdict:
        """The verdict for a document (not added; its own earlier entry is ignored)."""
        first = self.exact.get(sig.exact)
        if first is not None and first != doc_id and first in self.entries:
            cluster = self.entries[first].cluster
            if cluster != doc_id:
                return Verdict(cluster, cluster, "exact", 1.0, 1.0)
        if sig.size < self.min_shingles:
            return Verdict(None, self.cluster_of(doc_id) or doc_id)
        best: tuple[float, float, str] | None = None
        for key in self.lsh.query(sig.minhash()):
            if key == doc_id:
                continue
            other = self.entries[key]
            if other.signature.size < self.min_shingles:
                continue
            j = jaccard(sig, other.signature)
            c = containment(j, sig.size, other.signature.size)
            if c >= self.threshold and other.cluster != doc_id and (best is None or (c, j) > best[:2]):
                best = (c, j, key)
        if best is None:
            return Verdict(None, self.cluster_of(doc_id) or doc_id)
        cluster = self.entries[best[2]].cluster
        return Verdict(cluster, cluster, "near", round(best[1], 4), round(best[0], 4))

    def add(self, doc_id: str, sig: Signature, cluster: str) -> None:
        """Index a document (replacing its earlier entry, e.g. a changed page)."""
        self.remove(doc_id)
        self.entries[doc_id] = _Entry(sig, cluster)
        self.exact.setdefault(sig.exact, doc_id)
        if sig.size >= self.min_shingles:
            self.lsh.insert(doc_id, sig.minhash(), check_duplication=False)

    def remove(self, doc_id: str) -> None:
        entry = self.entries.pop(doc_id, None)
        if entry is None:
            return
        if self.exact.get(entry.signature.exact) == doc_id:
            del self.exact[entry.signature.exact]
        if doc_id in self.lsh:
            self.lsh.remove(doc_id)

    def see(self, doc_id: str, sig: Signature) -> Verdict:
        """Check a document and add it to the index with its cluster."""
        verdict = self.check(doc_id, sig)
        self.add(doc_id, sig, verdict.cluster)
        self.stats[verdict.kind or "unique"] += 1
        return verdict

    def see_text(self, doc_id: str, body: str) -> Verdict:
        return self.see(doc_id, signature(body))


def mark(record: dict, verdict: Verdict) -> dict:
    """Put the verdict into the record's metadata (the body is never touched)."""
    record["metadata"]["duplicate_of"] = verdict.duplicate_of
    record["metadata"]["cluster"] = verdict.cluster
    return record


def dedup_records(records: Iterable[dict], mode: str = "mark", index: DedupIndex | None = None) -> Iterator[dict]:
    """Records in order, marked (``mark``) or with duplicates left out (``drop``)."""
    if mode not in MODES:
        raise ValueError(f"dedup mode must be one of {', '.join(MODES)}")
    index = index if index is not None else DedupIndex()
    for record in records:
        if mode == "off":
            yield record
            continue
        verdict = index.see_text(record["id"], record["body"])
        if verdict.duplicate and mode == "drop":
            continue
        yield mark(record, verdict)


class DedupWriter:
    """Wraps a corpus writer (`JsonlWriter`, `ShardedWriter`): every line written is
    checked in order and marked, or left out when ``mode == "drop"``.

    With a sharded output resumed (``-o DIR/ --resume``) the index first takes in the
    records already in the complete shards, so duplicates of them are found too."""

    def __init__(self, writer, mode: str = "mark", index: DedupIndex | None = None):
        if mode not in ("mark", "drop"):
            raise ValueError("DedupWriter mode must be mark or drop")
        self.writer = writer
        self.mode = mode
        self.index = index if index is not None else DedupIndex()
        self.dropped = 0
        directory = getattr(writer, "directory", None)
        for shard in list(getattr(writer, "shards", []) or []):
            self._take_in(os.path.join(directory, shard))
        self.index.stats = {key: 0 for key in self.index.stats}   # count this run only

    def _take_in(self, path: str) -> None:
        from .records import iter_records
        for record in iter_records(path):
            cluster = (record.get("metadata") or {}).get("cluster")
            if cluster:
                self.index.add(record["id"], signature(record["body"]), cluster)
            else:
                self.index.see_text(record["id"], record["body"])

    def write_line(self, line: bytes, key: str = "", sig: Signature | None = None) -> None:
        """``sig``: the body's signature when already computed (`SignatureSpool`)."""
        record = orjson.loads(line)
        verdict = self.index.see(record["id"], sig) if sig is not None else self.index.see_text(record["id"], record["body"])
        if verdict.duplicate and self.mode == "drop":
            self.dropped += 1
            return
        self.writer.write_line(orjson.dumps(mark(record, verdict)) + b"\n", key)

    def summary(self) -> dict:
        return {"mode": self.mode, **self.index.stats, "dropped": self.dropped}

    def __getattr__(self, name: str):
        return getattr(self.writer, name)
