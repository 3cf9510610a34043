"""An archive written by another crawler: every HTML 200 response is a record, also beside a corpus
archive in the same run, whose unmarked pages are skipped."""
from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaners.cli import main
from cleaners.warc import NOT_EMITTED
from corpus_spiders.warc import RotatingWarcWriter


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
