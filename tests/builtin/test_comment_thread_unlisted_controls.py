"""Control lines of text-dump threads in words no file holds, known by their recurrence and position (rules
`closing-control` and `named-control`, cleaners/builtin/comment_thread/controls.py), and an article's byline with a
reading time, which is none (`reading-time`)."""
from cleaners import lang
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.control_lines import recurring_controls
from cleaners.builtin.comment_thread.heads import vocabulary
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts
from .test_comment_thread_rows import IS
from .test_comment_thread_unlisted_shapes import REMARKS


def _clean(lines: list[str]):
    assert lang.load("is") is None
    return run_cleaner(CommentThread, "\n\n".join(IS + lines), language="is")


def test_closing_control_a_short_line_closing_comments_again_and_again_is_chrome():
    thread = ["Anna K. · 3. mars 2024", REMARKS[0], "Svara", "gunni_77 · 4. mars 2024", REMARKS[1], "Svara"]
    doc = _clean(thread)
    assert texts(doc) == IS and [c.text for c in doc.comments] == REMARKS[:2]
    assert [r.text for r in doc.removed if r.rule == "comment-chrome"] == ["Svara", "Svara"]


def test_closing_control_a_short_last_line_of_one_comment_or_lines_that_differ_stay_its_text():
    thread = ["Anna K. · 3. mars 2024", REMARKS[0], "Takk", "gunni_77 · 4. mars 2024", REMARKS[1], "Sammála"]
    doc = _clean(thread)
    assert [c.text for c in doc.comments] == [REMARKS[0] + "\n\nTakk", REMARKS[1] + "\n\nSammála"]


def test_named_control_a_recurring_line_under_each_comment_makes_the_bare_names_under_it_heads():
    thread = ["Athugasemdir", "Anna K.", REMARKS[0], "Svara", "gunni_77", REMARKS[1], "Svara", "Sigga", REMARKS[2], "Svara"]
    doc = _clean(thread)
    assert texts(doc) == IS
    assert [(c.author, c.text) for c in doc.comments] == [("Anna K.", REMARKS[0]), ("gunni_77", REMARKS[1]),
                                                          ("Sigga", REMARKS[2])]


def test_named_control_a_line_above_every_title_of_an_article_makes_no_thread():
    sections = ["Auglýsing", "Nýja Brúin", IS[0], "Auglýsing", "Gamla Höfnin", IS[1], "Auglýsing", "Miðbærinn", IS[2]]
    doc = _clean(sections)
    assert texts(doc) == IS + sections and doc.comments == ()


def test_reading_time_a_byline_on_the_head_and_in_a_teaser_list_is_no_control_row():
    rows = ["Eftir Önnu · 5 mín lestur", IS[0], "Eftir Önnu · 2 mín lestur", "By Ann · 5 min read", IS[1],
            "By Ann · 3 min read"]
    assert recurring_controls([Block(t) for t in rows], vocabulary(("is", "en"))) == frozenset()
    teasers = ["Meira frá borginni", "Höfnin Stækkuð", "Framkvæmdir við höfnina hefjast í apríl og standa út árið.",
               "Eftir Önnu · 5 mín lestur", "Næturvagnar Aftur", "Næturvagnar aka aftur um miðbæinn frá og með næstu viku.",
               "Eftir Tómas · 3 mín lestur", "Gamli Markaðurinn", "Gamli markaðurinn verður opnaður aftur í maí.",
               "Eftir Önnu · 2 mín lestur"]
    doc = _clean(teasers)
    assert texts(doc) == IS + teasers and doc.comments == ()


def test_reading_time_a_count_of_likes_or_a_comments_age_beside_a_control_is_still_a_control_row():
    rows = ["29 Mér líkar · Svara", IS[0], "3 Mér líkar · Svara", "Svara · 5 mín", IS[1], "Svara · 2 mín"]
    assert recurring_controls([Block(t) for t in rows], vocabulary(("is", "en"))) == frozenset({0, 2, 3, 5})
