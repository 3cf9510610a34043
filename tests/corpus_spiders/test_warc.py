"""``-s CORPUS_WARC_DIR=DIR``: a crawl archives every response it fetched, marks the
ones it emitted, and ``corpus clean DIR/*.warc.gz`` gives back exactly the records the
crawl emitted."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import shutil
import subprocess
import zlib
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaners.cli import main
from cleaners.readers import InputFile
from cleaners.warc import ARCHIVE_FORMAT_FIELD, NOT_EMITTED, WarcPage, iter_archive, parse_fields
from corpus_spiders.warc import OPEN_SUFFIX, RotatingWarcWriter, WarcWriterMiddleware

from .conftest import ROOT, scrapy_crawl
from .site_server import SITE, SiteServer

NAME = re.compile(r"^articles-\d{8}T\d{6}Z-\d+-\d{5}\.warc\.gz$")


class Stats:
    def __init__(self):
        self.values: dict[str, int] = {}

    def inc_value(self, key, count=1):
        self.values[key] = self.values.get(key, 0) + count

    def set_value(self, key, value):
        self.values[key] = value


def read_back(directory: Path) -> list:
    out = []
    for path in sorted(directory.glob("*.warc.gz")):
        out += list(iter_archive(InputFile(str(path), path, "warc", False), 10 ** 7))
    return out


def test_bodies_round_trip_in_every_encoding_and_files_rotate(tmp_path):
    """Responses as Scrapy's HttpCompressionMiddleware hands them on (decoded) are read
    back byte for byte by cleaners/warc.py; an encoding Scrapy could not decode does not
    spoil the file; files rotate at the size limit and are renamed only when complete."""
    html = ("<!doctype html><html><head><meta charset=utf-8><title>Tést</title></head><body>"
            + "<p>Ünïcode paragraph of the archive test.</p>" * 40 + "</body></html>").encode("utf-8")
    encoded = {"gzip": gzip.compress(html), "deflate": zlib.compress(html),
               "deflate-raw": zlib.compress(html)[2:-4], "br": brotli.compress(html), "none": html}
    stats = Stats()
    writer = RotatingWarcWriter(tmp_path, "unit test/..", max_bytes=2500)
    archive = WarcWriterMiddleware(writer, stats)
    compression = HttpCompressionMiddleware.from_crawler(get_crawler())
    for name, body in encoded.items():
        request = Request(f"http://127.0.0.1:9/{name}?q=1")
        headers = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body)),
                   "Transfer-Encoding": "chunked"}
        if name != "none":
            headers["Content-Encoding"] = name.split("-")[0]
        response = compression.process_response(request, Response(request.url, headers=headers, body=body,
                                                                  request=request))
        assert archive.process_response(request, response) is response
        if name == "gzip":   # the first file is still being written
            assert [p.name.endswith(OPEN_SUFFIX) for p in tmp_path.iterdir()] == [True]
    odd = Request("http://127.0.0.1:9/odd")   # an encoding Scrapy does not know: left encoded
    archive.process_response(odd, compression.process_response(odd, Response(
        odd.url, headers={"Content-Type": "text/html", "Content-Encoding": "x-unknown"}, body=b"\x28\xb5junk",
        request=odd)))
    last = Request("http://127.0.0.1:9/last")
    archive.process_response(last, Response(last.url, headers={"Content-Type": "text/html"}, body=html, request=last))
    archive.spider_closed(None, "finished")

    files = sorted(tmp_path.iterdir())
    assert len(files) >= 3 and not [p for p in files if p.name.endswith(OPEN_SUFFIX)]
    assert all(re.match(r"^unit-test-\d{8}T\d{6}Z-\d+-\d{5}\.warc\.gz$", p.name) for p in files)
    assert stats.values["corpus/warc/files"] == len(files) and stats.values["corpus/warc/records"] == 7
    assert stats.values["corpus/warc/undecoded"] == 1
    pages = {p.url: p.data for p in read_back(tmp_path) if isinstance(p, WarcPage)}
    assert set(pages) == {f"http://127.0.0.1:9/{n}?q=1" for n in encoded} | {"http://127.0.0.1:9/odd",
                                                                            "http://127.0.0.1:9/last"}
    assert all(pages[f"http://127.0.0.1:9/{n}?q=1"] == html for n in encoded)
    assert pages["http://127.0.0.1:9/odd"] == b"\x28\xb5junk"
    # each response has its request record; headers as stored
    kinds = []
    for path in files:
        for record in ArchiveIterator(str(path), parse_http=True, fsspec_args=False):
            kinds.append(record.record_type)
            if record.record_type == WarcRecordType.response:
                http = dict(record.http_headers)
                assert "Transfer-Encoding" not in http and "Content-Encoding" not in http
                assert int(http["Content-Length"]) == len(record.reader.read())
    assert kinds.count(WarcRecordType.warcinfo) == len(files)
    assert kinds.count(WarcRecordType.response) == kinds.count(WarcRecordType.request) == 7
    assert WarcRecordType.metadata not in kinds   # nothing was emitted, so nothing is marked
    for path in files:   # every file says who wrote it
        info = next(iter(ArchiveIterator(str(path), fsspec_args=False)))
        assert info.record_type == WarcRecordType.warcinfo
        fields = parse_fields(info.reader.read())
        assert fields[ARCHIVE_FORMAT_FIELD] == "1" and fields["software"]


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


def foreign_warc(path: Path, pages: list[tuple[str, str]]) -> Path:
    """A WARC as another crawler writes it (warcio): its own warcinfo, responses, and a
    metadata record that looks like a mark but means nothing to us."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "Heritrix/3.4.0",
                                                                      "format": "WARC File Format 1.0"}))
        for url, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            response = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                 http_headers=http)
            writer.write_record(response)
        body = b"corpus-emitted: true\r\n"
        writer.write_record(writer.create_warc_record(
            pages[0][0], "metadata", payload=io.BytesIO(body), length=len(body),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Refers-To": response.rec_headers.get_header("WARC-Record-ID")}))
    return path


def page(title: str, paragraphs: int = 4) -> str:
    text = "".join(f"<p>{title}: the harbour board met on day {i} to discuss the ferry timetable, the new "
                   f"terminal and the cost of dredging the channel before the summer season.</p>"
                   for i in range(paragraphs))
    return f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{text}" \
           "</article></body></html>"


def test_third_party_warc_still_gives_every_html_response(tmp_path, capsys):
    """No corpus warcinfo: every HTML 200 response is a record, as before marks existed,
    also beside a corpus archive in the same run, whose unmarked pages are skipped; a
    mark in a later file than its response counts, and carries the crawl's URL."""
    hub = ('<!doctype html><html><head><title>Latest news</title></head><body><ul>'
           + "".join(f'<li><a href="/story/{i}">Story {i}</a></li>' for i in range(30)) + "</ul></body></html>")
    foreign = foreign_warc(tmp_path / "other-crawler.warc.gz", [
        ("https://other.example/", hub), ("https://other.example/story/1", page("Ferry timetable")),
        ("https://other.example/story/2", page("Dredging costs"))])
    ours_dir = tmp_path / "ours"
    writer = RotatingWarcWriter(ours_dir, "articles", max_bytes=1500)
    ids = {}
    for url, html in [("https://ours.example/", hub), ("https://ours.example/a?ref=x", page("Harbour board")),
                      ("https://ours.example/b", page("Channel works"))]:
        ids[url], _ = writer.write_exchange(url, ("GET / HTTP/1.1", [], b""),
                                            ("HTTP/1.1", "200 OK", [("Content-Type", "text/html")], html.encode()))
    writer.write_mark("https://ours.example/a?ref=x", ids["https://ours.example/a?ref=x"],
                      {"corpus-emitted": "true", "corpus-url": "https://ours.example/a"})   # canonical link
    writer.write_mark("https://ours.example/b", ids["https://ours.example/b"],
                      {"corpus-emitted": "true", "corpus-url": "https://ours.example/b"})
    writer.close()
    assert len(writer.completed) >= 2
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(foreign), str(ours_dir), "-o", str(out), "--dedup", "off", "-j", "2"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == ["https://other.example/", "https://other.example/story/1",
                                           "https://other.example/story/2",
                                           "https://ours.example/a", "https://ours.example/b"]
    assert records[3]["id"] == hashlib.sha256(b"https://ours.example/a").hexdigest()
    assert records[3]["source"] == "https://ours.example/a"
    assert f"1 {NOT_EMITTED}" in capsys.readouterr().err    # our hub
    # the same archives alone, each on its own: a foreign file is never filtered
    assert main(["clean", str(foreign), "-o", str(out), "-q", "-j", "0"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_off_without_the_setting_and_a_write_error_never_costs_a_page(tmp_path, caplog):
    from scrapy.exceptions import NotConfigured
    from corpus_spiders.spiders.articles import ArticlesSpider

    with pytest.raises(NotConfigured):
        WarcWriterMiddleware.from_crawler(get_crawler(ArticlesSpider))
    stats = Stats()
    archive = WarcWriterMiddleware(RotatingWarcWriter(tmp_path / "a", "x"), stats)
    request = Request("http://127.0.0.1:9/p")
    response = Response(request.url, headers={"Content-Type": "text/html"}, body=b"<p>x</p>", request=request)
    archive.process_response(request, response)
    archive.writer.fh.close()                       # the disk goes away under the writer
    assert archive.process_response(request, response) is response
    assert stats.values["corpus/warc/errors"] == 1 and "cannot write the WARC archive" in caplog.text
    assert archive.process_response(request, response) is response   # a new file is begun
    archive.spider_closed(None, "finished")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 2 and names[0].endswith(OPEN_SUFFIX) and names[1].endswith(".warc.gz")
