"""A lone comment written as a definition list's one entry under a comment heading: the term its author's name
alone (rule `term-author`), the description its text and time (rule `headed-lone-entry`); a list's term that is
no name, or an entry with no time, is no comment. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

ARTICLE = ("<article><h1>Harbour ferry timetable changes in May</h1><p>From the first of May the harbour ferry runs "
           "every twenty minutes on weekdays, the operator said, and the last crossing leaves at half past eleven."
           "</p><p>Weekend sailings stay as they are until the summer timetable starts in June.</p></article>")
TEXT = "Twenty minutes is a real improvement for those of us who cross every morning."


def _comments(section: str) -> tuple:
    html = f"<html lang='en'><body><main>{ARTICLE}{section}</main></body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return HtmlComments().clean_html(doc).comments


def test_one_entry_under_a_comment_heading_is_a_comment_by_its_term():
    got = _comments(f"<h2>One response to “Harbour ferry timetable changes in May”</h2>"
                    f"<dl><dt>Moira Keane</dt><dd><p>{TEXT}</p><small>02.05.2024 08:14</small></dd></dl>")
    assert [(c.author, c.text) for c in got] == [("Moira Keane", TEXT)]


def _left(section: str) -> tuple:
    html = f"<html lang='en'><body><main>{ARTICLE}{section}</main></body></html>"
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    return doc.comments, " ".join(doc.dom.body.text(separator=" ").split()), doc.removed


def test_the_whole_entry_leaves_the_page_with_its_heading():
    """Rule `lone-siblings`: a lone unit of several sibling elements (a term and its description) is cut whole, from
    the element holding them alone; its description stayed on the page, so the comment was in the body too."""
    got, text, removed = _left(f"<h2>One response to “Harbour ferry timetable changes in May”</h2>"
                               f"<dl><dt>Moira Keane</dt><dd><p>{TEXT}</p><small>02.05.2024 08:14</small></dd></dl>")
    assert [(c.author, c.text) for c in got] == [("Moira Keane", TEXT)]
    assert TEXT not in text and "02.05.2024" not in text and "One response" not in text
    assert "Weekend sailings stay" in text and sum(r.chars for r in removed) > 0


def test_an_entry_that_is_no_comment_stays_whole():
    got, text, removed = _left(f"<h2>Timetable</h2><dl><dt>Weekdays</dt><dd><p>{TEXT}</p>"
                               f"<small>02.05.2024 08:14</small></dd></dl>")
    assert not got and TEXT in text and "Weekdays" in text and not removed


def test_a_term_that_is_no_name_or_an_entry_without_a_time_is_no_comment():
    assert not _comments(f"<h2>One response to “Harbour ferry timetable changes in May”</h2>"
                         f"<dl><dt>Moira Keane</dt><dd><p>{TEXT}</p></dd></dl>")
    assert not _comments(f"<h2>Timetable</h2><dl><dt>Weekdays</dt><dd><p>{TEXT}</p><small>02.05.2024 08:14</small>"
                         f"</dd></dl>")


def _blog_entry(after: str) -> str:
    """A blog's lone comment: a box holding a list whose term is "Name said...", its text and its time in two
    descriptions, then what follows the box."""
    return (f"<h4>1 comment:</h4><div><dl><dt><a href='/profile/7'>Moira Keane</a> said...</dt><dd><p>{TEXT}</p></dd>"
            f"<dd><span><a href='#c1'>2 May 2024 08:14</a></span></dd></dl></div>{after}")


def test_a_box_holding_one_entry_of_a_term_and_two_descriptions_before_a_call_to_comment_is_a_comment():
    """Rules `headed-lone-entry` (a term, the text, the time; the list read inside its box) and `headed-lone-call`
    (a short call to comment after the box is no second box)."""
    got = _comments(_blog_entry("<p><a href='/comment?post=1'>Post a Comment</a></p>"))
    assert [(c.author, c.text) for c in got] == [("Moira Keane", TEXT)]


def test_a_short_block_after_the_box_that_calls_for_no_comment_is_a_second_box():
    assert not _comments(_blog_entry("<p><a href='/timetable.pdf'>Download the timetable</a></p>"))
