"""Acceptance: two ``scrapy crawl`` processes share one crawl through a real Redis
(``-s CORPUS_REDIS_URL``): every article emitted exactly once, no page fetched twice per
the server's log, and after ``kill -9`` of one worker the union is still complete."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from .news_site import NewsSite

ROOT = Path(__file__).resolve().parents[2]
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        "-s", "CONCURRENT_REQUESTS=4", "-s", "DOWNLOAD_TIMEOUT=20", "-s", "CORPUS_WORKERS=0",
        "-s", "CORPUS_CONTACT_URL=https://corpus.invalid/contact", "-s", "LOG_LEVEL=INFO"]
# Redis leases: the kill test's, far shorter than the default (60 s), keeps it quick, but must outlast
# the longest stretch a worker's reactor goes without a heartbeat (with CORPUS_WORKERS=0 the first page
# is cleaned in the crawl process with the engine's lazy loads: seconds on a loaded machine). A test
# that kills no worker takes a long one: a lease that runs out hands its pages to the other worker, which
# fetches them again (at-least-once, by design), and "no page fetched twice" would fail on a slow machine.
KILL_LEASE, LEASE = 6, 30


_STARTED: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test():
    """A test that fails mid-crawl leaves no worker behind (it would run on against a stopped Redis)."""
    yield
    while _STARTED:
        proc = _STARTED.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def start_worker(name: str, site: NewsSite, redis_url: str, out: Path, crawl: str,
                 lease: int = LEASE) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.base}/",
           "-a", f"crawl={crawl}", "-s", f"CORPUS_REDIS_URL={redis_url}", "-s", f"USER_AGENT={name}",
           "-O", str(out), *FAST, "-s", f"CORPUS_REDIS_LEASE_TIMEOUT={lease}"]
    log = open(out.with_suffix(".log"), "wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    _STARTED.append(proc)
    return proc


def finish(proc: subprocess.Popen, timeout: float = 300) -> int:
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)
        raise


def records(path: Path) -> list[dict]:
    """The whole lines of a worker's output (a killed worker may have written nothing more)."""
    if not path.exists():
        return []
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b"", f"{path}: half a line at the end"
    return [json.loads(line) for line in lines[:-1]]


def log_tail(path: Path) -> str:
    return path.with_suffix(".log").read_text(errors="replace")[-3000:] if path.with_suffix(".log").exists() else ""


def test_two_workers_share_one_crawl(tmp_path, redis_url, redis_client):
    with NewsSite() as site:
        outs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
        procs = [start_worker(f"worker-{n}", site, redis_url, out, "shared") for n, out in zip("ab", outs)]
        codes = [finish(p) for p in procs]
        hits = site.hits()
    assert codes == [0, 0], log_tail(outs[0]) + log_tail(outs[1])
    union = records(outs[0]) + records(outs[1])
    ids = Counter(r["id"] for r in union)
    assert max(ids.values()) == 1, "an article emitted twice"
    assert {r["url"] for r in union} == site.article_urls()
    # no page fetched twice across the two processes (robots.txt: each process reads it to obey it)
    pages = Counter(h.path for h in hits if h.path != "/robots.txt")
    assert pages and max(pages.values()) == 1, [p for p, n in pages.items() if n > 1]
    assert all(n <= 1 for n in Counter(h.agent for h in hits if h.path == "/robots.txt").values())
    assert pages["/amp/0"] == 1                     # an alias is fetched, its article emitted once
    by_worker = Counter(h.agent for h in hits)
    assert by_worker["worker-a"] > 5 and by_worker["worker-b"] > 5, by_worker    # both did a share
    # the last worker out deleted the finished crawl's queue and dupefilter; the dedup state stays
    assert not redis_client.exists("corpus:shared:requests", "corpus:shared:dupefilter", "corpus:shared:workers")
    assert int(redis_client.get("corpus:shared:dedup:n")) == site.count
    assert redis_client.keys("corpus:shared:dedup:tag:*") == []   # nothing left pending


def test_union_complete_after_kill_9_of_one_worker(tmp_path, redis_url, redis_client):
    with NewsSite(sections=5, per_section=10, delay=0.05) as site:
        site.slow["worker-a"] = 0.3            # worker a always has requests in flight
        outs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
        victim = start_worker("worker-a", site, redis_url, outs[0], "killed", lease=KILL_LEASE)
        deadline = time.monotonic() + 180
        while not outs[0].exists() or outs[0].read_bytes().count(b"\n") < 3:   # a has written some articles
            assert time.monotonic() < deadline and victim.poll() is None, log_tail(outs[0])
            time.sleep(0.05)
        # the survivor joins once a is mid-crawl (started together, a fast b could take the whole site
        # before a wrote anything, and the kill would test nothing), and a dies with requests in hand
        survivor = start_worker("worker-b", site, redis_url, outs[1], "killed", lease=KILL_LEASE)
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(10)
        killed_at = len(site.hits())
        code = finish(survivor)
        hits = site.hits()
    assert code == 0, log_tail(outs[1])
    union = records(outs[0]) + records(outs[1])
    ids = Counter(r["id"] for r in union)
    assert max(ids.values()) == 1, [i for i, n in ids.items() if n > 1]
    assert {r["url"] for r in union} == site.article_urls()
    assert records(outs[0]), "the victim wrote nothing before it was killed: the test did not test a kill"
    # a page is fetched again only when the dead worker had it in hand: first by a, then by b
    pages: dict[str, list[str]] = {}
    for h in hits:
        if h.path != "/robots.txt":
            pages.setdefault(h.path, []).append(h.agent)
    again = {p: agents for p, agents in pages.items() if len(agents) > 1}
    assert all(agents == ["worker-a", "worker-b"] for agents in again.values()), again
    assert killed_at < len(hits)
    assert "is dead" in log_tail(outs[1]) or "is dead" in outs[1].with_suffix(".log").read_text(errors="replace")
