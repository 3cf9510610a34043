"""Rules found by the blind comment-page harness (`tests/page_threads_blind.py`), each with a positive
and a negative case on small pages written here: `inline-author` (a name opening the comment's line),
`spacer-indent` (depth from a spacer image's width), `reply-anchor` (a flat reply linking to the
comment it answers), `profile-link` (a link to a member's page names the commenter), `state-class`
(one unit's extra class, "accepted-answer"), `unit-prompt` (a prompt alone in a unit), the
comment wrapper named by no word (`div.thread` around `article.comment`) and `repeated-footer`
(one text at the foot of every unit)."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.evidence import AUTHOR, role
from cleaners.builtin.comments.inline_author import author_at
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import _state_classes

from ._html import ARTICLE, after_comments as cleaned

NAMES = ["Maren Holt", "Tomas Berg", "Ilse Vogt", "Piet Claes", "Anja Roos"]
WORDS = ["The late bus would help my neighbours on the night shift at the hospital.",
         "Two million a year seems a fair price for getting people home safely.",
         "Will the buses stop at the retail park or only along the main road?",
         "I signed the petition last spring and am glad the council listened.",
         "March is late, the winter is when people need it most of all."]


def _texts(doc):
    return [c.text for c in doc.comments]


def _tree(html: str) -> Tree:
    return Tree(LexborHTMLParser(f"<html><body>{html}</body></html>").body)


def _block_pieces(tree: Tree, tag: str) -> list[int]:
    e = tree.tag.index(tag)
    return list(range(tree.p0[e], tree.p1[e]))


# -- inline-author ---------------------------------------------------------------------------------
def _inline(n: int) -> str:
    return (f'<div class="cbox"><div class="line"><a class="user-name" href="#">{NAMES[n]}</a> <span>{WORDS[n]}</span></div>'
            f'<div class="tools"><a href="#">Like</a> · <a href="#">Reply</a> · <abbr>{n + 2} hours ago</abbr></div></div>')


def test_inline_author_opening_the_line_is_the_author():
    doc = cleaned(ARTICLE + '<div class="talk"><h3>3 Comments</h3>' + "".join(_inline(n) for n in range(3)) + "</div>")
    assert [c.author for c in doc.comments] == NAMES[:3]
    assert _texts(doc) == WORDS[:3]


def test_inline_author_split_only_before_prose():
    tree = _tree('<p><a class="author">Ann Lee</a> on 3 May 2012 at 9:59</p>')
    assert author_at(tree, _block_pieces(tree, "p"), 14) == 0           # a header: name and date
    tree = _tree('<p><a class="author">Ann Lee</a> I agree with every word of it.</p>')
    assert author_at(tree, _block_pieces(tree, "p"), 14) == 1
    tree = _tree('<p class="author">Ann Lee and friends agree with every word.</p>')
    assert author_at(tree, _block_pieces(tree, "p"), 14) == 0           # the block itself is the name's


# -- spacer-indent ---------------------------------------------------------------------------------
def _row(n: int, width: int, alt: str = "") -> str:
    return (f'<tr class="crow"><td><table><tr><td class="ind"><img src="s.gif" height="1" width="{width}"{alt}></td>'
            f'<td><span class="head"><a class="user-name" href="#">{NAMES[n]}</a> {n + 1} hours ago</span>'
            f'<div class="text">{WORDS[n]}</div><div class="reply"><a href="#">reply</a></div></td></tr></table></td></tr>')


def test_spacer_width_gives_the_depth():
    rows = "".join(_row(n, w) for n, w in enumerate([0, 40, 80, 0]))
    doc = cleaned(ARTICLE + f'<table class="talk">{rows}</table>')
    assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (2, 1), (0, None)]


def test_an_image_with_alt_text_is_no_spacer():
    rows = "".join(_row(n, w, ' alt="flag"') for n, w in enumerate([0, 40, 80, 0]))
    doc = cleaned(ARTICLE + f'<table class="talk">{rows}</table>')
    assert len(doc.comments) == 4 and all(c.depth == 0 for c in doc.comments)


# -- reply-anchor ----------------------------------------------------------------------------------
def _flat(n: int, parent: int | None, link: str | None = None) -> str:
    to = f'<p class="to">in reply to <a href="#c{parent}">{NAMES[parent]}</a></p>' if parent is not None else ""
    own = f'<p class="links"><a href="{link or f"#c{n}"}">Link</a> | <a href="#respond">Reply</a></p>'
    return (f'<div class="comment" id="c{n}"><p class="by"><span class="name">{NAMES[n]}</span> {n + 1} hours ago</p>'
            f'{to}<div class="comment-text"><p>{WORDS[n]}</p></div>{own}</div>')


def test_a_link_to_an_earlier_comment_makes_it_the_parent():
    doc = cleaned(ARTICLE + '<div id="comments">' + _flat(0, None) + _flat(1, 0) + _flat(2, None) + _flat(3, 1) + "</div>")
    assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (0, None), (2, 1)]
    assert "in reply to" not in " ".join(_texts(doc))


def test_permalinks_and_page_anchors_name_no_parent():
    doc = cleaned(ARTICLE + '<div id="comments">' + "".join(_flat(n, None) for n in range(3))
                  + _flat(3, None, link="#c3") + "</div>")
    assert len(doc.comments) == 4 and all(c.parent is None for c in doc.comments)


# -- profile-link ----------------------------------------------------------------------------------
def test_a_member_page_link_is_an_author_element():
    tree = _tree('<a href="/users/12/ann-lee">Ann Lee</a><a href="/author/ann-lee">Ann Lee</a>'
                 '<a href="/user-guide/">Guide</a><a href="member.php?u=7">Tom</a>')
    links = [e for e, t in enumerate(tree.tag) if t == "a"]
    assert [bool(role(tree, e) & AUTHOR) for e in links] == [True, False, False, True]


def _answer(n: int, extra: str = "", href: str = "/users/{n}") -> str:
    return (f'<div class="answer{extra}"><div class="layout"><div class="votes">{n + 3}</div><div class="post-text"><p>{WORDS[n]}</p>'
            f'</div><div class="sig"><div class="action-time">answered {n + 2} hours ago</div><div class="details">'
            f'<a href="{href.format(n=n)}">{NAMES[n]}</a></div></div></div></div>')


def test_answers_signed_by_a_profile_link_have_authors():
    doc = cleaned(ARTICLE + '<div id="answers"><h2>3 Answers</h2>' + "".join(_answer(n) for n in range(3)) + "</div>")
    assert [c.author for c in doc.comments] == NAMES[:3]


# -- state-class -----------------------------------------------------------------------------------
def test_one_unit_with_an_added_class_is_of_the_template():
    doc = cleaned(ARTICLE + '<div id="answers"><h2>4 Answers</h2>' + _answer(0, " accepted-answer")
                  + "".join(_answer(n) for n in range(1, 4)) + "</div>")
    assert _texts(doc) == WORDS[:4]


def test_state_classes_need_a_shared_class():
    assert _state_classes(["div.answer", "div.accepted-answer answer"])
    assert not _state_classes(["div.teaser", "div.ad"])
    assert not _state_classes(["div.", "div.sponsored"])


# -- unit-prompt -----------------------------------------------------------------------------------
def _prompted(n: int, text: str) -> str:
    return (f'<li class="comment"><p class="author">{NAMES[n]}</p><p>{text}</p><p class="when">{n + 1} hours ago</p>'
            f'<div><a class="add" href="#">Add a comment</a></div></li>')


def test_a_prompt_alone_in_a_unit_is_chrome():
    doc = cleaned(ARTICLE + '<ol class="comments">' + "".join(_prompted(n, WORDS[n]) for n in range(3)) + "</ol>")
    assert _texts(doc) == WORDS[:3]


def test_a_sentence_holding_a_prompt_stays():
    said = "You should add a comment to the council's consultation before Friday."
    doc = cleaned(ARTICLE + '<ol class="comments">' + _prompted(0, said) + "".join(_prompted(n, WORDS[n]) for n in (1, 2)) + "</ol>")
    assert _texts(doc)[0] == said


# -- wrapper named by no word ----------------------------------------------------------------------
def _box(n: int) -> str:
    return (f'<article class="comment"><div class="comment__body"><div class="comment__info"><span class="comment__username">'
            f'{NAMES[n]}</span> <a class="comment__time" href="#">{n + 1} hours ago</a> <span class="comment__score">+{n}</span>'
            f'</div><div class="comment__text"><p>{WORDS[n]}</p></div><div class="comment__actions"><button>Reply</button></div>'
            f'</div></article>')


def test_unnamed_wrappers_hold_every_comment():
    # 0 (reply 1), 2, 3 (reply 4): the boxes with replies alone make small threads
    thread = (f'<div class="thread">{_box(0)}<div class="thread thread_indented">{_box(1)}</div></div>'
              f'<div class="thread">{_box(2)}</div><div class="thread">{_box(3)}<div class="thread thread_indented">{_box(4)}</div></div>')
    doc = cleaned(ARTICLE + f'<section id="comments"><div class="threads" role="list">{thread}</div></section>')
    assert _texts(doc) == WORDS
    assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (0, None), (0, None), (1, 3)]


def test_layout_rows_around_flat_comments_change_nothing():
    doc = cleaned(ARTICLE + '<div class="list">' + "".join(f'<div class="row">{_box(n)}</div>' for n in range(4)) + "</div>")
    assert _texts(doc) == WORDS[:4] and all(c.depth == 0 for c in doc.comments)


# -- repeated-footer -------------------------------------------------------------------------------
def _footed(n: int, foot: str) -> str:
    return (f'<div class="cm"><div class="hd"><a class="author" href="#">{NAMES[n]}</a> <span>{n + 1} hours ago</span></div>'
            f'<div class="md"><p>{WORDS[n]}</p></div><div class="ft"><a class="go" href="#">{foot}</a></div></div>')


def test_one_text_at_the_foot_of_every_unit_is_chrome():
    doc = cleaned(ARTICLE + '<div class="comments">' + "".join(_footed(n, "Enlace permanente") for n in range(3)) + "</div>")
    assert _texts(doc) == WORDS[:3]


def test_a_foot_that_differs_stays_the_comments():
    feet = ["PS see you at the meeting", "PS the map is wrong", "PS thanks to the drivers"]
    doc = cleaned(ARTICLE + '<div class="comments">' + "".join(_footed(n, feet[n]) for n in range(3)) + "</div>")
    assert all(feet[n] in doc.comments[n].text for n in range(3))


def _profiled(n: int) -> str:
    return (f'<div class="cwrap"><div class="cdate">{n + 1} hours ago</div><div class="cbody"><p>{WORDS[n]}</p></div>'
            f'<div class="links"><a href="/users/view/{n}">Profile</a> <a href="#">Contact</a></div>'
            f'<p class="username"><a href="/users/view/{n}">{NAMES[n]}</a></p><a href="#" class="reply">Reply</a></div>')


def test_a_name_by_a_profile_link_alone_comes_second_to_a_named_one():
    doc = cleaned(ARTICLE + '<div id="comments">' + "".join(_profiled(n) for n in range(3)) + "</div>")
    assert [c.author for c in doc.comments] == NAMES[:3]
