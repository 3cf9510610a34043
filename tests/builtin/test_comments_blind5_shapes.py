"""Comment shapes found by the fifth blind comment-page harness (`tests/page_threads_blind5.py`): depth classes
behind a widget's prefix (rule `depth-class`).

Pages are small and written here (never copied from a benchmark set or from the harness)."""
from __future__ import annotations

from ._html import ARTICLE, after_comments

READERS = [("Ann Lee", "The night bus was the only thing missing in our district."),
           ("Tom Berg", "Two million a year sounds like a lot for four buses."),
           ("Mia Lund", "My son works late shifts at the hospital, this changes everything for him."),
           ("Ola Dahl", "Will the buses stop at the old depot as well?")]


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
