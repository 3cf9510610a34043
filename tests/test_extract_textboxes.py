"""Boxes of text among an article's paragraphs read as paragraphs (cleaners/extract_textboxes.py)."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_textboxes import text_boxes_as_paragraphs, wrap_prose_beside_text_boxes
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


CHAT = [("Ann", "Did anyone else notice the ferry at the lock runs only on weekends in autumn?"),
        ("Ben", "Yes, we had to wait an hour for it and ate pie in the cafe by the dike."),
        ("Ann", "Next time we will take the bridge further north, it adds ten kilometres only.")]


def _chat(line: str = "div") -> str:
    return "<div class='transcript'>" + "".join(
        f"<{line} class='line'><span class='time'>[10:{12 + i}]</span> <span class='nick'>{n}:</span> <span>{t}</span></{line}>"
        for i, (n, t) in enumerate(CHAT)) + "</div>"


def test_a_box_of_text_lines_among_paragraphs_has_each_line_made_a_paragraph_and_kept():
    """A chat transcript (a box of <div> lines of inline text) between the paragraphs: trafilatura dropped the box."""
    inner = f"<p>{P1}</p><p>{P2}</p>{_chat()}<p>{P3}</p><p>{P4}</p>"
    dom = LexborHTMLParser(_page(inner))
    assert text_boxes_as_paragraphs(dom) == 3 and len(dom.css("div.transcript > p")) == 3
    body = _body(_page(inner))
    assert all(t in body for _, t in CHAT)
    assert body.index(P2) < body.index(CHAT[0][1]) < body.index(P3)


def test_a_box_of_link_lines_or_of_one_line_or_with_text_of_its_own_stays():
    links = "<div class='more'>" + "".join(f"<div><a href='/r{i}'>Another ride along the coast, part {i}</a></div>"
                                           for i in range(3)) + "</div>"
    one = "<div class='note'><div>Book the rooms early.</div></div>"
    own = "<div class='mixed'>Our notes: <div>Book the rooms early.</div><div>Take a rain jacket.</div></div>"
    for box in (links, one, own):
        dom = LexborHTMLParser(_page(f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p>"))
        assert text_boxes_as_paragraphs(dom) == 0, box


LOOSE = ("Who does not love a slow ride along the river? The wind, the dikes and the little ferries make the "
         "whole trip feel like a holiday from the first kilometre.")


def _blog(inner: str) -> str:
    return (f"<html><head><title>Three days by bike</title></head><body><div class='post'><h3>Three days by bike</h3>"
            f"<div class='post-body'>{inner}</div><div class='post-footer'>Posted by Ann at 10:12</div></div>"
            f"</body></html>")


def _boxes() -> str:
    return "".join(f"<div>{p}</div><div><br></div>" for p in (P1, P2, P3))


def test_a_sentence_set_loose_beside_the_text_boxes_of_a_post_becomes_its_paragraph():
    """A blog editor writes each paragraph as a <div>; the first one, set straight in the post's box
    after a picture, was dropped by the extraction (rule loose-prose)."""
    inner = (f"<div class='separator'><a href='/img.jpg'><img src='/img.jpg'></a></div><div><br></div>{LOOSE}<br>"
             f"<div><br></div><div>{_boxes()}</div>")
    dom = LexborHTMLParser(_blog(inner))
    assert wrap_prose_beside_text_boxes(dom) == 1
    assert dom.css_first("div.post-body > p").text().strip() == LOOSE
    lines = _body(_blog(inner)).split("\n\n")
    assert LOOSE in lines and lines.index(LOOSE) < lines.index(P1)


def test_loose_labels_line_break_paragraphs_and_containers_of_paragraphs_are_left_as_they_are():
    mixed = f"Posted by Ann<div><br></div>{LOOSE}<div>{_boxes()}</div>"         # a label among the loose runs
    broken = f"{LOOSE}<br><br>{LOOSE}<div>{_boxes()}</div>"                     # paragraphs set apart by <br>s
    with_p = f"<p>{P4}</p>{LOOSE}<div>{_boxes()}</div>"                          # (the loose-text rule's case)
    short = f"Photos: Ann Lee<div>{_boxes()}</div>"                              # no sentence
    for inner in (mixed, broken, with_p, short):
        dom = LexborHTMLParser(_blog(inner))
        assert wrap_prose_beside_text_boxes(dom) == 0


def test_the_text_boxes_beside_a_wrapped_sentence_become_paragraphs_with_it():
    """Once the container holds a <p>, its boxes of text are the text-box rule's case: they become
    paragraphs too, and every paragraph of the post reaches the body."""
    inner = f"<div class='separator'><img src='/a.jpg'></div>{LOOSE}<br><div>{P1}</div><div><br></div><div>{P2}</div>"
    dom = LexborHTMLParser(_blog(inner))
    assert wrap_prose_beside_text_boxes(dom) == 1
    assert [p.text().strip() for p in dom.css("div.post-body > p")] == [LOOSE, P1, P2]
    body = _body(_blog(inner))
    assert all(text in body for text in (LOOSE, P1, P2))
