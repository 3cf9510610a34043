"""`elements.marks`: what one element of a comment unit marks, found once per page and kept."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.elements import AVATAR, ROLE, STAMP, TIME, marks
from cleaners.builtin.comments.tree import Tree

PAGE = ('<div class="c"><img src="/u/7/avatar.png"><img src="/photo.jpg">'
        '<time datetime="2012-05-03">3 May</time><span data-timestamp="1336000000">then</span>'
        '<a class="reply" href="#r">Reply</a><p>A comment long enough to say something of its own, at last.</p></div>')


def _tree() -> Tree:
    return Tree(LexborHTMLParser(PAGE).body)


def _element(tree: Tree, tag: str, n: int = 0) -> int:
    return [i for i, t in enumerate(tree.tag) if t == tag][n]


def test_marks_an_avatar_a_time_a_stamp_and_a_control():
    tree = _tree()
    assert marks(tree, _element(tree, "img")) == AVATAR
    assert marks(tree, _element(tree, "time")) == TIME | STAMP
    assert marks(tree, _element(tree, "span")) == STAMP
    assert marks(tree, _element(tree, "a")) == ROLE


def test_no_marks_on_a_photo_or_a_paragraph_and_each_element_read_once():
    tree = _tree()
    photo, paragraph = _element(tree, "img", 1), _element(tree, "p")
    assert marks(tree, photo) == 0 and marks(tree, paragraph) == 0
    tree.element_marks[photo] = TIME      # (kept: the element is not read again)
    assert marks(tree, photo) == TIME
