"""An article whose opening paragraphs an inline box split from its body container is joined back
(cleaners/extract_split.py), alone and through the pipeline; other stories and quotes stay apart."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_split import join_split_parts
from cleaners.pipeline import Pipeline

P1 = ("The harbour ferry will run every fifteen minutes from May, the transport authority announced on "
      "Monday after a year of complaints about crowded boats.")
P2 = ("Commuters had waited up to forty minutes for a boat at peak hours, and the authority had cut two "
      "evening crossings last winter to save money on fuel.")
P3 = ("Two new boats are on order and should arrive in April; until then the operator will lease a third "
      "vessel from a neighbouring port, a spokeswoman said.")
P4 = "Fares stay the same, but the monthly pass will also be valid on the night buses along the quay."
P5 = ("The quay itself will be repaved over the summer, and a second waiting room with heating is planned "
      "for the winter timetable, the authority added.")
RAIL = ("<div class='rail'><a href='/comments'>12 comments</a> <a href='/share'>Share</a>"
        "<div class='more'><h2><a href='/a'>Bridge closed for repairs</a></h2>"
        "<h2><a href='/b'>Council approves the budget</a></h2></div></div>")


def _split_page(between: str = RAIL) -> str:
    return ("<html><body><nav><a href='/'>Home</a></nav><div id='story'><h1>Ferries every fifteen minutes</h1>"
            f"<div class='story-body first'><article><p>{P1}</p><p>{P2}</p></article></div>{between}"
            f"<div class='story-body'><article><p>{P3}</p><p>{P4}</p><p>{P5}</p></article></div>"
            "</div><footer><p>Contact us</p></footer></body></html>")


def _body(page: str) -> str:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("t.html", page.encode(), "html"))["body"]


def test_the_opening_part_split_off_by_a_box_of_teasers_joins_the_body_container():
    dom = LexborHTMLParser(_split_page())
    assert join_split_parts(dom) == 1
    texts = [" ".join(p.text().split()) for p in dom.css("div.story-body article p")]
    assert texts == [P1, P2, P3, P4, P5]
    body = _body(_split_page())
    assert body.index(P1[:40]) < body.index(P2[:40]) < body.index(P3[:40])


def test_the_previous_post_of_a_blog_index_under_its_own_title_stays_apart():
    page = ("<html><body><div id='posts'>"
            f"<div class='post'><h2>Ferries</h2><div class='entry'><p>{P1}</p><p>{P2}</p></div></div>"
            f"<div class='post'><h2>Quay works</h2><div class='entry'><p>{P3}</p><p>{P4}</p><p>{P5}</p></div></div>"
            "</div></body></html>")
    dom = LexborHTMLParser(page)
    assert join_split_parts(dom) == 0
    assert " ".join(dom.css("div.entry")[0].text().split()).startswith(P1[:40])


def test_quotes_a_container_of_another_kind_and_link_lists_stay_where_they_are():
    quotes = ("<html><body><div class='digest'><p>A short note on the ferries.</p>"
              f"<blockquote class='quote'><p>{P1}</p><p>{P2}</p></blockquote><p>The paper adds:</p>"
              f"<blockquote class='quote'><p>{P3}</p><p>{P4}</p><p>{P5}</p></blockquote></div></body></html>")
    assert join_split_parts(LexborHTMLParser(quotes)) == 0
    other_kind = _split_page().replace("story-body first", "summary-box")
    assert join_split_parts(LexborHTMLParser(other_kind)) == 0
    links = (f"<div class='story-body'><article><p><a href='/1'>{P1}</a></p><p><a href='/2'>{P2}</a></p>"
             "</article></div>")
    linked = _split_page().replace(f"<div class='story-body first'><article><p>{P1}</p><p>{P2}</p></article></div>",
                                   links)
    assert join_split_parts(LexborHTMLParser(linked)) == 0


def test_a_list_of_boxes_of_one_kind_stays_as_it_is():
    entries = "".join(f"<div class='entry'><div class='entry-body'><p>{p}</p><p>{p}</p><p>{p}</p></div></div>"
                      for p in (P4, P3, P2, P1))     # the last the longest: the main container
    live = f"<html><body><div class='live'><h1>Ferries: live</h1>{entries}</div></body></html>"
    assert join_split_parts(LexborHTMLParser(live)) == 0
    blocks = "".join(f"<div class='content-block'><p>{p}</p></div>" for p in (P1, P2, P3, P4, P5))
    one_each = f"<html><body><article><h1>Ferries</h1>{blocks}</article></body></html>"
    assert join_split_parts(LexborHTMLParser(one_each)) == 0


def _continued_page(between: str) -> str:
    return ("<html><body><div id='story'><h1>Ferries every fifteen minutes</h1>"
            f"<div class='story-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{between}"
            f"<div class='story-body-continued'><p>{P4}</p><p>{P5}</p></div></div></body></html>")


def test_the_continuation_after_a_promo_box_joins_the_tail_of_the_body_container():
    dom = LexborHTMLParser(_continued_page("<div class='promo'><a href='/abo'>Subscribe for one pound</a></div>"))
    assert join_split_parts(dom) == 1
    texts = [" ".join(p.text().split()) for p in dom.css("div.story-body p")]
    assert texts == [P1, P2, P3, P4, P5]
    body = _body(_continued_page("<div class='promo'><a href='/abo'>Subscribe for one pound</a></div>"))
    assert body.index(P3[:40]) < body.index(P4[:40]) < body.index(P5[:40])


def test_a_part_after_a_heading_or_of_another_name_stays_apart():
    headed = _continued_page("<h2>Quay works begin in June</h2>")
    dom = LexborHTMLParser(headed)
    assert join_split_parts(dom) == 0
    assert " ".join(dom.css_first("div.story-body-continued").text().split()).startswith(P4[:40])
    other = _continued_page("").replace("story-body-continued", "storybody-note")
    assert join_split_parts(LexborHTMLParser(other)) == 0


def test_a_note_in_italics_after_the_container_is_no_continuation():
    note = ("<div class='story-body-end'><p><em><a href='/forum'>Join our reader forum</a> to keep talking about "
            "the ferries and the quay works, and if you have a tip or a correction, write to us at the desk "
            "address printed in every edition.</em></p></div>")
    page = _continued_page("<div class='promo'><a href='/abo'>Subscribe</a></div>").replace(
        f"<div class='story-body-continued'><p>{P4}</p><p>{P5}</p></div>", note)
    dom = LexborHTMLParser(page)
    assert join_split_parts(dom) == 0
    assert dom.css_first("div.story-body-end") is not None
