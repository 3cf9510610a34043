"""Commenters' names that look like numbers or dates: a handle of digits after a by-word
(rule `by-handle`: "by 4-6-3 on Aug 8, 2012"), and a weekday before the date, which is the
date's and no name ("Fri, 2012-11-09 14:18 — Ann Lee"). Each with a positive and a negative
case, on pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>The ferry timetable changes in spring</h1>"
           "<p>The island ferry will run twice an hour from April, the operator said on Monday, after a winter of "
           "complaints about the single morning crossing.</p>"
           "<p>Fares stay the same for residents; visitors will pay a small surcharge in the summer months.</p></div>")
REMARKS = ["Twice an hour is what we asked for three years ago, glad it finally happened.",
           "The surcharge will keep the day trippers away, which is half the point I suppose.",
           "Does the early boat still leave at six? Nothing in the notice says so."]


def run(body: str) -> Document:
    html = f"<html lang='en'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def _footed(names: list[str]) -> str:
    units = "".join(
        f"<div class='citem' id='c{k}'><div class='cbody'><p>{text}</p></div>"
        f"<p class='by'>by <a href='/users/{k}'>{name}</a> on <span class='time'>Aug {k + 3}, 2012 10:2{k} PM</span>"
        f" <a href='#' class='reply_link'>reply</a></p></div>"
        for k, (name, text) in enumerate(zip(names, REMARKS)))
    return ARTICLE + f"<div id='comments'><h3>3 comments</h3>{units}</div>"


def test_a_handle_of_digits_after_by_is_the_author():
    doc = run(_footed(["4-6-3", "1987_fan", "0123"]))
    assert [c.author for c in doc.comments] == ["4-6-3", "1987_fan", "0123"]
    assert vocabulary().name_in("by 0123456 (636235)") == "0123456"


def test_a_named_author_after_by_is_unchanged_and_by_alone_is_no_name():
    doc = run(_footed(["ann", "Ruth M.", "oldtimer58"]))
    assert [c.author for c in doc.comments] == ["ann", "Ruth M.", "oldtimer58"]
    voc = vocabulary()
    assert voc.name_in("by 12 on Aug 8, 2012") is None and not voc.name_like("by")
    assert voc.name_like("Per")      # a capitalised by-word of another language is a name


def _submitted(heads: list[str]) -> str:
    units = "".join(f"<div class='comment'><span class='submitted'>{head}</span><p>{text}</p>"
                    f"<ul class='links'><li>reply</li></ul></div>" for head, text in zip(heads, REMARKS))
    return ARTICLE + f"<div id='comments'><h2>3 comments</h2>{units}</div>"


def test_a_weekday_before_the_date_is_no_name():
    doc = run(_submitted(["Fri, 2012-11-09 14:18 — Ann Lee", "Sat, 2012-11-10 09:02 — Bo Kim",
                          "Sun, 2012-11-11 18:40 — Cleo Hart"]))
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bo Kim", "Cleo Hart"]
    assert vocabulary().name_in("Fri, 2012-11-09 14:18") is None


def test_a_name_spelt_as_a_month_in_a_segment_of_its_own_stays():
    doc = run(_submitted(["Jan — July 20th, 2012, 7:07 am", "May — July 21st, 2012, 8:15 am",
                          "Sun Li — July 22nd, 2012, 9:30 am"]))
    assert [c.author for c in doc.comments] == ["Jan", "May", "Sun Li"]
