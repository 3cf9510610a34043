"""Pages nested past lxml's 256 open elements: hundreds of nested or unclosed tags made lxml drop the rest of the
page, and the extraction with it. The DOM pass unwraps the inline elements that deep
(`extract_depth.flatten_deep_inline`) and extracts again from a tree parsed without the limit
(`extract_options.deep_tree`), so the article stays in the body."""
import trafilatura
from selectolax.lexbor import LexborHTMLParser

import lxml.html

from cleaners.extract_depth import INLINE_KEPT_DEPTH, flatten_deep_inline
from cleaners.extract_options import deep_tree
from cleaners.pipeline import Pipeline

PARAS = ["Sadako a vu les premiers trains partir de la gare au petit matin, sous une pluie fine.",
         "Le chef de gare dit que la ligne restera ouverte tout l'hiver, malgré la neige annoncée.",
         "Les habitants du village ont signé une pétition pour garder le guichet de la gare.",
         "La région promet une réponse avant la fin du mois, après une réunion avec la compagnie."]


def _page(depth: int, closed: bool = True) -> str:
    if closed:
        deep = "<b><i>" * (depth // 2) + "Au fond des balises, la phrase du milieu reste dans l'article." + \
            "</i></b>" * (depth // 2)
    else:   # unclosed <font> tags after the middle paragraph (a broken editor)
        deep = "Au fond des balises, la phrase du milieu reste dans l'article." + "<font size=2>" * depth
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + f"<p>{deep}</p>" + "".join(f"<p>{p}</p>" for p in PARAS[2:])
    return f"<html><head><title>La gare</title></head><body><article><h1>La gare</h1>{body}</article></body></html>"


def _body(html: str) -> str:
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("page.html", html.encode(), "html")).body


def test_an_article_nested_past_lxmls_limit_keeps_its_end():
    for html in (_page(400), _page(800), _page(1200, closed=False)):
        assert PARAS[3] not in (trafilatura.extract(html) or "")     # the trap: lxml cuts the page
        body = _body(html)
        assert all(p in body for p in PARAS)
        assert "la phrase du milieu" in body


def test_a_page_within_the_limit_is_read_as_it_was():
    html = _page(60)
    dom = LexborHTMLParser(html)
    assert flatten_deep_inline(dom) == 0 and dom.html == LexborHTMLParser(html).html
    body = _body(html)
    assert all(p in body for p in PARAS) and "la phrase du milieu" in body


def test_only_inline_elements_that_deep_are_unwrapped():
    """Blocks stay blocks, however deep (their texts stay apart); inline tags above the depth stay."""
    divs = "<div>" * (INLINE_KEPT_DEPTH + 20) + "<p>First <b>block</b></p><p>Second block</p>" + \
        "</div>" * (INLINE_KEPT_DEPTH + 20)
    html = f"<html><body><p>Top <b>bold</b> text</p>{divs}</body></html>"
    dom = LexborHTMLParser(html)
    assert flatten_deep_inline(dom) == 1                 # the deep <b>; the divs and paragraphs stay
    assert dom.css_first("p b").text() == "bold"
    assert [p.text() for p in dom.css("p")] == ["Top bold text", "First block", "Second block"]


def _wrapped(levels: int) -> str:
    """The article at the bottom of ``levels`` wrappers (or unclosed <div>s), a paragraph of the story after."""
    article = "<article><h1>La gare</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:3]) + "</article>"
    return ("<html><body>" + "<div>" * levels + article + "</div>" * levels +
            f"<p>{PARAS[3]}</p></body></html>")


def test_an_article_under_hundreds_of_wrappers_is_read():
    html = _wrapped(300)
    assert not (trafilatura.extract(html) or "")                  # the trap: lxml cut the article away
    pipeline = Pipeline()
    doc = pipeline.process(pipeline.document("page.html", html.encode(), "html"))
    assert all(p in doc.body for p in PARAS[:3])
    assert PARAS[3] in doc.body + " ".join(r.text for r in doc.removed)     # (outside the <article>: either)


def test_the_deep_tree_holds_what_lxml_cuts_and_is_lxmls_tree_when_shallow():
    deep, shallow = _wrapped(300), _wrapped(20)
    assert PARAS[3] in deep_tree(deep).text_content()
    assert PARAS[3] not in lxml.html.fromstring(deep).text_content()
    assert lxml.html.tostring(deep_tree(shallow)) == lxml.html.tostring(lxml.html.fromstring(shallow))
    assert deep_tree("") == ""                                        # lxml refuses it: the string is kept
