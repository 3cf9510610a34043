"""The shared state of one crawl in Redis: workers, heartbeats, leases, the dedup store.

Keys (prefix ``corpus:<crawl>:``)::

    requests           scrapy-redis priority queue (sorted set of serialised requests)
    dupefilter         scrapy-redis request fingerprints (set)
    workers            ids of the workers that joined (set)
    alive:<worker>     heartbeat, expires after the lease timeout
    leases:<worker>    the requests a worker took: lease id -> serialised request
    lscore:<worker>    lease id -> the request's queue score (to queue it again as it was)
    lease              lease id counter
    dedup:...          `cleaners.dedup_redis.RedisDedupStore`

Every step that moves requests (take, give back, recover a dead worker, finish) is
one Lua script, so two workers never both take or both recover the same request.
"""
from __future__ import annotations

import logging
import os
import secrets
import socket
from typing import Any

from cleaners.dedup_redis import RedisDedupStore, batches

from . import DEFAULT_LEASE_TIMEOUT

log = logging.getLogger(__name__)

_TAKE = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local id = redis.call('INCR', KEYS[4])
redis.call('HSET', KEYS[2], id, r[1])
redis.call('HSET', KEYS[3], id, r[2])
return {id, r[1]}
"""

# a worker's leased requests go back to the queue with their scores; the count stays in h
_REQUEUE_LEASES = """
local h = redis.call('HGETALL', p .. 'leases:' .. w)
for i = 1, #h, 2 do
  local score = redis.call('HGET', p .. 'lscore:' .. w, h[i]) or '0'
  redis.call('ZADD', p .. 'requests', score, h[i + 1])
end
redis.call('DEL', p .. 'leases:' .. w, p .. 'lscore:' .. w)
"""

_GIVE_BACK = """
local p, w = ARGV[1], ARGV[2]
""" + _REQUEUE_LEASES + """
return #h / 2
"""

_RECOVER = """
local p, w = ARGV[1], ARGV[2]
if redis.call('EXISTS', p .. 'alive:' .. w) == 1 then return -1 end
if redis.call('SISMEMBER', p .. 'workers', w) == 0 then return -1 end
""" + _REQUEUE_LEASES + """
redis.call('SREM', p .. 'workers', w)
return #h / 2
"""

_BUSY_ELSEWHERE = """
local p, me = ARGV[1], ARGV[2]
for _, w in ipairs(redis.call('SMEMBERS', p .. 'workers')) do
  if w ~= me and redis.call('HLEN', p .. 'leases:' .. w) > 0 then return 1 end
end
return 0
"""

_FINISH = """
local p, me = ARGV[1], ARGV[2]
redis.call('SREM', p .. 'workers', me)
redis.call('DEL', p .. 'alive:' .. me)
for _, w in ipairs(redis.call('SMEMBERS', p .. 'workers')) do
  if redis.call('EXISTS', p .. 'alive:' .. w) == 1 or redis.call('HLEN', p .. 'leases:' .. w) > 0 then
    return 0
  end
end
if redis.call('ZCARD', p .. 'requests') > 0 then return 0 end
redis.call('DEL', p .. 'requests', p .. 'dupefilter', p .. 'lease', p .. 'workers')
return 1
"""


def _id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class CrawlState:
    """This worker's view of one shared crawl."""

    def __init__(self, client: Any, crawl: str, lease_timeout: float = DEFAULT_LEASE_TIMEOUT,
                 worker: str | None = None):
        if lease_timeout <= 0:
            raise ValueError("CORPUS_REDIS_LEASE_TIMEOUT must be positive")
        self.client = client
        self.crawl = crawl
        self.prefix = f"corpus:{crawl}:"
        self.worker = worker or _id()
        self.lease_timeout = lease_timeout
        self.dedup = RedisDedupStore(client, self.prefix + "dedup", tag=self.worker)
        self._take = client.register_script(_TAKE)
        self._give_back = client.register_script(_GIVE_BACK)
        self._recover = client.register_script(_RECOVER)
        self._busy_elsewhere = client.register_script(_BUSY_ELSEWHERE)
        self._finish = client.register_script(_FINISH)

    @classmethod
    def from_settings(cls, settings: Any, crawl: str) -> "CrawlState":
        import redis
        client = redis.Redis.from_url(settings.get("CORPUS_REDIS_URL"), socket_timeout=30,
                                      socket_connect_timeout=30, retry_on_timeout=True)
        return cls(client, crawl, settings.getfloat("CORPUS_REDIS_LEASE_TIMEOUT", DEFAULT_LEASE_TIMEOUT))

    def key(self, name: str) -> str:
        return self.prefix + name

    # -- membership ----------------------------------------------------------------------
    def join(self, flush: bool = False) -> None:
        if flush:
            deleted = sum(self.client.delete(*batch) for batch in batches(self.client.scan_iter(
                match=self.prefix + "*", count=1000)))
            log.info("crawl %s: started afresh (%d keys deleted)", self.crawl, deleted)
        self.heartbeat()
        self.client.sadd(self.key("workers"), self.worker)
        self.recover()      # workers that died while nobody was there to notice

    def heartbeat(self) -> None:
        """I am alive (every quarter of the lease timeout); re-join if I was taken for dead."""
        self.client.set(self.key(f"alive:{self.worker}"), 1, px=int(self.lease_timeout * 1000))
        if not self.client.sismember(self.key("workers"), self.worker) and self.client.exists(self.key("workers")):
            log.error("crawl %s: this worker (%s) was taken for dead (no heartbeat for %g s) and its requests "
                      "were given to others; joining again", self.crawl, self.worker, self.lease_timeout)
            self.client.sadd(self.key("workers"), self.worker)

    def workers(self) -> set[str]:
        return {w.decode() for w in self.client.smembers(self.key("workers"))}

    # -- leases --------------------------------------------------------------------------
    def take(self) -> tuple[str, bytes] | None:
        """The first request of the queue, leased to this worker: ``(lease id, data)``."""
        out = self._take(keys=[self.key("requests"), self.key(f"leases:{self.worker}"),
                               self.key(f"lscore:{self.worker}"), self.key("lease")])
        return (out[0].decode() if isinstance(out[0], bytes) else str(out[0]), out[1]) if out else None

    def ack(self, lease: str) -> None:
        """The engine has finished with the leased request."""
        pipe = self.client.pipeline(transaction=True)
        pipe.hdel(self.key(f"leases:{self.worker}"), lease)
        pipe.hdel(self.key(f"lscore:{self.worker}"), lease)
        pipe.execute()

    def give_back(self) -> int:
        """Queue again every request still leased to this worker (a stop before the end)."""
        return int(self._give_back(args=[self.prefix, self.worker]))

    def recover(self) -> int:
        """Queue again the requests of every dead worker (no heartbeat); returns how many.
        Its unwritten documents are forgotten first, so that the pages are new when they
        are fetched again."""
        requeued = 0
        for worker in self.workers() - {self.worker}:
            if self.client.exists(self.key(f"alive:{worker}")):
                continue
            discarded = self.dedup.discard_tag(worker)
            n = int(self._recover(args=[self.prefix, worker]))
            if n >= 0:
                log.warning("crawl %s: worker %s is dead; %d of its requests queued again, %d unwritten "
                            "documents forgotten", self.crawl, worker, n, discarded)
                requeued += n
        return requeued

    def busy_elsewhere(self) -> bool:
        """Whether another worker holds leases (it may still queue more requests)."""
        return bool(self._busy_elsewhere(args=[self.prefix, self.worker]))

    def queued(self) -> int:
        return int(self.client.zcard(self.key("requests")))

    def finish(self) -> bool:
        """Leave the crawl: give back what is unfinished, keep this worker's documents;
        the last worker of a finished crawl deletes its queue and dupefilter (True)."""
        given = self.give_back()
        if given:
            log.info("crawl %s: %d unfinished requests queued again for the other workers", self.crawl, given)
        self.dedup.commit_tag()
        done = bool(self._finish(args=[self.prefix, self.worker]))
        if done:
            log.info("crawl %s: finished; its queue and dupefilter are deleted (the dedup state stays)", self.crawl)
        return done

