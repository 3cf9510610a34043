"""Rules ``comment-wrapper`` (`comments.wrappers`) and the repeats allowed in a long thread's titles
(`templates.titles`). Pages are small and written here.

A comment wrapper: each comment's box (``div.comment``, a template named as comments) sits in a
wrapper named only by its id (``div#comment_item_N.entry``), a reply's wrapper inside the wrapper of
the comment it answers. The boxes alone make one small thread per comment with replies; the comments
without replies belong to none of them: the wrappers' thread is read first."""
from __future__ import annotations

from cleaners.builtin.comments.templates import titles
from cleaners.builtin.comments.vocabulary import vocabulary

from ._html import ARTICLE, after_comments as cleaned

NAMES = ["Maren Holt", "Tomas Berg", "Ilse Vogt", "Piet Claes", "Anja Roos", "Ruben Dahl", "Lotte Kamp",
         "Jonas Veld", "Greta Lind", "Oskar Brandt", "Frida Moen", "Henrik Sand"]
WORDS = ["The late bus would help my neighbours on the night shift at the hospital.",
         "Two million a year seems a fair price for getting people home safely.",
         "Will the buses stop at the retail park or only along the main road?",
         "I signed the petition last spring and am glad the council listened.",
         "March is late, the winter is when people need it most of all.",
         "The northern districts have waited long enough for this service.",
         "Drivers will need a safe place to rest at the end of the line.",
         "My daughter works nights and walks home, this changes everything for her.",
         "The statement does not say how often the buses will run at night.",
         "Every hour would be enough for most of the shift workers I know.",
         "Could the route be extended to the new estates by the river as well?",
         "Good news at last, thank you to everyone who signed the petition."]


def _box(n: int, title: str | None = None) -> str:
    head = f'<h5 class="comment-title"><a href="#" onclick="t({n})">{title}</a></h5>' if title else ""
    return (f'<div class="comment">{head}<div class="comment-body"><p>{WORDS[n]}</p></div>'
            f'<p class="by">by <a href="/u/{n}">{NAMES[n]}</a> on Aug {n + 1}, 2012 5:{10 + n} PM '
            f'<a href="#" class="reply_link">reply</a></p></div>')


def _wrapped(tree: list, wrapper_id: str = "comment_item_", titles_: list | None = None) -> str:
    """Comments as (n, [replies]) in wrappers ``div#{wrapper_id}N.entry``, replies inside their parent's wrapper."""
    def one(node):
        n, replies = node
        return (f'<div class="entry" id="{wrapper_id}{n}">{_box(n, titles_[n] if titles_ else None)}'
                + "".join(one(r) for r in replies) + "</div>")
    return ARTICLE + '<div id="comments"><h3>Comments</h3>' + "".join(one(t) for t in tree) + "</div>"


# 0 (replies 1, 2), 3 (no reply), 4 (reply 5), 6, 7 (reply 8 (reply 9)), 10, 11
THREAD = [(0, [(1, []), (2, [])]), (3, []), (4, [(5, [])]), (6, []), (7, [(8, [(9, [])])]), (10, []), (11, [])]
DEPTHS = [0, 1, 1, 0, 0, 1, 0, 0, 1, 2, 0, 0]
PARENTS = [None, 0, 0, None, None, 4, None, None, 7, 8, None, None]


def test_the_wrappers_thread_holds_the_comments_without_replies():
    doc = cleaned(_wrapped(THREAD))
    assert [c.text for c in doc.comments] == WORDS
    assert [c.depth for c in doc.comments] == DEPTHS
    assert [c.parent for c in doc.comments] == PARENTS
    assert [c.author for c in doc.comments] == NAMES


def test_wrappers_not_named_as_comments_each_opening_with_its_box_are_read_first():
    # the same page, the wrappers' ids naming no comment: each wrapper opens with its comment's box
    # (`wrapper_threads`, `boxed`), so the wrappers' thread is still read first, every comment in it
    doc = cleaned(_wrapped(THREAD, wrapper_id="row_"))
    assert [c.text for c in doc.comments] == WORDS
    assert [(c.depth, c.parent) for c in doc.comments] == list(zip(DEPTHS, PARENTS))


TITLES = ["Night buses at last", "Agreed", "Fair price?", "Petition worked", "Too late in March",
          "Long wait", "Agreed", "Hospital shifts", "How often?", "Hourly is fine", "River estates", "Thanks all"]


def test_a_long_threads_titles_may_repeat_once_in_ten():
    doc = cleaned(_wrapped([(n, []) for n in range(12)], titles_=TITLES))
    assert [c.text for c in doc.comments] == [f"{t}\n\n{w}" for t, w in zip(TITLES, WORDS)]
    assert titles(TITLES, vocabulary())


def test_repeated_titles_under_ten_comments_or_a_label_are_no_titles():
    assert not titles(TITLES[:7], vocabulary())                           # one repeat in 7 texts
    assert not titles(["Agreed", "Agreed", *TITLES[2:12]] + ["Agreed"], vocabulary())   # two repeats in 13
    assert not titles(["Reader comment"] * 12, vocabulary())
    doc = cleaned(_wrapped([(n, []) for n in range(12)], titles_=["Reader comment"] * 12))
    assert [c.text for c in doc.comments] == WORDS


def _thread(key: str, spans: list, size: int, units_named: bool):
    from types import SimpleNamespace as NS
    units = [NS(first=a, last=b) for a, b in spans]
    return NS(family=NS(key=key, units=units), size=size, units_named=units_named)


def test_wrapper_threads_guards():
    from cleaners.builtin.comments.wrappers import wrapper_threads
    named = lambda family: family.key == "div.comment"       # noqa: E731
    boxes = [_thread("div.comment", [(12, 20), (21, 25)], 2, True), _thread("div.comment", [(40, 48), (49, 55)], 2, True)]
    wrapper = _thread("div.entry", [(10, 30), (31, 38), (39, 60), (61, 70)], 6, True)
    assert wrapper_threads([wrapper, *boxes], named) == {id(wrapper)}
    # its units not named as comments (a list of posts with comment lists under some): the boxes first
    posts = _thread("div.entry", [(10, 30), (31, 38), (39, 60), (61, 70)], 6, False)
    assert wrapper_threads([posts, *boxes], named) == set()
    # the threads inside hold as many comments: they are the thread (a post per unit, its comments inside)
    full = _thread("div.entry", [(10, 30), (39, 60)], 4, True)
    assert wrapper_threads([full, *boxes], named) == set()
