"""Rules that keep comment text the stage used to lose: each with a positive and a negative case.

Pages are small and written here (never copied from a benchmark set).
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.tree import Tree
from cleaners.document import Document

from ._html import page, run

ARTICLE = ("<h1>The ferry timetable changes in May</h1>"
           "<p>The island ferry will sail every forty minutes from May, the operator said on Monday, after a winter "
           "of complaints about crowded boats and missed connections at the harbour.</p>"
           "<p>The new timetable adds two late crossings on Fridays and Saturdays, and a bus will meet the last "
           "boat at the harbour.</p>")


def cleaned(body: str) -> tuple[Document, str]:
    return run(HtmlComments(), page(body))


def _comment(n: int, author: str, text: str, hidden: bool = False, replies: str = "") -> str:
    cls = "comment hidden" if hidden else "comment shown"
    return (f'<li id="c{n}" class="{cls}"><div class="head"><span class="by">by {author}</span> '
            f'<span class="date">on May {n}, 2012 at 9:{10 + n} AM</span></div>'
            f'<div class="text">{text}</div><a class="reply" href="#r{n}">Reply</a>'
            + (f"<ul>{replies}</ul>" if replies else "") + "</li>")


# -- collapsed comments: a unit hidden by its own markup among shown ones ---------------------
def test_a_collapsed_comment_and_its_shown_replies_are_comments():
    reply = _comment(3, "Cy Diaz", "The late boat is what the students asked for.")
    thread = (_comment(1, "Ann Lee", "Forty minutes is still too long in summer.")
              + _comment(2, "Bo Chen", "A low-rated remark about the harbour car park.", hidden=True, replies=reply)
              + _comment(4, "Di Ek", "Good news for everyone who works late."))
    doc, text = cleaned(ARTICLE + f'<div id="comments"><h3>4 comments</h3><ul>{thread}</ul></div>')
    assert [(c.author, c.text, c.depth) for c in doc.comments] == [
        ("Ann Lee", "Forty minutes is still too long in summer.", 0),
        ("Bo Chen", "A low-rated remark about the harbour car park.", 0),
        ("Cy Diaz", "The late boat is what the students asked for.", 1),
        ("Di Ek", "Good news for everyone who works late.", 0)]
    assert doc.comments[2].parent == 1
    assert "island ferry" in text and "harbour car park" not in text


def test_hidden_controls_inside_a_shown_comment_are_no_comment_text():
    thread = "".join(_comment(n, a, t) for n, a, t in (
        (1, "Ann Lee", 'Forty minutes is still too long.<div class="hidden">Edit this comment</div>'),
        (2, "Bo Chen", "The bus at the harbour is welcome."),
        (3, "Cy Diaz", "Fridays were the worst.")))
    doc, _ = cleaned(ARTICLE + f'<div id="comments"><h3>3 comments</h3><ul>{thread}</ul></div>')
    assert [c.text for c in doc.comments] == ["Forty minutes is still too long.", "The bus at the harbour is welcome.",
                                              "Fridays were the worst."]


def test_a_thread_mostly_hidden_is_not_read_as_collapsed_comments():
    thread = "".join(_comment(n, a, t, hidden=n > 1) for n, a, t in (
        (1, "Ann Lee", "Forty minutes is still too long."),
        (2, "Bo Chen", "The bus at the harbour is welcome."),
        (3, "Cy Diaz", "Fridays were the worst.")))
    doc, _ = cleaned(ARTICLE + f'<div id="comments"><h3>3 comments</h3><ul>{thread}</ul></div>')
    assert "The bus at the harbour is welcome." not in [c.text for c in doc.comments]
    assert "Fridays were the worst." not in [c.text for c in doc.comments]


# -- alternating templates: "comment-odd" / "comment-even" are one template --------------------
def _alternating(n: int, author: str, text: str) -> str:
    return (f'<div class="comment-{"odd" if n % 2 else "even"}" id="comment-{n}"><div class="comment-content">'
            f'<p class="who">{author} said:</p><p>{text}</p><p class="when">May {n}, 2012 9:{10 + n} AM</p></div></div>')


def test_comments_whose_class_alternates_odd_and_even_are_one_thread():
    people = ((1, "Ann Lee", "Forty minutes is still too long in summer."), (2, "Bo Chen", "The harbour bus is welcome."),
              (3, "Cy Diaz", "Fridays were the worst."), (4, "Di Ek", "Good news for everyone who works late."))
    thread = "".join(_alternating(*p) for p in people)
    doc, text = cleaned(ARTICLE + f'<div id="comments" class="comments"><h3>4 comments</h3>{thread}</div>')
    assert [(c.author, c.text) for c in doc.comments] == [(a, t) for _, a, t in people]
    assert "island ferry" in text and "harbour bus" not in text


def test_only_an_odd_even_or_alt_suffix_is_left_out_of_a_template():
    html = ('<html><body><div class="entry-odd">a</div><div class="entry-even">b</div><div class="entry_alt">c</div>'
            '<div class="entry-event">d</div><div class="entry-alternative">e</div></body></html>')
    tree = Tree(LexborHTMLParser(html).body)
    keys = [tree.key(i) for i in range(1, len(tree))]
    assert keys[:3] == ["div.entry"] * 3
    assert keys[3:] == ["div.entry-event", "div.entry-alternative"]
