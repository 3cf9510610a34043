"""Helpers of the DOM cleaners: the main text container and its probe."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin._dom import main_container, main_text

from ._html import ARTICLE, page


def test_the_main_container_is_the_article_not_a_comment_form():
    form = ("<form id='commentform'><p>Your email address will not be published. Required fields are marked. "
            "You may use these HTML tags and attributes in your comment, and some more words here.</p>"
            "<p><textarea></textarea></p></form>")
    dom = LexborHTMLParser(page(f"<div id='post'><p>Wow, just wow.</p><p>Via a friend.</p></div>{form}"))
    assert main_container(dom).attributes.get("id") == "post"


def test_the_main_container_is_the_block_with_most_paragraph_text():
    dom = LexborHTMLParser(page(f"<div id='side'><p>Short note.</p></div><article id='a'>{ARTICLE}</article>"))
    assert main_container(dom).attributes.get("id") == "a"
    chars, probe = main_text(dom)
    assert chars > 200 and probe.startswith("The council voted on Tuesday")
    assert main_text(LexborHTMLParser(page("<div>No paragraphs at all</div>"))) == (0, "")
