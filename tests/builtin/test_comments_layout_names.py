"""A listing word ("sidebar", "widget") in the name of an element that holds the page's main text container too is
the layout's ("content-sidebar-wrap": the wrapper of a theme's columns), and tells nothing of a thread inside it
(rule `layout-name`, `evidence.is_listing`); a list of the site's comments in the sidebar column stays a listing.

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

import pytest

from ._html import ARTICLE, after_comments as cleaned

COMMENTS = [("Mia Lund", "Finally the night buses reach our street, thank you for the report."),
            ("tberg_77", "Will the buses also stop at the hospital after midnight, does anyone know?"),
            ("Ola Dahl", "The old timetable never had a bus after eleven, this is a real change.")]


def _thread(cls: str = "comment-list", comments=COMMENTS) -> str:
    units = "".join(f'<li class="comment depth-1" id="comment-{40 + k}"><div class="comment-author vcard">'
                    f'<cite class="fn">{a}</cite> <span class="says">says:</span></div>'
                    f'<div class="comment-meta"><a href="#comment-{40 + k}">March {k + 3}, 2012 at 9:1{k} am</a></div>'
                    f'<div class="comment-content"><p>{t}</p></div>'
                    f'<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></li>'
                    for k, (a, t) in enumerate(comments))
    return f'<ol class="{cls}">{units}</ol>'


def _page(wrapper: str, sidebar: str = "") -> str:
    return (f'<div id="{wrapper}"><div id="content"><div class="post"><h1>Night buses</h1>'
            f'<div class="entry-content">{ARTICLE}</div></div>'
            f'<div id="comments"><h3>Comments</h3>{_thread()}</div></div>'
            f'<div id="sidebar" class="widget-area">{sidebar}<p>About this blog.</p></div></div>')


@pytest.mark.parametrize("wrapper", ["content-sidebar-wrap", "sidebar-content", "main-widget-area"])
def test_a_listing_word_on_the_columns_wrapper_holding_the_article_leaves_the_thread_read(wrapper):
    doc = cleaned(_page(wrapper))
    assert [(c.author, c.text) for c in doc.comments] == COMMENTS


SIDEBAR = [("Ann Berg", "The bridge works should have started in May, not in the middle of summer."),
           ("Per Holm", "Good to see the library open on Sundays again, the children love it there."),
           ("Lena Vik", "Parking at the station is impossible since the new flats were finished.")]


def test_a_thread_shaped_list_in_the_sidebar_column_beside_the_article_stays_a_listing():
    doc = cleaned(_page("content-sidebar-wrap", _thread("recent-list", SIDEBAR)))
    assert not {c.text for c in doc.comments} & {t for _, t in SIDEBAR}     # (the page's own thread only)


def test_a_list_named_recent_comments_stays_a_listing_inside_a_wrapper_holding_the_article():
    body = (f'<div class="main-sidebar-wrap"><div class="entry-content">{ARTICLE}</div>'
            f'{_thread("recent-comments", SIDEBAR)}</div>')
    assert cleaned(body).comments == ()
