from __future__ import annotations

import gzip

from parsel import Selector
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse

from corpus_spiders import detect

SITEMAP = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/x</loc></url></urlset>'
INDEX = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.example/s1.xml</loc></sitemap></sitemapindex>'
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://a.example/1</link></item>' \
      b'<item><guid>https://a.example/2</guid></item></channel></rss>'
ATOM = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="https://a.example/3"/>' \
       b'<link rel="enclosure" href="https://a.example/3.mp3"/></entry></feed>'
RDF = b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">' \
      b'<item><link>https://a.example/4</link></item></rdf:RDF>'


def kind(body: bytes, cls=Response, url="https://a.example/whatever", **kw) -> str:
    return detect.kind_of(cls(url, body=body, **kw))[0]


def test_kind_from_the_response_not_the_url():
    assert kind(SITEMAP, XmlResponse, url="https://a.example/feed.rss") == "sitemap"
    assert kind(INDEX, TextResponse) == "sitemap"
    assert kind(gzip.compress(SITEMAP), url="https://a.example/page.html") == "sitemap"   # .xml.gz served raw
    assert kind(RSS, XmlResponse, url="https://a.example/sitemap.xml") == "feed"
    assert kind(ATOM, XmlResponse) == "feed" and kind(RDF, XmlResponse) == "feed"
    assert kind(b"User-agent: *\nDisallow: /x/\nSitemap: https://a.example/s.xml\n", TextResponse,
                url="https://a.example/feed") == "robots"
    assert kind(b"<html><body><p>hi</p></body></html>", HtmlResponse, url="https://a.example/sitemap.xml") == "html"
    assert kind(b"%PDF-1.4 ...", Response, url="https://a.example/a.html") == "other"
    assert kind(b"Just some notes.\nNothing here.", TextResponse, url="https://a.example/robots.txt") == "other"


def test_feed_and_robots_links():
    assert detect.feed_links(RSS) == ["https://a.example/1", "https://a.example/2"]
    assert detect.feed_links(ATOM) == ["https://a.example/3"]
    assert detect.feed_links(RDF) == ["https://a.example/4"]
    assert detect.feed_links(b"not xml at all") == []
    assert detect.robots_sitemaps("User-agent: *\nSitemap: https://a.example/s.xml\nsitemap:https://a.example/t.xml\n") == \
        ["https://a.example/s.xml", "https://a.example/t.xml"]


def test_binary_types():
    for ctype in ("application/pdf", "image/png", "video/mp4", "application/zip"):
        assert detect.BINARY_TYPES.match(ctype), ctype
    for ctype in ("text/html", "application/xml", "application/x-gzip", "application/octet-stream", "text/plain"):
        assert not detect.BINARY_TYPES.match(ctype), ctype


LONG = "<p>" + " ".join(["The council met on Tuesday and decided several things about the port."] * 30) + "</p>"


def page(head: str = "", body: str = LONG) -> Selector:
    return Selector(text=f"<html><head>{head}</head><body><main>{body}</main></body></html>")


def test_article_signals():
    og = '<meta property="og:type" content="article">'
    ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"}]}</script>'
    assert detect.article_signals("https://a.example/about", page(og)).article
    assert detect.article_signals("https://a.example/p?id=1", page(ld)).article
    assert detect.article_signals("https://a.example/2024/05/02/council-meets/", page()).article     # dated + long text
    assert detect.article_signals("https://a.example/council-meets-on-tuesday-about-port", page()).article  # slug + long text


def test_hub_signals():
    teasers = "".join(f'<p><a href="/2024/05/{i:02d}/story-{i}">Story number {i} of the day</a></p>' for i in range(1, 20))
    website = '<meta property="og:type" content="website">'
    assert not detect.article_signals("https://a.example/", page(website, teasers)).article
    assert not detect.article_signals("https://a.example/category/port/page/2/", page("", LONG)).article
    assert not detect.article_signals("https://a.example/about", page(website, LONG)).article     # long text, no signals
    assert not detect.article_signals("https://a.example/2024/05/02/council-meets/", page("", "<p>Short.</p>")).article


def test_hub_undecided_and_the_chain_deciding():
    teasers = "".join(f'<p><a href="/2024/05/{i:02d}/story-{i}">Story number {i} of the day</a></p>' for i in range(1, 20))
    assert detect.article_signals("https://a.example/", page("", LONG)).kind == "hub"                  # the root
    assert detect.article_signals("https://a.example/tag/port/", page("", LONG)).kind == "hub"         # a listing
    assert detect.article_signals("https://a.example/picks", page("", teasers)).kind == "hub"          # mostly links
    # markup without paragraphs (a table layout, divs only) and an undistinguished URL: not settled
    divs = "<div>" + "<br><br>".join(["The ferry will run twice a day from June, the port said."] * 12) + "</div>"
    assert detect.article_signals("https://a.example/cgi-bin/story.pl?id=48290", page("", divs)).kind == "undecided"
    # a feed linking to it is evidence of an article
    medium = "<p>" + " ".join(["The ferry will run twice a day from June."] * 16) + "</p>"
    assert detect.article_signals("https://a.example/n/123", page("", medium)).kind == "undecided"
    assert detect.article_signals("https://a.example/n/123", page("", medium), linked_from="feed").kind == "article"
    long_prose = " ".join(["The ferry will run twice a day from June, the port office said on Monday."] * 6)
    assert detect.chain_says_article({"body": long_prose, "metadata": {"date": "2024-05-02"}}, 300)
    assert not detect.chain_says_article({"body": long_prose, "metadata": {"date": None}}, 300)    # an About page
    dated = "Posted: April 20, 2024\n\n" + long_prose       # a date written at the top of the story
    assert detect.chain_says_article({"body": dated, "metadata": {"date": None}}, 300)
    late = long_prose * 3 + " It was first printed on April 20, 2024."
    assert not detect.chain_says_article({"body": late, "metadata": {"date": None}}, 300)
    assert not detect.chain_says_article({"body": "Latest news", "metadata": {"date": "2024-05-02"}}, 300)


def test_cjk_paragraph_text_is_not_short():
    korean = "<p>" + "항구 축제에 올해 역대 가장 많은 관람객이 찾았다고 주최 측이 밝혔다. " * 4 + "</p>"
    chars, _ = detect.paragraph_text(page("", korean))
    assert chars >= 200 > len("항구 축제에 올해 역대 가장 많은 관람객이 찾았다고 주최 측이 밝혔다. " * 4)
    assert "text:short" not in detect.article_signals("https://a.example/2024/04/24/lantern-festival-crowds/",
                                                      page("", korean)).signals


def test_profile_pattern_is_a_strong_signal():
    import re
    pattern = re.compile(r"^https://a\.example/n/\d+$")
    medium = "<p>" + " ".join(["The ferry will run twice a day from June."] * 16) + "</p>"
    assert not detect.article_signals("https://a.example/n/123", page("", medium)).article
    verdict = detect.article_signals("https://a.example/n/123", page("", medium), [pattern])
    assert verdict.article and "profile:article-pattern" in verdict.signals


LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE urlset [\n <!ENTITY lol "lol">\n'
          b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
          b' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
          b' <!ENTITY ext SYSTEM "file:///etc/passwd">\n]>\n'
          b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/x&lol3;&ext;</loc></url>'
          b'<url><loc>https://a.example/y</loc></url></urlset>')


def test_a_sitemap_with_a_doctype_is_a_sitemap_parsed_without_expanding_entities():
    from scrapy.utils.sitemap import Sitemap
    assert kind(LAUGHS, XmlResponse) == "sitemap"
    assert kind(b'<!DOCTYPE urlset PUBLIC "-//x//DTD y//EN" "http://a.example/s.dtd">' + SITEMAP[21:], TextResponse) \
        == "sitemap"
    locs = [entry["loc"] for entry in Sitemap(LAUGHS)]
    assert locs[-1] == "https://a.example/y" and not any("lollol" in loc or "root:" in loc for loc in locs)
    assert kind(b"<!DOCTYPE rss [<!ENTITY x 'y'>]>" + RSS[21:], XmlResponse) == "feed"


def test_a_gzip_bomb_is_too_large_not_a_document():
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    assert len(bomb) < 10_000
    response = Response("https://a.example/sitemap.xml.gz", body=bomb)
    assert detect.kind_of(response, max_size=1_000_000) == (detect.TOO_LARGE, b"")
    assert detect.kind_of(response, max_size=10_000_000)[0] == "sitemap"
    assert detect.kind_of(Response("https://a.example/s.xml.gz", body=bomb[:40]), max_size=10**9)[0] == "other"


PROSE = ["The ferry will run twice a day from June, the port office said on Monday. The council approved "
         "the timetable after a long meeting with residents of the island.",
         "Fishermen asked for an earlier crossing in winter. The operator said it would look at the figures "
         "again in the autumn, when the season ends and the repairs to the quay are done.",
         "A new waiting room opens at the harbour next month. It was paid for by the regional budget, and "
         "residents will be able to buy tickets there instead of on board the boat."]


def test_an_undated_body_of_prose_paragraphs_is_an_article():
    body = "\n\n".join(["Ferry to run twice a day"] + PROSE)
    assert detect.body_shape(body).prose == 3
    assert detect.chain_says_article({"body": body, "metadata": {"date": None}}, 300)
    # Korean: sentences end with ". " but a paragraph is few words; it is measured by its characters
    korean = ["항구 축제에 올해 역대 가장 많은 관람객이 찾았다고 주최 측이 밝혔다. 축제는 사흘 동안 열렸으며 "
              "등불 행렬과 공연이 이어졌다. 주민들은 내년에도 같은 규모로 열리기를 바란다고 말했다."] * 3
    assert detect.chain_says_article({"body": "\n\n".join(korean), "metadata": {}}, 300)
    chinese = ["港口节今年吸引了有史以来最多的游客，主办方表示。节日持续三天，期间有灯笼游行和演出。"
               "居民们说希望明年也能以同样的规模举办。渡轮公司增加了班次，以应对人流。"] * 3
    assert detect.chain_says_article({"body": "\n\n".join(chinese), "metadata": {}}, 300)


def test_an_undated_hub_of_titles_and_teasers_is_not_an_article():
    teasers = []
    for n in range(12):
        teasers += [f"Harbour story number {n} of the season",
                    f"The council met again on the quay about item {n} and residents came to hear the plan."]
    body = "\n\n".join(teasers)
    assert len(body) > 1000 and detect.body_shape(body).prose == 0
    assert not detect.chain_says_article({"body": body, "metadata": {"date": None}}, 300)
    # a listing with two-sentence teasers: as many titles as teasers, so still a hub
    listing = "\n\n".join(f"Story {n} of the week\n\n{PROSE[n % 3]}" for n in range(8))
    assert not detect.body_shape(listing).article
    # one or two paragraphs of prose (an About or contact page) are not an article's shape
    assert not detect.chain_says_article({"body": "\n\n".join(PROSE[:2]), "metadata": {}}, 300)
    # an About page in prose whose markup says it is no article (og:type website, a JSON-LD collection)
    about = {"body": "\n\n".join(PROSE), "metadata": {}}
    assert detect.chain_says_article(about, 300, ["url:slug"])
    assert not detect.chain_says_article(about, 300, ["og:type=website", "text:medium"])
    assert not detect.chain_says_article(about, 300, ["jsonld-hub:collectionpage"])
    # titles in lines of one block (a list the chain kept as one paragraph)
    lines = "\n".join(f"Harbour story number {n} of the season" for n in range(40))
    assert not detect.chain_says_article({"body": lines + "\n\n" + PROSE[0], "metadata": {}}, 300)
