"""Run one html-scope cleaner on a small page, as the pipeline does."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.document import Document

ARTICLE = ("<p>The council voted on Tuesday to extend the night bus service to the northern districts, "
           "after a year of petitions from shift workers who had no way home.</p>"
           "<p>The extension will cost about two million a year and starts in March, the council said in a statement "
           "published after the vote.</p>")


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def run(cleaner, html: str, url: str | None = None, language: str | None = None) -> tuple[Document, str]:
    dom = LexborHTMLParser(html)
    doc = Document(source="t.html", kind="html", html=html, url=url, dom=dom)
    doc = doc.with_metadata(language=language) if language else doc
    doc = cleaner.clean_html(doc)
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


def after_comments(body: str) -> Document:
    """The document of a page whose ``<body>`` is ``body``, after the comment stage."""
    from cleaners.builtin.comments import HtmlComments
    return run(HtmlComments(), page(body))[0]


def rules(doc: Document) -> list[str]:
    return [r.rule for r in doc.removed]
