"""From an input (file, or bytes fetched by a spider) to a cleaned record.

This is the one code path: `corpus clean` and the Scrapy item pipeline both call
`Pipeline.process` on a `Document` built by `Pipeline.document`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from . import extract, language
from .chain import Chain
from .document import Document
from .errors import InputError
from .mojibake import repair
from .readers import DEFAULT_MAX_BYTES, DEFAULT_MAX_DECOMPRESSED, InputFile, decode, read_bytes
from .text_input import blocks_from_text


@dataclass(frozen=True)
class Options:
    comments: bool = True                      # False: drop comments from the output
    max_bytes: int = DEFAULT_MAX_BYTES
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED


class Pipeline:
    def __init__(self, chain: Chain | None = None, options: Options | None = None):
        self.chain = chain if chain is not None else Chain.build()
        self.options = options or Options()

    # -- building documents ---------------------------------------------------
    def load(self, item: InputFile) -> Document:
        data = read_bytes(item, self.options.max_bytes, self.options.max_decompressed)
        return self.document(item.source, data, item.kind)

    def document(self, source: str, data: bytes, kind: str, url: str | None = None,
                 text: str | None = None) -> Document:
        """A raw document from bytes (``text``: already decoded, e.g. by Scrapy)."""
        if text is None:
            text = decode(data, source, html=(kind == "html"))
        if kind == "html":
            return Document(source=source, kind="html", raw=data, url=url, html=text)
        blocks = tuple(b.with_text(repair(b.text)) for b in blocks_from_text(text))
        if not blocks:
            raise InputError(source, "no text in file", "decode", "EmptyFile")
        return Document(source=source, kind="text", raw=data, url=url, blocks=blocks)

    # -- cleaning -------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        if doc.kind == "html":
            doc = self._extract(doc)
        doc = self.chain.run_text(doc)
        if not doc.metadata.get("language"):
            doc = doc.with_metadata(language=language.detect(doc.body))
        if not self.options.comments:
            doc = doc.replace(comments=())
        return doc

    def _extract(self, doc: Document) -> Document:
        if self.chain.html_cleaners:
            dom = LexborHTMLParser(doc.html)
            doc = self.chain.run_html(doc.replace(dom=dom))
            doc = extract.extract(doc.replace(dom=None), html=doc.dom.html or "")
        else:
            doc = extract.extract(doc)
        blocks = tuple(replace(b, text=repair(b.text)) for b in doc.blocks)
        return doc.replace(blocks=blocks)

    def record(self, doc: Document) -> dict[str, Any]:
        return self.process(doc).record()

    def clean_file(self, item: InputFile) -> dict[str, Any]:
        return self.record(self.load(item))
