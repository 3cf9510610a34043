"""Replies rendered inside the box of the comment they answer, by a template of their own (rule
`replies-inside`, cleaners/builtin/comments/lone.py and nested.py): units of another template, two or
more inside one comment and none in some other comment, are read as a family of their own and, a thread,
nested under the comment holding them, which keeps its own text (a short comment over long replies too,
when it shows its own name or date). Read so and not merged, they are dropped: the comments keep them.

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from ._html import ARTICLE, after_comments as cleaned

ROOTS = [("Mia Lund", "Finally the night buses run."),
         ("Tom Berg", "Will the buses also stop at the hospital after midnight, does anyone know?"),
         ("Ola Dahl", "The old timetable never had a bus after eleven, this is a real change.")]
REPLIES = [("Kari Holm", "They do, the route map on the council site shows a stop at the main entrance of the hospital."),
           ("Per Vik", "The night drivers were hired last month already, so the service should start on time in March.")]


def _head(author: str, k: int) -> str:
    return (f'<div class="c-head"><a class="c-avatar" href="/u/{k}"><img src="/a.png"><span class="c-name">{author}</span></a>'
            f'<time datetime="2024-03-0{k + 1}T10:00:00Z">{k + 1} March 2024</time></div>')


def _page(replies: str) -> str:
    roots = ""
    for k, (a, t) in enumerate(ROOTS):
        inner = replies if k == 0 else ""
        roots += (f'<div class="c-comment"><div class="c-box"><div class="c-main">{_head(a, k)}<div class="c-body"><p>{t}</p></div>'
                  f'<div class="c-foot"><button>👍 {k + 3}</button></div></div>{inner}'
                  f'<form class="c-replybox"><button>Write a reply</button></form></div></div>')
    return ARTICLE + f'<div class="discussion"><h3>3 comments</h3><div class="c-timeline">{roots}</div></div>'


def _replies() -> str:
    return '<div class="c-replies">' + "".join(
        f'<div class="c-reply"><div class="c-line"></div><div class="c-wide">{_head(a, k + 5)}<div class="c-body"><p>{t}</p></div>'
        f'</div></div>' for k, (a, t) in enumerate(REPLIES)) + "</div>"


def test_replies_inside_the_box_of_the_comment_they_answer_are_comments_of_their_own():
    doc = cleaned(_page(_replies()))
    assert [(c.author, c.text, c.depth, c.parent) for c in doc.comments] == [
        ("Mia Lund", ROOTS[0][1], 0, None), ("Kari Holm", REPLIES[0][1], 1, 0), ("Per Vik", REPLIES[1][1], 1, 0),
        ("Tom Berg", ROOTS[1][1], 0, None), ("Ola Dahl", ROOTS[2][1], 0, None)]


def test_boxes_of_another_template_in_every_comment_are_pieces_of_it():
    # a quote box of its own template inside every comment is a piece of the comment's template: no reply
    quote = '<div class="c-quote"><p>Quoted: the night buses start in March.</p></div>'
    doc = cleaned(ARTICLE + '<div class="discussion"><h3>3 comments</h3>' + "".join(
        f'<div class="c-comment">{_head(a, k)}{quote}<div class="c-body"><p>{t}</p></div></div>'
        for k, (a, t) in enumerate(ROOTS)) + "</div>")
    assert [(c.author, c.depth) for c in doc.comments] == [(a, 0) for a, _ in ROOTS]
