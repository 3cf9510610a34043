"""From an input (file, or bytes fetched by a spider) to a cleaned record.

This is the one code path: `corpus clean` and the Scrapy item pipeline both call
`Pipeline.process` on a `Document` built by `Pipeline.document`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from . import extract, extract_jsonld, lang, page_authors, page_metadata
from .builtin._dom import main_text
from .builtin._dom_runs import run_probe
from .chain import Chain
from .document import REMOVED_SAMPLE, Document
from .extract_agreement import trim_to_agreement
from .extract_anchor import reanchor
from .extract_audit import log_unextracted, text_units
from .extract_byline import author_from_byline, date_from_byline
from .extract_depth import LXML_SAFE_DEPTH, flatten_deep_inline
from .extract_order import page_order
from .extract_entries import entry_paragraphs
from .extract_headings import main_headings
from .extract_noscript import unwrap_noscript_article
from .extract_shadow import open_shadow_roots
from .feeds import is_feed
from .lines import squeezed
from .errors import InputError
from .mojibake import repair, repair_blocks
from .readers import DEFAULT_MAX_BYTES, DEFAULT_MAX_DECOMPRESSED, InputFile, decode_bytes, read_bytes
from .text_input import collector_paused, read_text


@dataclass(frozen=True)
class Options:
    comments: bool = True                      # False: drop comments from the output
    max_bytes: int = DEFAULT_MAX_BYTES
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED
    removed_chars: int = REMOVED_SAMPLE        # characters of each cut a record's `removed` shows (0: all)


class Pipeline:
    def __init__(self, chain: Chain | None = None, options: Options | None = None):
        self.chain = chain if chain is not None else Chain.build()
        self.options = options or Options()

    # -- building documents ---------------------------------------------------
    def load(self, item: InputFile) -> Document:
        data = read_bytes(item, self.options.max_bytes, self.options.max_decompressed)
        return self.document(item.source, data, item.kind)

    def document(self, source: str, data: bytes, kind: str, url: str | None = None,
                 text: str | None = None, content_type: str | None = None) -> Document:
        """A raw document from the bytes of a file, an archived or a fetched response.

        ``data`` is decoded by `cleaners.readers.decode_bytes` (BOM, the ``charset`` of
        ``content_type`` -- the HTTP ``Content-Type`` header, when the bytes came over
        HTTP --, the page's meta charset, then UTF-8); ``metadata.encoding_errors``
        counts the bad bytes it replaced. ``text``: already decoded by the caller (its
        U+FFFD characters are counted as the errors)."""
        if kind == "html" and data and is_feed(data):
            raise InputError(source, "an RSS/Atom feed, not an HTML page: named .rss, .atom or .xml, each of its "
                             "items is read as a page", "decode", "FeedNotPage")
        if text is None:
            decoded = decode_bytes(data, source, html=(kind == "html"), content_type=content_type)
            text, errors = decoded.text, decoded.errors
        else:
            errors = text.count("\ufffd")
        if kind == "html":
            doc = Document(source=source, kind="html", raw=data, url=url, html=text)
            return doc.with_metadata(encoding_errors=errors)
        read = read_text(text)       # (a CMS's JSON export of blocks: its blocks, furniture in removed)
        blocks = repair_blocks(read.blocks)
        if not blocks and not read.removed:
            raise InputError(source, "no text in file", "decode", "EmptyFile")
        return Document(source=source, kind="text", raw=data, url=url, blocks=blocks,
                        removed=read.removed).with_metadata(encoding_errors=errors, **read.metadata)

    # -- cleaning -------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        """The cleaned document. Python's cycle collector is paused while a page is cleaned
        (`text_input.collector_paused`): its parsed trees, blocks and strings are freed by
        reference counting, and the collections that ran meanwhile only scanned them (over
        the 966 Dragnet pages: 0.9 s of collections, 0.25 s paused, about 2% of the run);
        what cycles a page leaves are collected after it."""
        size = len(doc.html or "") if doc.kind == "html" else len(doc.blocks)
        with collector_paused(size):
            return self._process(doc)

    def _process(self, doc: Document) -> Document:
        if doc.kind == "html":
            doc = self._extract(doc)
        return self._finished(page_authors.settled(self.chain.run_text(doc.numbered())))

    def _finished(self, doc: Document) -> Document:
        """The language when no cleaner read it, comments dropped under ``--no-comments``, and their count."""
        if not doc.metadata.get("language"):     # the language the cleaners read (detected once a document)
            doc = doc.with_metadata(language=lang.document_language(doc))
        if not self.options.comments:
            doc = doc.replace(comments=())
        # counted after --no-comments: the count describes the comments the record holds
        return doc.with_metadata(comment_count=len(doc.comments))

    def _extract(self, doc: Document) -> Document:
        """Parse once (lexbor), read metadata, run the html cleaners, extract the body.

        The DOM is serialised once, after pruning, and trafilatura parses that string
        (handing it an lxml tree built from the DOM is not faster: building the tree
        costs as much as parsing the shorter string). A page nested absurdly deep
        (`extract.too_deep`) skips the DOM pass: trafilatura alone reads it."""
        if extract.too_deep(doc.html or ""):
            doc = extract.extract(doc, with_metadata=True)
            return doc.replace(blocks=tuple(replace(b, text=repair(b.text)) for b in doc.blocks))
        dom = LexborHTMLParser(doc.html or "")
        meta = page_metadata.page_metadata(dom, html=None, url=doc.url)
        if "shadowroot" in (html := doc.html or "") or "shadowRoot" in html:
            open_shadow_roots(dom)       # (web components' declarative shadow DOM, as a browser shows it)
        unwrap_noscript_article(dom)     # (a script-built page's article only in <noscript>)
        declared = page_metadata.article_body(dom) if "articleBody" in (doc.html or "") else None
        doc = doc.replace(dom=dom, url=doc.url or meta.get("url")).meta_default(**meta)
        if self.chain.html_cleaners:
            doc = self.chain.run_html(doc)
        dom = doc.dom
        headings, entries = main_headings(dom), entry_paragraphs(dom)
        html = extract.prune_for_extraction(dom)
        estimate, probe = main_text(dom)      # on the pruned page: no script text in paragraphs
        chained, depth = doc.replace(dom=None), [0]
        doc, replaced = _extracted(chained, dom, html, estimate, probe, headings, entries)
        units = text_units(dom, depth)
        if depth[0] > LXML_SAFE_DEPTH:      # (lxml cut the page: `extract_depth`)
            flatten_deep_inline(dom)
            html = dom.html or ""
            doc, replaced = _extracted(chained, dom, html, estimate, probe, headings, entries, deep=True)
            units = text_units(dom)
        keys = [squeezed(unit) for unit in units]      # (compared without spaces by both)
        if (ordered := page_order(doc.blocks, keys)) is not None:
            doc = doc.replace(blocks=ordered)
        doc = log_unextracted(doc, dom, accounted=replaced, units=units, keys=keys)
        doc = page_authors.author_from_markup(author_from_byline(doc, units, keys), dom)
        doc = extract_jsonld.with_declared_body(doc, declared)
        if not doc.metadata.get("date"):
            doc = doc.meta_default(date=page_metadata.date_from_html(doc.html, doc.url))
        doc = date_from_byline(doc, units, keys)
        return _repaired(doc)

    def degraded(self, doc: Document, reason: str) -> Document:
        """``doc`` (as `document` built it) read without the cleaners, for when cleaning it could
        not finish (``reason``, e.g. the time limit): an HTML page as bare trafilatura extracts
        it (body, comments, metadata), a text input as it came; ``metadata.degraded`` says why.
        No cleaner ran: ``removed`` is empty, and what trafilatura left out is not itemised."""
        if doc.kind == "html":     # metadata from the page's head (lexbor), not trafilatura's (htmldate: slow)
            meta = page_metadata.page_metadata(LexborHTMLParser(doc.html or ""), html=None, url=doc.url)
            doc = _repaired(extract.extract(doc.replace(dom=None).meta_default(**meta), with_metadata=False))
        return self._finished(doc).with_metadata(degraded=reason)

    def record(self, doc: Document) -> dict[str, Any]:
        return self.process(doc).record(self.options.removed_chars)

    def clean_file(self, item: InputFile) -> dict[str, Any]:
        return self.record(self.load(item))


def _extracted(doc: Document, dom, html: str, estimate: int, probe: str, headings, entries,
               deep: bool = False) -> tuple[Document, bool]:
    """The body extracted from the pruned page ``html`` (its DOM ``dom``; ``deep``: nested past lxml's limit),
    re-anchored or trimmed to the DOM's reading; whether the body was replaced so."""
    doc = extract.extract(doc, html=html, with_metadata=False, main_estimate=estimate, main_probe=probe,
                          main_headings=headings, main_entries=entries, deep=deep,
                          run_probe=cache(lambda: run_probe(dom, estimate)))     # (read for a page dump only)
    doc, replaced = reanchor(doc, dom, extract.blocks_from_tree)
    if not replaced:
        doc, replaced = trim_to_agreement(doc, html, estimate, dom)
    return doc, replaced


def _repaired(doc: Document) -> Document:
    """``doc`` with the mojibake of its non-ASCII blocks repaired (`cleaners.mojibake.repair`)."""
    return doc.replace(blocks=tuple(replace(b, text=repair(b.text)) if not b.text.isascii() else b for b in doc.blocks))
