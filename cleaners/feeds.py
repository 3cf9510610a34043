"""RSS and Atom feeds given as input files: each item that carries text becomes a page of its own.

A feed saved from a site (``.rss``, ``.atom``, ``.rdf``, or ``.xml`` whose root element is ``rss``, ``feed`` or
``rdf:RDF``; gzip too) holds its items' text, often the whole article (``content:encoded``, Atom ``content``), else
a summary. feedparser (the field's standard reader of every RSS and Atom dialect) reads the items; each becomes a
small HTML page (its title as ``<title>`` and ``<h1>``, its link as the canonical URL, its date, author, tags and
the feed's language as the page's metadata, its text in an ``<article>``) that the pipeline cleans as any page.
An item's key is the feed's key, ``#`` and the item's id (its guid, else its link, else its place), so that
``--resume`` knows an item again when the feed has gained items above it. An item with no text is skipped and
counted (``feed item without text``), and so are a feed without items and an XML file that is no feed (``XML file
that is not a feed``).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterator

from .errors import InputError
from .readers import DEFAULT_MAX_BYTES, DEFAULT_MAX_DECOMPRESSED, InputFile, Skipped, read_bytes

FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
NOT_A_FEED = "XML file that is not a feed"
NO_TEXT = "feed item without text"
NO_ITEMS = "feed without items"

_FIRST_TAG = re.compile(rb"<([A-Za-z_][\w.-]*(?::[\w.-]+)?)[\s/>]")
# the XML declaration, comments and a DOCTYPE (with its internal subset) before the root element
_PROLOG = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>)*", re.S | re.I)


def xml_root(data: bytes) -> str | None:
    """Local name (lower case) of the first element of an XML or HTML document, read from its first 4 KiB."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    head = head[_PROLOG.match(head).end():]
    found = _FIRST_TAG.match(head)
    return found.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower() if found else None


def is_feed(data: bytes) -> bool:
    return xml_root(data) in FEED_ROOTS


_ITEM = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>]")


def count_items(item: InputFile, max_bytes: int = DEFAULT_MAX_BYTES,
                max_decompressed: int = DEFAULT_MAX_DECOMPRESSED) -> int:
    """How many results the feed file will give (its items; 1 for a file that is no feed, empty or unreadable),
    for a progress bar: counted from the markup, without parsing."""
    try:
        data = read_bytes(item, max_bytes, max_decompressed)
    except InputError:
        return 1
    return max(1, len(_ITEM.findall(data))) if is_feed(data) else 1


@dataclass(frozen=True)
class FeedItem:
    key: str            # the feed's key, "#", the item's id: the unit of --resume
    source: str         # the item's link, else its key
    url: str | None
    data: bytes         # the item as an HTML page (UTF-8)


def iter_feed(item: InputFile, max_bytes: int, max_decompressed: int) -> Iterator[FeedItem | Skipped | InputError]:
    """The items of the feed file ``item`` as pages; a file that cannot be read is one `InputError`."""
    try:
        data = read_bytes(item, max_bytes, max_decompressed)
    except InputError as exc:
        yield exc
        return
    if not is_feed(data):
        yield Skipped(item.source, NOT_A_FEED)
        return
    import feedparser      # (only runs that read feeds pay its import)

    # (its HTML sanitiser and link resolver are left off: the pipeline reads the HTML as any page's, and both cost
    # time that grows faster than the feed, 7.7 s for one item of 50,000 bold words; without them, linear)
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries and parsed.get("bozo"):
        yield InputError(item.source, f"unreadable feed: {parsed.get('bozo_exception')}", kind="BadFeed")
        return
    if not parsed.entries:
        yield Skipped(item.source, NO_ITEMS)
        return
    language = parsed.feed.get("language")
    site = parsed.feed.get("title")
    for place, entry in enumerate(parsed.entries):
        ident = entry.get("id") or entry.get("link") or str(place)
        key = f"{item.resume_key}#{ident}"
        text = _text_of(entry)
        if not text.strip():
            yield Skipped(entry.get("link") or key, NO_TEXT)
            continue
        yield FeedItem(key, entry.get("link") or key, entry.get("link") or None,
                       _page(entry, text, language, site).encode("utf-8"))


def _text_of(entry) -> str:
    """The item's fullest text as HTML: its content (the longest, when it has several), else its summary."""
    parts = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if not parts and entry.get("summary"):
        parts = [(entry.get("summary"), (entry.get("summary_detail") or {}).get("type") or "text/html")]
    if not parts:
        return ""
    value, kind = max(parts, key=lambda p: len(p[0]))
    if "html" in kind:
        return value
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n", value) if p.strip())


def _page(entry, text: str, language: str | None, site: str | None) -> str:
    """The item as an HTML page whose head says what the feed said of it."""
    esc = html.escape
    head = [f"<title>{esc(entry.get('title') or '')}</title>"]
    if entry.get("link"):
        head.append(f'<link rel="canonical" href="{esc(entry.get("link"))}">')
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        iso = "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % tuple(stamp[:6])
        head.append(f'<meta property="article:published_time" content="{iso}">')
    if entry.get("author"):
        head.append(f'<meta name="author" content="{esc(entry.get("author"))}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{esc(site)}">')
    for tag in entry.get("tags") or []:
        if tag.get("term"):
            head.append(f'<meta property="article:tag" content="{esc(tag.get("term"))}">')
    lang = f' lang="{esc(language)}"' if language else ""
    heading = f"<h1>{esc(entry.get('title'))}</h1>" if entry.get("title") else ""
    return (f'<!DOCTYPE html><html{lang}><head><meta charset="utf-8">{"".join(head)}</head>'
            f"<body><article>{heading}{text}</article></body></html>")
