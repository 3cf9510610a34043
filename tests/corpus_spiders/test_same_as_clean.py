"""One code path: a crawled page and the same page saved and run through
`corpus clean` give the same body, metadata and comments."""
from __future__ import annotations

import json
import subprocess
from urllib.parse import urlsplit

from .conftest import ROOT

# `source` and `id` differ by construction (URL vs file path); `url` is the canonical
# link of the page in both runs, and is compared as well.
URL_BOUND = {"url"}


def test_crawl_record_equals_corpus_clean(crawl, fixture_articles, corpus_bin, tmp_path):
    site = crawl["site"]
    crawled = {urlsplit(r["url"]).path: r for r in crawl["records"]}
    pages = tmp_path / "pages"
    pages.mkdir()
    for article in fixture_articles:
        (pages / f"{article['key']}.html").write_bytes(site.served_bytes(article["path"]))
    out = tmp_path / "clean.jsonl"
    # the same stages as the crawl: the length gate of CORPUS_MIN_CHARS, dedup marking
    proc = subprocess.run([corpus_bin, "clean", str(pages), "-o", str(out), "-q", "-j", "0", "--min-chars", "300"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    cleaned = {r["source"].rsplit("/", 1)[1][:-5]: r for r in map(json.loads, out.read_text().splitlines())}
    assert len(cleaned) == len(fixture_articles)
    for article in fixture_articles:
        a, b = crawled[article["path"]], cleaned[article["key"]]
        assert a["body"] == b["body"], article["key"]
        assert a["comments"] == b["comments"], article["key"]
        meta_a = {k: v for k, v in a["metadata"].items() if k not in URL_BOUND}
        meta_b = {k: v for k, v in b["metadata"].items() if k not in URL_BOUND}
        assert meta_a == meta_b, article["key"]
        assert a["removed"] == b["removed"], article["key"]
        assert a["url"] == b["url"] == site.base + article["path"]      # the page's canonical link
        assert a["source"] == a["url"] and b["source"].endswith(f"{article['key']}.html")
