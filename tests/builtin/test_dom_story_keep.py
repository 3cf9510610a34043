"""dom_story_keep: a story whose wrappers carry the extractor's discard tokens (slides, page-builder widgets, a
column named like navigation) keeps them; furniture beside or inside a story of paragraphs does not."""
from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.dom_story_keep import keep_story
from tests.page_blind import run_ours

CAPTIONS = [
    "The ferry leaves the harbour at seven in the morning, with forty pupils and two teachers on board, and "
    "reaches the mainland pier twenty minutes later when the sea is calm.",
    "Volunteers take turns at the wheel; two retired skippers check the engine every Sunday afternoon and keep a "
    "logbook of every crossing since the service began in the autumn.",
    "On stormy days the crossing can take an hour, and the head teacher then opens the school late and sends the "
    "first lessons home by tablet so that nobody misses the morning's work.",
    "The parish pays the insurance, the village shop adds a share of its takings, and a concert in the church hall "
    "raised enough money last winter to replace the old radar.",
]
LEAD = "Parents on the island bought a second-hand boat so that their children can still reach school every day."


@dataclass
class _Page:
    key: str
    html: str


def _body(html: str) -> str:
    return run_ours([_Page("p1", html)])["p1"]


def _page(story: str, extra: str = "") -> str:
    return (f"<html><head><title>Island ferry</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
            f"<div class='main'><h1>Island ferry keeps school open</h1>{story}{extra}</div>"
            f"<footer><a href='/privacy'>Privacy</a></footer></body></html>")


def _column(inner: str) -> str:
    return ("<div class='vc_row wpb_row'><div class='wpb_column vc_column_container'><div class='wpb_wrapper'>"
            f"<div class='wpb_text_column wpb_content_element'><div class='wpb_wrapper'>{inner}</div></div></div>"
            "</div></div>")


def test_a_photo_story_in_page_builder_columns_keeps_every_slide():
    slides = "".join(_column(f"<div data-index='{i}'><div><img src='/g/{i}.jpg' alt=''></div><div><span>{i} / 4"
                             f"</span><p>{c}</p><small>Photo: Ann Lee</small></div></div>")
                     for i, c in enumerate(CAPTIONS[1:], 2))
    story = _column(f"<p><b>{LEAD}</b></p><p>{CAPTIONS[0]}</p>") + slides
    body = _body(_page(f"<div class='nav-wrapper'>{story}</div>"))
    for caption in CAPTIONS:
        assert caption in body


def test_a_story_of_bare_div_captions_in_a_column_named_like_a_sidebar_is_kept():
    slides = "".join(f"<div class='slide'><img src='/g/{i}.jpg' alt=''><div class='slide-caption'><div>{c}</div>"
                     f"<small>Photo: Ann Lee</small></div></div>" for i, c in enumerate(CAPTIONS))
    body = _body(_page(f"<div class='sidebar-col col-md-8'><div>{LEAD}</div>{slides}</div>"))
    for caption in CAPTIONS[1:]:
        assert caption in body


def test_a_story_in_page_builder_text_columns_keeps_every_column():
    cols = "".join(f"<div class='vc_row wpb_row'><div class='wpb_column vc_column_container'><div class='wpb_wrapper'>"
                   f"<div class='wpb_text_column wpb_content_element'><div class='wpb_wrapper'><p>{c}</p></div></div>"
                   f"</div></div></div>" for c in CAPTIONS)
    body = _body(_page(f"<div class='nav-wrapper'>{cols}</div>"))
    for caption in CAPTIONS:
        assert caption in body


def test_a_slider_of_teasers_beside_an_article_of_paragraphs_is_not_kept():
    article = "<article>" + "".join(f"<p>{c}</p>" for c in CAPTIONS) + "</article>"
    teasers = ("<div class='slider'>" + "".join(
        f"<div class='slide'><a href='/s/{i}'>Harbour wall repairs delayed until spring, council says</a>"
        f"<p>A short summary of another story about the harbour and its walls, with a few words more.</p></div>"
        for i in range(3)) + "</div>")
    dom = LexborHTMLParser(_page(article, teasers))
    assert keep_story(dom) == 0
    assert len(dom.css("div.slide")) == 3


def test_a_story_of_paragraphs_and_a_widget_box_in_it_keep_their_names():
    story = ("<div class='nav-wrapper'>" + "".join(f"<p>{c}</p>" for c in CAPTIONS[:2])
             + "<div class='widget share-widget'><p>Share this story</p></div>"
             + "".join(f"<p>{c}</p>" for c in CAPTIONS[2:]) + "</div>")
    dom = LexborHTMLParser(_page(story))
    assert keep_story(dom) == 0          # (no repeated parts: left to the extraction's own fallback)
    assert dom.css_first("div.widget") is not None and dom.css_first("div.nav-wrapper") is not None
