"""`linear_re.Pattern.search`/``match`` (with and without a start) and `dom_boilerplate`'s class loop
answer as the general ones do."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from cleaners import linear_re
from cleaners.builtin.dom_boilerplate import DomBoilerplate
from cleaners.builtin._dom import protected_ids
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


_SELECTOR = "body [class], body [id]"


class _Recording(DomBoilerplate):
    """The cleaner, keeping the rule `fitting_family` answered for each element it was asked about."""

    def __init__(self):
        super().__init__()
        self.asked: dict[int, str | None] = {}

    def fitting_family(self, node, families):
        rule = super().fitting_family(node, families)
        self.asked[node.mem_id] = rule
        return rule


def test_inlined_class_loop_decides_as_family_rule():
    # the class loop of `clean_html` asks `fitting_family` only about elements whose key names a family;
    # every element it skips must be one `family_rule` (the general path) answers None for, and every
    # element it asks about must get `family_rule`'s answer
    html = ("<html><body><div class='share-bar'><a href='/x'>Share</a></div><article class='post'>"
            + "<p>" + "Running text of the article goes on here. " * 8 + "</p>"
            + "<p>Second paragraph of the story, long enough to count.</p><p>Third one closes it.</p>"
            "</article><div class='share-tools'><p>" + "Too long for a share box, this is another text. " * 8
            + "</p></div><div id='sidebar' class='widget'><ul><li><a href='/a'>One link</a></li></ul>"
            "</div><div class='plain'>Nothing here names a family.</div></body></html>")
    cleaner = _Recording()
    dom = LexborHTMLParser(html)
    looped = [n.mem_id for n in dom.css(_SELECTOR)]
    protected = protected_ids(dom)
    doc = cleaner.clean_html(Document(source="t", kind="html", html=html, dom=dom))
    reference = LexborHTMLParser(html)
    reference_protected = protected_ids(reference)
    expected = [cleaner.family_rule(reference, n, reference_protected) for n in reference.css(_SELECTOR)]
    got = [None if m in protected else cleaner.asked.get(m) for m in looped]
    expected = [None if m in protected else e for m, e in zip(looped, expected)]
    assert got == expected
    assert any(r is not None for r in expected)              # a family fits (the share bar)
    assert any(m not in cleaner.asked for m in looped)        # and elements naming none were skipped
    assert any(m in cleaner.asked and cleaner.asked[m] is None for m in looped)   # a family named, shape unfit
    assert {r.rule for r in doc.removed} >= {"share-bar"}
