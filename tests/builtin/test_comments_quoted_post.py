"""Rule `quoted-post` (`cleaners/builtin/comments/quoted.py`) also when the "Ann wrote:" head was already read as
chrome (a said-line): a forum post opening with a quote box of an earlier post keeps only its own words; a post whose
own words follow its "Ann wrote:" head in the same element, nothing outside, stays whole. Pages written here."""
from __future__ import annotations

from html import escape

from cleaners.builtin.comments import HtmlComments

from tests.builtin._html import page, run
from tests.builtin._html_comments import ARTICLE

POSTS = [("Greta Lindqvist", "The new ferry timetable leaves no boat between nine and noon on Sundays."),
         ("Olle Brandt", "There is one at ten forty, it is just not printed on the pier sign."),
         ("Mira Holm", "Could the harbour office put the winter times on its website as well?")]


def _forum(quote) -> str:
    posts = "".join(
        f'<article class="message message--post"><div class="message-user"><h4 class="message-name">'
        f'<a class="username" href="/m/{k}">{escape(a)}</a></h4></div><div class="message-main"><header>'
        f'<time datetime="2024-06-0{k + 1}T10:00">{k + 1} June 2024</time></header><div class="message-body">'
        f'{quote(k)}{escape(t)}</div><footer><a class="reply">Reply</a></footer></div></article>'
        for k, (a, t) in enumerate(POSTS))
    return f'<div class="block-messages">{posts}</div>'


def _texts(html):
    doc, _ = run(HtmlComments(), page(ARTICLE + html), language="en")
    return [c.text for c in doc.comments]


def test_a_quote_box_of_an_earlier_post_is_cut():
    def quote(k):
        if k != 2:
            return ""
        return (f'<blockquote class="quote"><div class="quote-title">{POSTS[0][0]} wrote:</div>'
                f'The new ferry timetable leaves no boat between nine…</blockquote>')
    assert _texts(_forum(quote)) == [t for _, t in POSTS]


def test_own_words_after_a_said_head_in_one_element_stay():
    posts = "".join(f'<div class="entry"><div class="entry-body"><p>{escape(a)} wrote:</p><p>{escape(t)}</p></div>'
                    f'<div class="entry-meta">{k + 1} June 2024 · <a class="reply">Reply</a></div></div>'
                    for k, (a, t) in enumerate(POSTS))
    texts = _texts(f'<div id="comments"><h3>3 comments</h3>{posts}</div>')
    assert [t for _, t in POSTS] == [x.split("\n\n")[-1] for x in texts] and len(texts) == 3
