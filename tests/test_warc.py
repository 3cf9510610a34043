"""WARC/ARC input: HTML 200 responses become records with the target URI as url."""
from __future__ import annotations

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaners.cli import main

from .conftest import read_jsonl

PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>The harbour authority opened a new ferry terminal on {day}, replacing a building that had served "
        "passengers for more than sixty years.</p><p>Officials said the terminal can handle twice as many "
        "travellers and has a covered waiting area for cyclists.</p></article></body></html>")


def write_warc(path, gzipped=True, records=None):
    records = records or [
        ("https://news.example/a", "200 OK", "text/html; charset=utf-8", PAGE.format(title="Ferry terminal opens", day="Monday").encode(), {}),
        ("https://news.example/report.pdf", "200 OK", "application/pdf", b"%PDF-1.4 ...", {}),
        ("https://news.example/missing", "404 Not Found", "text/html", b"<html>not found</html>", {}),
        ("https://news.example/b", "200 OK", "text/html", gzip.compress(PAGE.format(title="Second terminal", day="Friday").encode()),
         {"Content-Encoding": "gzip"}),
    ]
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for url, status, ctype, body, extra in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype), *extra.items()], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path


def test_warc_html_responses_become_records(tmp_path, capsys):
    warc = write_warc(tmp_path / "crawl.warc.gz")
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(warc), "-o", str(out)]) == 0
    records = read_jsonl(out)
    assert [r["url"] for r in records] == ["https://news.example/a", "https://news.example/b"]
    assert [r["source"] for r in records] == ["https://news.example/a", "https://news.example/b"]
    assert "ferry terminal on Monday" in records[0]["body"]
    assert "ferry terminal on Friday" in records[1]["body"]      # Content-Encoding: gzip decoded
    err = capsys.readouterr().err
    assert "2 written" in err and "2 skipped" in err
    assert "HTTP status 404" in err and "non-HTML response (application/pdf)" in err


def test_uncompressed_warc_and_same_records_as_html_files(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc", gzipped=False)
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(warc), "-o", str(out), "-q"]) == 0
    [first, _] = read_jsonl(out)
    assert first["id"] == __import__("hashlib").sha256(b"https://news.example/a").hexdigest()


def test_corrupt_warc_is_an_error_not_a_crash(tmp_path):
    bad = tmp_path / "broken.warc.gz"
    bad.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nshort"))
    out = tmp_path / "o.jsonl"
    code = main(["clean", str(bad), "-o", str(out), "-q"])
    assert code in (0, 1)   # a truncated record is either skipped or reported, never a crash
    assert out.exists()


def test_generic_xml_types_are_pages_only_with_html_markup(tmp_path, capsys):
    """application/xml, text/xml or no type: XHTML is a page; a sitemap or a feed is not."""
    xhtml = ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
             + PAGE.format(title="XHTML terminal", day="Sunday")[6:]).encode()
    sitemap = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>'
    warc = write_warc(tmp_path / "xml.warc.gz", records=[
        ("https://news.example/x", "200 OK", "application/xml", xhtml, {}),
        ("https://news.example/sitemap", "200 OK", "application/xml", sitemap, {}),
        ("https://news.example/feed", "200 OK", "text/xml; charset=utf-8", b'<?xml version="1.0"?><rss><channel/></rss>', {}),
        ("https://news.example/untyped", "200 OK", "", PAGE.format(title="Untyped", day="Tuesday").encode(), {}),
    ])
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(warc), "-o", str(out)]) == 0
    assert [r["url"] for r in read_jsonl(out)] == ["https://news.example/x", "https://news.example/untyped"]
    err = capsys.readouterr().err
    assert "non-HTML response (application/xml, no HTML markup)" in err
    assert "non-HTML response (text/xml, no HTML markup)" in err


def test_http_charset_of_archived_responses_decodes_the_page(tmp_path):
    """The Content-Type charset of the archived response is the page's encoding (no meta)."""
    body = PAGE.format(title="Terminal für Fähren", day="Montag, über die Brücke").encode("cp1252")
    # the header outranks the page's own (here wrong) meta charset, as in a browser
    cyrillic = PAGE.format(title="Паромный терминал", day="понедельник").replace(
        "<head>", "<head><meta charset='windows-1251'>").encode("koi8_r")
    warc = write_warc(tmp_path / "charset.warc.gz", records=[
        ("https://news.example/de", "200 OK", "text/html; charset=ISO-8859-1", body, {}),
        ("https://news.example/ru", "200 OK", "text/html; charset=koi8-r", cyrillic, {}),
    ])
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(warc), "-o", str(out), "-q"]) == 0
    de, ru = read_jsonl(out)
    assert "Montag, über die Brücke" in de["body"] and de["metadata"]["encoding_errors"] == 0
    assert "понедельник" in ru["body"]
