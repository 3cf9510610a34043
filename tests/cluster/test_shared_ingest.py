"""``corpus ingest -s CORPUS_REDIS_URL=...``: two cron hosts (two state directories) share
one target through a real Redis: each page fetched once, every article in one of the two
outputs; each host keeps its own state."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from .news_site import NewsSite

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = ["AUTOTHROTTLE_ENABLED=0", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS=4", "CORPUS_WORKERS=0",
            "CORPUS_CONTACT_URL=https://corpus.invalid/contact", "CORPUS_REDIS_LEASE_TIMEOUT=30"]


def ingest(site: NewsSite, host: Path, redis_url: str, agent: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    sets = [arg for s in [*SETTINGS, f"CORPUS_REDIS_URL={redis_url}", f"USER_AGENT={agent}"] for arg in ("-s", s)]
    cmd = [sys.executable, "-m", "cleaners", "ingest", f"{site.base}/", "--state", str(host / "state"),
           "--output", str(host / "out"), *sets]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_two_hosts_share_one_ingest_target(tmp_path, redis_url, redis_client):
    with NewsSite(sections=3, per_section=10, aliases=0, delay=0.1) as site:
        procs = [ingest(site, tmp_path / name, redis_url, f"host-{name}") for name in "ab"]
        errors = [p.communicate(timeout=300)[1].decode(errors="replace") for p in procs]
        hits = site.hits()
    assert [p.returncode for p in procs] == [0, 0], errors
    urls = Counter()
    for name in "ab":
        for path in (tmp_path / name / "out").rglob("*.jsonl"):
            urls.update(json.loads(line)["url"] for line in path.read_text().splitlines())
    assert set(urls) == site.article_urls() and max(urls.values()) == 1
    pages = Counter(h.path for h in hits if h.path != "/robots.txt")
    assert max(pages.values()) == 1
    assert {h.agent for h in hits if h.path.startswith("/news/")} == {"host-a", "host-b"}
    assert (tmp_path / "a" / "state").is_dir() and (tmp_path / "b" / "state").is_dir()   # state per host
    assert redis_client.keys("corpus:ingest-*:requests") == []     # the finished crawl's frontier is gone
