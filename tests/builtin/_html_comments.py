"""Helpers of the html_comments tests: a small article, the cleaner run alone on a page, the
comment table and the rules a document's cuts name.
"""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

from ._html import ARTICLE as _PARAGRAPHS, page, run


ARTICLE = "<h1>Night buses extended to the northern districts</h1>" + _PARAGRAPHS


def cleaned(body: str) -> tuple[Document, str]:
    """Run the cleaner alone on a page; return the document and the page text left."""
    return run(HtmlComments(), page(body))


def table(doc: Document) -> list[tuple]:
    return [(c.author, c.depth, c.parent, c.date) for c in doc.comments]


def rules(doc: Document) -> set[str]:
    return {r.rule for r in doc.removed if r.cleaner == "html_comments"}
