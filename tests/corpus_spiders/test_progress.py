"""The crawl's periodic one-line progress log (corpus_spiders/progress.py)."""
from __future__ import annotations

import json
import re

from corpus_spiders.progress import ProgressLog

from .conftest import scrapy_crawl
from .site_server import SiteServer


class Stats(dict):
    def get_value(self, key, default=None):
        return self.get(key, default)


def test_line_counts_pages_articles_errors_and_rates(monkeypatch):
    clock = iter([0.0, 60.0, 120.0])
    monkeypatch.setattr("corpus_spiders.progress.time.monotonic", lambda: next(clock))
    stats = Stats()
    progress = ProgressLog(stats, 60)
    stats.update({"corpus/pages_fetched": 1204, "corpus/articles_emitted": 311, "log_count/ERROR": 4})
    assert progress.line() == ("corpus progress: 1,204 pages fetched, 311 articles emitted, 4 errors; "
                               "1204.0 pages/min, 311.0 articles/min")
    stats["corpus/pages_fetched"] = 1234
    assert progress.line().endswith("; 30.0 pages/min, 0.0 articles/min")


def test_a_crawl_logs_progress_lines_and_a_last_one_at_the_end(tmp_path):
    with SiteServer() as site:
        proc = scrapy_crawl(["-a", f"start_urls={site.base}/", "-s", "CORPUS_PROGRESS_INTERVAL=0.2"],
                            tmp_path / "out.jsonl", tmp_path / "stats.json")
    lines = re.findall(r"\[corpus_spiders\.progress\] INFO: (corpus progress: .*)", proc.stderr)
    assert lines, proc.stderr[-3000:]
    stats = json.loads((tmp_path / "stats.json").read_text())
    last = lines[-1]
    assert f"{stats['corpus/pages_fetched']:,} pages fetched" in last
    assert f"{stats.get('corpus/articles_emitted', 0):,} articles emitted" in last
    assert "pages/min" in last and "errors" in last
