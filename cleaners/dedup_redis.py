"""The dedup state in Redis: one `cleaners.dedup.DedupStore` shared by many processes.

Several crawl processes on several machines working through one crawl judge their
records against each other's (``-s CORPUS_REDIS_URL=redis://HOST:PORT/DB``, see
docs/scaling.md). Every key starts with the store's ``prefix``
(``corpus:<crawl>:dedup`` for a crawl)::

    P:seq            counter: arrival order (INCR)
    P:n              number of documents stored
    P:d:<seq>        hash: id, exact, size, sig (MinHash values, 512 bytes), version, cluster
    P:id:<id>        sorted set of the seqs of an id (latest = highest)
    P:x:<exact>      sorted set of the seqs with that exact hash (first = lowest)
    P:b:<band key>   sorted set of the seqs in that LSH bucket
    P:tag:<tag>      set of the seqs added under ``tag`` and not yet committed

A document added under a ``tag`` (a crawl worker's id) is *pending* until it is
committed (`commit`: its record was written) or discarded with the tag
(`discard_tag`: the worker died before writing it, so the page is fetched again and
must not be judged a copy of itself). Pending documents count like others meanwhile:
two workers never both emit one page. Each call is one round trip (Lua scripts), so a
document costs about six round trips. Memory: about 1.4 KB per document with enough
shingles (the hash, 64 bucket entries), 0.8 KB for others. One Redis server (or a
primary with replicas): the scripts build key names, so Redis Cluster is not supported.

The redis-py client is imported when a store is made (the ``cluster`` extra).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from .dedup import Seen, Signature

_LATEST = """
local s = redis.call('ZREVRANGE', KEYS[1], 0, 0)
if #s == 0 then return false end
local row = redis.call('HMGET', ARGV[1] .. s[1], 'id', 'exact', 'size', 'version', 'cluster')
return {s[1], row[1], row[2], row[3], row[4], row[5]}
"""

_FIRST_EXACT = """
local seqs = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[2])
for _, s in ipairs(seqs) do
  local row = redis.call('HMGET', ARGV[1] .. s, 'id', 'exact', 'size', 'version', 'cluster')
  if row[1] and row[1] ~= ARGV[3] then
    return {s, row[1], row[2], row[3], row[4], row[5]}
  end
end
return false
"""

_CANDIDATES = """
local prefix, before, other, limit = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local seen, seqs = {}, {}
for i = 5, #ARGV do
  for _, s in ipairs(redis.call('ZRANGEBYSCORE', prefix .. 'b:' .. ARGV[i], '-inf', '(' .. before,
                                'LIMIT', 0, limit + 16)) do
    if not seen[s] then seen[s] = true; seqs[#seqs + 1] = tonumber(s) end
  end
end
table.sort(seqs)
local out = {}
for _, s in ipairs(seqs) do
  if #out >= limit then break end
  local row = redis.call('HMGET', prefix .. 'd:' .. s, 'id', 'exact', 'size', 'version', 'cluster', 'sig')
  if row[1] and row[1] ~= other then
    out[#out + 1] = {tostring(s), row[1], row[2], row[3], row[4], row[5], row[6]}
  end
end
return out
"""

_DISCARD = """
local prefix, tag = ARGV[1], ARGV[2]
local seqs = redis.call('SMEMBERS', prefix .. 'tag:' .. tag)
for _, s in ipairs(seqs) do
  local row = redis.call('HMGET', prefix .. 'd:' .. s, 'id', 'exact')
  if row[1] then
    redis.call('ZREM', prefix .. 'id:' .. row[1], s)
    redis.call('ZREM', prefix .. 'x:' .. row[2], s)
    redis.call('DEL', prefix .. 'd:' .. s)
    redis.call('DECR', prefix .. 'n')
  end
end
redis.call('DEL', prefix .. 'tag:' .. tag)
return #seqs
"""

_COMMIT_ID = """
local prefix, tag, id = ARGV[1], ARGV[2], ARGV[3]
local n = 0
for _, s in ipairs(redis.call('ZRANGE', prefix .. 'id:' .. id, 0, -1)) do
  n = n + redis.call('SREM', prefix .. 'tag:' .. tag, s)
end
return n
"""


def _text(value: Any) -> str | None:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _seen(row: list[Any]) -> Seen:
    seq, doc_id, exact, size, version, cluster = row[:6]
    return Seen(int(seq), _text(doc_id), _text(exact), int(size), int(version), _text(cluster) or None)


class RedisDedupStore:
    """A `cleaners.dedup.DedupStore` in Redis, shared by every process that uses ``prefix``."""

    def __init__(self, client: Any, prefix: str, tag: str | None = None):
        self.client = client
        self.prefix = prefix.rstrip(":") + ":"
        self.tag = tag           # documents added now are pending under it until committed
        self._latest = client.register_script(_LATEST)
        self._first_exact = client.register_script(_FIRST_EXACT)
        self._candidates = client.register_script(_CANDIDATES)
        self._discard = client.register_script(_DISCARD)
        self._commit_id = client.register_script(_COMMIT_ID)

    @classmethod
    def from_url(cls, url: str, prefix: str, tag: str | None = None) -> "RedisDedupStore":
        import redis   # the cluster extra
        return cls(redis.Redis.from_url(url), prefix, tag)

    def close(self) -> None:
        """Nothing to release: the state stays in Redis for the other processes."""

    # -- DedupStore ------------------------------------------------------------------
    def add(self, doc_id: str, sig: Signature, version: int, banded: bool) -> int:
        p = self.prefix
        seq = int(self.client.incr(p + "seq"))
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(f"{p}d:{seq}", mapping={"id": doc_id, "exact": sig.exact, "size": sig.size,
                                          "version": version, "sig": sig.to_bytes()})
        pipe.zadd(f"{p}id:{doc_id}", {seq: seq})
        pipe.zadd(f"{p}x:{sig.exact}", {seq: seq})
        if banded:
            for key in sig.band_keys():
                pipe.zadd(f"{p}b:{key}", {seq: seq})
        if self.tag is not None:
            pipe.sadd(f"{p}tag:{self.tag}", seq)
        pipe.incr(p + "n")
        pipe.execute()
        return seq

    def latest(self, doc_id: str) -> Seen | None:
        row = self._latest(keys=[f"{self.prefix}id:{doc_id}"], args=[self.prefix + "d:"])
        return _seen(row) if row else None

    def first_exact(self, exact: str, before: int, other_than: str) -> Seen | None:
        row = self._first_exact(keys=[f"{self.prefix}x:{exact}"], args=[self.prefix + "d:", before, other_than])
        return _seen(row) if row else None

    def candidates(self, keys: list[int], before: int, other_than: str,
                   limit: int) -> list[tuple[Seen, np.ndarray]]:
        rows = self._candidates(args=[self.prefix, before, other_than, limit, *keys])
        return [(_seen(row), np.frombuffer(row[6], dtype="<u4")) for row in rows]

    def signature(self, seq: int) -> Signature:
        exact, size, sig = self.client.hmget(f"{self.prefix}d:{seq}", "exact", "size", "sig")
        return Signature.from_parts(_text(exact), int(size), sig)

    def cluster(self, seq: int) -> str | None:
        return _text(self.client.hget(f"{self.prefix}d:{seq}", "cluster")) or None

    def set_cluster(self, seq: int, cluster: str) -> None:
        self.client.hset(f"{self.prefix}d:{seq}", "cluster", cluster)

    def count(self) -> int:
        return int(self.client.get(self.prefix + "n") or 0)

    # -- pending documents (a crawl worker's, until written) ------------------------------
    def commit(self, doc_id: str, tag: str | None = None) -> int:
        """The record of ``doc_id`` was written: its documents under ``tag`` are no longer pending."""
        tag = tag or self.tag
        return int(self._commit_id(args=[self.prefix, tag, doc_id])) if tag else 0

    def commit_tag(self, tag: str | None = None) -> None:
        """Everything added under ``tag`` stays (a worker that closed cleanly)."""
        tag = tag or self.tag
        if tag:
            self.client.delete(f"{self.prefix}tag:{tag}")

    def discard_tag(self, tag: str) -> int:
        """Forget the documents still pending under ``tag`` (their worker died); returns how many."""
        return int(self._discard(args=[self.prefix, tag]))

    def pending(self, tag: str | None = None) -> int:
        tag = tag or self.tag
        return int(self.client.scard(f"{self.prefix}tag:{tag}")) if tag else 0

    def clear(self) -> int:
        """Delete every key of this store (a crawl started afresh); returns how many."""
        deleted = 0
        for batch in batches(self.client.scan_iter(match=self.prefix + "*", count=1000), 500):
            deleted += self.client.delete(*batch)
        return deleted


def batches(items: Any, size: int = 500) -> Any:
    """``items`` in lists of ``size`` (the last one shorter): Redis commands of bounded length."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
