"""dom_builder_flat: a story set in a page builder's nested module wrappers is read whole; live-blog entries,
a story in one module beside teaser modules, and a one-module story are left as they are."""
from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.dom_builder_flat import flatten
from tests.page_blind import run_ours

PARAS = [
    "The valley's only bakery closed four years ago, and since then the villagers drove forty minutes every "
    "Saturday to buy bread in the market town at the end of the road.",
    "Last spring three neighbours rented the empty shop from the parish, repaired the old wood-fired oven and began "
    "to bake twice a week for anyone who ordered by telephone the evening before.",
    "Orders grew quickly. The school now buys its sandwiches from them, and two farms deliver flour and butter "
    "in exchange for a share of the loaves they sell on the Sunday market.",
    "The parish council has offered to extend the lease for ten years, provided the bakery keeps its doors "
    "open on weekday mornings for the older residents who cannot travel.",
    "The bakers say they will hire an apprentice next year, a teenager from the village who has spent every "
    "school holiday beside the oven learning how to shape the dough by hand.",
]
HEADING = "An oven older than the church"
QUOTE = "We did not plan a business, we only wanted bread that tastes like bread again."


@dataclass
class _Page:
    key: str
    html: str


def _body(html: str) -> str:
    return run_ours([_Page("p1", html)])["p1"]


def _module(inner: str, name: str = "bx-inner") -> str:
    return ("<div class='bx-section bx-top'><div class='bx-row'><div class='bx-column bx-col-12'>"
            f"<div class='bx-module bx-text'><div class='{name}'>{inner}</div></div></div></div></div>")


def _page(story: str, extra: str = "") -> str:
    return ("<html><head><title>Village bakery</title></head><body><header><nav><a href='/'>Home</a>"
            "<a href='/news'>News</a></nav></header><div class='layout'><h1>Neighbours reopen the village "
            f"bakery</h1><div class='teaser-body'>{story}</div>{extra}</div><aside class='sidebar'><p>Most read: "
            "<a href='/x'>Road works</a></p></aside><footer><a href='/privacy'>Privacy</a></footer></body></html>")


def _builder_story() -> str:
    return (_module(f"<p><strong>{PARAS[0]}</strong></p><p>{PARAS[1]}</p><p>{PARAS[2]}</p><h2>{HEADING}</h2>")
            + _module(f"<p>{PARAS[3]}</p>")
            + _module(f"<blockquote><p>{QUOTE}</p></blockquote>")
            + _module("<div class='ad-box'><span>Advertisement</span><div id='slot-3'></div></div>")
            + _module(f"<p>{PARAS[4]}</p>"))


def test_a_story_in_nested_builder_modules_is_read_whole():
    body = _body(_page(_builder_story()))
    for text in (*PARAS, HEADING, QUOTE):
        assert text in body
    assert "Advertisement" not in body


def test_a_story_of_span_runs_in_modules_each_named_like_a_main_container_is_read_whole():
    def module(inner):
        return _module(inner, "bx-inner post-content")

    def runs(*texts):
        return "<div>" + "".join(f"<span class='txt'>{t}</span><br><br>" for t in texts) + "</div>"
    story = (module(runs(PARAS[0], PARAS[1], PARAS[2]) + f"<div class='subhead'><strong>{HEADING}</strong></div>")
             + module(runs(PARAS[3])) + module(f"<blockquote><p>{QUOTE}</p></blockquote>") + module(runs(PARAS[4])))
    body = _body(_page(story))
    for text in (*PARAS, QUOTE):
        assert text in body


def test_the_modules_are_unwrapped_and_their_boxes_keep_their_names():
    dom = LexborHTMLParser(_page(_builder_story()))
    assert flatten(dom) > 0
    assert dom.css_first(".bx-section") is None and dom.css_first(".bx-inner") is None
    assert dom.css_first(".ad-box") is not None
    assert len(dom.css_first(".teaser-body").css("p")) == 6


def test_live_blog_entries_are_not_builder_modules():
    entries = "".join(f"<div class='live-entry'><time class='entry-time'>1{i}:00</time><div class='entry-body'>"
                      f"<p>{p}</p></div><div class='share-row'><a href='/s'>Share</a></div></div>"
                      for i, p in enumerate(PARAS))
    dom = LexborHTMLParser(_page(entries))
    assert flatten(dom) == 0
    assert len(dom.css(".live-entry")) == len(PARAS)


def test_a_story_in_one_module_beside_teaser_modules_is_left():
    story = _module("".join(f"<p>{p}</p>" for p in PARAS))
    teasers = "".join(_module(f"<p><a href='/t{i}'>More from the valley: the mill, part {i}</a></p>")
                      for i in range(3))
    dom = LexborHTMLParser(_page(story + teasers))
    assert flatten(dom) == 0
    body = _body(_page(story + teasers))
    for text in PARAS:
        assert text in body


def test_repeated_cards_outside_the_story_are_left():
    story = "".join(f"<p>{p}</p>" for p in PARAS)
    cards = "".join(f"<div class='card'><div class='card-inner'><p>Teaser {i}: a short note on the town's "
                    f"budget and the new bus line.</p></div></div>" for i in range(3))
    dom = LexborHTMLParser(_page(story, f"<div class='more'>{cards}</div>"))
    assert flatten(dom) == 0


def test_paragraphs_each_in_a_box_of_one_class_are_not_builder_modules():
    story = "".join(f"<div class='block text-block'><p>{p}</p></div>" for p in PARAS)
    dom = LexborHTMLParser(_page(story))
    assert flatten(dom) == 0
    assert len(dom.css(".text-block")) == len(PARAS)
