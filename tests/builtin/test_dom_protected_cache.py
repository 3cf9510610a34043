"""`_dom.protected_ids` read once per DOM until it is edited: the cached answer is the one a fresh reading gives."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin import _dom

_PAGE = """<html><body><div id="nav"><a href="/">Home</a></div>
<div id="story"><p>{para}</p><p>{para}</p></div>
<div id="posts">first run of a post written between line breaks, long enough to count as prose here and now.<br><br>
second run of the same post, also long enough to count as a run of prose between breaks, and more.<br><br>
third run of it, long enough again to be read as prose by the run reader of the helpers, and more.</div>
<aside><p>A short aside.</p></aside></body></html>"""


def _named(dom, ids) -> list:
    """The elements of ``ids`` by place (tag and id): mem_ids differ from one parse to the next."""
    return [(n.tag, n.attributes.get("id")) for n in dom.root.traverse() if n.mem_id in ids]


def _fresh(html: str):
    dom = LexborHTMLParser(html)
    _dom.edited()
    return dom, _dom._protected_ids(dom)


def test_cached_answer_is_a_fresh_reading():
    html = _PAGE.format(para="A paragraph of the story, with words enough to hold the main container. " * 2)
    fresh = _named(*_fresh(html))
    dom = LexborHTMLParser(html)
    first = _dom.protected_ids(dom)
    assert _named(dom, first) == fresh and ("div", "story") in fresh
    assert _dom.protected_ids(dom) is first      # read once while nothing changed


def test_a_cut_reads_it_again():
    # the story's paragraphs are short: the post between <br>s is the protected element until it is cut
    html = _PAGE.format(para="Short.")
    dom = LexborHTMLParser(html)
    _dom.edited()
    before = _dom.protected_ids(dom)
    posts = dom.css_first("#posts")
    assert posts.mem_id in before
    _dom.cut(posts)
    after = _dom.protected_ids(dom)
    assert after is not before
    reference = LexborHTMLParser(html)
    reference.css_first("#posts").decompose()
    _dom.edited()
    assert _named(dom, after) == _named(reference, _dom._protected_ids(reference))
    assert ("div", "posts") not in _named(dom, after) and len(after) > 1


def test_another_dom_is_read_apart():
    one = LexborHTMLParser(_PAGE.format(para="Short."))
    two = LexborHTMLParser(_PAGE.format(para="Short."))
    _dom.edited()
    assert _dom.protected_ids(one) is not _dom.protected_ids(two)
    assert one.css_first("#posts").mem_id in _dom.protected_ids(one)
    assert one.css_first("#posts").mem_id not in _dom.protected_ids(two)
