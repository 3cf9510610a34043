"""``-s CORPUS_WARC_DIR=DIR``: a crawl archives every response it fetched, marks the
ones it emitted, and ``corpus clean DIR/*.warc.gz`` gives back exactly the records the
crawl emitted."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType

from cleaners.warc import NOT_EMITTED, parse_fields

from .conftest import ROOT, scrapy_crawl
from .site_server import SITE, SiteServer


NAME = re.compile(r"^articles-\d{8}T\d{6}Z-\d+-\d{5}\.warc\.gz$")


MOVED = "/2024/03/11/river-delta-farmers-adapt-to-rising-salt-levels/"   # its canonical link points elsewhere
CANONICAL = "/canonical/river-delta-farmers/"


@pytest.fixture(scope="module")
def warc_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("warc")
    archive = tmp / "archive"
    site_root = tmp / "site"   # the fixture site, but one article's rel=canonical is not the URL it is served at
    shutil.copytree(SITE, site_root)
    page = site_root / "articles" / "a01.html"
    page.write_text(page.read_text(encoding="utf-8").replace(f'href="{{{{BASE}}}}{MOVED}"',
                                                             f'href="{{{{BASE}}}}{CANONICAL}"'), encoding="utf-8")
    with SiteServer(site_root) as site:
        starts = ",".join([f"{site.base}/", f"{site.base}/robots.txt", f"{site.base}/feeds/latest"])
        # a file is closed after every record: each mark lands in a later file than its response
        scrapy_crawl(["-a", f"start_urls={starts}", "-s", f"CORPUS_WARC_DIR={archive}",
                      "-s", "CORPUS_WARC_MAX_BYTES=1"], tmp / "out.jsonl", tmp / "stats.json")
    records = [json.loads(line) for line in (tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    stats = json.loads((tmp / "stats.json").read_text(encoding="utf-8"))
    return {"site": site, "records": records, "stats": stats, "archive": archive, "tmp": tmp}


def archive_records(directory: Path) -> list[tuple[str, object]]:
    """(file name, record) for every record of every file, in file order."""
    out = []
    for path in sorted(directory.glob("*.warc.gz")):
        for record in ArchiveIterator(str(path), fsspec_args=False):
            record.freeze()
            out.append((path.name, record))
    return out


def test_archive_files_complete_and_named(warc_crawl):
    files = sorted(warc_crawl["archive"].iterdir())
    assert len(files) >= 2, files                       # rotated after every record
    assert all(NAME.match(p.name) for p in files), [p.name for p in files]
    stats = warc_crawl["stats"]
    assert stats["corpus/warc/files"] == len(files)
    # every response the spider or the robots.txt middleware saw is archived (+ the 500 that was retried),
    # but a gzip bomb: refused by the decompression middleware before the archive sees it
    assert stats["corpus/warc/records"] == stats["downloader/response_count"] - \
        stats.get("downloader/response_status_count/301", 0) - stats.get("downloader/response_status_count/302", 0) - \
        stats["corpus/skipped/decompressed-too-large"]


def test_each_emitted_record_marks_its_response(warc_crawl):
    """One metadata record per emitted record, referring to its response, carrying the
    record's id and url; it lies in a later file than the response (rotation forced)."""
    records = archive_records(warc_crawl["archive"])
    responses = {r.headers["WARC-Record-ID"]: (name, r) for name, r in records
                 if r.record_type == WarcRecordType.response}
    marks = [(name, r) for name, r in records if r.record_type == WarcRecordType.metadata]
    crawled = {r["id"]: r for r in warc_crawl["records"]}
    assert len(marks) == len(crawled) == warc_crawl["stats"]["corpus/warc/marks"] > 0
    marked = {}
    for name, mark in marks:
        refers = mark.headers["WARC-Refers-To"]
        assert mark.headers["WARC-Concurrent-To"] == refers
        assert mark.headers["Content-Type"] == "application/warc-fields"
        response_file, response = responses[refers]
        assert mark.headers["WARC-Target-URI"] == response.headers["WARC-Target-URI"]
        assert response_file < name                       # the mark crossed a file boundary
        fields = parse_fields(mark.reader.read())
        assert fields["corpus-emitted"] == "true"
        marked[fields["corpus-record-id"]] = (fields["corpus-url"], response.headers["WARC-Target-URI"])
    assert set(marked) == set(crawled)
    assert all(url == crawled[i]["url"] for i, (url, _) in marked.items())
    base = warc_crawl["site"].base
    moved = crawled[hashlib.sha256(f"{base}{CANONICAL}".encode()).hexdigest()]
    assert marked[moved["id"]] == (base + CANONICAL, base + MOVED)   # emitted under its canonical link


def clean_archive(warc_crawl, corpus_bin, name, *extra, status=0):
    out = warc_crawl["tmp"] / name
    files = sorted(str(p) for p in warc_crawl["archive"].glob("*.warc.gz"))
    proc = subprocess.run([corpus_bin, "clean", *files, "-o", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == status, proc.stderr[-3000:]
    return proc, {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def test_corpus_clean_of_the_archive_gives_exactly_the_crawl_records(warc_crawl, corpus_bin):
    proc, cleaned = clean_archive(warc_crawl, corpus_bin, "x.jsonl", "-j", "0")
    crawled = {r["id"]: r for r in warc_crawl["records"]}
    assert len(crawled) >= 8 and set(cleaned) == set(crawled)
    for doc_id, a in crawled.items():
        # the whole record is the same: id, source, url, body, comments, removed, metadata
        assert a == cleaned[doc_id], a["url"]
    base = warc_crawl["site"].base
    assert base + CANONICAL in {r["url"] for r in cleaned.values()}   # the crawl's url and id, not the fetched URL
    assert base + MOVED not in {r["url"] for r in cleaned.values()}
    # the HTML pages the crawl did not emit (hubs, the short statement) are skipped, and counted
    stats = warc_crawl["stats"]
    not_emitted = int(re.search(rf"(\d+) {NOT_EMITTED}", proc.stderr).group(1))
    assert not_emitted == (stats["corpus/skipped/hub"] + stats["corpus/skipped/too-short"]
                           + stats.get("corpus/skipped/duplicate", 0) + stats.get("corpus/skipped/unchanged", 0)
                           + stats.get("corpus/skipped/binary", 0)) >= 6
    # non-HTML and non-200 responses are skipped and counted
    summary = proc.stderr
    assert re.search(r"non-HTML response \(text/plain\)", summary), summary        # robots.txt
    assert re.search(r"non-HTML response \(application/pdf\)", summary), summary   # the PDF, stopped on its headers
    assert re.search(r"HTTP status 500", summary), summary                         # the flaky page's first answer
    assert re.search(r"non-HTML response \(application/xml, no HTML markup\)", summary), summary   # sitemap index
    assert re.search(r"non-HTML response \(application/rss\+xml\)", summary), summary
    assert re.search(rf"{len(cleaned)} written to .*, (\d+) skipped", summary), summary


def test_all_responses_gives_the_hubs_too(warc_crawl, corpus_bin):
    """--all-responses: every HTML 200 response of the archive; the emitted pages are the
    crawl's records still (canonical URL included), the others come under their fetched URL."""
    # the PDF served as text/html, which the crawl refused (one validation), fails here too: exit 1
    proc, cleaned = clean_archive(warc_crawl, corpus_bin, "all.jsonl", "--all-responses", "-j", "2", status=1)
    assert re.findall(r"corpus: error: (\S+): (.*)", proc.stderr) == \
        [(warc_crawl["site"].base + "/2024/04/28/annual-figures-in-full/", "binary file (PDF)")]
    crawled = {r["id"]: r for r in warc_crawl["records"]}
    assert set(crawled) < set(cleaned)
    assert all(cleaned[i] == a for i, a in crawled.items())
    stats = warc_crawl["stats"]
    extra = [urlsplit(r["url"]).path for i, r in cleaned.items() if i not in crawled]
    assert len(extra) == stats["corpus/skipped/hub"] + stats["corpus/skipped/too-short"] \
        + stats.get("corpus/skipped/duplicate", 0)
    assert {"/", "/page/2/", "/section/region/", "/about/", "/2024/04/10/statement-on-the-ferry-tender/"} <= set(extra)
    assert MOVED not in extra and NOT_EMITTED not in proc.stderr
