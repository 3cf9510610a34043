"""The WARC writer middleware on its own: bodies round-trip in every encoding, files rotate and are
renamed when complete, it is off without the setting, and a write error never costs a page."""
from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

import brotli
import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from cleaners.readers import InputFile
from cleaners.warc import ARCHIVE_FORMAT_FIELD, WarcPage, iter_archive, parse_fields
from corpus_spiders.warc import OPEN_SUFFIX, RotatingWarcWriter, WarcWriterMiddleware


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
