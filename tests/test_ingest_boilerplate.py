"""`corpus ingest` learns each site's boilerplate in its state and removes it from the
pages of later runs; a crawl profile's ``[settings] boilerplate = [...]`` lines are
removed from the first page on. Local server only (tests/ingest_site.py serving the
30 pages of tests/site_fixture.py)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cleaners.boilerplate import paragraph_key
from corpus_spiders.ingest.store import StateStore

from .corpus_spiders.conftest import scrapy_crawl
from .ingest_site import IngestSite
from .site_fixture import BOILERPLATE, SHARED_QUOTE, page
from .test_ingest import ROOT, _env, outputs

FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "ROBOTSTXT_OBEY=0",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "CONCURRENT_REQUESTS=8",
        "-s", "CORPUS_CONTACT_URL=https://corpus.invalid/contact", "-s", "DOWNLOAD_TIMEOUT=20",
        "-s", "CORPUS_REVISIT_RECENT=0", "-s", "CORPUS_HUB_REFETCH=0"]   # re-visit everything every run
SITE = "127.0.0.1"          # the records' site: their URL's host (the pages' canonical links are off-domain)


def path_of(n: int) -> str:
    return f"/2024/05/{n:02d}/valley-story-number-{n}/"


def run(corpus_bin: str, site: IngestSite, tmp: Path, *extra: str) -> list[dict]:
    proc = subprocess.run([corpus_bin, "ingest", site.url("/"), "--state", str(tmp / "state"),
                           "--output", str(tmp / "out"), *FAST, *extra],
                          cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    newest = outputs(tmp)[-1]
    return [json.loads(line) for line in newest.read_text(encoding="utf-8").splitlines()]


def site_cuts(record: dict) -> list[dict]:
    return [r for r in record["removed"] if r["cleaner"] == "site_boilerplate"]


def test_ingest_learns_site_boilerplate_and_removes_it_in_the_next_run(tmp_path, corpus_bin, validator):
    with IngestSite(count=0) as site:
        for n in range(12):
            site.add_raw(path_of(n), page(n))
        first = run(corpus_bin, site, tmp_path)
        assert len(first) == 12
        for record in first:                     # nothing learned before the first run: all kept
            assert all(line in record["body"] for line in BOILERPLATE) and not site_cuts(record)
        store = StateStore(tmp_path / "state")
        stats = store.site_stats()
        store.close()
        assert stats.sites[SITE].docs == 12
        assert sorted(sample for sample, _, _ in stats.learned(SITE)) == sorted(BOILERPLATE)

        for n in range(12, 30):                  # new pages, among them the second one with the quote
            site.add_raw(path_of(n), page(n))
        second = run(corpus_bin, site, tmp_path, "--warc-dir", str(tmp_path / "archive"))
        by_path = {r["url"].removeprefix(site.base): r for r in second}
        # the first run's pages are answered 304 (not modified) and not emitted again
        assert set(by_path) == {path_of(n) for n in range(12, 30)}
        for n, record in by_path.items():
            validator.validate(record)
            for line in BOILERPLATE:
                assert line not in record["body"], (n, line)
            cuts = site_cuts(record)
            assert sorted(c["text"] for c in cuts) == sorted(BOILERPLATE), n
            assert {c["rule"] for c in cuts} == {"site-repeat"}
            assert record["body"].count("thousand pounds") >= 10           # the article text is all there
        everything = first + second
        quoted = sorted(r["url"].removeprefix(site.base) for r in everything if SHARED_QUOTE in r["body"])
        assert quoted == [path_of(3), path_of(17)]          # the quote two articles share stays
        assert not any(SHARED_QUOTE in c["text"] for r in everything for c in r["removed"])

        # the state counted each document once, boilerplate included though it was cut
        store = StateStore(tmp_path / "state")
        stats = store.site_stats()
        store.close()
        counter = stats.sites[SITE]
        assert counter.docs == 30
        learned = {sample: count for sample, count, _ in stats.learned(SITE)}
        assert learned == {line: 30 for line in BOILERPLATE}
        assert not stats.is_boilerplate(SITE, SHARED_QUOTE)
        # cut paragraphs were counted where they stood: the first at the lead, the second mid-article
        edges = {line: counter.entries[paragraph_key(line)].edge for line in BOILERPLATE}
        assert edges == {BOILERPLATE[0]: 30, BOILERPLATE[1]: 0, BOILERPLATE[2]: 30, BOILERPLATE[3]: 30}

        # a page that changes is emitted again (version 2) but is not a new document for the statistics
        site.add_raw(path_of(20), page(20).replace("</article>", "<p>Update: the meeting was moved to the "
                                                                 "harbour office on the following Monday.</p></article>"))
        (changed,) = run(corpus_bin, site, tmp_path)
        assert changed["metadata"]["version"] == 2 and "Update: the meeting" in changed["body"]
        assert sorted(c["text"] for c in site_cuts(changed)) == sorted(BOILERPLATE)
        store = StateStore(tmp_path / "state")
        assert store.site_stats().sites[SITE].docs == 30
        store.close()
        # --warc-dir archived the run, file names after the target
        archives = list((tmp_path / "archive").iterdir())
        assert archives and all(p.name.startswith("127-0-0-1-") and p.name.endswith(".warc.gz") for p in archives)


def test_crawl_profile_boilerplate_lines_are_removed_from_the_first_page(tmp_path):
    with IngestSite(count=0) as site:
        for n in range(3):
            site.add_raw(path_of(n), page(n))
        profile = tmp_path / "valley.toml"
        profile.write_text('allowed_domains = ["127.0.0.1"]\n[settings]\nboilerplate = [\n'
                           + "".join(f"  {json.dumps(line)},\n" for line in BOILERPLATE[1:3]) + "]\n",
                           encoding="utf-8")
        scrapy_crawl(["-a", f"profile={profile}", "-a", f"start_urls={site.url('/')}"],
                     tmp_path / "out.jsonl", tmp_path / "stats.json")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    for record in records:
        cuts = site_cuts(record)
        assert sorted(c["text"] for c in cuts) == sorted(BOILERPLATE[1:3])
        assert {c["rule"] for c in cuts} == {"site-profile"}
        assert BOILERPLATE[0] in record["body"] and BOILERPLATE[3] in record["body"]   # not listed: kept
        assert BOILERPLATE[1] not in record["body"] and BOILERPLATE[2] not in record["body"]
    stats = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))
    assert stats["corpus/removed_chars/site_boilerplate"] == sum(len(line) for line in BOILERPLATE[1:3]) * 3
