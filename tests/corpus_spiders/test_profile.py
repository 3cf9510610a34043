from __future__ import annotations

import pytest

from corpus_spiders import profile as profiles
from corpus_spiders.spiders.articles import ArticlesSpider
from corpus_spiders.urls import canonical_url, on_domains

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
    assert canonical_url("https://a.example/x?utm_source=rss&id=3#top") == "https://a.example/x?id=3"
    assert canonical_url("https://a.example/x?page=2") == "https://a.example/x?page=2"
    assert on_domains("http://www.example.org:8080/x", ["example.org"])
    assert not on_domains("http://notexample.org/x", ["example.org"])
    assert not on_domains("http://localhost:8080/x", ["127.0.0.1"])


def test_duplicate_url_parameters_never_make_a_second_url():
    page = "https://news.example/2024/05/01/harbour-story/"
    for variant in ("?replytocom=17#respond", "?share=facebook", "?amp", "?amp=1", "?print=1", "?PHPSESSID=ab12",
                    ";jsessionid=0A1B2C", "?utm_source=rss&utm_medium=feed", "?fbclid=IwAR0", "?gclid=Cj0K",
                    "?replytocom=3&utm_campaign=x&fbclid=y"):
        assert canonical_url(page + variant) == page, variant
    # parameters that name the page are kept, in the site's order
    assert canonical_url("https://news.example/article.php?sid=05/01/01&page=2&replytocom=4") == \
        "https://news.example/article.php?sid=05/01/01&page=2"
    assert canonical_url("https://news.example/story?id=48213&printer=no") == "https://news.example/story?id=48213&printer=no"


def test_an_ip_address_has_no_subdomains():
    assert on_domains("http://127.0.0.1:8766/x", ["127.0.0.1"])
    assert not on_domains("http://evil.127.0.0.1:8766/", ["127.0.0.1"])
    assert on_domains("http://[::1]:80/x", ["::1"]) and not on_domains("http://[::2]/x", ["::1"])
    assert on_domains("http://news.example.org/x", ["example.org"])   # a domain name has them
