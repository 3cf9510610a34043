"""Forum posts as one table each, the poster's name in a profile box beside the message and the stamp in the post's
header row (`table_entries._poster_head`), and English stat labels on a page of another language (`profile._labels`).
Look-alikes kept: a writers' box of tables with counters and no stamp, a box of latest topics. Pages written here."""
from __future__ import annotations

from html import escape

from cleaners.builtin.comments import HtmlComments

from tests.builtin._html import page, run
from tests.builtin._html_comments import ARTICLE

POSTS = [("harbourwatch", "Rode the new line this morning and it was on time both ways, a first for this route."),
         ("Ines Varga", "The stop by the old mill still has no shelter, which matters a lot in November."),
         ("k_bauer", "Does anyone know whether bicycles are allowed on the late services at the weekend?")]
STAMPS = ["03-14-2010, 08:12 PM", "03-14-2010, 09:40 PM", "03-15-2010, 07:05 AM"]


def _postbit(posts, stamps, labels=("Join Date", "Posts"), title="Junior Member") -> str:
    tables = "".join(
        f'<table class="forumpost" id="post{5100 + k}" width="100%" cellpadding="4"><tr><td class="posthead" '
        f'colspan="2"><div style="float:right">#<a href="/showpost?p={5100 + k}"><b>{k + 2}</b></a></div>'
        f'<div>{escape(s)}</div></td></tr><tr><td class="userbox" width="160"><a class="poster" href="/member?u={k}">'
        f'{escape(a)}</a><div class="small">{title}</div><div class="small">{labels[0]}: Jan 2008</div>'
        f'<div class="small">{labels[1]}: {120 + 37 * k}</div></td><td class="msgcell">'
        f'<div id="msg_{5100 + k}">{escape(t)}</div></td></tr><tr><td colspan="2" align="right">'
        f'<a href="/reply?p={5100 + k}">Quote</a></td></tr></table>'
        for k, ((a, t), s) in enumerate(zip(posts, stamps)))
    return f'<div class="thread-posts">{tables}</div>'


def _comments(html, language="en", article=ARTICLE):
    doc, text = run(HtmlComments(), page(article + html), language=language)
    return [(c.author, c.text) for c in doc.comments], text


def test_posts_as_tables_with_a_poster_box_are_comments():
    comments, text = _comments(_postbit(POSTS, STAMPS))
    assert comments == POSTS
    assert "Join Date" not in text and "night bus service" in text


def test_english_labels_and_stamps_on_a_page_of_another_language():
    article = ("<h1>Neue Buslinie</h1><p>Der Stadtrat hat am Dienstag beschlossen, den Nachtbus bis in die nördlichen "
               "Stadtteile zu verlängern, nachdem Schichtarbeiter ein Jahr lang Unterschriften gesammelt hatten.</p>")
    posts = [("Hafenblick", "Heute früh war der neue Bus zweimal pünktlich, das gab es auf dieser Strecke noch nie."),
             ("Ines Varga", "An der alten Mühle fehlt immer noch ein Wartehäuschen, gerade im November ärgerlich."),
             ("k_bauer", "Weiß jemand, ob Fahrräder am Wochenende in den späten Bussen erlaubt sind?")]
    stamps = ["March 14th, 2010, 08:12 PM", "March 14th, 2010, 09:40 PM", "March 15th, 2010, 07:05 AM"]
    comments, _ = _comments(_postbit(posts, stamps), language="de", article=article)
    assert comments == posts


def test_a_writers_box_with_counters_and_no_stamp_is_kept():
    writers = [("Ines Varga", "Covers the city council and transport since the spring of two thousand and six."),
               ("Tom Akers", "Writes about housing, rents and the long story of the harbour development plans."),
               ("Mira Holm", "Edits the weekend pages and the readers' letters, and runs the photo desk.")]
    html = _postbit(writers, ["Transport desk", "Housing desk", "Weekend desk"], title="Staff writer")
    comments, text = _comments(html)
    assert comments == [] and "long story of the harbour" in text


def test_a_box_of_latest_topics_is_kept():
    rows = "".join(
        f'<table class="topicbox"><tr><td><a href="/t/{k}">{escape(t)}</a></td></tr><tr><td>Started by '
        f'<a href="/member?u={k}">{escape(a)}</a>, {escape(s)}</td><td>Posts: {3 + k}</td></tr></table>'
        for k, ((a, t), s) in enumerate(zip(POSTS, STAMPS)))
    comments, text = _comments(f'<div class="latest">{rows}</div>')
    assert comments == [] and "old mill" in text


def test_the_opening_post_of_a_thread_page_stays_the_article():
    opening = ("Committee notes", "The harbour committee met on Thursday and agreed to move the ferry stop fifty "
               "metres east, to the old fuel pier, from the first of May. The pier will get a covered waiting area, "
               "a ramp for prams and wheelchairs, and a board with the times of every boat. Comments on the plan can "
               "be sent to the committee until the end of March, and the minutes are in the library.")
    comments, text = _comments(_postbit([opening, *POSTS], ["03-13-2010, 06:00 PM", *STAMPS]), article="")
    assert comments == POSTS
    assert "old fuel pier" in text
