"""Learning a site's boilerplate from the corpus, profile files, and their guard rails."""
from __future__ import annotations

import subprocess

import pytest

from cleaners.boilerplate import ParagraphStats, SiteCounter, Thresholds, paragraph_key
from cleaners.builtin.site_boilerplate import SiteBoilerplate
from cleaners.errors import NotConfigured
from cleaners.learn import load_learned

from .conftest import read_jsonl, text_doc
from .site_fixture import BOILERPLATE, SHARED_QUOTE, SITE, build


@pytest.fixture(scope="module")
def site_run(tmp_path_factory, corpus_bin):
    root = tmp_path_factory.mktemp("site")
    build(root / "pages")
    out = root / "corpus.jsonl"
    proc = subprocess.run([corpus_bin, "clean", str(root / "pages"), "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return root, read_jsonl(out), proc.stderr


def test_the_four_boilerplate_paragraphs_go_from_every_page(site_run):
    _, records, stderr = site_run
    assert len(records) == 30
    for record in records:
        for line in BOILERPLATE:
            assert line not in record["body"], (record["source"], line)
        assert record["body"].count("thousand pounds") >= 10     # the article text is all there
        cut = [r for r in record["removed"] if r["cleaner"] == "site_boilerplate"]
        assert sorted(r["text"] for r in cut) == sorted(BOILERPLATE)
        assert {r["rule"] for r in cut} == {"site-repeat"}
    assert "site_boilerplate" in stderr


def test_the_quote_two_articles_share_stays(site_run):
    _, records, _ = site_run
    with_quote = [r for r in records if "rebuild the bridge" in r["body"]]
    assert len(with_quote) == 2


def test_learned_cuts_keep_positions(site_run):
    _, records, _ = site_run
    record = records[0]
    cut = {r["text"]: r for r in record["removed"] if r["cleaner"] == "site_boilerplate"}
    assert cut[BOILERPLATE[0]]["at"] == 0
    assert cut[BOILERPLATE[1]]["at"] == 3                       # after three article paragraphs
    assert cut[BOILERPLATE[3]]["at"] == len(record["body"].split("\n\n"))


def test_learned_cuts_show_what_removed_chars_asks(tmp_path, corpus_bin):
    build(tmp_path / "pages", 10)
    out = tmp_path / "o.jsonl"
    subprocess.run([corpus_bin, "clean", str(tmp_path / "pages"), "-o", str(out), "-q", "--removed-chars", "30"],
                   check=True)
    cuts = [c for r in read_jsonl(out) for c in r["removed"]]
    learned = [c for c in cuts if c["cleaner"] == "site_boilerplate"]
    assert learned and all(c["text"] == BOILERPLATE[0][:30] for c in learned if c["chars"] == len(BOILERPLATE[0]))
    assert all(len(c["text"]) <= 30 for c in cuts)


def test_no_learn_keeps_them(tmp_path, corpus_bin):
    build(tmp_path / "pages", 10)
    out = tmp_path / "o.jsonl"
    subprocess.run([corpus_bin, "clean", str(tmp_path / "pages"), "-o", str(out), "-q", "--no-learn"], check=True)
    assert all(BOILERPLATE[1] in r["body"] for r in read_jsonl(out))


def test_profile_learn_then_first_page_of_a_new_run(site_run, tmp_path, corpus_bin):
    root, _, _ = site_run
    learned = tmp_path / "profiles" / f"{SITE}.boilerplate.toml"
    raw = tmp_path / "raw.jsonl"   # a corpus that still holds the boilerplate
    subprocess.run([corpus_bin, "clean", str(root / "pages"), "-o", str(raw), "-q", "--no-learn"], check=True)
    proc = subprocess.run([corpus_bin, "profile", "learn", SITE, "--from", str(raw), "-o", str(learned)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert f"{SITE}: 30 documents, 4 boilerplate lines" in proc.stderr
    text = learned.read_text()
    assert text.count("in 30 of 30 documents") == 4 and "rebuild the bridge" not in text
    assert sorted(load_learned([str(learned)])[SITE]) == sorted(BOILERPLATE)
    one = tmp_path / "one"
    one.mkdir()
    (one / "story.html").write_text((root / "pages" / "story-05.html").read_text())
    out = tmp_path / "one.jsonl"
    subprocess.run([corpus_bin, "clean", str(one), "-o", str(out), "-q", "--boilerplate", str(learned.parent)], check=True)
    [record] = read_jsonl(out)
    assert not any(line in record["body"] for line in BOILERPLATE)
    assert {r["rule"] for r in record["removed"] if r["cleaner"] == "site_boilerplate"} == {"site-profile"}


def test_guard_rails_thresholds():
    t = Thresholds()
    counter = SiteCounter()
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november".split()
    for n in range(20):
        own = [f"{words[n % 14]} {words[(n * 3) % 14]} paragraph {k}" for k in "abcdefghijkl"]
        own[6] = "shared middle line" if n < 6 else own[6]
        counter.add(own)
    entry = counter.entries[paragraph_key("shared middle line")]
    assert entry.count == 6
    assert not counter.judge(entry, t)          # 30 % of pages, but in the middle of them
    stats = ParagraphStats()
    for n in range(6):
        stats.add("small.example", ["Same closing line of a small site.", f"text {n}"])
    assert not stats.is_boilerplate("small.example", "Same closing line of a small site.")   # too few documents
    for n in range(6, 12):
        stats.add("small.example", ["Same closing line of a small site.", f"text {n}"])
    assert stats.is_boilerplate("small.example", "Same closing line of a small site.")


def test_lossy_counting_bounds_memory_and_keeps_frequent_lines():
    counter = SiteCounter(epsilon=0.01)
    for n in range(2000):
        counter.add([f"unique paragraph {n} " + "word " * (n % 7), "Subscribe to the print edition today."])
    assert len(counter.entries) < 250
    assert counter.entries[paragraph_key("Subscribe to the print edition today.")].count == 2000


def test_round_trip_to_dict():
    stats = ParagraphStats()
    for n in range(10):
        stats.add("a.example", ["Edge line.", f"body {n}"])
    again = ParagraphStats.from_dict(stats.to_dict())
    assert again.is_boilerplate("a.example", "Edge line.") and again.entries == stats.entries


def test_cleaner_opts_out_without_data_and_uses_profile_lines():
    with pytest.raises(NotConfigured):
        SiteBoilerplate.from_settings({})
    cleaner = SiteBoilerplate.from_settings({"boilerplate": ["Listen to our podcast every Friday."]})
    doc = cleaner.clean(text_doc("The dam opened on Monday.\n\nListen to our podcast every Friday.\n\nMore text."))
    assert "podcast" not in doc.body and [r.rule for r in doc.removed] == ["site-profile"]
    assert SHARED_QUOTE  # fixture sanity


def test_a_document_seen_twice_is_counted_once(tmp_path, corpus_bin):
    """Copies of the same articles (re-crawls, mirrors) must not turn article text into boilerplate."""
    pages = build(tmp_path / "pages", 4)   # counted once each: 4 documents, too few to judge
    for copy in range(4):                  # counted per copy, every paragraph would be in 25 % of 20
        for page in sorted(pages.glob("story-0[0-3].html")):
            (pages / f"copy{copy}-{page.name}").write_text(page.read_text())
    out = tmp_path / "o.jsonl"
    subprocess.run([corpus_bin, "clean", str(pages), "-o", str(out), "-q", "--dedup", "off"], check=True)
    records = read_jsonl(out)
    assert len(records) == 20
    assert not any(r["cleaner"] == "site_boilerplate" for rec in records for r in rec["removed"])
    assert all(rec["body"].count("thousand pounds") >= 10 for rec in records)


def test_bloom_filter():
    from cleaners.learn import BloomFilter
    bloom = BloomFilter(bits=1 << 16)
    assert bloom.add("one") is False and bloom.add("one") is True
    assert sum(bloom.add(f"item {n}") for n in range(1000)) <= 20
