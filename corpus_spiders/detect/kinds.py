"""What a fetched response is, told from the response itself (not from its URL):
`kind_of` sorts it into ``html``, ``sitemap``, ``feed``, ``robots`` or ``other`` from
its body and type (XML root element, robots.txt directives, HTML); the links of feeds
and robots.txt files.
"""
from __future__ import annotations

import re
import zlib

from lxml import etree
from scrapy.http import HtmlResponse, Response, TextResponse

from cleaners.feeds import FEED_ROOTS, xml_root   # (the root element of a fetched response and of a feed file)


GZIP_MAGIC = b"\x1f\x8b"
_ROBOTS_LINE = re.compile(r"^\s*(user-agent|disallow|allow|sitemap|crawl-delay|host|request-rate|noindex)\s*:", re.I)
SITEMAP_ROOTS = {"urlset", "sitemapindex"}

# Content types that are never pages: the download is stopped once the headers arrive.
BINARY_TYPES = re.compile(
    r"^(?:image|audio|video|font)/|^application/(?:pdf|zip|x-7z|x-rar|msword|vnd\.|x-msdownload|"
    r"postscript|epub|x-shockwave)", re.I)


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
