"""The item pipeline builds the chain from Scrapy settings and the profile and
turns `ArticlePage` items into records."""
from __future__ import annotations

import asyncio

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from cleaners.errors import ConfigError
from corpus_spiders.items import ArticlePage
from corpus_spiders.pipelines import CorpusPipeline
from corpus_spiders.profile import from_dict
from corpus_spiders.spiders.articles import ArticlesSpider

TEXT = " ".join(["The island ferry will add a second daily crossing from June, the port office said on Monday."] * 6)
PAGE = f"""<html><head><meta charset="utf-8"><title>Second ferry for the island</title>
<meta property="og:site_name" content="Island Post"></head><body><article>
<h1>Second ferry for the island</h1><p>{TEXT}</p>
<div class="partner-box"><p>Produced in partnership with the Island Tourism Board.</p></div>
<p>Timetables will be published in May and tickets go on sale at the harbour office next to the ticket hall.</p>
</article></body></html>"""


class Inline:
    """The pipeline with cleaning in this process (CORPUS_WORKERS=0), called synchronously."""

    def __init__(self, pipeline):
        self.pipeline = pipeline
        self.config = pipeline.config

    def process_item(self, item):
        return asyncio.run(self.pipeline.process_item(item))


@pytest.fixture(autouse=True)
def _close_pipelines():
    yield
    while OPEN:
        OPEN.pop().spider_closed()     # the temporary dedup state goes


OPEN: list = []


def make_pipeline(settings=None, profile=None):
    crawler = get_crawler(ArticlesSpider, {"CORPUS_WORKERS": 0, "CORPUS_DISK_QUEUE": False, **(settings or {})})
    crawler.spider = ArticlesSpider(start_urls="https://island.example/")
    crawler.spider.profile = profile
    pipeline = CorpusPipeline.from_crawler(crawler)
    OPEN.append(pipeline)
    return Inline(pipeline), crawler.stats


def names(pipeline) -> list[str]:
    return pipeline.config.pipeline().chain.names


def item(url="https://island.example/2024/05/02/second-ferry-for-the-island/", html=PAGE):
    return ArticlePage(url=url, fetched_url=url, body=html.encode(), content_type="text/html; charset=utf-8")


def test_item_becomes_a_record(validator):
    pipeline, stats = make_pipeline()
    record = pipeline.process_item(item())
    assert not list(validator.iter_errors(record))
    assert record["url"] == record["source"] == "https://island.example/2024/05/02/second-ferry-for-the-island/"
    assert record["metadata"]["site"] == "Island Post"
    assert "second daily crossing" in record["body"]
    assert stats.get_value("corpus/articles_emitted") == 1
    assert pipeline.process_item({"not": "an article page"}) == {"not": "an article page"}


def test_profile_and_settings_reach_the_chain():
    prof = from_dict("island", {"settings": {"css_drop_selectors": [".partner-box"]}, "cleaners": {"legal": False}})
    pipeline, stats = make_pipeline({"CORPUS_CLEANERS": {"layout": None}}, prof)
    assert "css_drop" in names(pipeline)
    assert "legal" not in names(pipeline) and "layout" not in names(pipeline)
    record = pipeline.process_item(item())
    assert "Island Tourism Board" not in record["body"]
    assert stats.get_value("corpus/removed_chars/css_drop") == len("Produced in partnership with the Island Tourism Board.")


def test_cleaner_settings_setting():
    pipeline, _ = make_pipeline({"CORPUS_CLEANER_SETTINGS": {"css_drop_selectors": ["h1"]}, "CORPUS_COMMENTS": False})
    assert "css_drop" in names(pipeline)
    assert pipeline.config.options.comments is False


def test_removed_chars_setting_sets_how_much_of_each_cut_a_record_shows():
    whole, _ = make_pipeline({"CORPUS_REMOVED_CHARS": 0, "CORPUS_CLEANER_SETTINGS": {"css_drop_selectors": ["p"]}})
    short, _ = make_pipeline({"CORPUS_REMOVED_CHARS": 12, "CORPUS_CLEANER_SETTINGS": {"css_drop_selectors": ["p"]}})
    assert whole.config.options.removed_chars == 0
    cuts = [c for c in whole.process_item(item())["removed"] if c["cleaner"] == "css_drop"]
    assert any(c["text"] == TEXT for c in cuts) and all(len(c["text"]) == c["chars"] for c in cuts)
    cut = [c for c in short.process_item(item())["removed"] if c["cleaner"] == "css_drop"]
    assert cut and all(len(c["text"]) <= 12 for c in cut) and any(c["chars"] == len(TEXT) for c in cut)
    with pytest.raises(ConfigError, match="CORPUS_REMOVED_CHARS"):
        make_pipeline({"CORPUS_REMOVED_CHARS": -5})


def test_stages_gate_short_pages_key_ids_and_mark_duplicates():
    pipeline, stats = make_pipeline({"CORPUS_MIN_CHARS": 300})
    short = PAGE.replace(TEXT, "Withdrawn.")
    with pytest.raises(DropItem, match="too short"):
        pipeline.process_item(item(html=short))
    first = pipeline.process_item(item())
    assert first["metadata"]["version"] == 1 and first["metadata"]["duplicate_of"] is None
    with pytest.raises(DropItem, match="already seen"):      # the same page again adds nothing
        pipeline.process_item(item())
    changed = pipeline.process_item(item(html=PAGE.replace("Timetables will", "New timetables will")))
    assert changed["id"] == first["id"] and changed["metadata"]["version"] == 2     # an id is a key
    copy = pipeline.process_item(item(url="https://island.example/2024/05/03/ferry-copy/"))
    assert copy["metadata"]["duplicate_of"] == first["id"] == copy["metadata"]["cluster"]
    assert stats.get_value("corpus/skipped/too-short") == 1
    assert stats.get_value("corpus/skipped/unchanged") == 1
    assert stats.get_value("corpus/articles_emitted") == 3


def test_dedup_drop_mode_drops_copies_under_other_urls():
    pipeline, stats = make_pipeline({"CORPUS_DEDUP": "drop"})
    pipeline.process_item(item())
    with pytest.raises(DropItem, match="duplicate of"):
        pipeline.process_item(item(url="https://island.example/2024/05/03/ferry-copy/"))
    assert stats.get_value("corpus/skipped/duplicate") == 1
