"""Short comments inside boxes named like controls, and lone comments opening with a hidden line:
each rule with a positive and a negative case. Pages are small and written here."""
from __future__ import annotations


from ._html import after_comments as cleaned

ARTICLE = ("<h1>Night buses return to the valley line</h1>"
           "<p>Night buses will run on the valley line again from June, the transport board said, after two years "
           "in which the last connection left the city centre before eleven.</p>"
           "<p>The buses will leave every hour from the main square between midnight and four.</p>")


def _boxed(n: int, author: str, text: str, box: str = "talk-box talk-can-reply", extra: str = "") -> str:
    """A comment whose header and text sit in one box whose class names a control ("can-reply")."""
    return (f'<li class="talk-item" id="talk-{n}"><img class="avatar" src="/a{n}.png" alt="">'
            f'<div class="{box}"><cite class="talk-meta"><a href="/u/{author}">{author}</a> '
            f'&bull; {n + 1} hours ago</cite><blockquote class="talk-text">{text}</blockquote>{extra}</div></li>')


def _thread(items: str) -> str:
    return ARTICLE + f'<div class="talk"><h3>Comments</h3><ul class="talk-list">{items}</ul></div>'


def test_a_short_comment_in_a_box_named_as_a_control_is_the_comment():
    doc = cleaned(_thread(_boxed(1, "nightowl", "Finally!") + _boxed(2, "busfan", "About time too.")
                          + _boxed(3, "pia", "Every hour is not enough.")))
    assert [(c.author, c.text) for c in doc.comments] == [
        ("nightowl", "Finally!"), ("busfan", "About time too."), ("pia", "Every hour is not enough.")]


def test_a_control_bar_without_the_author_stays_chrome():
    bar = '<div class="talk-tools talk-can-reply"><a href="/share">Send to friends</a></div>'
    doc = cleaned(_thread("".join(_boxed(n, a, t, "talk-box", bar) for n, a, t in (
        (1, "nightowl", "Finally the night buses are back."), (2, "busfan", "About time too, it was a long wait."),
        (3, "pia", "Every hour is not enough on Fridays.")))))
    assert [c.text for c in doc.comments] == ["Finally the night buses are back.", "About time too, it was a long wait.",
                                              "Every hour is not enough on Fridays."]


def _lone(first: str) -> str:
    return (ARTICLE + '<div class="talk"><ul class="talk-list"><li class="comment" id="comment-9">'
            f'{first}<div class="comment-author"><cite>nightowl</cite> says:</div>'
            '<div class="comment-date">May 4, 2012 at 11:40 pm</div>'
            '<p>Finally the night buses are back, thank you.</p><a class="reply" href="#respond">Reply</a></li></ul></div>')


def test_a_hidden_line_opening_a_lone_comment_is_no_heading():
    doc = cleaned(_lone('<span style="display:none">api/comments/thread/77/comment/9</span>'))
    assert [(c.author, c.text) for c in doc.comments] == [("nightowl", "Finally the night buses are back, thank you.")]


def test_a_shown_heading_opening_a_lone_unit_makes_it_a_section():
    doc = cleaned(_lone('<p class="talk-count">Comments on Night buses return</p>'))
    assert "Comments on Night buses return" not in " ".join(c.text for c in doc.comments)


def test_a_name_element_with_a_time_after_a_separator_gives_the_name_only():
    doc = cleaned(_thread("".join(_boxed(n, a, t) for n, a, t in (
        (1, "Reader 7", "Finally the night buses are back."), (2, "busfan", "About time too, it was a long wait."),
        (3, "pia", "Every hour is not enough on Fridays.")))))
    assert [c.author for c in doc.comments] == ["Reader 7", "busfan", "pia"]      # (a number in a name stays)
