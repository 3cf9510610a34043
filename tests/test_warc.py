"""WARC/ARC input: HTML 200 responses become records with the target URI as url."""
from __future__ import annotations

import gzip
import io
import subprocess
import sys

import pytest

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


def _bomb(decoded_mib: int) -> bytes:
    import zlib
    deflater = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join([deflater.compress(b"A" * (1 << 20)) for _ in range(decoded_mib)] + [deflater.flush()])


def test_content_encoded_payloads_obey_the_decompression_limit_and_the_next_record_is_read(tmp_path):
    """A few hundred KB of gzip that inflate to 512 MiB: refused at the limit, in bounded memory."""
    page = PAGE.format(title="After the bomb", day="Wednesday").encode()
    warc = write_warc(tmp_path / "bomb.warc.gz", records=[
        ("https://news.example/bomb", "200 OK", "text/html", _bomb(512), {"Content-Encoding": "gzip"}),
        ("https://news.example/ok", "200 OK", "text/html", page, {}),
    ])
    # reading alone, in a fresh process: its peak memory stays far below the 512 MiB payload
    script = ("from pathlib import Path\nfrom cleaners.readers import InputFile\n"
              "from cleaners.warc import iter_archive\n"
              f"item = InputFile('a', Path({str(warc)!r}), 'warc')\n"
              "kinds = [type(p).__name__ for p in iter_archive(item, 10**9, max_decoded=10_000_000)]\n"
              "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
              "print(','.join(kinds), int(hwm) // 1024)\n")   # VmHWM: not inherited from the forking parent
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    kinds, peak_mib = proc.stdout.split()
    assert kinds == "InputError,WarcPage"
    assert int(peak_mib) < 200
    assert main(["clean", str(warc), "-o", str(tmp_path / "o.jsonl"), "-q", "--max-decompressed", "10000000"]) == 1
    [error] = read_jsonl(tmp_path / "o.errors.jsonl")
    assert error["error"] == "TooLarge" and "--max-decompressed" in error["message"]
    assert [r["url"] for r in read_jsonl(tmp_path / "o.jsonl")] == ["https://news.example/ok"]


def test_deflate_brotli_and_chunked_payloads_are_decoded(tmp_path):
    import zlib

    import brotli
    pages = {name: PAGE.format(title=f"Terminal {name}", day=name).encode() for name in ("raw", "zlib", "br", "chunk")}
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (pages["chunk"][:100], pages["chunk"][100:]))
    warc = write_warc(tmp_path / "enc.warc.gz", records=[
        ("https://news.example/raw", "200 OK", "text/html", raw_deflate.compress(pages["raw"]) + raw_deflate.flush(),
         {"Content-Encoding": "deflate"}),
        ("https://news.example/zlib", "200 OK", "text/html", zlib.compress(pages["zlib"]), {"Content-Encoding": "deflate"}),
        ("https://news.example/br", "200 OK", "text/html", brotli.compress(pages["br"]), {"Content-Encoding": "br"}),
        ("https://news.example/chunk", "200 OK", "text/html", chunked + b"0\r\n\r\n", {"Transfer-Encoding": "chunked"}),
        ("https://news.example/odd", "200 OK", "text/html", b"xx", {"Content-Encoding": "compress"}),
    ])
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(warc), "-o", str(out), "-q"]) == 1
    bodies = {r["url"].rsplit("/", 1)[-1]: r["body"] for r in read_jsonl(out)}
    assert sorted(bodies) == ["br", "chunk", "raw", "zlib"]
    assert all(f"ferry terminal on {name}" in bodies[name] for name in bodies)
    [error] = read_jsonl(tmp_path / "o.errors.jsonl")
    assert error["error"] == "BadEncoding" and "'compress'" in error["message"]


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_truncated_archive_is_never_silent(tmp_path, gzipped):
    """Cut anywhere (inside a record's headers, its payload, a gzip member): exit 1, an error
    in errors.jsonl, and only whole pages as records."""
    records = [(f"https://news.example/{i}", "200 OK", "text/html",
                PAGE.format(title=f"Terminal {i}", day=f"day {i}").encode() * 3, {}) for i in range(3)]
    warc = write_warc(tmp_path / ("cut.warc.gz" if gzipped else "cut.warc"), gzipped=gzipped, records=records)
    whole = warc.read_bytes()
    assert main(["clean", str(warc), "-o", str(tmp_path / "whole.jsonl"), "-q"]) == 0
    expected = {r["url"]: r for r in read_jsonl(tmp_path / "whole.jsonl")}
    for step in range(1, 20):
        warc.write_bytes(whole[: len(whole) * step // 20])
        out = tmp_path / "o.jsonl"
        assert main(["clean", str(warc), "-o", str(out), "-q", "--force", "--workers", "0"]) == 1, step
        errors = read_jsonl(tmp_path / "o.errors.jsonl")
        assert errors and {e["error"] for e in errors} <= {"TruncatedRecord", "DigestMismatch"}, (step, errors)
        for record in read_jsonl(out) if out.exists() else []:
            assert record == expected[record["url"]], step       # whole pages only


def test_digest_mismatches_are_errors_and_counted(tmp_path, capsys):
    records = [(f"https://news.example/{i}", "200 OK", "text/html",
                PAGE.format(title=f"Terminal {i}", day=f"day {i}").encode(), {}) for i in range(3)]
    warc = write_warc(tmp_path / "d.warc", gzipped=False, records=records)
    data = warc.read_bytes()
    at = data.index(b"day 1")
    warc.write_bytes(data[:at] + b"DAY 1" + data[at + 5:])   # same length: only the digests can tell
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(warc), "-o", str(out)]) == 1
    assert [r["url"] for r in read_jsonl(out)] == ["https://news.example/0", "https://news.example/2"]
    [error] = read_jsonl(tmp_path / "o.errors.jsonl")
    assert error["error"] == "DigestMismatch" and error["source"] == "https://news.example/1"
    assert "1 failed (1 DigestMismatch)" in capsys.readouterr().err


def test_digest_values_in_every_usual_form():
    import base64
    import hashlib

    from cleaners.warc import digest_matches
    data = b"payload bytes"
    sha1 = hashlib.sha1(data).digest()
    assert digest_matches("sha1:" + base64.b32encode(sha1).decode(), data)
    assert digest_matches("sha1:" + sha1.hex(), data)
    assert digest_matches("sha256:" + hashlib.sha256(data).hexdigest().upper(), data)
    assert digest_matches("sha1:" + base64.b32encode(sha1).decode(), data + b"!") is False
    assert digest_matches("nosuchalgo:abc", data) is None
