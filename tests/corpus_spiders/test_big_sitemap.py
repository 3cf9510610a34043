"""A sitemap of 100,000 URLs does not cost the crawl 100,000 requests in memory: the
pending requests wait in the scheduler's disk queue (corpus_spiders/queues.py). Peak
RSS is compared with a crawl of a 2,000-URL sitemap in the same run."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import ROOT

MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


class SitemapSite:
    def __init__(self):
        self.sizes: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.startswith("/sitemap-"):
                    n = int(self.path.split("-")[1].split(".")[0])
                    urls = "".join(f"<url><loc>{site.base}/2024/05/01/story-number-{i}/</loc></url>" for i in range(n))
                    body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
                    status, ctype, data = 200, "application/xml", body.encode()
                else:
                    status, ctype, data = 404, "text/plain", b"gone"
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except ConnectionError:
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def peak_rss_kib(site: SitemapSite, urls: int, tmp_path, *extra: str) -> int:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.base}/sitemap-{urls}.xml",
           "-O", str(tmp_path / f"out-{urls}.jsonl"), "-s", "ROBOTSTXT_OBEY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
           "-s", "DOWNLOAD_DELAY=0", "-s", "CLOSESPIDER_PAGECOUNT=40", "-s", "CORPUS_WORKERS=1",
           "-s", "LOG_LEVEL=WARNING", "-s", "CORPUS_CONTACT_URL=https://corpus.invalid/c", *extra]
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return int(out.stdout.split()[-1])


@pytest.mark.slow
def test_a_huge_sitemap_waits_on_disk_not_in_memory(tmp_path):
    site = SitemapSite()
    try:
        small = peak_rss_kib(site, 2_000, tmp_path)
        big = peak_rss_kib(site, 100_000, tmp_path)
        in_memory = peak_rss_kib(site, 100_000, tmp_path, "-s", "CORPUS_DISK_QUEUE=0")
    finally:
        site.close()
    assert (big - small) * 4 < in_memory - small, (small, big, in_memory)   # a quarter of the growth, at most
    assert big < 1.5 * small, (small, big)
