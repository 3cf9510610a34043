"""Helpers of the html_comments tests: a small article, the cleaner run alone on a page, the
comment table and the rules a document's cuts name.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document


ARTICLE = ("<h1>Night buses extended to the northern districts</h1>"
           "<p>The council voted on Tuesday to extend the night bus service to the northern districts, after a year "
           "of petitions from shift workers who had no way home.</p>"
           "<p>The extension will cost about two million a year and starts in March, the council said in a statement "
           "published after the vote.</p>")


def cleaned(body: str) -> tuple[Document, str]:
    """Run the cleaner alone on a page; return the document and the page text left."""
    html = f"<html><body>{body}</body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    doc = HtmlComments().clean_html(doc)
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


def table(doc: Document) -> list[tuple]:
    return [(c.author, c.depth, c.parent, c.date) for c in doc.comments]


def rules(doc: Document) -> set[str]:
    return {r.rule for r in doc.removed if r.cleaner == "html_comments"}
