"""RSS and Atom feed files as input (`cleaners.feeds`): each item with text is a page (title, link, date, author,
site and language from the feed), items without text and XML that is no feed are skipped and counted, a feed saved
under an HTML name is an error that says what it is, and ``--resume`` knows items by their id."""
from __future__ import annotations

import gzip
import json
from collections import Counter

from cleaners.cli import main
from cleaners.feeds import NO_TEXT, NOT_A_FEED, count_items, xml_root
from cleaners.progress import Progress
from cleaners.readers import InputFile, classify

ARTICLE = ["Heavy rain closed the coastal road on Monday, and the county opened two shelters for families whose homes "
           "were flooded overnight.",
           "Engineers said the sea wall held, but water came over the low section near the harbour, as it did in the "
           "storm of 2019.",
           "The road is expected to reopen on Thursday once the debris has been cleared and the surface checked."]
ATOM_TEXT = ["La municipalité a présenté lundi son plan pour les pistes cyclables, qui doublera leur longueur d'ici à "
             "la fin de la décennie.",
             "Les commerçants du centre craignent la perte de places de stationnement, tandis que les associations "
             "saluent un projet attendu depuis longtemps."]


def _rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>https://news.example.org/{n}</link><guid>urn:story:{n}</guid>"
        f"<pubDate>Mon, 02 Nov 2026 08:30:00 GMT</pubDate><dc:creator>Ann Reed</dc:creator>"
        f"<category>Weather</category><content:encoded><![CDATA[{html}]]></content:encoded></item>"
        for n, (title, html) in enumerate(items))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<channel><title>Coast News</title><link>https://news.example.org/</link><language>en-gb</language>'
            f'{body}</channel></rss>').encode()


def _atom() -> bytes:
    content = "".join(f"&lt;p&gt;{p.replace(chr(39), '&#39;')}&lt;/p&gt;" for p in ATOM_TEXT)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">'
            '<title>Le Quotidien</title><id>urn:feed</id><updated>2026-11-03T07:00:00Z</updated>'
            '<entry><title>Pistes cyclables</title><id>urn:entry:1</id><link href="https://quotidien.example.fr/velo"/>'
            '<updated>2026-11-03T07:00:00Z</updated><author><name>Luc Martin</name></author>'
            f'<content type="html">{content}</content></entry>'
            '<entry><title>Sans texte</title><id>urn:entry:2</id><link href="https://quotidien.example.fr/vide"/>'
            '<updated>2026-11-03T07:00:00Z</updated></entry></feed>').encode()


def _records(path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in ARTICLE)


def test_each_rss_item_is_a_page_with_the_feeds_metadata(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "coast.rss").write_bytes(_rss([("Rain closes coastal road", _story())]))
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 0
    [record] = _records(tmp_path / "o.jsonl")
    assert all(p in record["body"] for p in ARTICLE)
    meta = record["metadata"]
    assert record["url"] == "https://news.example.org/0" and meta["title"] == "Rain closes coastal road"
    assert meta["date"].startswith("2026-11-02") and meta["author"] == "Ann Reed" and meta["site"] == "Coast News"
    assert meta["language"] == "en" and "Weather" in meta["tags"]


def test_atom_entries_gzip_and_items_without_text(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "quotidien.atom.gz").write_bytes(gzip.compress(_atom()))
    (tmp_path / "in" / "sitemap.xml").write_bytes(b'<?xml version="1.0"?><urlset><url><loc>https://x.example/'
                                                  b'</loc></url></urlset>')
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl")]) == 0
    [record] = _records(tmp_path / "o.jsonl")
    assert all(p in record["body"] for p in ATOM_TEXT)
    assert record["metadata"]["author"] == "Luc Martin" and record["metadata"]["language"] == "fr"
    assert f"2 skipped (1 {NO_TEXT}, 1 {NOT_A_FEED})" in capsys.readouterr().err


def test_a_feed_saved_under_an_html_name_is_an_error_that_says_so(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.html").write_bytes(_rss([("Rain closes coastal road", _story())]))
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 1
    assert "an RSS/Atom feed, not an HTML page" in capsys.readouterr().err
    [error] = _records(tmp_path / "o.errors.jsonl")
    assert error["error"] == "FeedNotPage"


def test_resume_knows_items_by_their_id_when_the_feed_gains_one_above(tmp_path):
    (tmp_path / "in").mkdir()
    feed = tmp_path / "in" / "coast.xml"
    older = [("Rain closes coastal road", _story())]
    feed.write_bytes(_rss(older))
    out = f"{tmp_path / 'out'}/"
    assert main(["clean", str(feed), "-o", out, "-q"]) == 0
    newer = ("Road reopens early", "<p>" + ARTICLE[2].replace("is expected to reopen on Thursday", "reopened on "
                                                               "Wednesday") + " Crews worked through the night.</p>")
    feed.write_bytes(_rss(older + [newer]).replace(b"urn:story:1", b"urn:story:new"))
    assert main(["clean", str(feed), "-o", out, "-q", "--resume"]) == 0
    records = [json.loads(line) for part in sorted((tmp_path / "out").glob("*.jsonl*"))
               for line in (gzip.open(part, "rt") if part.suffix == ".gz" else open(part))]
    assert sorted(r["metadata"]["title"] for r in records) == ["Rain closes coastal road", "Road reopens early"]


def test_feeds_are_told_by_name_and_root_and_counted_by_items(tmp_path):
    assert classify(tmp_path / "a.rss") == ("feed", False) and classify(tmp_path / "a.xml.gz") == ("feed", True)
    assert classify(tmp_path / "a.html") == ("html", False)
    assert xml_root(b'\xef\xbb\xbf<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x">') == "rdf"
    assert xml_root(b"<!DOCTYPE html><html><body>") == "html"
    path = tmp_path / "c.rss"
    path.write_bytes(_rss([("a", _story()), ("b", _story()), ("c", _story())]))
    assert count_items(InputFile(str(path), path, "feed")) == 3
    other = tmp_path / "s.xml"
    other.write_bytes(b"<urlset><url><loc>https://x.example/</loc></url></urlset>")
    assert count_items(InputFile(str(other), other, "feed")) == 1
    tracker = Progress([str(path)], Counter(), [], show_bar=False, log_lines=False)
    assert tracker.total.done.wait(10) and tracker.expected() == 3


def test_a_feeds_entities_are_never_expanded_from_outside_nor_multiplied(tmp_path):
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
    outside = '<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    (tmp_path / "in").mkdir()
    for name, entities, ref in (("laughs", laughs, "&lol9;"), ("outside", outside, "&xxe;")):
        (tmp_path / "in" / f"{name}.rss").write_text(
            f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>x</title><item>'
            f"<title>{name}</title><guid>{name}</guid><description>{ref} {ARTICLE[0]}</description></item>"
            "</channel></rss>")
    main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q"])
    records = _records(tmp_path / "o.jsonl")
    assert records and all(len(r["body"]) < 2000 and "root:" not in r["body"] for r in records)
