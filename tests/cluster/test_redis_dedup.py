"""`cleaners.dedup_redis.RedisDedupStore` against a real redis-server: the same verdicts as
the SQLite store, shared between clients, and pending documents of a dead worker forgotten."""
from __future__ import annotations

import random

from cleaners import dedup
from cleaners.dedup_redis import RedisDedupStore
from cleaners.dedup_store import SqliteDedupStore

from ..ingest_site import prose


def _corpus(n: int = 60) -> list[tuple[str, str]]:
    """Documents with exact copies, near copies (a part of another), versions of one id."""
    rng = random.Random(7)
    bodies = ["\n\n".join(prose(f"s{i}", 4)) for i in range(n // 3)]
    docs: list[tuple[str, str]] = []
    for i in range(n):
        kind = rng.random()
        if kind < 0.2 and docs:
            docs.append((f"{i:064x}", rng.choice(docs)[1].upper()))               # exact copy
        elif kind < 0.4 and docs:
            parts = rng.choice(docs)[1].split("\n\n")
            docs.append((f"{i:064x}", "\n\n".join(parts[:3] + prose(f"n{i}", 1))))  # near copy
        elif kind < 0.5 and docs:
            docs.append((rng.choice(docs)[0], rng.choice(bodies)))                   # a version of an id
        else:
            docs.append((f"{i:064x}", rng.choice(bodies) + "\n\n" + "\n\n".join(prose(f"u{i}", 2))))
    docs.append(("short", "Too short to shingle."))
    docs.append(("short2", "too   SHORT to shingle!"))
    return docs


def _verdicts(store, docs) -> list[tuple]:
    index = dedup.DedupIndex(store)
    out = []
    for doc_id, body in docs:
        previous = store.latest(doc_id)
        version = 1 if previous is None else previous.version + 1
        v = index.see(doc_id, dedup.signature(body), version)
        out.append((v.duplicate_of, v.cluster, v.kind, v.jaccard, v.containment, version))
    return out


def test_same_verdicts_as_the_sqlite_store(redis_client, redis_url):
    docs = _corpus()
    local = _verdicts(SqliteDedupStore.memory(), docs)
    shared = _verdicts(RedisDedupStore.from_url(redis_url, "t:dedup"), docs)
    assert shared == local
    kinds = {v[2] for v in local}
    assert {"exact", "near", None} <= kinds         # the corpus exercises every verdict


def test_two_clients_share_one_store(redis_client, redis_url):
    body = "\n\n".join(prose("shared", 4))
    a = dedup.DedupIndex(RedisDedupStore.from_url(redis_url, "t:dedup", tag="worker-a"))
    b = dedup.DedupIndex(RedisDedupStore.from_url(redis_url, "t:dedup", tag="worker-b"))
    assert not a.see("a" * 64, dedup.signature(body)).duplicate
    verdict = b.see("b" * 64, dedup.signature(body + "\n\n" + prose("more", 1)[0]))
    assert verdict.duplicate_of == "a" * 64 and verdict.kind == "near"
    assert b.store.latest("a" * 64).id == "a" * 64 and b.store.count() == 2


def test_a_dead_workers_pending_documents_are_forgotten_committed_ones_stay(redis_client, redis_url):
    dead = RedisDedupStore.from_url(redis_url, "t:dedup", tag="dead")
    alive = RedisDedupStore.from_url(redis_url, "t:dedup", tag="alive")
    written, unwritten = "\n\n".join(prose("w", 3)), "\n\n".join(prose("u", 3))
    dedup.DedupIndex(dead).see("w" * 64, dedup.signature(written))
    dedup.DedupIndex(dead).see("u" * 64, dedup.signature(unwritten))
    assert dead.commit("w" * 64) == 1            # its record was written
    assert dead.pending() == 1
    assert alive.discard_tag("dead") == 1        # the worker died: the unwritten one is forgotten
    assert alive.latest("u" * 64) is None and alive.first_exact(dedup.signature(unwritten).exact, 1 << 62, "") is None
    assert alive.latest("w" * 64) is not None and alive.count() == 1
    # the page fetched again is new, not a copy of its own lost record; its old LSH entries are ignored
    verdict = dedup.DedupIndex(alive).see("u" * 64, dedup.signature(unwritten))
    assert not verdict.duplicate and verdict.cluster == "u" * 64


def test_clear_removes_only_the_stores_keys(redis_client, redis_url):
    store = RedisDedupStore.from_url(redis_url, "t:dedup")
    dedup.DedupIndex(store).see("a" * 64, dedup.signature("\n\n".join(prose("c", 3))))
    redis_client.set("other:key", "1")
    assert store.clear() > 0
    assert redis_client.keys("t:dedup*") == [] and redis_client.get("other:key") == b"1"
