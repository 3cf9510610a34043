"""End-to-end: `scrapy crawl articles` (subprocess) against a local fixture site."""
from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from urllib.parse import urlsplit

from .conftest import ROOT

HUB_PATHS = {"/", "/page/2/", "/section/region/", "/section/region/?page=2", "/section/economy/", "/about/",
             "/section/more/"}
NEVER_FETCHED = {"/private/embargoed-story-on-the-budget-talks/", "/files/annual-report-2023.pdf"}
ARTEFACTS = [
    re.compile(r'string\(\d+\)'), re.compile(r'\[\{"id"'), re.compile(r'"title":'),
    re.compile(r"\b\d{1,3}(?:,\d{3})* \$"), re.compile(r"Consider helping us", re.I),
    re.compile(r"Click to see the full-size map"), re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} \d{1,2}, \d{4}", re.M),
    re.compile(r"Disclaimer:"), re.compile(r"Copyright ©|All rights reserved"),
    re.compile(r"Add new comment"), re.compile(r"comment policy", re.I), re.compile(r"\bsays:"),
    re.compile(r"Latest Regional News in the Delta"),
]


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def by_path(records: list[dict]) -> dict[str, dict]:
    return {path_of(r["url"]): r for r in records}


def test_every_article_emitted_once_and_no_hub(crawl, fixture_articles):
    """Every style of page -- WordPress, Drupal, Disqus, class-less, a table layout, meta
    tags only, Korean, a CSS-in-JS app -- once; hubs, the About page, the binary page
    served as HTML and the gzip bomb never."""
    records = crawl["records"]
    paths = [path_of(r["url"]) for r in records]
    assert sorted(paths) == sorted(a["path"] for a in fixture_articles)   # once each, nothing else
    assert not HUB_PATHS & set(paths)
    titles = {path_of(r["url"]): r["metadata"]["title"] for r in records}
    assert titles == {a["path"]: a["title"] for a in fixture_articles}
    stats = crawl["stats"]
    assert stats["corpus/articles_emitted"] == len(fixture_articles)
    assert stats["corpus/skipped/hub"] >= len(HUB_PATHS)
    assert stats["corpus/skipped/binary"] == 1                 # a PDF served as text/html, refused as corpus clean does
    assert stats["corpus/skipped/decompressed-too-large"] == 1  # the gzip bomb
    assert stats["corpus/skipped/too-short"] == 1          # the withdrawn stub with og:type article
    assert stats["corpus/skipped/non-html"] == 1           # the extension-less PDF download
    assert stats["corpus/pages_fetched"] >= len(fixture_articles) + len(HUB_PATHS)
    for kind in ("html", "robots", "sitemap", "feed"):
        assert stats[f"corpus/pages_fetched/{kind}"] >= 1, kind
    assert stats["corpus/pages_fetched/sitemap"] == 3     # index, gzip sitemap, plain sitemap
    # the copy fetched second is marked a duplicate of the one fetched first: which of a pair comes
    # first depends on response timing (concurrent requests), so each pair is compared unordered
    ids = {path_of(r["url"]): r["id"] for r in records}
    duplicates = {frozenset((ids[path_of(r["url"])], r["metadata"]["duplicate_of"]))
                  for r in records if r["metadata"]["duplicate_of"]}
    keys = {a["key"]: ids[a["path"]] for a in fixture_articles}
    assert duplicates == {frozenset((ids[a["path"]], keys[a["duplicate_of"]]))
                          for a in fixture_articles if a.get("duplicate_of")}
    assert stats["corpus/pages_fetched/feed"] == 2        # RSS (start URL) and Atom (<link rel=alternate>)
    per_cleaner: dict[str, int] = {}
    for record in records:
        for cut in record["removed"]:
            per_cleaner[cut["cleaner"]] = per_cleaner.get(cut["cleaner"], 0) + cut["chars"]
    assert {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("corpus/removed_chars/")} == per_cleaner
    assert per_cleaner["php_dump"] > 0


def test_sources_of_discovery(crawl, fixture_articles):
    """Articles only in the gzip sitemap, only in a feed (with utm_ parameters) and
    only behind a redirect were all found; the 500 page was retried and collected."""
    site, records = crawl["site"], by_path(crawl["records"])
    assert "/news/harbour-dredging-contract-awarded-after-long-delay/48230" in records    # sitemap.xml.gz only
    assert "/news/volunteers-count-record-number-of-migrating-cranes/48251" in records    # RSS only
    assert "/2024/04/02/night-bus-service-extended-to-outer-villages/" in records         # redirect only
    flaky = "/2024/03/18/port-workers-vote-on-new-shift-agreement/"
    assert [h.status for h in site.hits(flaky)] == [500, 200]
    assert flaky in records and "shift agreement" in records[flaky]["body"]
    assert crawl["stats"]["retry/count"] >= 1
    # reply, share, AMP, print and tracking links to a page are the page: never fetched again
    assert not [h.path for h in site.log if re.search(r"[?&](?:utm_|fbclid|replytocom|share|amp|print)", h.path)]


def test_nothing_disallowed_or_offsite_fetched(crawl):
    site = crawl["site"]
    fetched = {h.path for h in site.hits()}
    assert not NEVER_FETCHED & fetched
    assert [h for h in site.log if h.host != "127.0.0.1"] == []     # links, sitemap, feed and redirect to localhost
    assert {"/go/partner", "/old/night-bus", "/download/annual-report"} <= fetched
    assert crawl["stats"].get("robotstxt/forbidden", 0) >= 1
    # every page fetched once (the robots.txt start URL besides the middleware's own robots.txt request)
    counts: dict[str, int] = {}
    for hit in site.hits():
        counts[hit.path] = counts.get(hit.path, 0) + 1
    assert {p: n for p, n in counts.items() if n > 1 and p != "/robots.txt"} == \
        {"/2024/03/18/port-workers-vote-on-new-shift-agreement/": 2}
    assert all(h.user_agent.startswith("corpus-bot/") and "+https://corpus.invalid/contact" in h.user_agent
               for h in site.log)


def test_records_valid_and_clean(crawl, validator, fixture_articles):
    records = by_path(crawl["records"])
    for article in fixture_articles:
        record = records[article["path"]]
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, [e.message for e in errors]
        body = norm(record["body"])
        for pattern in ARTEFACTS:
            assert not pattern.search(record["body"]), (article["key"], pattern.pattern)
        if article.get("strict", True):
            assert len(body) > 500
            assert norm(article["title"]) not in body             # title (printed three times) not in body
        else:   # a short (Korean) article, or extraction limits written in the fixture's "note"
            assert len(body) > 200, article["key"]
        for comment in article["comments"]:
            assert norm(comment["text"]) not in body, article["key"]
            assert norm(comment["author"]) not in body, article["key"]
        # the comment thread is split out, in page order, with its nesting
        assert [(c["author"], c["depth"], norm(c["text"])) for c in record["comments"]] == \
            [(c["author"], c["depth"], c["text"]) for c in article["comments"]], article["key"]
        assert record["metadata"]["site"] == article.get("site", "The Harbour Ledger"), article["key"]
        assert (record["metadata"]["date"] or "").startswith(article["date"] or ""), article["key"]
        assert record["source"] == record["url"] == record["metadata"]["url"]
        assert len(record["metadata"]["related"]) == article.get("related", 3), article["key"]   # the PHP dump's stories
        assert record["metadata"]["version"] == 1


def test_scrapy_list():
    proc = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["articles"]


def test_crawl_without_a_start_url_is_one_line_and_exit_2():
    quiet = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "articles", "-s", "LOG_LEVEL=WARNING"], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert quiet.returncode == 2
    assert quiet.stderr.splitlines() == [
        "scrapy crawl articles: error: give start URLs (-a start_urls=URL[,URL...]) or a profile (-a profile=NAME)"]
    loud = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "articles", "-a", "profile=no-such-profile"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert loud.returncode == 2 and "Traceback" not in loud.stderr
    assert loud.stderr.splitlines()[-1].startswith("scrapy crawl articles: error: unknown profile 'no-such-profile'")
