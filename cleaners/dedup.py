"""Duplicate detection across a corpus: exact and near-duplicate, in arrival order.

Used by the dedup stage (`cleaners.stages.dedup`) of ``corpus clean``, the crawl and
``corpus ingest``. Never imports Scrapy.

* **Exact**: sha256 of the normalised body (NFKC, case-folded, ``\\w+`` words joined
  by one space), so whitespace, case and punctuation differences do not count.
* **Near**: MinHash (datasketch, 128 permutations, 32-bit values) of the set of word
  5-shingles. Candidates come from LSH with 64 bands of 2 rows, which finds pairs down
  to a Jaccard similarity of about 0.15 (probability 0.77; 0.93 at 0.2). A candidate
  is a duplicate when its **containment** reaches `CONTAINMENT` (0.5): the share of
  the smaller document's shingles found in the larger one, ``|A ∩ B| / min(|A|, |B|)``,
  estimated from the MinHash Jaccard ``J`` and the exact shingle counts:
  ``|A ∩ B| = J (|A| + |B|) / (1 + J)``. Containment, not Jaccard, is the test
  because reports of one story differ a lot in length (docs/dedup.md has the
  measurements, `benchmarks/dedup_seeds.py` prints them). Documents with fewer than
  `MIN_SHINGLES` shingles are checked for exact duplicates only.

A duplicate's verdict names the **first seen** document of its cluster
(``duplicate_of``) and the cluster id (the first seen document's id); a document
that duplicates nothing starts its own cluster (``cluster`` = its own id).

`DedupIndex` decides verdicts over a `cleaners.dedup_store.DedupStore` (the seen
documents, their signatures and LSH band keys: SQLite on disk, so memory does not grow
with the corpus). A document is first *observed* (its signature stored, in arrival
order) and later *judged* against the documents observed before it only, so judging
right after observing (a crawl) and judging after observing a whole run (``corpus
clean``'s two passes, a distributed run) give the same verdicts.
"""
from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .minhash import minhash_class

MODES = ("mark", "drop", "off")
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"         # datasketch 2 hash scheme; stored signatures are only comparable within one scheme
SHINGLE = 5                 # words per shingle
BANDS, ROWS = 64, 2         # LSH banding: BANDS * ROWS == NUM_PERM
CONTAINMENT = 0.5           # near-duplicate when the smaller text is at least half inside the larger
MIN_SHINGLES = 20           # shorter documents: exact duplicates only
MAX_CANDIDATES = 1000       # LSH candidates judged per document (the earliest): time stays linear

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
    return set(map(" ".join, zip(*(w[i:] for i in range(k)))))     # (no list sliced per shingle)


@dataclass(frozen=True)
class Signature:
    exact: str                 # exact_hash of the body
    size: int                  # number of distinct shingles
    hashvalues: np.ndarray     # MinHash values (uint32: the affine32 scheme), NUM_PERM of them

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()

    @classmethod
    def from_parts(cls, exact: str, size: int, blob: bytes) -> "Signature":
        """From stored parts; 64-bit values (state written before 32-bit storage) are read too."""
        dtype = "<u8" if len(blob) == NUM_PERM * 8 else "<u4"
        return cls(exact, size, np.frombuffer(blob, dtype=dtype).astype(np.uint32))

    def band_keys(self) -> list[int]:
        """The LSH bucket of each band: a 63-bit key of (band number, the band's values)."""
        return band_keys(self.hashvalues)


EMPTY_VALUES = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)   # the signature of no shingle
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def band_keys(values: np.ndarray) -> list[int]:
    """One key per band (`BANDS` of `ROWS` values), equal for two signatures when the
    band's values are equal (a 64-bit hash: the rare collision only adds a candidate,
    which the Jaccard check then rejects): splitmix64 of the band's values and number."""
    v = np.asarray(values, dtype=np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        h = np.arange(1, BANDS + 1, dtype=np.uint64) * _GOLDEN
        for row in range(ROWS):
            h = (h ^ v[:, row]) * np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(29)
        h ^= h >> np.uint64(30)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return (h >> np.uint64(1)).astype(np.int64).tolist()


_local = threading.local()


def _sketch():
    """One MinHash of (NUM_PERM, SEED, SCHEME) per thread, cleared for each signature: the
    permutations are drawn once, and no sketch is built (and its permutations checked) per body."""
    sketch = getattr(_local, "sketch", None)
    if sketch is None:
        MinHash = minhash_class()
        permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
        sketch = _local.sketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=_identity,
                                         permutations=permutations)
    sketch.clear()
    return sketch


def _identity(value):
    return value


def signature(text: str) -> Signature:
    """The body's signature. Same values as hashing each shingle with datasketch's default
    ``sha1_hash32`` into a fresh ``MinHash(NUM_PERM, SEED)``, computed with less overhead:
    the words are split once, the sketch made once per process (`_sketch`), and the 32-bit
    sha1 values computed in one pass and handed to ``update_batch`` as one array (one item
    whose "hash" is the array of all the values: its permutation and minimum run on the whole
    array, with no Python step and no list per shingle; ``tests/test_speedeng_signature.py``
    checks the values against a plain datasketch MinHash). datasketch's MinHash is imported
    here (alone, without the package's indexes and the SciPy they load: `cleaners.minhash`): a
    process that only judges signatures made elsewhere (a crawl's, whose cleaning workers make
    them) starts without it."""
    w = words(text)
    grams = _grams(w)
    mh = _sketch()
    if grams:
        sha1 = hashlib.sha1      # (the first 4 bytes of each digest, read as little-endian uint32 at once)
        mh.update_batch([np.frombuffer(b"".join([sha1(g.encode("utf-8")).digest()[:4] for g in grams]), "<u4")])
    exact = hashlib.sha256(" ".join(w).encode("utf-8")).hexdigest()
    return Signature(exact, len(grams), np.array(mh.hashvalues, dtype=np.uint32))


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




@dataclass(frozen=True)
class Seen:
    """A document the store has observed (``seq``: its place in arrival order)."""
    seq: int
    id: str
    exact: str
    size: int
    version: int
    cluster: str | None          # None until judged


class DedupStore(Protocol):
    """What `DedupIndex` needs from where the seen documents are kept (SQLite now,
    `cleaners.dedup_store`; a shared store such as Redis for distributed runs)."""

    def add(self, doc_id: str, sig: Signature, version: int, banded: bool) -> int: ...
    def latest(self, doc_id: str) -> Seen | None: ...
    def first_exact(self, exact: str, before: int, other_than: str) -> Seen | None: ...
    def candidates(self, keys: list[int], before: int, other_than: str,
                   limit: int) -> list[tuple[Seen, np.ndarray]]: ...
    def signature(self, seq: int) -> Signature: ...
    def cluster(self, seq: int) -> str | None: ...
    def set_cluster(self, seq: int, cluster: str) -> None: ...
    def count(self) -> int: ...


class DedupIndex:
    """Verdicts in arrival order over a `DedupStore`."""

    def __init__(self, store: DedupStore | None = None, threshold: float = CONTAINMENT,
                 min_shingles: int = MIN_SHINGLES):
        if not 0.0 < threshold <= 1.0:
            raise ValueError("containment threshold must be in (0, 1]")
        if store is None:
            from .dedup_store import SqliteDedupStore
            store = SqliteDedupStore.memory()
        self.store = store
        self.threshold = threshold
        self.min_shingles = min_shingles
        self.stats = {"exact": 0, "near": 0, "unique": 0}

    def __len__(self) -> int:
        return self.store.count()

    def observe(self, doc_id: str, sig: Signature, version: int = 1) -> int:
        """Store a document's signature; returns its place in arrival order. An exact
        copy of an observed body is not put in the LSH buckets (the first copy stands
        for it), so buckets do not grow with copies."""
        copy = self.store.first_exact(sig.exact, before=1 << 62, other_than="")
        banded = sig.size >= self.min_shingles and copy is None
        return self.store.add(doc_id, sig, version, banded)

    def judge(self, seq: int, doc_id: str, sig: Signature) -> Verdict:
        """The verdict against the documents observed before ``seq`` (never against the
        document's own other versions); records the document's cluster."""
        verdict = self._verdict(seq, doc_id, sig)
        self.store.set_cluster(seq, verdict.cluster)
        self.stats[verdict.kind or "unique"] += 1
        return verdict

    def _verdict(self, seq: int, doc_id: str, sig: Signature) -> Verdict:
        first = self.store.first_exact(sig.exact, before=seq, other_than=doc_id)
        if first is not None and first.cluster and first.cluster != doc_id:
            return Verdict(first.cluster, first.cluster, "exact", 1.0, 1.0)
        if sig.size < self.min_shingles:
            return Verdict(None, doc_id)
        best: tuple[float, float, Seen] | None = None
        for other, values in self.store.candidates(sig.band_keys(), seq, doc_id, MAX_CANDIDATES):
            if other.size < self.min_shingles or not other.cluster or other.cluster == doc_id:
                continue
            j = float(np.count_nonzero(values == sig.hashvalues)) / len(sig.hashvalues)
            c = containment(j, sig.size, other.size)
            if c >= self.threshold and (best is None or (c, j) > best[:2]):
                best = (c, j, other)
        if best is None:
            return Verdict(None, doc_id)
        cluster = best[2].cluster or best[2].id
        return Verdict(cluster, cluster, "near", round(best[1], 4), round(best[0], 4))

    def see(self, doc_id: str, sig: Signature, version: int = 1) -> Verdict:
        """Observe and judge at once (arrival order is judging order)."""
        return self.judge(self.observe(doc_id, sig, version), doc_id, sig)

    def see_text(self, doc_id: str, body: str) -> Verdict:
        return self.see(doc_id, signature(body))


def mark(record: dict, verdict: Verdict | None) -> dict:
    """Put the verdict into the record's metadata (the body is never touched)."""
    record["metadata"]["duplicate_of"] = verdict.duplicate_of if verdict else None
    record["metadata"]["cluster"] = verdict.cluster if verdict else None
    return record
