"""`-a profile=FILE`: deny patterns, per-site CSS selectors; `-s CORPUS_DEV=1` turns the HTTP cache on."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from .conftest import scrapy_crawl
from .site_server import SITE, SiteServer


def test_profile_crawl(tmp_path):
    cache = tmp_path / "httpcache"
    with SiteServer() as site:
        scrapy_crawl(["-a", f"profile={SITE / 'profile.toml'}", "-a", f"start_urls={site.base}/",
                      "-s", "CORPUS_DEV=1", "-s", f"HTTPCACHE_DIR={cache}"],
                     tmp_path / "out.jsonl", tmp_path / "stats.json")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert len(records) >= 5
    assert "/section/economy/" not in {h.path for h in site.log}           # deny pattern
    assert stats["corpus/links/denied"] >= 1
    with_box = [r for r in records if b"sponsor-note" in site.served_bytes(urlsplit(r["url"]).path +
                                                                     (f"?{urlsplit(r['url']).query}" if urlsplit(r["url"]).query else ""))]
    assert len(with_box) >= 5
    for record in with_box:
        assert "Coastal Media Fund" not in record["body"]
        assert any(r["cleaner"] == "css_drop" and r["rule"] == "css-selector" and "Coastal Media Fund" in r["text"]
                   for r in record["removed"]), record["url"]
    assert stats["corpus/removed_chars/css_drop"] > 0
    assert stats["httpcache/store"] > 0 and any(cache.rglob("*"))           # CORPUS_DEV switched the cache on
