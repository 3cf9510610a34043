"""Article or hub: `article_signals` scores an HTML page from general signals --
``og:type``, JSON-LD ``@type``, the URL's shape, a feed linking to it, and the amount of
paragraph text outside navigation (in display columns: CJK characters count two). A
page the markup and the URL leave undecided is decided by the body the cleaner chain
makes of it (`corpus_spiders.detect.body`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from lxml import etree
from parsel import Selector

from cleaners.stages import text_length


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
        except (ValueError, RecursionError):   # not JSON, or nested deeper than the parser goes: no types
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


_CONTENT_P = etree.XPath("//p[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside"
                         " or ancestor::form or ancestor::*[@role='navigation'])]")
_STRING = etree.XPath("string()")
_LINKS_ABOVE = etree.XPath("count(ancestor::a)")
# the text nodes of a paragraph inside one of its links: more link ancestors than the paragraph has. (``.//a//text()``
# merges one node set per link, each checked against the others: quadratic, 180 s on a paragraph of 160,000 links)
_LINKED_TEXT = etree.XPath("descendant::text()[count(ancestor::a) > $outer]")


def paragraph_text(sel: Selector) -> tuple[int, int]:
    """(length of paragraph text outside navigation, of which inside links), in display
    columns: a CJK character counts two (`cleaners.stages.text_length`)."""
    total = linked = 0
    # compiled XPaths on the lxml tree: a parsel call per paragraph cost 70 us (11 s for a page of 160,000)
    for p in _CONTENT_P(sel.root):
        total += text_length(" ".join(_STRING(p).split()))
        linked += sum(text_length(" ".join(t.split())) for t in _LINKED_TEXT(p, outer=_LINKS_ABOVE(p)))
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
