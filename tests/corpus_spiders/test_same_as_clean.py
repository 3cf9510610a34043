"""One code path: a crawled page and the same page saved and run through `corpus clean`
(with the crawl's stages: the length gate of CORPUS_MIN_CHARS, dedup marking) give the
same record, except for what is derived from the URL: `id` and `source` (a file path
instead of the URL; the same id when the page names its canonical URL), `url` and
`metadata.url`, and the ids `duplicate_of` / `cluster` point to."""
from __future__ import annotations

import json
import subprocess

from .conftest import ROOT
from .test_crawl import by_path

URL_BOUND = {"url"}
ID_BOUND = {"duplicate_of", "cluster"}


def test_crawl_record_equals_corpus_clean(crawl, fixture_articles, corpus_bin, tmp_path):
    site = crawl["site"]
    crawled = by_path(crawl["records"])
    pages = tmp_path / "pages"
    pages.mkdir()
    for article in fixture_articles:   # file names sort as the crawl met them (a01 before its partner copy p01)
        (pages / f"{article['key']}.html").write_bytes(site.served_bytes(article["path"]))
    out = tmp_path / "clean.jsonl"
    proc = subprocess.run([corpus_bin, "clean", str(pages), "-o", str(out), "-q", "-j", "0", "--min-chars", "300"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    cleaned = {r["source"].rsplit("/", 1)[1][:-5]: r for r in map(json.loads, out.read_text().splitlines())}
    assert len(cleaned) == len(fixture_articles)
    same_id = {crawled[a["path"]]["id"]: cleaned[a["key"]]["id"] for a in fixture_articles}
    for article in fixture_articles:
        a, b = crawled[article["path"]], cleaned[article["key"]]
        assert a["body"] == b["body"], article["key"]
        assert a["comments"] == b["comments"], article["key"]
        assert a["removed"] == b["removed"], article["key"]
        meta_a = {k: v for k, v in a["metadata"].items() if k not in URL_BOUND | ID_BOUND}
        meta_b = {k: v for k, v in b["metadata"].items() if k not in URL_BOUND | ID_BOUND}
        assert meta_a == meta_b, article["key"]
        for key in ID_BOUND:   # the same duplicate marks, in each path's ids
            assert same_id.get(a["metadata"][key], a["metadata"][key]) == b["metadata"][key], (article["key"], key)
        assert a["source"] == a["url"] and b["source"].endswith(f"{article['key']}.html")
        if "canonical" in site.served_bytes(article["path"]).decode("utf-8"):
            assert a["url"] == b["url"] == site.base + article["path"] and a["id"] == b["id"]   # the canonical link
    assert cleaned["p01"]["metadata"]["duplicate_of"] == cleaned["a01"]["id"]
