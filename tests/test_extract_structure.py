"""Layout tables unwrapped and subheadings put back (cleaners/extract_structure.py), alone and
through the pipeline."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.document import Block
from cleaners.builtin._dom import text_of
from cleaners.extract_headings import main_headings, reinstate_headings
from cleaners.extract_structure import separate_boxed_text, space_images, wrap_loose_text
from cleaners.extract_tables import unwrap_layout_tables
from cleaners.pipeline import Pipeline

P1 = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
      "petitions from shift workers who had no way home.")
P2 = ("The extension will cost about two million a year and starts in March, the council said in a statement "
      "published after the vote on the new budget.")
P3 = ("Drivers' unions welcomed the plan but asked for more staff on the late routes, where several drivers were "
      "attacked last winter.")
QUOTE = "I waited two hours for a taxi every night."


def _record(body: str) -> dict:
    html = f"<html><head><title>Night buses</title></head><body>{body}</body></html>"
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("t.html", html.encode(), "html"))


def test_a_layout_table_becomes_divs_and_its_paragraphs_stay_apart():
    page = (f"<table><tr><td><a href='/'>Home</a></td><td><h1>Night buses</h1><p>{P1}</p>"
            f"<blockquote><p>{QUOTE}</p></blockquote><p>{P2}</p><p>{P3}</p></td></tr></table>")
    dom = LexborHTMLParser(page)
    assert unwrap_layout_tables(dom) == 1
    assert dom.css_first("table, td, tr") is None and len(dom.css("div")) == len(dom.css("aside")) == 1
    paragraphs = _record(page)["body"].split("\n\n")
    assert P1 in paragraphs and P2 in paragraphs and P3 in paragraphs and QUOTE in paragraphs


def test_a_data_table_stays_a_table():
    page = ("<table><tr><th>Route</th><th>Last bus</th></tr><tr><td>N1</td><td><p>01:30</p></td></tr>"
            "<tr><td>N2</td><td>02:10</td></tr></table>")
    dom = LexborHTMLParser(page)
    assert unwrap_layout_tables(dom) == 0 and len(dom.css("td")) == 4


MENU = "<a href='/'>Home</a><br><a href='/news'>News</a><br><a href='/events'>Events</a><br>Visitors: 04211"
DATES = "<b>Next dates</b><br>6 July: outing<br>14 July: open day<br><b>Contact</b><br>Tel. 0123 4567"


def test_a_cell_of_line_break_paragraphs_is_a_layout_cell_and_its_side_columns_are_left_out():
    page = (f"<table><tr><td width='160'>{MENU}</td><td>{P1}<br><br>{P2}<br><br>{P3}</td>"
            f"<td width='180'>{DATES}</td></tr></table>")
    dom = LexborHTMLParser(page)
    assert unwrap_layout_tables(dom) == 1
    assert len(dom.css("aside")) == 2 and "Visitors" in dom.css("aside")[0].text()
    record = _record(page)
    paragraphs = record["body"].split("\n\n")
    assert P1 in paragraphs and P2 in paragraphs and P3 in paragraphs
    assert "Visitors" not in record["body"] and "Next dates" not in record["body"]
    assert any("Next dates" in r.get("text", "") for r in record["removed"])


def test_a_column_of_prose_or_of_the_article_s_length_beside_the_article_stays():
    prose = f"<p>{P3}</p>"
    page = (f"<table><tr><td><h2>Night buses</h2><p>{P1}</p><p>{P2}</p></td><td>{prose}</td>"
            f"<td>{P1} {P2}</td></tr></table>")
    dom = LexborHTMLParser(page)
    assert unwrap_layout_tables(dom) == 1 and not dom.css("aside")
    body = _record(page)["body"]
    assert P3 in body


def test_one_line_break_paragraph_does_not_make_a_layout_table():
    page = f"<table><tr><td>Route N1</td><td>{P1}<br>Last bus 01:30</td></tr></table>"
    assert unwrap_layout_tables(LexborHTMLParser(page)) == 0


def test_subheadings_dropped_by_the_extraction_are_put_back_before_their_paragraph():
    page = f"<div><div><h1>Night buses</h1></div><div><p>{P1}</p><p>{P2}</p><h2>What happens next</h2><p>{P3}</p></div></div>"
    assert main_headings(LexborHTMLParser(page)) == (("What happens next", 2, P3[:60], ""),)
    paragraphs = _record(page)["body"].split("\n\n")
    assert paragraphs.index("What happens next") == paragraphs.index(P3) - 1


def test_a_heading_is_not_put_back_without_its_paragraph_nor_twice():
    blocks = (Block(P1), Block("What happens next", kind="heading", level=2), Block(P3))
    headings = (("What happens next", 2, P3[:60], ""), ("Comments", 3, "Great article, thanks for writing", ""))
    assert reinstate_headings(blocks, headings) == blocks
    assert reinstate_headings((Block(P1),), headings) == (Block(P1),)


def _boxed(html: str) -> str:
    """``html`` in a page builder's boxes: a wrapper with a generated class, one per block."""
    return f"<div class='x{abs(hash(html)) % 9973}' data-testid='richTextElement'><div>{html}</div></div>"


def test_a_boxed_subheading_between_two_body_paragraphs_is_put_back():
    page = "<div>" + "".join(_boxed(b) for b in ("<h1>Night buses</h1>", f"<p>{P1}</p>", f"<p>{P2}</p>",
                                                  "<h2>What happens next</h2>", f"<p>{P3}</p>")) + "</div>"
    assert ("What happens next", 2, P3[:60], P2[:60]) in main_headings(LexborHTMLParser(page))
    paragraphs = _record(page)["body"].split("\n\n")
    assert paragraphs.index("What happens next") == paragraphs.index(P3) - 1 == paragraphs.index(P2) + 1


Q1 = "Why did the council change its mind about the depot?"
A1 = "Because the repair bill came in twice as high as the first estimate, officials said."
A2 = "The old depot will be sold, and the money will pay for two new electric buses."


def test_a_boxed_question_between_two_short_answers_is_put_back():
    """An FAQ or a short article in a page builder's boxes: paragraphs of a sentence each."""
    page = "<div>" + "".join(_boxed(b) for b in (f"<p>{A1}</p>", f"<h3>{Q1}</h3>", f"<p>{A2}</p>")) + "</div>"
    assert (Q1, 3, A2[:60], A1[:60]) in main_headings(LexborHTMLParser(page))


def test_a_boxed_heading_after_a_list_of_short_points_is_put_back():
    """The points of a list are short, the list is not: it counts as one block."""
    points = "<ul><li>Two people were injured</li><li>The road is closed until Monday</li>" \
             "<li>Police are asking witnesses to come forward</li></ul>"
    page = "<div>" + "".join(_boxed(b) for b in (f"<p>{P1}</p>", points, "<h2>A long road back</h2>",
                                                  f"<p>{P2}</p>")) + "</div>"
    assert ("A long road back", 2, P2[:60], "Police are asking witnesses to come forward") \
        in main_headings(LexborHTMLParser(page))
    blocks = (Block(P1), Block("Police are asking witnesses to come forward", kind="item"), Block(P2))
    assert reinstate_headings(blocks, main_headings(LexborHTMLParser(page)))[2].text == "A long road back"


def test_a_boxed_heading_next_to_a_short_line_is_not_taken():
    """A sidebar's heading between a label and its first entry: lines shorter than a sentence."""
    page = "<div>" + "".join(_boxed(b) for b in (f"<p>{P1}</p>", "<p>Follow us on social media</p>",
                                                  "<h3>Newsletter</h3>", f"<p>{A2}</p>")) + "</div>"
    assert not any(h[0] == "Newsletter" for h in main_headings(LexborHTMLParser(page)))


def test_a_sandwiched_heading_needs_both_of_its_paragraphs_in_the_body_in_a_row():
    headings = (("Most read", 3, P3[:60], "Subscribe to our daily briefing and never miss"),)
    blocks = (Block(P1), Block(P3))          # the paragraph before the heading is not the body's
    assert reinstate_headings(blocks, headings) == blocks
    headings = (("What happens next", 2, P3[:60], P1[:60]),)
    assert reinstate_headings(blocks, headings) == (Block(P1), Block("What happens next", kind="heading", level=2),
                                                    Block(P3))


# -- loose-text ---------------------------------------------------------------------------------
LOOSE = ("Tickets for the late routes can be bought on the bus, and the monthly pass covers them from the first "
         "night of the new service.")


def _assert_not_wrapped(pages: list[str]) -> None:
    for page in pages:
        dom = LexborHTMLParser(page)
        before = dom.body.html
        assert wrap_loose_text(dom) == 0, page
        assert dom.body.html == before


def test_text_set_loose_after_a_paragraph_is_wrapped_and_reaches_the_body():
    page = (f"<div class='story'><p>{P1}<br>{P2}</p><b>{LOOSE}</b><br>\n<span>{P3}</span><br>"
            "<div class='end'></div></div>")
    dom = LexborHTMLParser(page)
    assert wrap_loose_text(dom) == 1
    wrapped = dom.css("div.story > p")[1]
    assert text_of(wrapped) == f"{LOOSE} {P3}" and wrapped.css_first("b") is not None
    body = _record(page)["body"]
    assert LOOSE in body and P1 in body and P3 in body


def test_runs_that_are_no_loose_text_stay_as_they_are():
    untouched = [
        f"<div><a href='/a'>Home</a> <a href='/b'>News</a><p>{P1}</p></div>",      # links before any paragraph
        f"<div><p>{P1}</p><span><div>{P2}</div></span></div>",                    # an inline element holding a block
        f"<div><p>{P1}</p> | <br> <!-- x --> </div>",                              # no word after the paragraph
        f"<ul><li><p>{P1}</p>{LOOSE}</li></ul>",                                    # a list item is no text container
        f"<div><div>{P1}</div>{LOOSE}</div>",                                       # no paragraph child
    ]
    _assert_not_wrapped(untouched)


MORE = ("In addition to the buses, the council will fund two night trams on the river line, which start in May "
        "and run until two in the morning.")


def test_a_text_only_continuation_after_the_paragraphs_is_wrapped():
    """A blog engine's "read more" continuation: bare text in a box right after the paragraphs'
    container, an empty anchor between."""
    page = (f"<div class='post'><div class='body'><p>{P1}</p><p>{P2}</p></div>\n<a id='more'></a>\n"
            f"<div class='more'>\n  {MORE}\n</div></div>")
    dom = LexborHTMLParser(page)
    assert wrap_loose_text(dom) == 1
    assert text_of(dom.css_first("div.more > p")) == MORE
    assert MORE in _record(page)["body"]


def test_boxes_after_the_paragraphs_that_are_no_continuation_stay():
    untouched = [
        f"<div><div class='b'><p>{P1}</p></div><div class='f'>Posted by Ann Lee on March 3</div></div>",   # short
        f"<div><div class='b'><p>{P1}</p></div><div class='f'>{MORE[:-1]} and more links</div></div>",    # no sentence end
        f"<div><div class='b'><p>{P1}</p></div><div class='f'><div>{MORE}</div></div></div>",             # holds a box
        f"<div><div class='b'><span>{P1}</span></div><div class='f'>{MORE}</div></div>",                   # no paragraphs before
        f"<div><div class='b'><p>{P1}</p></div><a href='/x'>Next story</a><div class='f'>{MORE}</div></div>",  # a link between
    ]
    _assert_not_wrapped(untouched)


def test_paragraphs_set_apart_by_line_breaks_around_a_box_are_wrapped_and_reach_the_body():
    """Paragraphs of bare text and ``<br><br>`` with a box between them: trafilatura drops the
    text after a box that holds a paragraph (here a time stamp) unless it is wrapped."""
    page = (f"<div class='text'>{P1}<br><br><div class='stamp'><p>Updated: 15:20</p></div>"
            f"{P2}<br><br>{P3}<br><br></div>")
    dom = LexborHTMLParser(page)
    assert wrap_loose_text(dom) == 2
    assert [text_of(p) for p in dom.css("div.text > p")] == [P1, f"{P2} {P3}"]
    body = _record(page)["body"]
    assert P1 in body and P2 in body and P3 in body


def test_line_breaks_without_prose_or_without_a_box_stay_as_they_are():
    untouched = [
        "<div class='contact'>Town Hall<br>1 Main Street<br><div class='map'></div>Open from 9 to 5<br></div>",  # short lines
        f"<div class='text'>{P1}<br><br>{P2}<br><br></div>",                            # no box between
        f"<div><span><a href='/a'>{P1}</a></span><br><div class='x'></div></div>",       # words only inside inline elements
        f"<li>{P1}<br><div class='x'></div>{P2}</li>",                                   # a list item is no text container
    ]
    _assert_not_wrapped(untouched)


# -- boxed-text ---------------------------------------------------------------------------------
def test_a_box_text_glued_to_the_box_it_holds_is_kept_apart():
    page = f"<div><p>{P1}</p><div>Tickets on board<div>Monthly pass</div>Night fares</div><p>{P2}</p></div>"
    dom = LexborHTMLParser(page)
    assert separate_boxed_text(dom) == 2
    body = _record(page)["body"]
    assert "Tickets on board Monthly pass Night fares" in " ".join(body.split())
    assert "boardMonthly" not in body and "passNight" not in body


def test_text_already_spaced_from_its_box_and_text_without_a_box_are_left_alone():
    page = "<div>Tickets on board <div>Monthly pass</div> Night fares</div><div>Plain<b>bold</b>text</div>"
    dom = LexborHTMLParser(page)
    before = dom.html
    assert separate_boxed_text(dom) == 0 and dom.html == before


# -- image-gap ----------------------------------------------------------------------------------
def test_an_image_between_a_label_and_its_text_keeps_them_two_words():
    """A recipe round-up: "<span>Name</span><img>Text": a browser shows a picture between them."""
    para = f"<p><span class='dish'>Pumpkin Soup</span><img src='soup.jpg' width='500'>{P1}</p>"
    linked = f"<p><b>Night buses</b><a href='/big.jpg'><img src='bus.jpg'></a>{P2}</p>"
    dom = LexborHTMLParser(para + linked)
    assert space_images(dom) == 2
    body = " ".join(_record(f"<article>{para}{linked}<p>{P3}</p></article>")["body"].split())
    assert "Pumpkin Soup The council" in body and "SoupThe" not in body
    assert "Night buses The extension" in body


def test_images_already_spaced_pixels_and_images_at_an_edge_add_no_gap():
    page = ("<p>Pumpkin Soup <img src='a.jpg'>The council</p><p>Text<img src='t.gif' width='1' height='1'>more</p>"
            "<p><img src='b.jpg'>Opening words</p><p>Closing words<img src='c.jpg'></p>"
            "<p>Sto<a href='/x'>ry<img src='d.jpg'></a>line</p>")
    dom = LexborHTMLParser(page)
    before = dom.html
    assert space_images(dom) == 0 and dom.html == before


def test_the_header_row_of_a_data_table_with_a_two_paragraph_cell_stays():
    page = ("<table><tr><td><p><b>District</b></p></td><td><p><b>Incumbent</b></p></td><td><p>&nbsp;</p>"
            "<p><b>2008 vote margin</b></p></td></tr><tr><td>AZ-1</td><td>NEW</td><td>+3</td></tr></table>")
    dom = LexborHTMLParser(page)
    assert unwrap_layout_tables(dom) == 1 and not dom.css("aside")


def test_the_lead_moves_into_a_layout_table_s_article_cell_after_the_html_stages_read_the_page():
    # the HTML stages read the main container (a <td> here) before the extraction unwraps the table:
    # the extraction must read it again, else the lead is not moved to the article's head
    from cleaners.builtin._dom import edited, main_container
    from cleaners.extract import prune_for_extraction
    first = "The council voted on Monday to replace the old bridge over the canal next year with a wider one."
    second = "The new bridge will cost about twelve million euros and should open to traffic in two years."
    lead = "After years of debate the decision has been made: the crumbling harbour bridge will come down."
    html = (f"<html><body><h1>A new bridge</h1><div class='lead'>{lead}</div><table><tr><td><p>{first}</p>"
            f"<p>{second}</p><p>{first} More.</p></td><td><a href='/a'>Home</a><br><a href='/b'>Politics</a></td>"
            "</tr></table></body></html>")
    unread = LexborHTMLParser(html)
    edited()
    expected = prune_for_extraction(unread)
    read = LexborHTMLParser(html)
    assert main_container(read).tag == "td"
    assert prune_for_extraction(read) == expected
    assert expected.index(lead) < expected.index(first)
