"""Crawl throughput on loopback: pages/s and articles/s of ``scrapy crawl articles``.

Serves a site of N small pages (default 2,000: 40 section hubs in a chain, each linking
to its articles) from a threaded HTTP server in this process on 127.0.0.1, then runs

* the baseline: a bare Scrapy spider that fetches the same pages and follows the same
  links, and cleans nothing (what the machine and Scrapy can do at all), and
* ``scrapy crawl articles`` of this project (detection, cleaning in worker processes,
  the stages, JSON lines output),

both with no politeness delay (no AutoThrottle, ``DOWNLOAD_DELAY=0``, robots.txt
off, 16 concurrent requests), ``--repeat`` times each, interleaved, and prints the best
pages/s, articles/s and the ratio to the baseline measured in the same run. Times are
wall clock from process start to exit. On a shared machine the wall clock follows the
load, so it also prints the CPU time per page of the crawl process and of its cleaning
workers (Linux), and the throughput that CPU work allows on idle cores.

    python benchmarks/crawl.py [--pages 2000] [--workers N] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("harbour ferry council island quay tide boat crossing timetable village market office port season "
         "school road bridge water winter summer storm repair budget plan vote meeting residents week").split()
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "ROBOTSTXT_OBEY=0",
        "-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "LOG_LEVEL=WARNING",
        "-s", "CLOSESPIDER_PAGECOUNT=0", "-s", "DEPTH_LIMIT=0", "-s", "CORPUS_CONTACT_URL=https://corpus.invalid/bench"]

BARE_SPIDER = '''
import scrapy
class Bare(scrapy.Spider):
    name = "bare"
    def __init__(self, start_urls, *a, **kw):
        super().__init__(*a, **kw)
        self.start_urls = [start_urls]
    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse)
'''


class Site:
    """``pages`` pages: hubs ``/section/N/`` (each links to the next hub and its articles)
    and articles ``/YYYY/MM/DD/slug-N/`` of four short paragraphs."""

    def __init__(self, pages: int):
        self.hubs = max(1, pages // 50)
        self.articles = pages - self.hubs
        per = -(-self.articles // self.hubs)
        self.by_hub = [range(h * per, min(self.articles, (h + 1) * per)) for h in range(self.hubs)]
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @staticmethod
    def article_path(n: int) -> str:
        return f"/2024/{1 + n % 12:02d}/{1 + n % 28:02d}/harbour-story-number-{n}-of-the-season/"

    def page(self, path: str) -> bytes | None:
        if path == "/" or path.startswith("/section/"):
            h = 0 if path == "/" else int(path.strip("/").split("/")[1])
            if h >= self.hubs:
                return None
            links = "".join(f'<li><a href="{self.article_path(n)}">Story {n}</a></li>' for n in self.by_hub[h])
            nxt = f'<a href="/section/{h + 1}/">Older</a>' if h + 1 < self.hubs else ""
            return (f"<!DOCTYPE html><html><head><title>Section {h}</title><meta property='og:type' content='website'>"
                    f"</head><body><h1>Section {h}</h1><ul>{links}</ul>{nxt}</body></html>").encode()
        if path.startswith("/2024/"):
            n = int(path.rstrip("/").rsplit("-", 4)[-4])
            rng = random.Random(n)
            paras = "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(45)).capitalize() + ".</p>"
                            for _ in range(4))
            return (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Story {n}</title>"
                    f"<meta property='og:type' content='article'><link rel='canonical' href='{self.base}{path}'>"
                    f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Story {n}</h1>"
                    f"<time datetime='2024-05-0{1 + n % 9}'>May 2024</time>{paras}</article></body></html>").encode()
        return None

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                body = site.page(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        return Handler

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1"
    return env


def _tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) of every live descendant of ``pid`` (Linux /proc; else {})."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    out = {}
    for child in cpu:
        ancestor = parents.get(child)
        while ancestor and ancestor != pid:
            ancestor = parents.get(ancestor)
        if ancestor == pid:
            out[child] = cpu[child]
    return out


def run(cmd: list[str], stats_file: Path | None = None) -> tuple[float, dict, float, float]:
    """Wall seconds, the crawl's stats, CPU seconds of the crawl process itself (``wait4``)
    and of its descendants (the cleaning workers and their fork server, sampled from /proc
    every 0.1 s: the last tenth of a second of a worker can be missed)."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    children: dict[int, float] = {}
    while proc.poll() is None:
        children.update(_tree_cpu(proc.pid))
        time.sleep(0.1)
    elapsed = time.monotonic() - started
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode:
        raise SystemExit(f"{cmd[2:5]} failed ({proc.returncode}):\n{stderr[-3000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    stats = json.loads(stats_file.read_text()) if stats_file else {}
    return elapsed, stats, usage.ru_utime + usage.ru_stime, sum(children.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=None, help="CORPUS_WORKERS (default: one per core)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, interleaved; the best is kept")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    site = Site(args.pages)
    best: dict[str, tuple] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp)
            spider = tmp_path / "bare.py"
            spider.write_text(BARE_SPIDER)
            extra = ["-s", f"CORPUS_WORKERS={args.workers}"] if args.workers is not None else []
            commands = {
                "bare": ([sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"start_urls={site.base}/",
                          "-o", str(tmp_path / "bare.jsonl"), *FAST], None),
                "corpus": ([sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.base}/",
                            "-O", str(tmp_path / "out.jsonl"), "-s", f"CORPUS_STATS_FILE={tmp_path / 's.json'}",
                            *FAST, *extra], tmp_path / "s.json")}
            for _ in range(max(1, args.repeat)):
                for name, (cmd, stats_file) in commands.items():
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    wall, stats, after_cpu, workers_cpu = run(cmd, stats_file)
                    own_cpu = after_cpu - (before.ru_utime + before.ru_stime)
                    if name not in best or wall < best[name][0]:
                        best[name] = (wall, stats, own_cpu, workers_cpu)
    finally:
        site.close()
    bare_s, _, bare_cpu, _ = best["bare"]
    ours_s, stats, ours_cpu, workers_cpu = best["corpus"]
    pages = int(stats.get("corpus/pages_fetched", 0))
    articles = int(stats.get("corpus/articles_emitted", 0))
    if not pages:
        raise SystemExit("the crawl fetched nothing")
    result = {"pages": args.pages, "cores": len(os.sched_getaffinity(0)), "runs": max(1, args.repeat),
              "load_average": round(os.getloadavg()[0], 1),
              "bare_scrapy_pages_per_s": round(args.pages / bare_s, 1),
              "corpus_pages_per_s": round(pages / ours_s, 1), "corpus_articles_per_s": round(articles / ours_s, 1),
              "pages_fetched": pages, "articles_emitted": articles, "seconds": round(ours_s, 1),
              "bare_cpu_ms_per_page": round(1000 * bare_cpu / args.pages, 2),
              "crawl_process_cpu_ms_per_page": round(1000 * ours_cpu / pages, 2),
              "workers_cpu_ms_per_page": round(1000 * workers_cpu / pages, 2)}
    result["ratio_to_bare"] = round(result["corpus_pages_per_s"] / result["bare_scrapy_pages_per_s"], 2)
    # what the CPU work allows on idle cores: the crawl process is one core at most, the rest shares them all
    total_ms = result["crawl_process_cpu_ms_per_page"] + result["workers_cpu_ms_per_page"]
    result["cpu_bound_pages_per_s"] = round(min(1000 / result["crawl_process_cpu_ms_per_page"],
                                                1000 * result["cores"] / total_ms), 1)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"crawl throughput, loopback site of {args.pages} pages ({site.hubs} hubs), {result['cores']} cores, "
          f"no delay, best of {result['runs']} interleaved runs, load average {result['load_average']}")
    print(f"  bare Scrapy spider (fetch + follow links)   : {result['bare_scrapy_pages_per_s']:7.1f} pages/s  "
          f"CPU {result['bare_cpu_ms_per_page']:.2f} ms/page")
    print(f"  scrapy crawl articles (detect, clean, stages): {result['corpus_pages_per_s']:7.1f} pages/s "
          f"{result['corpus_articles_per_s']:7.1f} articles/s  ({pages} pages, {articles} articles, "
          f"{ours_s:.1f} s)  ratio to bare {result['ratio_to_bare']:.2f}  target >= 100 pages/s")
    print(f"  CPU per page: crawl process {result['crawl_process_cpu_ms_per_page']:.2f} ms, cleaning workers "
          f"{result['workers_cpu_ms_per_page']:.2f} ms; on {result['cores']} idle cores that allows "
          f"{result['cpu_bound_pages_per_s']:.0f} pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
