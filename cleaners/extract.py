"""Main-text extraction of HTML pages: page metadata from the parsed DOM, body with trafilatura.

The page is parsed once by selectolax (lexbor) in the pipeline. `page_metadata` reads
title, dates, authors, site, canonical URL, description, tags, section and language
from that DOM (JSON-LD, ``<meta>``, ``<link rel=canonical>``, ``<html lang>``), which is
much cheaper than trafilatura's own metadata pass; htmldate runs only for pages that
declare no publication date. After the html-scope cleaners have pruned the DOM,
`prune_for_extraction` drops what trafilatura would throw away anyway (head, scripts,
styles, embeds) so that it serialises and re-parses less, and `extract` hands the
resulting HTML string to trafilatura (metadata off) for the body.
"""
from __future__ import annotations

import json
import logging
import re
import warnings
from datetime import datetime
from typing import Any, Iterable

import trafilatura
from lxml import etree

from .document import Block, Document

log = logging.getLogger(__name__)

_HEADING_REND = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# elements trafilatura discards with their content (settings.MANUALLY_CLEANED): removing
# them before serialisation changes nothing in its output and saves parsing time
PRUNE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "link", "meta"]

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
                  "scholarlyarticle", "socialmediaposting", "liveblogposting", "report", "posting"}
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
_TITLE_SEP = re.compile(r"\s+[|\u2013\u2014\-:·•»]\s+")


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _lines(element: etree._Element) -> list[str]:
    """The element's text split at its line breaks (``<lb/>``), whitespace collapsed."""
    for lb in element.iter("lb"):
        lb.tail = "\u2028" + (lb.tail or "")
    text = "".join(element.itertext())
    return [line for line in (" ".join(part.split()) for part in text.split("\u2028")) if line]


def blocks_from_tree(body: etree._Element | None) -> tuple[Block, ...]:
    """Trafilatura's XML body (p, head, list/item, quote, table, code) as blocks.

    Text directly in the body after an element (its tail) is a paragraph of its own;
    a paragraph with line breaks gives one block per line."""
    if body is None:
        return ()
    blocks: list[Block] = []
    if body.text and body.text.strip():
        blocks.append(Block(" ".join(body.text.split())))
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        tail, element.tail = element.tail, None
        if tag == "list":
            for item in element.iter("item"):
                if text := _text(item):
                    blocks.append(Block(text, kind="item"))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                if any(cells):
                    blocks.append(Block(" | ".join(c for c in cells if c), kind="table"))
        elif tag == "code":
            if text := "".join(element.itertext()).strip("\n"):
                blocks.append(Block(text, kind="code"))
        elif tag == "head":
            if text := _text(element):
                level = _HEADING_REND.get(element.get("rend", ""), 2)
                blocks.append(Block(text, kind="heading", level=level))
        elif tag == "quote":
            blocks.extend(Block(line, kind="quote") for line in _lines(element))
        else:
            blocks.extend(Block(line) for line in _lines(element))
        if tail and tail.strip():
            blocks.append(Block(" ".join(tail.split())))
    return tuple(blocks)


def _clean_list(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = values.split(",")
    out: list[str] = []
    for v in values:
        if isinstance(v, str) and (v := " ".join(v.split())) and v not in out:
            out.append(v)
    return out


# -- metadata from the DOM ----------------------------------------------------------------

def normalise_language(value: str | None) -> str | None:
    """``en-US`` / ``en_GB`` / ``EN`` -> ``en``; None for anything else."""
    m = _LANG.match((value or "").strip())
    if not m:
        return None
    code = m.group(1).lower()
    return code if len(code) == 2 else None


def normalise_date(value: Any) -> str | None:
    """An ISO 8601 date or datetime from a machine-readable date, else None."""
    if not isinstance(value, str) or not (value := value.strip()):
        return None
    if _ISO_DATE.match(value):
        if not 1990 <= int(value[:4]) <= datetime.now().year + 1:
            return None
        return value.replace(" ", "T", 1) if len(value) > 10 else value
    try:
        from dateutil import parser as dateparser
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")      # unknown time-zone names: the local reading is kept
            parsed = dateparser.parse(value, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1990 <= parsed.year <= datetime.now().year + 1:
        return None
    return parsed.isoformat() if (parsed.hour, parsed.minute, parsed.second) != (0, 0, 0) else parsed.date().isoformat()


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` value (str, object, list)."""
    if isinstance(value, str):
        return [value] if not value.startswith("http") else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _jsonld_objects(dom) -> Iterable[dict]:
    for script in dom.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(deep=True, strip=True) or "null")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    return {x.lower() for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}


def _meta_map(dom) -> dict[str, str]:
    meta: dict[str, str] = {}
    for node in dom.css("meta[content]"):
        attrs = node.attributes
        name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if name and content and content.strip():
            meta.setdefault(name.strip().lower(), content.strip())
    return meta


def _first(*values: Any) -> Any:
    for value in values:
        if value not in (None, "", []):
            return value
    return None


def _title(dom, meta: dict[str, str], headline: str | None) -> str | None:
    """The headline: the page's single <h1> when the other sources agree with it, else the
    JSON-LD headline, else og:title / <title> without a trailing site name."""
    page_title = _first(meta.get("og:title"), meta.get("twitter:title"))
    title_node = dom.css_first("title")
    doc_title = " ".join(title_node.text().split()) if title_node is not None else None
    h1s = [" ".join(h.text().split()) for h in dom.css("h1")]
    h1s = [h for h in h1s if h]
    for h1 in h1s[:2]:
        if any(h1 and src and h1.casefold() in src.casefold() for src in (headline, page_title, doc_title)):
            return h1
    if headline:
        return " ".join(headline.split())
    title = _first(page_title, doc_title)
    if title:
        parts = _TITLE_SEP.split(title)
        if len(parts) > 1 and len(parts[0].split()) >= 3:
            title = parts[0] if len(parts[0]) >= len(parts[-1]) else title
    return title


def page_metadata(dom, html: str | None = None, url: str | None = None) -> dict[str, Any]:
    """Metadata of the page read from its parsed DOM (selectolax), before any cleaning."""
    meta = _meta_map(dom)
    article: dict = {}
    publisher = None
    for obj in _jsonld_objects(dom):
        types = _types(obj)
        if types & _ARTICLE_TYPES and not article:
            article = obj
        if "organization" in types or "newsmediaorganization" in types:
            publisher = publisher or obj.get("name")
    if article and isinstance(article.get("publisher"), dict):
        publisher = article["publisher"].get("name") or publisher

    date = None
    for candidate in (article.get("datePublished"), meta.get("article:published_time"), meta.get("datepublished"),
                      meta.get("og:published_time"), meta.get("pubdate"), meta.get("publishdate"),
                      meta.get("publish-date"), meta.get("parsely-pub-date"), meta.get("sailthru.date"),
                      meta.get("dc.date.issued"), meta.get("dcterms.created"), meta.get("date"),
                      article.get("dateCreated")):
        if date := normalise_date(candidate):
            break
    if date is None:
        time_node = dom.css_first("time[datetime][pubdate], time[itemprop=datePublished], [itemprop=datePublished]")
        if time_node is not None:
            date = normalise_date(time_node.attributes.get("datetime") or time_node.attributes.get("content"))
    if date is None and html is not None:
        date = date_from_html(html, url)

    authors = _names(article.get("author")) if article else []
    if not authors:
        authors = [a for a in (meta.get("author"), meta.get("article:author"), meta.get("parsely-author"),
                               meta.get("sailthru.author"), meta.get("dc.creator")) if a and not a.startswith("http")][:1]
    authors = _clean_list(authors)

    keywords = article.get("keywords") if article else None
    tags = _clean_list(keywords) or _clean_list(meta.get("news_keywords") or meta.get("keywords"))
    tags += [t for t in _clean_list([n.attributes.get("content") for n in dom.css('meta[property="article:tag"]')])
             if t not in tags]
    section = _first(article.get("articleSection") if article else None, meta.get("article:section"))
    if isinstance(section, list):
        section = section[0] if section else None

    canonical = dom.css_first('link[rel="canonical"]')
    canonical_url = canonical.attributes.get("href") if canonical is not None else None
    page_url = _first(canonical_url, meta.get("og:url"), url)
    if page_url and not str(page_url).startswith(("http://", "https://")):
        page_url = url

    html_node = dom.css_first("html")
    language = normalise_language(html_node.attributes.get("lang") if html_node is not None else None) \
        or normalise_language(meta.get("og:locale")) or normalise_language(meta.get("content-language"))
    if language is None:
        for node in dom.css('meta[http-equiv]'):
            if (node.attributes.get("http-equiv") or "").lower() == "content-language":
                language = normalise_language(node.attributes.get("content"))

    site = _first(meta.get("og:site_name"), publisher if isinstance(publisher, str) else None,
                  meta.get("application-name"))
    return {
        "title": _title(dom, meta, article.get("headline") if article else None),
        "author": "; ".join(authors) if authors else None,
        "date": date,
        "site": site,
        "section": section if isinstance(section, str) else None,
        "language": language,
        "url": page_url,
        "description": _first(meta.get("og:description"), meta.get("description"),
                              article.get("description") if article else None),
        "tags": tags,
    }


# -- absurdly nested pages ------------------------------------------------------------------
MAX_NESTING = 5000     # element depth beyond which the DOM pass is skipped (lexbor's tree building
                       # is quadratic in depth: 100,000 nested <div>s take it tens of seconds)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame", "image", "isindex"})
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
                           "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body"})
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_CHUNK = 65536


def too_deep(html: str, limit: int = MAX_NESTING) -> bool:
    """Whether the page nests elements more than ``limit`` deep.

    Cheap for ordinary pages: a page with fewer tags than ``limit`` cannot be that deep,
    and a count of opening and closing tags per 64 KB chunk bounds the depth from above
    at string-search speed; only a page over that bound has its tags scanned (void
    elements and elements whose end tag may be left out do not nest)."""
    if html.count("<") <= limit:
        return False
    running = peak = 0
    for start in range(0, len(html), _CHUNK):
        chunk = html[start:start + _CHUNK]
        closes = chunk.count("</")
        opens = chunk.count("<") - closes
        peak = max(peak, running + opens)
        running += opens - closes
    if peak <= limit:
        return False
    depth = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.groups()
        name = name.lower()
        if name in _VOID or name in _OPTIONAL_END or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > limit:
                return True
    return False


def date_from_html(html: str | None, url: str | None) -> str | None:
    """The publication date by htmldate's quick search (pages that declare none)."""
    if not html:
        return None
    try:
        from htmldate import find_date
        return find_date(html, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate must never fail a document
        return None


def prune_for_extraction(dom) -> str:
    """The cleaned page as HTML, without the parts trafilatura discards unread."""
    head = dom.head
    if head is not None:
        for child in list(head.iter()):
            child.decompose()
    dom.strip_tags(PRUNE_TAGS)
    return dom.html or ""


# the fast pass is trusted while its text stays within these bounds of the page's main
# text estimate (paragraph characters of the main container); outside them it most
# likely took a whole-page container or missed the article, and the full comparison runs
FAST_MIN_SHARE = 0.5
FAST_MAX_SHARE = 10.0
FAST_MIN_ESTIMATE = 50


def fast_result_doubtful(text: str | None, estimate: int) -> bool:
    """Whether trafilatura's fast (no fallback) text disagrees with the DOM's main-text estimate."""
    if estimate < FAST_MIN_ESTIMATE:
        return not text
    n = len(text or "")
    return n < FAST_MIN_SHARE * estimate or n > FAST_MAX_SHARE * estimate


def extract(doc: Document, html: Any = None, with_metadata: bool = True,
            main_estimate: int | None = None) -> Document:
    """The document's body blocks from its page (``html``: the cleaned page, string or tree).

    ``with_metadata``: also take trafilatura's metadata (used when the pipeline has not
    already read it from the DOM). ``main_estimate``: paragraph characters of the page's
    main text container, read from the pruned DOM; when given, trafilatura runs without
    its readability/justext comparison (about a third of its time) and the comparison runs
    only when the fast result disagrees with the estimate (`fast_result_doubtful`)."""
    source = html if html is not None else doc.html
    kwargs = dict(url=doc.url, include_comments=False, with_metadata=with_metadata,
                  include_tables=True, include_formatting=False)
    result = None
    if main_estimate is not None:
        result = trafilatura.bare_extraction(source, fast=True, **kwargs)
        if fast_result_doubtful(result.text if result is not None else None, main_estimate):
            result = None
    if result is None:
        result = trafilatura.bare_extraction(source, **kwargs)
    if result is None:
        return doc
    doc = doc.replace(blocks=blocks_from_tree(result.body))
    if not with_metadata:
        return doc
    url = result.url or doc.url
    tags = _clean_list(result.tags)
    categories = _clean_list(result.categories)
    doc = doc.replace(url=doc.url or url)
    return doc.meta_default(
        title=result.title, author=result.author, date=result.date, site=result.sitename,
        section=categories[0] if categories else None, language=result.language,
        url=url, description=result.description, tags=tags,
    )
