"""`corpus report`: streamed collection in flat memory, a self-contained page, and the page
rendered in a real headless Chromium (no console error, every chart drawn)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tracemalloc

import pytest

from cleaners.cli import main
from cleaners.report import collect
from cleaners.report.data import OTHER, CappedCounter, TopK

from .conftest import SEEDS, read_jsonl

CHARTS = ["sites", "languages", "lengths", "dates", "removed-cleaner", "removed-rule", "comments", "depth",
          "clusters", "errors"]


def _record(i: int) -> dict:
    site = f"site{i % 50}.example"
    return {"id": f"{i:064x}", "url": f"https://{site}/a/{i}", "body": "word " * (i % 700),
            "metadata": {"language": ["en", "de", "fr"][i % 3], "date": f"20{10 + i % 12:02d}-{1 + i % 12:02d}-03",
                         "duplicate_of": f"{i % 97:064x}" if i % 5 == 0 else None,
                         "cluster": f"{i % 97:064x}", "encoding_errors": i % 2},
            "comments": [{"author": "a", "date": None, "text": "t", "depth": d, "parent": None} for d in range(i % 4)],
            "removed": [{"cleaner": "legal", "rule": "copyright", "text": f"Copyright {site}", "chars": 20,
                         "at": 0, "inline": False},
                        {"cleaner": "title", "rule": "title", "text": f"Unique title number {i}", "chars": 25,
                         "at": 0, "inline": False}]}


def test_collect_counts_what_the_charts_show():
    data = collect((_record(i) for i in range(300)), [{"stage": "decode", "error": "EmptyFile"}] * 2)
    assert data.documents == 300 and len(data.sites) == 50 and data.languages["de"] == 100
    assert sum(data.lengths) == 300 and sum(data.months.values()) == 300 and data.undated == 0
    assert data.removed_cleaner == {"legal": 6000, "title": 7500}
    assert data.duplicates == 60 and sum(data.depths) == sum(i % 4 for i in range(300))
    assert data.errors == {"decode / EmptyFile": 2} and data.encoding_errors == 150
    [(site, rows)] = [(s, r) for s, r in data.lines_by_site() if s == "site0.example"]
    assert rows[0][0] == ("site0.example", "legal", "copyright", "Copyright site0.example") and rows[0][1] == 6
    assert all(row[1] > 1 for _, rows in data.lines_by_site() for row in rows)   # one-off cuts are not listed


def test_bounded_structures():
    counter = CappedCounter(3)
    for key in "abcdeab":
        counter.add(key)
    assert counter == {"a": 2, "b": 2, "c": 1, OTHER: 2}
    top = TopK(100)
    for i in range(10_000):
        top.add("frequent" if i % 3 == 0 else f"rare{i}", example=i)
    assert len(top.counts) <= 100 and top.most_common(1)[0][0] == "frequent"


def _peak(n: int) -> int:
    tracemalloc.start()
    collect(_record(i) for i in range(n))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


@pytest.mark.parametrize("n", [2_500, pytest.param(10_000, marks=pytest.mark.slow)])
def test_memory_stays_flat_as_the_corpus_grows(monkeypatch, n):
    # tables as in a big run relative to the corpus: full in both runs (a million records fill the real ones)
    monkeypatch.setattr("cleaners.report.data.LINE_TABLE", 1000)
    _peak(100)       # what the first collect allocates once (about 2 MB) would make the first peak the larger
    small, large = _peak(n), _peak(4 * n)
    assert large / small < 1.3, (small, large)    # 4x the records, about the same memory


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    corpus = tmp / "corpus.jsonl"
    assert main(["clean", str(SEEDS), "-o", str(corpus), "-q"]) == 0
    (tmp / "corpus.errors.jsonl").write_text(json.dumps(
        {"source": "x.html", "stage": "decode", "error": "BinaryFile", "message": "binary"}) + "\n")
    out = tmp / "report.html"
    assert main(["report", str(corpus), "-o", str(out)]) == 0
    return out, read_jsonl(corpus)


def test_report_is_one_self_contained_page_with_every_chart(seed_report):
    out, records = seed_report
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<script|<link|src=\"http|@import", page)          # nothing to fetch, nothing to run
    for name in CHARTS:
        assert f'data-chart="{name}"' in page
    drawn = re.findall(r'<figure class="chart" data-chart="([\w-]+)">', page)
    assert {"sites", "languages", "lengths", "removed-cleaner", "removed-rule", "comments", "depth", "clusters",
            "errors"} <= set(drawn)
    assert f"{len(records):,}</b>documents" in page
    assert "corpus explain " in page and "--corpus" in page


def test_report_of_shards_and_missing_corpus(tmp_path, capsys):
    assert main(["clean", str(SEEDS), "-o", f"{tmp_path}/shards/", "--shard-size", "2", "-q"]) == 0
    assert main(["report", f"{tmp_path}/shards", "-o", str(tmp_path / "r.html")]) == 0
    assert "report of 5 documents" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "nosuch.jsonl")]) == 2


def _chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    subprocess.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
                   shell=True, capture_output=True, timeout=900)
    return shutil.which("chromium")


def test_report_renders_in_headless_chromium(seed_report, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = _chromium()
    if chromium is None:
        pytest.skip("chromium is not installed and cannot be installed here (CI installs it: .ci/run)")
    out, _ = seed_report
    problems = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.on("request", lambda req: problems.append(f"request {req.url}") if not req.url.startswith("file:") else None)
        page.goto(out.as_uri())
        charts = page.eval_on_selector_all("figure.chart svg", """els => els.map(svg => {
            const box = svg.getBoundingClientRect();
            return {chart: svg.closest('figure').dataset.chart, width: box.width, height: box.height,
                    marks: svg.querySelectorAll('path, rect, use').length};
        })""")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert problems == []
    assert len(charts) >= 9
    for chart in charts:
        assert chart["width"] > 100 and chart["height"] > 50 and chart["marks"] > 5, chart
    assert (tmp_path / "report.png").stat().st_size > 20_000
