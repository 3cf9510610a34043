from __future__ import annotations

import pytest

from corpus_spiders import profile as profiles
from corpus_spiders.spiders.articles import ArticlesSpider, on_domains, strip_tracking

SHIPPED = {
    "farsnews": ("https://english.farsnews.ir/newstext.aspx?nn=13950919000863", "https://english.farsnews.ir/"),
    "globalresearch": ("https://www.globalresearch.ca/syrian-army-takes-control-aleppo/5561916",
                       "https://www.globalresearch.ca/theme/terrorism"),
    "southfront": ("https://southfront.org/russia-16-neighborhoods-of-aleppo-city-liberated/",
                   "https://southfront.org/category/all-articles/"),
}


def test_shipped_profiles():
    assert profiles.available() == sorted(SHIPPED)
    for name, (article, hub) in SHIPPED.items():
        prof = profiles.load(name)
        assert prof.start_urls and prof.allowed_domains
        assert any(p.search(article) for p in prof.article_patterns), name
        assert not any(p.search(hub) for p in prof.article_patterns), name
        assert prof.settings.get("css_drop_selectors"), name
        spider = ArticlesSpider(profile=name)
        assert spider.start_urls == list(prof.start_urls)
        assert all(on_domains(u, spider.allowed_domains) for u in spider.start_urls)


def test_profile_errors(tmp_path):
    with pytest.raises(profiles.ProfileError, match="unknown profile"):
        profiles.load("no-such-site")
    bad = tmp_path / "bad.toml"
    bad.write_text('start_urls = ["https://a.example/"]\narticle_patterns = ["(unclosed"]\n')
    with pytest.raises(profiles.ProfileError, match="invalid regex"):
        profiles.load(str(bad))
    bad.write_text('start_url = "https://a.example/"\n')
    with pytest.raises(profiles.ProfileError, match="unknown keys"):
        profiles.load(str(bad))


def test_spider_arguments():
    spider = ArticlesSpider(start_urls="https://www.example.org/, https://example.org/feed")
    assert spider.start_urls == ["https://www.example.org/", "https://example.org/feed"]
    assert spider.allowed_domains == ["example.org"]
    assert ArticlesSpider(start_urls="https://a.example/", allowed_domains="b.example,c.example").allowed_domains == \
        ["b.example", "c.example"]
    with pytest.raises(ValueError):
        ArticlesSpider()
    with pytest.raises(ValueError):
        ArticlesSpider(start_urls="ftp://a.example/")


def test_url_helpers():
    assert strip_tracking("https://a.example/x?utm_source=rss&id=3#top") == "https://a.example/x?id=3"
    assert strip_tracking("https://a.example/x?page=2") == "https://a.example/x?page=2"
    assert on_domains("http://www.example.org:8080/x", ["example.org"])
    assert not on_domains("http://notexample.org/x", ["example.org"])
    assert not on_domains("http://localhost:8080/x", ["127.0.0.1"])
