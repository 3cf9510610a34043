from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .site_server import SITE, SiteServer

ROOT = Path(__file__).resolve().parents[2]
# Fast but still polite to a local server: no AutoThrottle, no delay.
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s", "DOWNLOAD_TIMEOUT=10", "-s", "CORPUS_CONTACT_URL=https://corpus.invalid/contact", "-s", "LOG_LEVEL=INFO"]


def scrapy_crawl(args: list[str], out: Path, stats: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """``scrapy crawl articles ARGS -O out`` from the repo root, in a subprocess."""
    env = dict(os.environ)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(name, None)
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "articles", *args, "-O", str(out),
           "-s", f"CORPUS_STATS_FILE={stats}", *FAST]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    proc.elapsed = time.monotonic() - started   # type: ignore[attr-defined]
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


@pytest.fixture(scope="session")
def fixture_articles() -> list[dict]:
    return json.loads((SITE / "articles.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def crawl(tmp_path_factory):
    """One generic crawl of the fixture site (homepage, robots.txt, RSS feed as start URLs)."""
    tmp = tmp_path_factory.mktemp("crawl")
    with SiteServer() as site:
        starts = ",".join([f"{site.base}/", f"{site.base}/robots.txt", f"{site.base}/feeds/latest"])
        proc = scrapy_crawl(["-a", f"start_urls={starts}"], tmp / "out.jsonl", tmp / "stats.json")
    records = [json.loads(line) for line in (tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    stats = json.loads((tmp / "stats.json").read_text(encoding="utf-8"))
    return {"site": site, "records": records, "stats": stats, "proc": proc, "tmp": tmp}
