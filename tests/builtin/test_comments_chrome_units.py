"""Units of the comments' template that are the section's chrome (rule `chrome-unit`,
cleaners/builtin/comments/chrome_units.py): the section's own box sharing the comments' classes
(a heading, a sign-in prompt, guidelines) is no first comment holding the thread as its replies,
and a unit of controls alone ("Sign in with GitHub") is no comment.

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from ._html import ARTICLE, after_comments as cleaned

POSTS = [("Mia Lund", "3 hours ago", "Finally the night buses reach our street, thank you for the report."),
         ("Tom Berg", "2 hours ago", "Will the buses also stop at the hospital after midnight?"),
         ("Ola Dahl", "1 hour ago", "The old timetable never had a bus after eleven, this is a real change.")]


def _post(author: str, age: str, text: str, replies: str = "") -> str:
    return (f'<div class="box box-row"><div class="head"><h4 class="name">{author}</h4><span class="age">{age}</span></div>'
            f'<p class="content">{text}</p><div class="bar"><button>Like</button><button>Reply</button></div>'
            + (f'<div class="replies">{replies}</div>' if replies else "") + "</div>")


def _section(head: str) -> str:
    (a1, d1, t1), (a2, d2, t2), (a3, d3, t3) = POSTS
    thread = _post(a1, d1, t1, _post(a2, d2, t2)) + _post(a3, d3, t3)
    return f'<section class="comments-area"><div class="box box-col">{head}<div class="list">{thread}</div></div></section>'


def test_the_sections_box_sharing_the_comments_template_is_no_comment():
    doc = cleaned(ARTICLE + _section('<h2>3 comments</h2><p class="prompt">Sign in to join the conversation</p>'))
    assert [(c.author, c.text, c.depth, c.parent) for c in doc.comments] == [
        ("Mia Lund", POSTS[0][2], 0, None), ("Tom Berg", POSTS[1][2], 1, 0), ("Ola Dahl", POSTS[2][2], 0, None)]
    assert not any("Sign in" in c.text for c in doc.comments)


def test_a_unit_of_controls_alone_after_the_comments_is_no_comment():
    posts = "".join(_post(*p) for p in POSTS)
    doc = cleaned(ARTICLE + f'<div class="comments-area"><h3>Comments</h3><div class="box-list">{posts}'
                            '<div class="box box-row"><a class="btn">Sign in with GitHub</a></div></div></div>')
    assert [c.author for c in doc.comments] == ["Mia Lund", "Tom Berg", "Ola Dahl"]
    assert not any("Sign in" in c.text for c in doc.comments)


def test_an_unsigned_comment_of_words_and_a_box_holding_signed_replies_stay_comments():
    # a comment without a name or a date, of prose, between signed ones, stays a comment
    anon = '<div class="box box-row"><p class="content">Anonymous readers have opinions too, and this plan is late.</p></div>'
    posts = _post(*POSTS[0]) + anon + _post(*POSTS[1]) + _post(*POSTS[2])
    doc = cleaned(ARTICLE + f'<div class="comments-area"><h3>Comments</h3><div class="box-list">{posts}</div></div>')
    assert [c.author for c in doc.comments] == ["Mia Lund", None, "Tom Berg", "Ola Dahl"]
    # a first comment holding every other one as its replies, signed, stays their parent
    (a1, d1, t1), (a2, d2, t2), (a3, d3, t3) = POSTS
    doc = cleaned(ARTICLE + '<div class="comments-area"><h3>Comments</h3>' + _post(a1, d1, t1, _post(a2, d2, t2) + _post(a3, d3, t3))
                  + "</div>")
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [("Mia Lund", 0, None), ("Tom Berg", 1, 0), ("Ola Dahl", 1, 0)]
