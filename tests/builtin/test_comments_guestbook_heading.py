"""A guestbook's heading names a section of readers' entries as "Comments" does (the `comments` key of
cleaners/lang: "Guestbook", "Gästebuch", "Livre d'or", "Libro de visitas"...): entries in plain boxes under it are
read as comments; the same boxes under another heading ("Notes") stay the page's. Pages written here."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

PAGE = ("<div class='page'><h1>Welcome to our holiday flat</h1><p>The flat lies two streets from the beach and sleeps "
        "four, with a small balcony over the harbour and a kitchen with everything you need for a long stay.</p>"
        "<p>We rent it out from April to October and are happy to answer questions about the island and its ferries."
        "</p></div>")
ENTRIES = [("Anna", "12.07.2012", "We stayed two weeks in July and loved the balcony in the evenings, thank you."),
           ("Familie Berg", "03.08.2012",
            "Clean, quiet and close to the sea. The children want to come back next summer."),
           ("Tom", "21.08.2012", "Great tips about the ferries, the day trip to the small island was the best day.")]


def run(heading: str, lang: str) -> Document:
    entries = "".join(f"<div class='box'><div class='top'><b>{n}</b> <span>{d}</span></div><div class='txt'>{t}</div>"
                      f"</div>" for n, d, t in ENTRIES)
    html = f"<html lang='{lang}'><body>{PAGE}<h2>{heading}</h2><div class='list'>{entries}</div></body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


@pytest.mark.parametrize("heading,lang", [("Guestbook", "en"), ("Gästebuch", "de"), ("Livre d'or", "fr"),
                                          ("Libro de visitas", "es"), ("Gastenboek", "nl")])
def test_entries_under_a_guestbook_heading_are_comments(heading, lang):
    doc = run(heading, lang)
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in ENTRIES]


def test_the_same_boxes_under_another_heading_stay_the_pages():
    assert run("Notes", "en").comments == ()
