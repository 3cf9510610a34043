"""A short line of a comment's text that mentions a date ("Same story as on February 8th 2011, see the archive.")
is the comment's text, not its header: a sentence goes on after the date and closes with its mark (rule
`dated-sentence`, `kinds._text_kind`). A footer with the date at its end ("Posted by: Ann Lee at 8 November 2012
10:01 AM", "… 9:59 a.m.") stays the comment's header. Pages are small and written here."""
from __future__ import annotations

from ._html import ARTICLE, after_comments as cleaned

POSTS = [("Mia Lund", "Same story as on February 8th 2011, see the archive of this blog."),
         ("Tor Berg", "Will the buses also stop at the hospital after midnight, does anyone know?"),
         ("Ola Dahl", "The timetable of 3 May 2012 had no bus after eleven, a real change.")]


def _thread(posts=POSTS, footer: str = "Posted by: {a} at <a href='#c{k}'>November {k}, 2012 10:0{k} AM</a>") -> str:
    units = "".join(f'<div class="commentbody"><a name="c{k}"></a><div id="c{k}"><p>{t}</p></div>'
                    f'<p class="posted">{footer.format(a=a, k=k)}</p><hr></div>'
                    for k, (a, t) in enumerate(posts, 1))
    return f'<div class="entry">{ARTICLE}</div><div id="comments"><h3>3 Comments</h3>{units}</div>'


def test_a_short_comment_mentioning_a_date_is_the_comments_text():
    doc = cleaned(_thread())
    assert [(c.author, c.text) for c in doc.comments] == POSTS
    assert doc.comments[0].date == "2012-11-01T10:01:00"


def test_a_footer_closing_with_its_date_stays_the_header():
    doc = cleaned(_thread(footer="Posted by {a} on {k} May 2012 at 9:5{k} a.m."))
    assert [(c.author, c.text) for c in doc.comments] == POSTS
    assert doc.comments[2].date == "2012-05-03T09:53:00"
