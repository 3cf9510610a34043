"""A commenter's name set as a button that opens a profile card (``button.username``) is the author, not
a control (rule `name-button`, cleaners/builtin/comments/kinds.py); a control button inside an author's
box ("Follow") stays chrome.

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from ._html import ARTICLE, after_comments as cleaned

POSTS = [("Mia Lund", "Finally the night buses reach our street, thank you for the report."),
         ("tberg_77", "Will the buses also stop at the hospital after midnight, does anyone know?"),
         ("Ola Dahl", "The old timetable never had a bus after eleven, this is a real change.")]


def _page(head) -> str:
    items = "".join(f'<div class="st-comment"><div class="st-top">{head(a)}<time datetime="2024-03-0{k + 1}T10:00:00Z">'
                    f'{k + 1} hours ago</time></div><div class="st-content"><p>{t}</p></div><div class="st-actions">'
                    f'<button class="st-like">Like {k}</button><button class="st-reply">Reply</button></div></div>'
                    for k, (a, t) in enumerate(POSTS))
    return ARTICLE + f'<div id="st-stream"><h3>Comments</h3><div class="st-list">{items}</div></div>'


def test_a_name_set_as_a_profile_button_is_the_author():
    doc = cleaned(_page(lambda a: f'<div class="st-userName"><button class="st-username"><span>{a}</span></button></div>'))
    assert [(c.author, c.text) for c in doc.comments] == POSTS


def test_a_control_button_in_the_authors_box_stays_chrome():
    doc = cleaned(_page(lambda a: f'<div class="st-author"><a class="st-name" href="/u">{a}</a><button class="st-follow">Follow</button></div>'))
    assert [(c.author, c.text) for c in doc.comments] == POSTS
