"""Comment shapes found by the fifth blind comment-page harness (`tests/page_threads_blind5.py`): threads of custom
elements (rule `custom-element`) and depth classes behind a widget's prefix (rule `depth-class`).

Pages are small and written here (never copied from a benchmark set or from the harness)."""
from __future__ import annotations

from ._html import ARTICLE, after_comments

READERS = [("Ann Lee", "The night bus was the only thing missing in our district."),
           ("Tom Berg", "Two million a year sounds like a lot for four buses."),
           ("Mia Lund", "My son works late shifts at the hospital, this changes everything for him."),
           ("Ola Dahl", "Will the buses stop at the old depot as well?")]


def _custom(replies: bool = True) -> str:
    def one(k, inner=""):
        name, text = READERS[k]
        return (f'<talk-comment><talk-meta><talk-user>{name}</talk-user> <relative-time datetime="2024-03-0{k + 1}T10:00:00Z">'
                f'{k + 2} hours ago</relative-time></talk-meta><talk-body><p>{text}</p></talk-body><talk-actions>'
                f'<talk-button>Reply</talk-button><talk-button>Like</talk-button></talk-actions>{inner}</talk-comment>')
    nested = f"<talk-replies>{one(1)}</talk-replies>" if replies else ""
    return (f'<talk-stream><talk-header><h2>4 Comments</h2></talk-header>{one(0, nested)}'
            f'{one(2) if replies else one(1) + one(2)}{one(3)}</talk-stream>')


# -- rule custom-element: a custom element among blocks is a block and a unit's candidate ------------------------------
def test_a_thread_of_custom_elements_is_read_with_its_replies():
    doc = after_comments(f"<article>{ARTICLE}</article>{_custom()}")
    assert [(c.author, c.text, c.depth, c.parent) for c in doc.comments] == [
        ("Ann Lee", READERS[0][1], 0, None), ("Tom Berg", READERS[1][1], 1, 0),
        ("Mia Lund", READERS[2][1], 0, None), ("Ola Dahl", READERS[3][1], 0, None)]


def test_a_custom_element_inside_a_comments_paragraph_stays_in_its_line():
    """An inline custom element (an emoji, a mention) in a text's block is no block: the line stays whole."""
    units = "".join(f'<div class="comment"><div class="comment-author">{name}</div><div class="comment-date">2 March 2024 at 10:1{k}'
                    f'</div><p>{text[:-1]} <x-emoji name="smile">🙂</x-emoji> <user-mention>@{name.split()[0]}</user-mention>'
                    f' indeed.</p><a class="reply">Reply</a></div>' for k, (name, text) in enumerate(READERS[:3]))
    doc = after_comments(f"<article>{ARTICLE}</article><div id=\"comments\"><h3>3 Comments</h3>{units}</div>")
    assert [c.text for c in doc.comments] == [f"{t[:-1]} 🙂 @{n.split()[0]} indeed." for n, t in READERS[:3]]


def test_custom_element_cards_without_a_thread_make_no_comments():
    cards = "".join(f'<story-card><card-title><a href="/news/{k}">Harbour story number {k} of the week</a></card-title>'
                    f'<card-meta><card-author>{name}</card-author> <relative-time datetime="2024-03-0{k + 1}">{k + 1} March 2024'
                    f'</relative-time></card-meta></story-card>' for k, (name, _) in enumerate(READERS))
    doc = after_comments(f"<article>{ARTICLE}</article><card-list><h2>More news</h2>{cards}</card-list>")
    assert doc.comments == ()


# -- rule depth-class: depth-N / level-N after a prefix naming comments ------------------------------------------------
def _flat(cls) -> str:
    depths = [0, 1, 2, 0]
    units = "".join(f'<article class="fyre-comment-article {cls.format(d=d)}"><header><span class="fyre-comment-username">{name}</span>'
                    f' <time datetime="2024-03-0{k + 1}T09:00">{k + 1} March 2024 09:00</time></header>'
                    f'<section class="fyre-comment-body"><p>{text}</p></section><footer><a class="fyre-comment-reply">Reply</a>'
                    f'</footer></article>' for k, ((name, text), d) in enumerate(zip(READERS, depths)))
    return f"<article>{ARTICLE}</article><div class=\"fyre-comment-stream\"><h3>4 Comments</h3>{units}</div>"


def test_a_prefixed_depth_class_gives_the_tree():
    for cls in ("fyre-comment-depth-{d}", "comment_level_{d}", "talk-reply-nest-{d}"):
        doc = after_comments(_flat(cls))
        assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (2, 1), (0, None)], cls


def test_a_level_class_of_the_poster_is_no_depth():
    """A member's level ("user-level-2") is no reply's depth: the comments stay flat."""
    doc = after_comments(_flat("user-level-{d}"))
    assert len(doc.comments) == 4 and [(c.depth, c.parent) for c in doc.comments] == [(0, None)] * 4


def test_a_processing_instruction_in_a_select_breaks_no_thread():
    """lexbor names the node of a ``<?php … ?>`` left in a ``<select>`` None: the custom-element test reads no name."""
    units = "".join(f'<div class="comment"><div class="comment-author">{name}</div><div class="comment-date">2 March 2024 at 10:1{k}'
                    f'</div><p>{text}</p><a class="reply">Reply</a></div>' for k, (name, text) in enumerate(READERS[:3]))
    widget = '<select name="cat"><option value=""><?php echo 1; ?></option><?php $c = 2; ?></select>'
    doc = after_comments(f"<article>{ARTICLE}</article>{widget}<div id=\"comments\"><h3>3 Comments</h3>{units}</div>")
    assert [c.author for c in doc.comments] == ["Ann Lee", "Tom Berg", "Mia Lund"]
