"""dom_boilerplate ``author-box`` over the main container: on a short post the writer's biography
can be the page's longest paragraph, so its main text container; the author box goes all the same
when the article's paragraph stands before it. An author page (the biography alone), a box that
holds the headline, and a box before any paragraph of the article's length stay."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin._dom import main_container
from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import page, rules, run

POST = ("<p>Every Monday we print a new strip by our cartoonist. Why not look through the strips of the past "
        "years in the archive?</p>")
BIO = ("<div class='about_author'><img class='avatar' src='/a.jpg' alt=''><ul class='author_links'><li>Ann Lee</li>"
       "<li><a href='https://annlee.example'>Website</a></li><li><a href='/author/ann'>Other Articles</a></li></ul>"
       "<p><em>Ann Lee draws every day. When she is not inking strips or taking commissions as an illustrator, "
       "she paints landscapes for galleries from her studio by the sea, where she lives with two cats.</em></p></div>")


def _post(body: str) -> str:
    return page(f"<div id='page'><div class='post'><h1>Strip 284: Deadlines</h1><div class='entry'>{body}</div></div>"
                f"{BIO}</div>")


def test_an_author_box_holding_the_longest_paragraph_goes_after_the_article():
    html = _post(POST)
    assert main_container(LexborHTMLParser(html)).attributes.get("class") == "about_author"     # the trap is real
    doc, text = run(DomBoilerplate(), html)
    assert "Every Monday we print" in text and "paints landscapes" not in text
    assert rules(doc) == ["author-box"]


def test_an_author_page_of_the_biography_alone_keeps_it():
    doc, text = run(DomBoilerplate(), _post("<p>Strips by Ann Lee.</p>"))     # no paragraph of an article before it
    assert "paints landscapes" in text and "author-box" not in rules(doc)


def test_a_box_named_for_the_author_that_holds_the_headline_stays():
    html = page(f"<div class='intro'>{POST}</div><div class='author-info'><h1>Strip 284: Deadlines</h1><p>Ann Lee "
                "draws every day. When she is not inking strips or taking commissions she paints landscapes for "
                "galleries from her studio by the sea.</p></div>")
    assert main_container(LexborHTMLParser(html)).attributes.get("class") == "author-info"
    doc, text = run(DomBoilerplate(), html)
    assert "paints landscapes" in text and "Every Monday" in text and doc.removed == ()
