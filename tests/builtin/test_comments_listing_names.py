"""A class word that makes a list of the site's comments ("top-comments", "most_commented") opens its
name: a layout class closing with it ("spacer_top", "margin-top") beside the id "comments" is no
listing, and the page's posts under it are its thread (`markup.names_listing`).

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from cleaners.builtin.comments.vocabulary import vocabulary

from ._html import ARTICLE, after_comments as cleaned

POSTS = [("Mia Lund", "Finally the night buses reach our street, thank you for the report."),
         ("tberg_77", "Will the buses also stop at the hospital after midnight, does anyone know?"),
         ("Ola Dahl", "The old timetable never had a bus after eleven, this is a real change.")]


def _posts(container: str) -> str:
    posts = "".join(f'<article class="post box"><h3 class="poster"><a href="/profile/{k}">{a}</a></h3>'
                    f'<div class="meta">Posted <time datetime="2024-03-1{k}T10:00:00Z">1{k} March 2024</time></div>'
                    f'<div class="content"><p>{t}</p></div><ul class="controls"><li><a href="#">Quote</a></li></ul></article>'
                    for k, (a, t) in enumerate(POSTS))
    return ARTICLE + container.format(posts=f'<div data-role="feed">{posts}</div>')


def test_a_layout_class_closing_with_top_beside_the_id_comments_is_no_listing():
    doc = cleaned(_posts('<div id="comments" class="topic layout spacer_top">{posts}</div>'))
    assert [(c.author, c.text) for c in doc.comments] == POSTS
    assert not vocabulary().names_listing("topic layout spacer_top comments")


def test_a_list_named_top_comments_stays_a_listing():
    doc = cleaned(_posts('<div id="comments" class="top-comments">{posts}</div>'))
    assert [(c.author, c.text) for c in doc.comments] != POSTS
    assert vocabulary().names_listing("box top-comments") and vocabulary().names_listing("most_read comment-thread")
