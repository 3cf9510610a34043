"""extract_keep.matches answers from a cache keyed by tag, attributes and expressions: the same answers as
trafilatura's expressions run on a fresh element, whatever was asked before."""
from lxml import etree
from trafilatura.xpaths import BODY_XPATH, COMMENTS_XPATH, OVERALL_DISCARD_XPATH

from cleaners import extract_keep

CASES = [("div", {"class": "widget-area"}), ("div", {"class": "entry-content"}), ("p", {"class": "lead"}),
         ("li", {"class": "tags"}), ("ul", {"id": "comments"}), ("section", {"class": "comment-list"}),
         ("div", {"class": "widget-area", "id": None}), ("div", {"role": "navigation"}), ("span", {})]


def fresh(tag, attrs, expressions):
    root = etree.Element("body")
    etree.SubElement(root, extract_keep._TAGS.get(tag, tag), {k: v for k, v in attrs.items() if v is not None})
    return any(len(expression(root)) for expression in expressions)


def test_cached_answers_equal_fresh_ones_asked_twice_in_any_order():
    for expressions in (OVERALL_DISCARD_XPATH, BODY_XPATH, COMMENTS_XPATH):
        for _ in range(2):
            for tag, attrs in CASES + CASES[::-1]:
                assert extract_keep.matches(tag, attrs, expressions) == fresh(tag, attrs, expressions)


def test_the_expressions_are_part_of_the_key():
    assert extract_keep.selected("div", {"class": "entry-content"}) == (True, False)
    assert extract_keep.selected("div", {"id": "comments"}) == (False, True)
    assert extract_keep.discarded("div", {"class": "widget-area"}) and not extract_keep.discarded("div", {"class": "x"})


def test_attribute_order_gives_one_answer():
    one = extract_keep.discarded("div", {"class": "story", "id": "sidebar"})
    assert extract_keep.discarded("div", {"id": "sidebar", "class": "story"}) == one == \
        fresh("div", {"class": "story", "id": "sidebar"}, OVERALL_DISCARD_XPATH)
