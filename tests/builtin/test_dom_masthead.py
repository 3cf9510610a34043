"""Rule ``masthead`` (cleaners/builtin/dom_masthead.py): the site's name and tagline printed above
the article, outside it, leave the page; the name elsewhere, or with more than a tagline, stays."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.dom_masthead import DomMasthead
from cleaners.document import Document

from ._html import ARTICLE, page

SITE = "Harbour Weekly"
TAGLINE = "Plain notes on the economy of a small port town"
TITLE = "Night buses reach the northern districts"


def _run(body: str, site: str | None = SITE, title: str = TITLE) -> tuple[Document, str]:
    html = page(body)
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)).with_metadata(site=site, title=title)
    doc = DomMasthead().clean_html(doc)
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


def test_the_site_name_and_its_tagline_above_the_article_leave_the_page():
    doc, text = _run(f"<div id='top'><div class='logo'><h2>{SITE}</h2></div><div>{TAGLINE}</div></div>"
                     f"<div id='content'><h1>{TITLE}</h1><div class='entry'>{ARTICLE}</div></div>")
    assert TAGLINE not in text and "night bus service" in text and TITLE in text
    assert [(r.rule, r.text) for r in doc.removed] == [("masthead", f"{SITE} {TAGLINE}")]


def test_a_name_printed_in_another_case_with_a_linked_logo_is_a_masthead_too():
    doc, text = _run(f"<header><a href='/'>HARBOUR WEEKLY</a><p class='tagline'>{TAGLINE}</p></header>"
                     f"<main><h1>{TITLE}</h1>{ARTICLE}</main>")
    assert TAGLINE not in text and "HARBOUR" not in text and "night bus service" in text


def test_the_name_after_the_article_inside_it_or_beside_a_menu_or_the_headline_stays():
    # a footer's name: after the main container
    _, text = _run(f"<div>{ARTICLE}</div><div id='foot'><span>{SITE}</span><span>{TAGLINE}</span></div>")
    assert TAGLINE in text
    # inside the article's own container
    _, text = _run(f"<div><p>{SITE}</p>{ARTICLE}</div>")
    assert SITE in text
    # beside a menu: the block grows no further than the name, which alone is left to the extractor
    doc, text = _run(f"<div id='top'><h2>{SITE}</h2><ul><li><a href='/a'>Politics and the council</a></li>"
                     f"<li><a href='/b'>Business and the harbour</a></li></ul></div><div>{ARTICLE}</div>")
    assert "Politics and the council" in text and SITE in text and doc.removed == ()
    # beside the page's headline: the headline stays
    doc, text = _run(f"<div id='top'><h2>{SITE}</h2><h1>{TITLE}</h1></div><div>{ARTICLE}</div>")
    assert TITLE in text and doc.removed == ()
    # the tagline inside the headline's block: the block grows no further than the name and its own tagline
    doc, text = _run(f"<div id='top'><div><h2>{SITE}</h2><p>{TAGLINE}</p></div><h1>{TITLE}</h1></div><div>{ARTICLE}</div>")
    assert TITLE in text and [r.text for r in doc.removed] == [f"{SITE} {TAGLINE}"]


def test_no_site_name_or_no_main_container_leaves_the_page_as_it_is():
    body = f"<div id='top'><h2>{SITE}</h2><div>{TAGLINE}</div></div><div>{ARTICLE}</div>"
    doc, text = _run(body, site=None)
    assert TAGLINE in text and doc.removed == ()
    doc, text = _run(f"<div id='top'><h2>{SITE}</h2><div>{TAGLINE}</div></div><div>No paragraphs here</div>")
    assert TAGLINE in text and doc.removed == ()
