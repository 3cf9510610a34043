"""cleaners.dedup.signature: its fast path gives the values of a plain datasketch MinHash.

Ingest states and dedup stores keep signatures, so the values must never change: each
shingle hashed with datasketch's default ``sha1_hash32`` into a fresh
``MinHash(NUM_PERM, SEED, scheme=SCHEME)``, one ``update`` per shingle (the slowest,
plainest use of the library)."""
from __future__ import annotations

import hashlib
import threading

import numpy as np
from datasketch import MinHash
from hypothesis import given, settings, strategies as st

from cleaners import dedup

WORDS = ["river", "bank", "Über", "naïve", "日本", "straße", "ﬁne", "42", "x", "ÉTÉ", "ǅ", "a_b"]


def _plain(text: str) -> dedup.Signature:
    w = dedup.words(text)
    grams = dedup.shingles(text)
    mh = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme=dedup.SCHEME)
    for gram in grams:
        mh.update(gram.encode("utf-8"))
    exact = hashlib.sha256(" ".join(w).encode("utf-8")).hexdigest()
    return dedup.Signature(exact, len(grams), np.asarray(mh.hashvalues, dtype=np.uint32))


def _same(a: dedup.Signature, b: dedup.Signature) -> None:
    assert a.exact == b.exact and a.size == b.size
    assert a.hashvalues.dtype == b.hashvalues.dtype == np.uint32
    assert np.array_equal(a.hashvalues, b.hashvalues)
    assert a.to_bytes() == b.to_bytes() and a.band_keys() == b.band_keys()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=8), max_size=60))
def test_signature_equals_a_plain_datasketch_minhash(parts):
    text = " ".join(parts)
    _same(dedup.signature(text), _plain(text))


def test_signatures_in_a_row_do_not_carry_values_over():
    """The sketch is reused: a short body after a long one, and an empty one, start from scratch."""
    long = " ".join(f"w{i}" for i in range(3000))
    first = dedup.signature(long)
    _same(dedup.signature("one two three four five six"), _plain("one two three four five six"))
    empty = dedup.signature("")
    _same(empty, _plain(""))
    assert np.array_equal(empty.hashvalues, dedup.EMPTY_VALUES)
    _same(dedup.signature(long), first)


def test_a_signature_kept_is_not_changed_by_the_next():
    kept = dedup.signature("alpha beta gamma delta epsilon zeta eta theta")
    before = kept.hashvalues.copy()
    dedup.signature("something else entirely, five words or more here")
    assert np.array_equal(kept.hashvalues, before)


def test_threads_have_sketches_of_their_own():
    texts = [" ".join(f"t{k}w{i}" for i in range(400)) for k in range(8)]
    expected = [_plain(t) for t in texts]
    results: dict[int, list] = {}

    def work(k: int) -> None:
        results[k] = [dedup.signature(texts[(k + j) % len(texts)]) for j in range(20)]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == list(range(4))     # a thread that raised leaves no results (and would pass unseen)
    for k, sigs in results.items():
        for j, sig in enumerate(sigs):
            _same(sig, expected[(k + j) % len(texts)])
