"""Comments under the answers of a Q&A page (blind harness `tests/page_threads_blind_more.py`, qa systems): rules
`own-author` (`comments.nested`: an answer's author is read from its own lines, not from a comment it holds),
`lone-of-template` (`comments.lone`: the one comment under an answer is a comment, not a piece of the answer) and
`dated-tail` (`comments.inline_author`: "text – Name <span class=comment-date>age</span>" in words no file holds).
Each with a positive and a negative case, on pages written here."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

ARTICLE = ("<div class='question'><h1>How do I keep basil alive on a north-facing windowsill?</h1>"
           "<div class='post-text'><p>My basil wilts within two weeks every spring although I water it daily and the "
           "pot has drainage holes. The kitchen window faces north and the room is warm.</p></div></div>")
ANSWERS = [("Ann Lee", "Daily watering is the problem: let the top of the soil dry out between waterings, basil hates wet roots."),
           ("Tom Baker", "A north window gives too little light for basil, put a small grow lamp above it for twelve hours a day."),
           ("Eva Holm", "Pinch off the flower buds as soon as they show and the plant will keep making leaves much longer.")]
NOTES = {0: [("Mira T.", "Mine recovered after a week of drier soil, thanks for the tip.")],
         2: [("bob_k", "This is the answer nobody tells you, the buds take all the strength.")]}
WHEN = "Mar 3 2012 at 9:15"


def note(k: int, name: str, text: str, when: str) -> str:
    return (f"<tr id='comment-{k}' class='comment'><td class='comment-text'><span class='comment-copy'>{text}</span> – "
            f"<a href='/users/{k}/x' class='comment-user'>{name}</a> <span class='comment-date'>{when}</span></td></tr>")


def answer(k: int, name: str, text: str, notes: list, when: str = "Mar 3 2012 at 10:02") -> str:
    rows = "".join(note(100 + 10 * k + j, n, t, when) for j, (n, t) in enumerate(notes))
    return (f"<div id='answer-{k}' class='answer'><table><tr><td class='votecell'><span class='vote-count-post'>{k + 2}</span>"
            f"</td><td class='answercell'><div class='post-text'><p>{text}</p></div><div class='user-info'>"
            f"<div class='user-action-time'>answered <span class='relativetime'>{WHEN}</span></div><div class='user-details'>"
            f"<a href='/users/{k}/y'>{name}</a><br><span class='reputation-score'>{k * 97 + 11}</span></div></div></td></tr>"
            f"<tr><td></td><td><div id='comments-{k}' class='comments'><table><tbody>{rows}</tbody></table></div></td></tr>"
            f"</table></div>")


def page(notes: dict, lang: str = "en", when: str = "Mar 3 2012 at 10:02") -> str:
    body = "".join(answer(k, n, t, notes.get(k, []), when) for k, (n, t) in enumerate(ANSWERS))
    return f"<html lang='{lang}'><body>{ARTICLE}<div id='answers'><h2>3 Answers</h2>{body}</div></body></html>"


def run(html: str) -> Document:
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def rows(doc: Document) -> list[tuple]:
    return [(c.author, c.depth, c.parent, c.text) for c in doc.comments]


def test_the_one_comment_under_an_answer_is_a_reply_and_not_the_answers_author():
    doc = run(page(NOTES))
    assert rows(doc) == [("Ann Lee", 0, None, ANSWERS[0][1]), ("Mira T.", 1, 0, NOTES[0][0][1]),
                         ("Tom Baker", 0, None, ANSWERS[1][1]),
                         ("Eva Holm", 0, None, ANSWERS[2][1]), ("bob_k", 1, 3, NOTES[2][0][1])]


def test_an_answers_author_is_read_from_its_own_lines():
    two = {0: [("Mira T.", "Mine recovered after a week of drier soil, thanks for the tip."),
               ("Jon", "Same here, and a saucer under the pot helps to see the excess water.")]}
    doc = run(page(two))
    assert [(c.author, c.depth) for c in doc.comments] == [("Ann Lee", 0), ("Mira T.", 1), ("Jon", 1),
                                                           ("Tom Baker", 0), ("Eva Holm", 0)]


def test_a_comments_body_box_in_every_unit_is_no_comment_of_its_own():
    """Each comment's text in a box named "comment-content", in every unit of a thread of an unnamed template:
    a piece of the comment, never a comment under it."""
    items = "".join(
        f"<div class='entry'><div class='meta'><a href='/users/{k}/z' class='comment-author'>{n}</a> "
        f"<span class='comment-date'>{WHEN}</span></div><div class='comment-content'><p>{t}</p></div>"
        f"<a class='reply' href='#'>Reply</a></div>" for k, (n, t) in enumerate(ANSWERS))
    doc = run(f"<html lang='en'><body>{ARTICLE}<h3>3 Comments</h3><div class='entries'>{items}</div></body></html>")
    assert rows(doc) == [(n, 0, None, t) for n, t in ANSWERS]


def test_an_age_in_words_no_file_holds_closes_the_comment_in_a_date_named_element():
    """Albanian has no language file: "4 orë më parë" is read as the date of the comment's header by its element."""
    doc = run(page(NOTES, lang="sq", when="4 orë më parë"))
    assert ("Mira T.", 1, 0, NOTES[0][0][1]) in rows(doc)
    assert all("orë" not in c.text for c in doc.comments)


def test_words_after_a_dashed_name_stay_text_without_a_date_named_element():
    """A name after a dash, then words in no date-named element: no header, the comment's text keeps them."""
    odd = ("<tr id='comment-9' class='comment'><td class='comment-text'><span class='comment-copy'>Ask at the garden "
           "centre in town, they stock them.</span> – <a href='/users/9/g' class='comment-user'>Greta</a> "
           "<span class='comment-flag'>sells lamps there</span></td></tr>")
    html = page(NOTES, lang="sq", when="4 orë më parë").replace("<tbody><tr id='comment-100'", "<tbody>" + odd + "<tr id='comment-100'", 1)
    doc = run(html)
    assert any("Greta sells lamps there" in c.text for c in doc.comments)
