"""dom_promos reads each heading's nearest item element (the teaser box's child) by one shared walk: the same element
the walk up from each heading finds, in linear time when headings are nested thousands deep."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin._dom import ancestors
from cleaners.builtin.dom_promos import _ITEM_TAGS, _nearest_item


def _naive(heading):
    return next((a for a in ancestors(heading) if a.tag in _ITEM_TAGS), None)


PAGE = ("<body><main><ul><li><a href='/a'><span><h3>One</h3></span></a></li><li><h3>Two</h3></li></ul>"
        "<section><header><h2>Three</h2><figure><figcaption><h4>Four</h4></figcaption></figure></header></section>"
        "<table><tr><td><h5>Five</h5></td></tr></table><aside><div><div><h2>Six</h2></div></div></aside></main>"
        "<h6>Seven</h6></body>")


def test_the_shared_walk_finds_what_each_headings_own_walk_finds():
    dom = LexborHTMLParser(PAGE)
    nearest: dict = {}
    for heading in dom.css("h2, h3, h4, h5, h6"):
        found, naive = _nearest_item(heading, nearest), _naive(heading)
        assert (found.mem_id if found is not None else None) == (naive.mem_id if naive is not None else None)
    assert _nearest_item(dom.css_first("h6"), nearest) is None       # (no item above the last heading)


def test_headings_nested_thousands_deep_share_one_walk():
    dom = LexborHTMLParser("<body><div>" + "<header><h2>Title</h2>" * 3000 + "</header>" * 3000 + "</div></body>")
    nearest: dict = {}
    items = {_nearest_item(h, nearest).tag for h in dom.css("h2")}
    assert items == {"div"} and len(nearest) <= 2 * 3000 + 10
