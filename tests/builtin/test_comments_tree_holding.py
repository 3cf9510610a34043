"""`Tree.holding`: the elements whose attribute holds one of some words, as CSS ``[name*=word i]``."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.attributes import attribute_words, holding_values
from cleaners.builtin.comments.tree import Tree

WORDS = attribute_words(["comment", "reply", "коммент"])


def _with_re(values: list[str], words: list[str]) -> list[int]:
    """The same question asked of each value with Python's ``re`` (the reference)."""
    pattern = re.compile(b"|".join(re.escape(w.encode().lower()) for w in words))
    return [i for i, v in enumerate(values) if pattern.search(v.encode("utf-8", "surrogatepass").lower())]


def test_holding_finds_the_words_in_any_case_and_only_those_values():
    html = ("<html><body><div class='Comment-List'><p class='author'>Ann</p><p class='replyButton'>Reply</p>"
            "<p class='commen'>x</p><p id='comments'>y</p><p class='КОММЕНТАРИИ коммент'>z</p></div></body></html>")
    tree = Tree(LexborHTMLParser(html).body)
    found = [tree.cls(i) for i in tree.holding("class", WORDS)]
    assert found == ["Comment-List", "replyButton", "КОММЕНТАРИИ коммент"]
    assert [tree.ident(i) for i in tree.holding("id", WORDS)] == ["comments"]


def test_holding_matches_what_re_finds_on_awkward_values():
    """Values with a NUL, a lone surrogate, non-ASCII letters and a word across two values."""
    values = ["", "a-comment-b", "x\x00reply", "\ud800comment", "коммент", "КОММЕНТ", "com", "ment", "replied",
              "no match here", "COMMENTS" * 50]
    words = ["comment", "reply", "коммент"]
    assert holding_values(values, WORDS) == _with_re(values, words) == [1, 2, 3, 4, 10]
    assert holding_values([v for v in values if "\x00" not in v], WORDS) == [1, 2, 3, 9]


def test_each_value_holding_words_is_found_once_and_the_next_value_still_read():
    values = ["comment reply comment", "reply", "commentreply", "", "xcommentx", "коммент коммент", "nothing"]
    found = holding_values(values, WORDS)
    assert found == _with_re(values, ["comment", "reply", "коммент"]) == [0, 1, 2, 4, 5]
    assert holding_values(["reply"] * 4, WORDS) == [0, 1, 2, 3] and holding_values(["a", "b"], WORDS) == []
