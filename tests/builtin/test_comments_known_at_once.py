"""The elements the unit searches skip unread (`units._wrapped`, `units._runs`: screened in C) are those
they would have refused: a custom element is still a unit's tag, a form's box is none, and the region bounds them."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import candidate_families

THREADS = ('<div class="list"><article-card><p>One card of text here.</p></article-card>'
           '<article-card><p>Another card of text.</p></article-card></div>'
           '<form><div class="f"><p>A field label</p></div><div class="f"><p>Another label</p></div>'
           '<textarea></textarea></form>'
           '<div class="runs"><b class="who">Ann</b><p>First words.</p><b class="who">Bo</b><p>Second words.</p>'
           '<b class="who">Cy</b><p>Third words.</p></div>')


def test_units_of_custom_elements_found_and_forms_skipped():
    tree = Tree(LexborHTMLParser(THREADS).body)
    keys = {f.key for f in candidate_families(tree)}
    assert "article-card." in keys          # (a custom element is a unit's tag: rule `custom-element`)
    assert "div.f" not in keys               # (a form's boxes are no units)
    assert any(k.startswith("run:b.who") for k in keys)     # (a parent of four children or more holds runs)


def test_region_bounds_the_search():
    tree = Tree(LexborHTMLParser(THREADS).body)
    region = bytearray(len(tree))
    assert candidate_families(tree, region) == []
    box = tree.tag.index("div")      # (the cards' box and all it holds)
    region[box:tree.end[box] + 1] = b"\x01" * (tree.end[box] + 1 - box)
    assert [f.key for f in candidate_families(tree, region)] == ["article-card."]
