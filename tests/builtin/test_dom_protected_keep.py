"""`_dom.cut` keeps `protected_ids` read when the cut cannot change it, and the kept answer is a fresh reading's."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin import _dom

_RUN = "a run of a post written between line breaks, long enough to count as prose here and now, and more. "
_PAGE = f"""<html><body><div id="nav"><a href="/">Home</a> <span id="menu">Menu</span></div>
<div id="story"><p>Short.</p><p>Short.</p></div>
<div id="posts">{_RUN}<br><br>{_RUN}<br><br>{_RUN}</div>
<div id="links"><a href="/a">One</a><br><a href="/b">Two</a></div>
<aside><span id="note">A short aside.</span></aside></body></html>"""


def _named(dom, ids) -> list:
    return [(n.tag, n.attributes.get("id")) for n in dom.root.traverse() if n.mem_id in ids]


def _after_cut(selector: str, text_node: bool = False):
    """(protected before, after the cut, a fresh reading of the page with that element cut)"""
    dom = LexborHTMLParser(_PAGE)
    _dom.edited()
    before = _dom.protected_ids(dom)
    node = dom.css_first(selector)
    _dom.cut(node.first_child if text_node else node)
    after = _dom.protected_ids(dom)
    reference = LexborHTMLParser(_PAGE)
    gone = reference.css_first(selector)
    (gone.first_child if text_node else gone).decompose()
    _dom.edited()
    return before, after, _named(dom, after), _named(reference, _dom._protected_ids(reference))


def test_an_element_outside_them_without_br_keeps_them_read():
    before, after, named, fresh = _after_cut("#note")
    assert after is before and named == fresh and ("div", "posts") in named


def test_an_element_holding_a_br_reads_them_again():
    before, after, named, fresh = _after_cut("#links")
    assert after is not before and named == fresh


def test_a_text_node_reads_them_again():
    before, after, named, fresh = _after_cut("#menu", text_node=True)
    assert after is not before and named == fresh


def test_a_protected_element_reads_them_again():
    before, after, named, fresh = _after_cut("#posts")
    assert after is not before and named == fresh and ("div", "posts") not in named
