"""`scrapy crawl`, `corpus ingest` and `corpus clean` share one stage list: the same
near-duplicate pair is marked identically by all three, and the length gate drops the
same short page in all three."""
from __future__ import annotations

import json
import subprocess
import sys

from ..ingest_site import IngestSite, prose
from ..test_ingest import _env
from .conftest import ROOT

ONE_BY_ONE = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "ROBOTSTXT_OBEY=0",
              "-s", "CONCURRENT_REQUESTS=1", "-s", "CORPUS_WORKERS=1",     # pages met in link order
              "-s", "CORPUS_CONTACT_URL=https://corpus.invalid/contact"]
ORIGINAL = "/2024/05/01/harbour-story-number-1-of-the-week/"
COPY = "/2024/05/20/partner-copy-of-the-harbour-story/"
SHORT = "/2024/05/21/a-very-short-note-on-the-harbour/"


def _marks(records: list[dict], site: IngestSite) -> dict[str, tuple]:
    by_url = {r["url"]: r for r in records}
    ids = {r["id"]: r["url"].removeprefix(site.base) for r in records}
    return {url.removeprefix(site.base): (ids.get(r["metadata"]["duplicate_of"]), ids.get(r["metadata"]["cluster"]))
            for url, r in by_url.items()}


def test_the_same_near_duplicate_pair_is_marked_alike_by_crawl_ingest_and_clean(tmp_path, corpus_bin):
    with IngestSite(count=3) as site:
        _, paragraphs = site.articles[ORIGINAL]
        site.add(COPY, "Partner copy", prose("partner intro", 1) + paragraphs[:4])   # most of the story, re-used
        site.add(SHORT, "A very short note", ["The harbour office is closed on Monday."])

        out = tmp_path / "crawl.jsonl"
        subprocess.run([sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.url('/')}",
                        "-O", str(out), *ONE_BY_ONE], cwd=ROOT, env=_env(), check=True, capture_output=True,
                       timeout=120)
        crawled = [json.loads(line) for line in out.read_text().splitlines()]

        subprocess.run([corpus_bin, "ingest", site.url("/"), "--state", str(tmp_path / "state"),
                        "--output", str(tmp_path / "out"), *ONE_BY_ONE], cwd=ROOT, env=_env(), check=True,
                       capture_output=True, timeout=120)
        ingested = [json.loads(line) for f in (tmp_path / "out").rglob("*.jsonl") for line in f.read_text().splitlines()]

        pages = tmp_path / "pages"
        pages.mkdir()
        for n, path in enumerate(site.articles):   # the files sort in the order the crawl met the pages
            (pages / f"{n:02d}.html").write_bytes(site.page(path)[0])
    cleaned_out = tmp_path / "clean.jsonl"
    subprocess.run([corpus_bin, "clean", str(pages), "-o", str(cleaned_out), "-q", "--min-chars", "300"],
                   check=True, timeout=120)
    cleaned = [json.loads(line) for line in cleaned_out.read_text().splitlines()]

    expected = {path: (None, path) for path in site.articles if path not in (COPY, SHORT)}
    expected[COPY] = (ORIGINAL, ORIGINAL)
    for name, records in (("crawl", crawled), ("ingest", ingested), ("clean", cleaned)):
        assert _marks(records, site) == expected, name       # and the short note is left out by every path
    assert [r["metadata"] for r in crawled] == [r["metadata"] for r in cleaned]
