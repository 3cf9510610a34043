"""`linear_re.Pattern.search`/``match`` (with and without a start) and `dom_boilerplate`'s class loop
answer as the general ones do."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from cleaners import linear_re
from cleaners.builtin.dom_boilerplate import DomBoilerplate, families_of
from cleaners.builtin._dom import attr_key, protected_ids
from cleaners.document import Document


def test_search_and_match_agree_with_re():
    texts = ["Zürich, 12 März 2024", "share this", "no digits here", "", "x 2024 y"]
    for pattern in (r"\d{4}", r"^share\s", r"(?P<city>\w+),"):
        ours, python = linear_re.compile(pattern, True), re.compile(pattern, re.I)
        for text in texts:
            for name in ("search", "match"):
                a, b = getattr(ours, name)(text), getattr(python, name)(text)
                assert (a and (a.group(), a.span())) == (b and (b.group(), b.span()))
            # with a position, the wrapped pattern answers
            a, b = ours.search(text, 3), python.search(text, 3)
            assert (a and a.span()) == (b and b.span())


def test_inlined_class_loop_decides_as_family_rule():
    html = ("<html><body><div class='share-bar'><a href='/x'>Share</a></div><article class='post'>"
            + "<p>" + "Running text of the article goes on here. " * 8 + "</p>" * 1
            + "<p>Second paragraph of the story, long enough to count.</p><p>Third one closes it.</p></article>"
            "<div id='sidebar' class='widget'><ul><li><a href='/a'>One link</a></li></ul></div></body></html>")
    dom = LexborHTMLParser(html)
    cleaner = DomBoilerplate()
    protected = protected_ids(dom)
    for node in dom.css("body [class], body [id]"):
        inlined = cleaner.fitting_family(node, families_of(attr_key(node))) if node.mem_id not in protected else None
        if node.mem_id not in protected:
            assert inlined == cleaner.family_rule(dom, node, protected)
    doc = cleaner.clean_html(Document(source="t", kind="html", html=html, dom=LexborHTMLParser(html)))
    assert {r.rule for r in doc.removed} >= {"share-bar"}
