"""Links in comments that lead nowhere (a toggle, a control) and controls that are prompts:
each rule with a positive and a negative case. Pages are small and written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.tree import Tree

from ._html import after_comments as cleaned

ARTICLE = ("<h1>The orchard fair moves to the river meadow</h1>"
           "<p>The autumn orchard fair will be held on the river meadow this year, the organisers said, because the "
           "old market square is being dug up for new drains until the spring.</p>"
           "<p>Stalls will open at nine, and a shuttle bus will run from the station every twenty minutes.</p>")


def _titled(n: int, author: str, title: str, text: str, href: str) -> str:
    """A comment whose title is a link; its text may be empty (the title is all it says)."""
    return (f'<div class="entry" id="entry-{n}"><h5 class="title"><a href="{href}">{title}</a></h5>'
            f'<div class="words">{text}</div><p class="byline">by <a href="/people/{author}">{author}</a> on '
            f'Oct {n}, 2012 {n}:15 PM <a class="answer" href="#form">reply</a></p></div>')


def _thread(href: str) -> str:
    return ARTICLE + '<div class="talk"><h3>Four comments</h3>' + "".join((
        _titled(1, "pearfan", "Good to hear about the bus", "The station walk was always too long with children.",
                "#entry-1"),
        _titled(2, "meadowlark", "Will the car park be open on the Sunday as well?", "", href),
        _titled(3, "plumtree", "Drains again", "They dug the same square up two years ago for the cables.",
                "#entry-3"),
        _titled(4, "quince", "Nine is far too early for a fair", "Most stalls never open before ten.",
                "#entry-4"))) + "</div>"


def test_a_comment_whose_only_text_is_a_title_toggling_it_is_a_comment():
    for href in ("#entry-2", "javascript:void(0)", ""):
        doc = cleaned(_thread(href))
        texts = [c.text for c in doc.comments]
        assert "Will the car park be open on the Sunday as well?" in texts, href
        assert len(texts) == 4


def test_a_unit_whose_only_text_links_to_another_page_is_no_comment():
    doc = cleaned(_thread("/2012/10/car-park-opening-times.html"))
    texts = [c.text for c in doc.comments]
    assert "Will the car park be open on the Sunday as well?" not in texts
    assert len(texts) == 3


def test_a_link_leads_away_only_with_an_address_of_another_page():
    html = ('<html><body><p><a href="/a.html"><b>x</b></a><a href="#c1">y</a><a href=" javascript:go()">z</a>'
            '<a>w</a><a href="https://example.org/p">v</a></p></body></html>')
    tree = Tree(LexborHTMLParser(html).body)
    away = {tree.flat(e): tree.leads_away(e) for e in range(len(tree)) if tree.tag[e] in ("a", "b")}
    assert away == {"x": True, "y": False, "z": False, "w": False, "v": True}


# -- a row of controls holding a prompt ("Report » Log in to Reply") is chrome --------------------
def _controlled(n: int, author: str, text: str, tail: str) -> str:
    return (f'<li class="note" id="note-{n}"><h5><a href="/u/{author}">{author}</a></h5>'
            f'<small>Posted on October {n}, 2012 at 10:{10 + n}am</small><p>{text}</p>{tail}</li>')


def _controls_thread(tail: str) -> str:
    people = ((1, "hazel", "The shuttle from the station is the best part of the plan."),
              (2, "rowan", "Parking on the meadow will be a mess after rain."),
              (3, "alder", "Glad the fair is staying in town at all."))
    return ARTICLE + '<div id="comments"><h3>3 comments</h3><ul>' + "".join(
        _controlled(n, a, t, tail.format(n=n)) for n, a, t in people) + "</ul></div>"


def test_a_row_of_controls_with_a_prompt_link_is_no_comment_text():
    tail = ('<span><a href="javascript:void(0)" class="flag">Report Post &raquo;</a></span>'
            '<a href="/login?next=%2Fnote-{n}">Log in to Reply</a><a href="#r{n}" style="display:none">Reply</a>')
    texts = [c.text for c in cleaned(_controls_thread(tail)).comments]
    assert texts == ["The shuttle from the station is the best part of the plan.",
                     "Parking on the meadow will be a mess after rain.", "Glad the fair is staying in town at all."]


def test_a_prompt_beside_words_of_the_comment_stays_in_its_text():
    # (the words differ from one comment to the next: a line alike in every comment is the template's)
    tail = '<span><a href="/login">Log in to reply</a></span> <em>and tell the council what you think of point {n}</em>'
    texts = [c.text for c in cleaned(_controls_thread(tail)).comments]
    assert texts == [f"{t}\n\nLog in to reply and tell the council what you think of point {n}" for n, t in enumerate(
        ["The shuttle from the station is the best part of the plan.", "Parking on the meadow will be a mess after rain.",
         "Glad the fair is staying in town at all."], 1)]


def _line_kind(html: str) -> str | None:
    from cleaners.builtin.comments.headlines import _segments_kind
    from cleaners.builtin.comments.items import _lines
    from cleaners.builtin.comments.vocabulary import vocabulary
    tree = Tree(LexborHTMLParser(f"<html><body><div>{html}</div></body></html>").body)
    (line,) = _lines(tree, list(range(len(tree.text))))
    return _segments_kind(tree, line.pieces, vocabulary())


def test_a_prompt_counts_as_a_control_only_without_a_name_beside_it():
    assert _line_kind('<a href="/flag">Report</a> <a href="/login">Log in to reply</a>') == "chrome"
    assert _line_kind('<span>hazel</span> <span>5 hours ago</span>') == "meta"
    # an article's byline beside its prompt to comment is no comment header
    assert _line_kind('<span>Written by Hazel</span> - <a href="#respond">Leave a comment</a>') is None
