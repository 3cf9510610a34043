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
        assert a["source"] == a["url"] and b["source"].endswith(f"{article['key']}.html")
        if "canonical" in site.served_bytes(article["path"]).decode("utf-8"):
            assert a["url"] == b["url"] == site.base + article["path"] and a["id"] == b["id"]   # the canonical link
    # the same duplicate marks in each path's ids: the copy met second is marked, and the crawl
    # fetches concurrently, so which of a pair it meets first depends on response timing; the
    # pairs and the clusters are compared, not their direction
    by_key = {a["key"]: crawled[a["path"]] for a in fixture_articles}
    for key in ID_BOUND:
        assert _groups(by_key, key, same_id) == _groups(cleaned, key, {}), key
    assert cleaned["p01"]["metadata"]["duplicate_of"] == cleaned["a01"]["id"]


def _groups(records: dict[str, dict], key: str, ids: dict[str, str]) -> set[frozenset[str]]:
    """The articles grouped by what their ``metadata[key]`` points to (in ``ids``' terms), each
    group with the article it points to, as sets of article keys."""
    key_of = {ids.get(r["id"], r["id"]): k for k, r in records.items()}
    groups: dict[str, set[str]] = {}
    for k, r in records.items():
        target = r["metadata"][key]
        if target:
            target = ids.get(target, target)
            groups.setdefault(target, {key_of.get(target, target)}).add(k)
    return {frozenset(g) for g in groups.values()}
