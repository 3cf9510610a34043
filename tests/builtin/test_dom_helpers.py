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


def _counting(monkeypatch):
    from cleaners.builtin import _dom
    calls = []
    real = _dom._main_container
    monkeypatch.setattr(_dom, "_main_container", lambda dom: calls.append(dom) or real(dom))
    return calls


def test_the_main_container_is_read_once_while_the_page_keeps_its_paragraphs(monkeypatch):
    from cleaners.builtin._dom import cut
    calls = _counting(monkeypatch)
    dom = LexborHTMLParser(page(f"<div id='side'><p>Short note.</p></div><article id='a'>{ARTICLE}</article>"
                                "<nav id='menu'><a href='/'>Home</a></nav>"))
    assert main_container(dom).attributes.get("id") == "a"
    cut(dom.css_first("#menu"))             # no paragraph in it, none around it
    assert main_container(dom).attributes.get("id") == "a" and len(calls) == 1


def test_the_main_container_is_read_again_once_a_paragraph_goes(monkeypatch):
    from cleaners.builtin._dom import cut, edited
    calls = _counting(monkeypatch)
    dom = LexborHTMLParser(page(f"<div id='side'><p>Short note.</p></div><article id='a'>{ARTICLE}</article>"))
    assert main_container(dom).attributes.get("id") == "a"
    cut(dom.css_first("#a"))                # the article and its paragraphs
    assert main_container(dom).attributes.get("id") == "side" and len(calls) == 2
    dom.css_first("#side p").insert_after(dom.css_first("#side p"))     # an edit other than a cut
    edited()
    assert main_container(dom).attributes.get("id") == "side" and len(calls) == 3
    inside = LexborHTMLParser(page("<div id='x'><p>One <b>long</b> paragraph of text here.</p></div>"
                                   "<div id='y'><p>Shorter one, but not by much.</p></div>"))
    assert main_container(inside).attributes.get("id") == "x"
    cut(inside.css_first("#x b"))           # a word inside a paragraph: its text changes
    assert main_container(inside).attributes.get("id") == "y" and len(calls) == 5


def test_inside_is_true_for_an_element_under_one_of_the_ids():
    from cleaners.builtin._dom import inside
    dom = LexborHTMLParser(page("<div id='box'><ul><li id='item'>One</li></ul></div><p id='free'>Two</p>"))
    box, item = dom.css_first("#box"), dom.css_first("#item")
    assert inside(item, {box.mem_id})
    assert inside(item, frozenset({dom.css_first("ul").mem_id}))


def test_inside_is_false_for_the_element_itself_and_for_one_elsewhere():
    from cleaners.builtin._dom import inside
    dom = LexborHTMLParser(page("<div id='box'><ul><li id='item'>One</li></ul></div><p id='free'>Two</p>"))
    box = dom.css_first("#box")
    assert not inside(box, {box.mem_id})           # an element is not inside itself
    assert not inside(dom.css_first("#free"), {box.mem_id})
    assert not inside(dom.css_first("#item"), set())
