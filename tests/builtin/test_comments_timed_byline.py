"""Rule `timed-byline` (`comments/items.py`): a short header line holding the poster's name element and, after it, a
date with its time of day ("by Ann Lee » 5 Mar 2024, 10:43") marks the post's time, as a longer one does: forum
posts with posters' boxes and such headers are a thread. Pages written here."""
from __future__ import annotations

from ._html_comments import ARTICLE, cleaned

POSTS = [("Ann Lee", 12, "5 Mar 2024, 10:43", "The night bus will save me a taxi fare every single week."),
         ("tom_r", 340, "5 Mar 2024, 11:02", "Two million a year seems a lot for buses that run half empty."),
         ("Jan de Wit", 57, "6 Mar 2024, 08:15", "Does anyone know whether the route passes the hospital?")]


def _posts(header) -> str:
    return "".join(
        f"<div id='p{k}' class='post has-profile'><div class='inner'><dl class='postprofile'><dt><a href='/member?u={k}' "
        f"class='username'>{n}</a></dt><dd class='profile-rank'>Member</dd><dd class='profile-posts'><strong>Posts:</strong> {c}</dd></dl>"
        f"<div class='postbody'><h3><a href='#p{k}'>Re: Night buses</a></h3><p class='author'>{header(n, d)}</p>"
        f"<div class='content'>{t}</div></div></div></div>" for k, (n, c, d, t) in enumerate(POSTS))


def test_posts_with_a_short_timed_byline_are_comments():
    doc, left = cleaned(f"<div class='story'>{ARTICLE}</div><div id='page-body'>"
                        + _posts(lambda n, d: f"by <strong><a href='/m' class='username'>{n}</a></strong> » {d}") + "</div>")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, _, t in POSTS]
    assert "taxi fare" not in left and "Posts:" not in left


def test_a_byline_with_a_day_but_no_time_marks_no_time():
    doc, left = cleaned(f"<div class='story'>{ARTICLE}</div><div id='page-body'>"
                        + _posts(lambda n, d: f"by <strong><a href='/m' class='username'>{n}</a></strong> » {d.split(',')[0]}") + "</div>")
    assert doc.comments == () and "taxi fare" in left


def test_story_cards_with_timed_bylines_are_no_comments():
    """Teasers of other stories, each with its writer's byline and a time ("by Ann Lee » 5 Mar 2024, 10:43"), a
    headline linking away and a summary: a list of stories, not a thread, however their bylines read."""
    cards = "".join(
        f"<div class='card'><h3><a href='/news/{k}'>{t.split(' ')[0]} plans for the city centre</a></h3>"
        f"<p class='byline'>by <a href='/writers/{k}' class='username'>{n}</a> » {d}</p><p class='summary'>{t}</p></div>"
        for k, (n, _, d, t) in enumerate(POSTS))
    doc, left = cleaned(f"<div class='story'>{ARTICLE}</div><aside class='more'><h2>More from our writers</h2>{cards}</aside>")
    assert doc.comments == ()
