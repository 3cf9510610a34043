"""Page metadata read from the parsed DOM (selectolax), before any cleaning.

`page_metadata` reads title, dates, authors, site, canonical URL, description, tags,
section and language from JSON-LD, ``<meta>``, ``<link rel=canonical>`` and ``<html
lang>``: much cheaper than trafilatura's own metadata pass. htmldate (`date_from_html`)
runs only for pages that declare no publication date.
"""
from __future__ import annotations

import html as html_entities
import json
import re
import warnings
from datetime import datetime
from typing import Any, Iterable

from .page_site import TITLE_SEP as _TITLE_SEP, name_key, site_from_title, without_site

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
                  "scholarlyarticle", "socialmediaposting", "liveblogposting", "report", "posting"}
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")


def clean_list(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = values.split(",")
    out: list[str] = []
    for v in values:
        if isinstance(v, str) and (v := " ".join(v.split())) and v not in out:
            out.append(v)
    return out


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


def _unescaped(value: Any) -> Any:
    """JSON-LD values with HTML entities decoded ("&#8216;The Medium&#8217;": plugins write their
    strings HTML-escaped into the JSON); ``articleBody`` as declared (`extract_jsonld` reads it)."""
    if isinstance(value, str):
        return html_entities.unescape(value) if "&" in value else value
    if isinstance(value, list):
        return [_unescaped(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "articleBody" else _unescaped(v) for k, v in value.items()}
    return value


def _jsonld_objects(dom) -> Iterable[dict]:
    for script in dom.css('script[type="application/ld+json"]'):
        try:
            data = _unescaped(json.loads(script.text(deep=True, strip=True) or "null"))
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


def article_body(dom) -> str | None:
    """The ``articleBody`` of the page's first JSON-LD article that has one (its text as the
    page declares it: plain, or holding markup)."""
    for obj in _jsonld_objects(dom):
        if _types(obj) & _ARTICLE_TYPES and isinstance(body := obj.get("articleBody"), str) and body.strip():
            return body
    return None


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    return {x.lower() for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}


def _meta_map(metas: list[dict]) -> dict[str, str]:
    """The first non-empty ``content`` of each name (``property``, ``name``, ``itemprop``, lower-cased)
    among the attributes of the page's ``<meta>`` elements."""
    meta: dict[str, str] = {}
    for attrs in metas:
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


def _site_segments(doc_title: str | None) -> set[str]:
    """The segments of a ``<title>`` cut by a separator ("Headline | Site") but its longest (the
    headline's), case-folded; none when it has one."""
    parts = [p.strip().casefold() for p in _TITLE_SEP.split(doc_title or "")]
    if len(parts) < 2:
        return set()
    longest = max(parts, key=len)
    return {p for p in parts if p and p != longest}


def _title(dom, meta: dict[str, str], headline: str | None, doc_title: str | None,
           site: str | None = None) -> str | None:
    """The headline: the page's single <h1> when the other sources agree with it, else the
    JSON-LD headline, else og:title / <title> without a trailing site name. Rule ``site-name-h1``:
    an <h1> that is only a shorter segment of the <title> ("Headline | Site") and found in neither
    the JSON-LD headline nor og:title is the site's logo, not the headline; so is one that spells
    the ``site``'s name (declared, or read from the title: `page_site.site_from_title`) as a shorter
    segment of the <title>, when the page has neither."""
    page_title = _first(meta.get("og:title"), meta.get("twitter:title"))
    h1s = [" ".join(h.text().split()) for h in dom.css("h1")]
    h1s = [h for h in h1s if h]
    segments = _site_segments(doc_title)
    if headline or page_title:
        logo = segments
    else:
        logo = {s for s in segments if site and name_key(s) == name_key(site)}
    for h1 in h1s[:2]:
        if h1.casefold() in logo and not any(src and h1.casefold() in src.casefold() for src in (headline, page_title)):
            continue                       # the site's name in an <h1> (an older layout's logo)
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
    # (the page's <meta> elements found in one walk of the DOM, and read for each use: a walk a selector)
    metas = [node.attributes for node in dom.css("meta")]
    meta = _meta_map(metas)
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
    authors = clean_list(authors)

    keywords = article.get("keywords") if article else None
    tags = clean_list(keywords) or clean_list(meta.get("news_keywords") or meta.get("keywords"))
    tags += [t for t in clean_list([a.get("content") for a in metas if a.get("property") == "article:tag"])
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
        for attrs in metas:
            if (attrs.get("http-equiv") or "").lower() == "content-language":
                language = normalise_language(attrs.get("content"))

    title_node = dom.css_first("title")
    doc_title = " ".join(title_node.text().split()) if title_node is not None else None
    site = _first(meta.get("og:site_name"), publisher if isinstance(publisher, str) else None,
                  meta.get("application-name")) or site_from_title(doc_title, page_url)
    return {
        "title": without_site(_title(dom, meta, article.get("headline") if article else None, doc_title, site), site),
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


def date_from_html(html: str | None, url: str | None) -> str | None:
    """The publication date by htmldate's quick search (pages that declare none). A date in
    ``url`` is what htmldate returns first once the page parses (`url_date`): it is taken
    without parsing the page for it (whether the page parses is asked only then)."""
    if not html:
        return None
    try:
        from htmldate import find_date
        if url and (found := url_date(url)) and _parses(html):
            return found
        return find_date(html, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate must never fail a document
        return None


def _parses(html: str) -> bool:
    """Whether htmldate's loader gives a tree for ``html``: it names ``html`` in its first 50
    characters (the loader's own test), and has no lone surrogate (neither of its two parses
    can fail then)."""
    return "html" in html[:50].lower() and (html.isascii() or _no_surrogate(html))


def _no_surrogate(text: str) -> bool:
    """No lone surrogate in ``text``: the one thing strict UTF-8 cannot encode (an encoding
    pass costs half a regex scan of the page)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def url_date(url: str) -> str | None:
    """The date htmldate reads in a URL ("/2012/05/14/"), with the options of `date_from_html`."""
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor
    from htmldate.validators import get_max_date, get_min_date
    return extract_url_date(url, Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d"))
