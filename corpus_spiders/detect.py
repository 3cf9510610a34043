"""What a fetched response is, told from the response itself (not from its URL).

* `kind_of` sorts a response into ``html``, ``sitemap``, ``feed``, ``robots`` or
  ``other`` from its body and type (XML root element, robots.txt directives, HTML).
* `article_signals` scores an HTML page as article, hub or undecided from general
  signals: ``og:type``, JSON-LD ``@type``, the URL's shape, a feed linking to it, and
  the amount of paragraph text; `chain_says_article` decides an undecided page from
  the record the cleaner chain made of it (length and publication date).
"""
from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from lxml import etree
from parsel import Selector
from scrapy.http import HtmlResponse, Response, TextResponse

from cleaners.dates import find_date
from cleaners.stages import text_length


GZIP_MAGIC = b"\x1f\x8b"
_FIRST_TAG = re.compile(rb"<([A-Za-z_][\w.-]*(?::[\w.-]+)?)[\s/>]")
# the XML declaration, comments and a DOCTYPE (with its internal subset, whose
# declarations hold ">") before the root element; nothing in them is ever expanded
_SKIP_PROLOG = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>)*", re.S | re.I)
_ROBOTS_LINE = re.compile(r"^\s*(user-agent|disallow|allow|sitemap|crawl-delay|host|request-rate|noindex)\s*:", re.I)
SITEMAP_ROOTS = {"urlset", "sitemapindex"}
FEED_ROOTS = {"rss", "feed", "rdf"}

# Content types that are never pages: the download is stopped once the headers arrive.
BINARY_TYPES = re.compile(
    r"^(?:image|audio|video|font)/|^application/(?:pdf|zip|x-7z|x-rar|msword|vnd\.|x-msdownload|"
    r"postscript|epub|x-shockwave)", re.I)


def xml_root(data: bytes) -> str | None:
    """Local name (lower case) of the first element of an XML/HTML document."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    head = head[_SKIP_PROLOG.match(head).end():]
    m = _FIRST_TAG.match(head)
    if not m:
        return None
    return m.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower()


TOO_LARGE = "decompressed-too-large"


class TooLarge(ValueError):
    """A gzip body over the size limit once decompressed (a gzip bomb)."""


def payload(response: Response, max_size: int = 0) -> bytes:
    """The body, gunzipped when it is a gzip file (``.xml.gz`` sitemaps); `TooLarge`
    when that goes over ``max_size``."""
    body = response.body
    if body[:2] != GZIP_MAGIC:
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, max_size + 1 if max_size else 0)
    except zlib.error:   # corrupt: not a usable document
        return b""
    if max_size and (len(data) > max_size or inflater.unconsumed_tail):
        raise TooLarge(f"{response.url}: over {max_size} bytes decompressed")
    return data if inflater.eof else b""     # a truncated gzip file is not a usable document either


def is_robots(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return False
    hits = sum(1 for ln in lines if _ROBOTS_LINE.match(ln))
    return hits >= max(1, len(lines) // 2)


def kind_of(response: Response, max_size: int = 0) -> tuple[str, bytes]:
    """``(kind, data)``: kind is html | sitemap | feed | robots | other, or `TOO_LARGE`
    (a gzip body over ``max_size`` decompressed); data is the (decompressed) body for
    sitemaps and feeds."""
    try:
        data = payload(response, max_size)
    except TooLarge:
        return TOO_LARGE, b""
    root = xml_root(data) if data.lstrip()[:1] == b"<" or data[:3] == b"\xef\xbb\xbf" else None
    if root in SITEMAP_ROOTS:
        return "sitemap", data
    if root in FEED_ROOTS:
        return "feed", data
    if isinstance(response, HtmlResponse) or root == "html":
        return ("html", data) if isinstance(response, TextResponse) else ("other", data)
    if isinstance(response, TextResponse) and is_robots(response.text):
        return "robots", data
    return "other", data


# -- feeds -------------------------------------------------------------------
def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def feed_links(data: bytes) -> list[str]:
    """Item links of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom feed."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    links: list[str] = []
    for item in root.iter():
        if _local(item.tag) not in ("item", "entry"):
            continue
        chosen = None
        for child in item:
            name = _local(child.tag)
            if name == "origlink" and (child.text or "").strip():
                chosen = child.text.strip()
                break
            if name == "link":
                href = child.get("href")
                if href is not None:
                    if child.get("rel", "alternate") == "alternate" and chosen is None:
                        chosen = href.strip()
                elif (child.text or "").strip() and chosen is None:
                    chosen = child.text.strip()
        if chosen is None:
            guid = next((c for c in item if _local(c.tag) == "guid" and c.get("isPermaLink", "true") == "true"), None)
            if guid is not None and (guid.text or "").strip().startswith("http"):
                chosen = guid.text.strip()
        if chosen:
            links.append(chosen)
    return links


def robots_sitemaps(text: str) -> list[str]:
    return [ln.split(":", 1)[1].strip() for ln in text.splitlines()
            if ln.strip().lower().startswith("sitemap:") and ln.split(":", 1)[1].strip()]


# -- article or hub ------------------------------------------------------------
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
                 "scholarlyarticle", "techarticle", "report", "liveblogposting"}
HUB_TYPES = {"collectionpage", "itemlist", "website", "searchresultspage", "profilepage", "sitenavigationelement"}
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?/[^/]+")
_DATED_SLUG = re.compile(r"(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])")
_HUB_PATH = re.compile(
    r"/(?:page|category|categories|tag|tags|topic|topics|section|sections|author|authors|archive|archives|"
    r"search|index|latest|rubric|theme|region|label)(?:/|$)|[?&](?:page|p|s|q|paged)=", re.I)
_WORD = re.compile(r"[a-z]+", re.I)
_NUMERIC_ID = re.compile(r"\d{5,}")


def jsonld_types(sel: Selector) -> set[str]:
    """Lower-cased ``@type`` values of the page's JSON-LD blocks (``@graph`` included)."""
    found: set[str] = set()
    for raw in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for node in _walk(data):
            kinds = node.get("@type")
            for kind in kinds if isinstance(kinds, list) else [kinds]:
                if isinstance(kind, str):
                    found.add(kind.rsplit("/", 1)[-1].lower())
    return found


def _walk(data: object, depth: int = 0) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _walk(data["@graph"], depth + 1)


def url_shape(url: str) -> tuple[int, list[str]]:
    """Score of the URL's shape: dated paths and long slugs point to articles,
    listing paths (page/category/tag/…, the site root) to hubs."""
    parts = urlsplit(url)
    path = parts.path or "/"
    segments = [s for s in path.split("/") if s]
    if not segments and not parts.query:
        return -3, ["url:root"]
    if _HUB_PATH.search(path + ("?" + parts.query if parts.query else "")):
        return -3, ["url:listing"]
    score, why = 0, []
    if _DATED_PATH.search(path) or (segments and _DATED_SLUG.search(segments[-1])):
        score, why = score + 2, why + ["url:dated"]
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segments[-1]) if segments else ""
    if len(_WORD.findall(last)) >= 4 and re.search(r"[-_]", last):
        score, why = score + 1, why + ["url:slug"]
    if _NUMERIC_ID.search(last) or _NUMERIC_ID.search(parts.query):
        score, why = score + 1, why + ["url:id"]
    return score, why


HUB_SIGNALS = {"url:root", "url:listing", "text:mostly-links"}   # a page with one of them is a hub, whatever else


@dataclass
class Verdict:
    """``kind``: ``article`` (the score reaches the threshold), ``hub`` (the URL says
    root or listing, the text is mostly links, or JSON-LD says a collection), or
    ``undecided``: the markup and the URL do not settle it, and the body the cleaner
    chain produces does (`chain_says_article`)."""
    kind: str
    score: int
    signals: list[str] = field(default_factory=list)
    text_chars: int = 0

    @property
    def article(self) -> bool:
        return self.kind == "article"


_CONTENT_P = ("//p[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside"
              " or ancestor::form or ancestor::*[@role='navigation'])]")


def paragraph_text(sel: Selector) -> tuple[int, int]:
    """(length of paragraph text outside navigation, of which inside links), in display
    columns: a CJK character counts two (`cleaners.stages.text_length`)."""
    total = linked = 0
    for p in sel.xpath(_CONTENT_P):
        total += text_length(" ".join(p.xpath("string()").get("").split()))
        linked += sum(text_length(" ".join(t.split())) for t in p.xpath(".//a//text()").getall())
    return total, linked


def article_signals(url: str, sel: Selector, patterns: Iterable[re.Pattern[str]] = (),
                    threshold: int = 3, linked_from: str | None = None) -> Verdict:
    """Score the page; ``linked_from`` ``feed``: an item link of a feed (feeds list articles)."""
    score, why = 0, []
    if linked_from == "feed":
        score, why = score + 2, why + ["link:feed"]
    og_type = (sel.xpath('//meta[@property="og:type"]/@content').get() or "").strip().lower()
    types = jsonld_types(sel)
    if og_type == "article" or og_type.startswith("article:"):
        score, why = score + 3, why + ["og:type=article"]
    elif og_type in ("website", "profile", "object"):
        score, why = score - 2, why + [f"og:type={og_type}"]
    if types & ARTICLE_TYPES:
        score, why = score + 3, why + ["jsonld:" + sorted(types & ARTICLE_TYPES)[0]]
    elif types & HUB_TYPES and not types & ARTICLE_TYPES and "webpage" not in types:
        score, why = score - 2, why + ["jsonld-hub:" + sorted(types & HUB_TYPES)[0]]
    if any(p.search(url) for p in patterns):
        score, why = score + 4, why + ["profile:article-pattern"]
    else:
        shape, reasons = url_shape(url)
        score, why = score + shape, why + reasons
    chars, linked = paragraph_text(sel)
    if chars and linked / chars > 0.5:
        score, why = score - 2, why + ["text:mostly-links"]
    elif chars >= 1500:
        score, why = score + 2, why + ["text:long"]
    elif chars >= 600:
        score, why = score + 1, why + ["text:medium"]
    elif chars < 200:
        score, why = score - 2, why + ["text:short"]
    if score >= threshold:
        kind = "article"
    elif HUB_SIGNALS & set(why) or any(w.startswith("jsonld-hub:") for w in why):
        kind = "hub"
    else:
        kind = "undecided"
    return Verdict(kind=kind, score=score, signals=why, text_chars=chars)


DATE_NEAR_TOP = 400   # characters of the body where a written date counts as the article's


def chain_says_article(record: dict, min_chars: int) -> bool:
    """For a page the markup and URL left undecided: the body the cleaner chain made
    is an article's when it is at least ``min_chars`` long (CJK counting two; 200 at
    least) and the page is dated -- a publication date in its metadata, or a date
    written near the top of the body (a news article is dated; an About, contact or
    listing page is not)."""
    body = record.get("body") or ""
    if text_length(body) < max(min_chars, 200):
        return False
    return bool((record.get("metadata") or {}).get("date")) or find_date(body[:DATE_NEAR_TOP]) is not None
