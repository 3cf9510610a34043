"""Boxes of text among an article's paragraphs read as paragraphs (cleaners/extract_textboxes.py)."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_textboxes import text_boxes_as_paragraphs
from cleaners.pipeline import Pipeline

P1 = ("We left from the station and followed the junction network north along the river, past the old "
      "lock and the dairy farms.")
P2 = ("This was the finest stage: the path runs along the water and through meadows where wild horses "
      "graze beside the dikes.")
P3 = ("The last day was short, so we took our time in the castle gardens before we took the train home with "
      "the bikes on the rack.")
P4 = "The whole ride was flat, about 130 kilometres, with two ferries and more pie than we could eat."
STOP = " The ride took most of the day, with a long stop for lunch in a village square."
P1, P2, P3, P4 = (p + STOP for p in (P1, P2, P3, P4))     # (trafilatura drops the boxes beside long paragraphs)


def _page(inner: str) -> str:
    return (f"<html><head><title>Three days by bike</title></head><body><div class='post'><h1>Three days by bike</h1>"
            f"<div class='entry'><div class='entry-text'>{inner}</div></div></div></body></html>")


def _body(page: str) -> str:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("t.html", page.encode(), "html"))["body"]


def test_subheading_and_tip_boxes_between_paragraphs_become_paragraphs_and_reach_the_body():
    inner = (f"<p>{P4}</p>\n<div class='subhead'>Day one: to the lock</div>\n<p>{P1}</p>\n"
             f"<div class='subhead'>Day two: to the castle</div>\n<p>{P2}</p>\n"
             f"<div class='tip'><b>My tip</b><br>Book the rooms early.</div>\n<p>{P3}</p>")
    dom = LexborHTMLParser(_page(inner))
    assert text_boxes_as_paragraphs(dom) == 3 and len(dom.css("div.entry-text > p")) == 7
    lines = _body(_page(inner)).split("\n\n")
    assert lines.index("Day two: to the castle") == lines.index(P2) - 1
    assert "Book the rooms early." in lines


def test_boxes_of_links_controls_or_blocks_and_boxes_outside_paragraphs_stay():
    inner = (f"<p>{P1}</p><div class='also'><a href='/a'>Read also: the best rides in the south</a></div>"
             f"<div class='player'><button>Listen</button> 2 min</div><div><ul><li>One</li></ul></div>"
             f"<div class='pic'><img src='/a.jpg'> Photo of the dike</div><p>{P2}</p>")
    dom = LexborHTMLParser(_page(inner))
    assert text_boxes_as_paragraphs(dom) == 0
    alone = LexborHTMLParser(f"<div><p>{P1}</p><div>Day two</div></div>")
    assert text_boxes_as_paragraphs(alone) == 0
