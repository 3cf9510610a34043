"""Comment-stage rules on threads that stand at the top of the page, and on weekday dates.

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

import pytest

from cleaners.builtin.comments import HtmlComments
from cleaners.dates import find_date
from cleaners.document import Document

from ._html import page, run

ARTICLE = ('<div class="story"><h1>Harbour ferry returns after the winter</h1>'
           "<p>The harbour ferry sails again from Monday, three weeks earlier than last year, after the repairs to "
           "the north pier were finished ahead of time.</p>"
           "<p>Tickets keep last year's price, and the first boat leaves the old quay at a quarter past six.</p></div>")
FOOTER = '<div class="site-footer"><p>About us · Contact · Privacy</p></div>'


def cleaned(body: str) -> tuple[Document, str]:
    return run(HtmlComments(), page(body))


def _posts(heading: str) -> str:
    rows = [("Finally, my commute gets shorter.", "Mia Lund", "14 March 2013"),
            ("Will bikes be allowed on board?", "Tom Berg", "15 March 2013"),
            ("The old timetable was better.", "Ola Dahl", "16 March 2013")]
    return heading + "".join(f'<p>{text}</p><p class="signed">{name} | {when}</p>' for text, name, when in rows)


# -- rule: a comment heading placed directly under <body> opens the whole page to the unit search
def test_a_bare_paragraph_thread_right_under_body_after_a_comments_heading_is_read():
    doc, text = cleaned(ARTICLE + _posts("<h3>Comments</h3>") + FOOTER)
    assert [(c.author, c.text, c.date) for c in doc.comments] == [
        ("Mia Lund", "Finally, my commute gets shorter.", "2013-03-14"),
        ("Tom Berg", "Will bikes be allowed on board?", "2013-03-15"),
        ("Ola Dahl", "The old timetable was better.", "2013-03-16")]
    assert "The harbour ferry sails again" in text and "commute" not in text


def test_the_same_paragraphs_under_body_without_a_comments_heading_stay():
    doc, text = cleaned(ARTICLE + _posts("<h3>Timetable notes</h3>") + FOOTER)
    assert doc.comments == () and "commute gets shorter" in text and "Mia Lund" in text


# -- rule: a written weekday settles a numeric date that reads both ways (weekday_order) ---
@pytest.mark.parametrize("text, iso", [
    ("Wed, 05/02/2012 - 10:31", "2012-05-02T10:31:00"),      # 2 May 2012 was a Wednesday
    ("Sun, 05/02/2012", "2012-02-05"),                        # 5 February 2012 was a Sunday
    ("Submitted by Ann on Wed, 05/02/2012", "2012-05-02"),
    ("Mi., 05/02/2012", "2012-05-02"),                        # a German weekday
])
def test_the_weekday_settles_day_first_or_month_first(text, iso):
    assert find_date(text).iso == iso
    assert find_date(text, ["en"]).iso == iso


@pytest.mark.parametrize("text, languages, iso", [
    ("05/02/2012", None, "2012-02-05"),              # no weekday: day first by default
    ("05/02/2012", ["en"], "2012-05-02"),            # month first in English
    ("Thu, 05/02/2012", None, "2012-02-05"),         # a weekday that fits neither order changes nothing
    ("Thu, 05/02/2012", ["en"], "2012-05-02"),
    ("Fri, 13/04/2012", ["en"], "2012-04-13"),       # one order only: the weekday is not needed
])
def test_without_a_fitting_weekday_the_language_order_holds(text, languages, iso):
    assert find_date(text, languages).iso == iso


# -- rule: a pingback in the comments' template (comment_type in markup.toml) is a comment of the thread
def _wp(kind: str, name: str, inner: str, n: int) -> str:
    return (f'<li class="{kind} even thread-even depth-1" id="comment-{n}"><div class="comment-body">'
            f'<div class="comment-author vcard"><cite class="fn"><a href="/x{n}">{name}</a></cite> '
            f'<span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="#c{n}">'
            f'March {n}, 2013 at 9:15 am</a></div><p>{inner}</p><div class="reply"><a href="#r">Reply</a></div>'
            f'</div></li>')


def test_a_pingback_with_an_excerpt_in_the_comments_template_is_a_comment_by_the_linking_page():
    items = (_wp("comment", "Mia Lund", "Finally, my commute gets shorter.", 1)
             + _wp("pingback", "Ferry news roundup « Island Weekly", "[...] the harbour ferry sails again from "
                   "Monday, earlier than planned [...]", 2)
             + _wp("comment", "Tom Berg", "Will bikes be allowed on board?", 3))
    doc, text = cleaned(ARTICLE + f'<div id="comments"><h2>3 Responses</h2><ol class="commentlist">{items}</ol></div>')
    assert [c.author for c in doc.comments] == ["Mia Lund", "Ferry news roundup « Island Weekly", "Tom Berg"]
    assert "earlier than planned" in doc.comments[1].text and "earlier than planned" not in text


def test_a_bare_pingback_notice_without_an_excerpt_is_no_comment_and_is_logged():
    items = "".join(_wp("comment", name, said, n) for n, (name, said) in enumerate(
        [("Mia Lund", "Finally, my commute gets shorter."), ("Tom Berg", "Will bikes be allowed on board?")], 1))
    notices = ('<ol class="pinglist"><li class="post pingback"><p>Pingback: <a href="/w">Ferry news roundup</a>'
               '</p></li><li class="post pingback"><p>Pingback: <a href="/v">Island Weekly digest</a></p></li></ol>')
    doc, text = cleaned(ARTICLE + f'<div id="comments"><h2>Responses</h2><ol class="commentlist">{items}</ol>'
                        f'{notices}</div>')
    assert [c.author for c in doc.comments] == ["Mia Lund", "Tom Berg"]
    assert "Ferry news roundup" not in text
    assert any("Ferry news roundup" in r.text for r in doc.removed)
