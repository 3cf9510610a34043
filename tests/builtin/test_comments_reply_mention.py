"""Rule `reply-mention` (`cleaners/builtin/comments/mentions.py`): a flat comment list whose replies open with
"@Name" or carry a short "in reply to Name" line hangs each reply from the nearest earlier comment by that name; a
name in a comment's prose, or one that no earlier comment bears, names no parent. Pages written here."""
from __future__ import annotations

from html import escape

from cleaners.builtin.comments import HtmlComments

from tests.builtin._html import page, run
from tests.builtin._html_comments import ARTICLE

POSTS = [("Greta Lindqvist", "", "The new ferry timetable leaves no boat between nine and noon on Sundays."),
         ("Olle Brandt", "@Greta Lindqvist ", "There is one at ten forty, it is just not printed on the pier sign."),
         ("Mira Holm", "", "Could the harbour office put the winter times on its website as well?"),
         ("Greta Lindqvist", "@Olle Brandt ", "Thanks, I took it this morning and it was almost empty.")]


def _flat(posts, note=None) -> str:
    items = "".join(f'<li class="cmt"><div class="cmt-top"><b class="cmt-name">{escape(a)}</b> '
                    f'<small class="cmt-date">{5 + k} June 2024</small></div>{note(k) if note else ""}'
                    f'<div class="cmt-text"><p>{escape(at + t)}</p></div><a class="cmt-reply" href="#f">Reply</a></li>'
                    for k, (a, at, t) in enumerate(posts))
    return f'<div class="reader-comments"><h3>{len(posts)} comments</h3><ul class="cmt-list">{items}</ul></div>'


def _tree(html, language="en"):
    doc, _ = run(HtmlComments(), page(ARTICLE + html), language=language)
    return [(c.author, c.depth, c.parent) for c in doc.comments]


def test_at_name_opening_a_flat_comment_names_its_parent():
    assert _tree(_flat(POSTS)) == [("Greta Lindqvist", 0, None), ("Olle Brandt", 1, 0), ("Mira Holm", 0, None),
                                   ("Greta Lindqvist", 2, 1)]


def test_in_reply_to_line_names_the_parent():
    posts = [(a, "", t) for a, _, t in POSTS]
    to = {1: "Greta Lindqvist", 3: "Mira Holm"}
    html = _flat(posts, lambda k: f'<p class="note"><em>in reply to {to[k]}</em></p>' if k in to else "")
    assert _tree(html) == [("Greta Lindqvist", 0, None), ("Olle Brandt", 1, 0), ("Mira Holm", 0, None),
                           ("Greta Lindqvist", 1, 2)]


def test_reply_line_with_the_name_first_and_a_reply_to_word():
    posts = [(a, "", t) for a, _, t in POSTS]
    html = _flat(posts, lambda k: '<p class="note">Greta Lindqvist adlı kullanıcıya yanıt</p>' if k == 1 else "")
    assert [p for _, _, p in _tree(html, "tr")] == [None, 0, None, None]


def test_names_in_prose_or_unknown_at_names_give_no_parent():
    posts = [("Greta Lindqvist", "", "The new ferry timetable leaves no boat between nine and noon on Sundays."),
             ("Olle Brandt", "@everyone ", "There is one at ten forty, it is just not printed on the pier sign."),
             ("Mira Holm", "", "I agree with Greta Lindqvist that the winter times should be on the website too."),
             ("Jon Ek", "@Per Sand ", "Thanks, I took it this morning and it was almost empty.")]
    note = (lambda k: '<p class="note">Olle Brandt</p>' if k == 3 else "")
    assert [(d, p) for _, d, p in _tree(_flat(posts, note))] == [(0, None)] * 4


def test_reply_lines_in_dutch_and_czech():
    posts = [(a, "", t) for a, _, t in POSTS]
    for language, note in (("nl", "in reactie op Greta Lindqvist"), ("cs", "v odpovědi na Greta Lindqvist")):
        html = _flat(posts, lambda k: f'<p class="note">{note}</p>' if k == 1 else "")
        assert [p for _, _, p in _tree(html, language)] == [None, 0, None, None], language
