"""A comment's number in brackets before its author's name ("(3) Ann Lee says:", "[3] Ann Lee") is no part of the
name, as "#3 Ann Lee" is (rule `bracket-number`, `vocabulary._ORDINAL`): a thread of bare ``<dt>``/``<dd>`` pairs whose
header reads so had its headers taken for the comments' texts and the texts lost. A bracketed number opening a
sentence of the article stays the article's. Pages and lines written here (never copied from a benchmark set)."""
from __future__ import annotations

from cleaners.builtin.comments.vocabulary import speaking, vocabulary

from ._html import ARTICLE, after_comments as cleaned

POSTS = [("Mia Lund", "Finally the night buses reach our street, thank you for the report."),
         ("tberg_77", "Will the buses also stop at the hospital after midnight, does anyone know?"),
         ("Ola Dahl", "The old timetable never had a bus after eleven, this is a real change.")]


def _dl(posts=POSTS, number="({k})") -> str:
    pairs = "".join(f'<dt><div class="date">September {k}, 2011 at 6:5{k} pm</div>{number.format(k=k)}&nbsp;{a}'
                    f'&nbsp;says:</dt><dd><div><p>{t}</p></div></dd>' for k, (a, t) in enumerate(posts, 1))
    return f'<div class="entry">{ARTICLE}</div><div id="comments"><h3>Comments</h3><dl>{pairs}</dl></div>'


def test_a_bracketed_comment_number_before_the_name_leaves_the_pairs_read_as_comments():
    doc = cleaned(_dl())
    assert [(c.author, c.text) for c in doc.comments] == POSTS
    assert doc.comments[2].date == "2011-09-03T18:53:00"


def test_a_square_bracketed_number_is_cut_from_the_name_too():
    with speaking(("en",)):
        voc = vocabulary()
        assert voc.name_in("[12] Ann Lee says:") == "Ann Lee" and voc.name_in("(3)\xa0Bo Chen\xa0says:") == "Bo Chen"
    assert [c.author for c in cleaned(_dl(number="[{k}]")).comments] == [a for a, _ in POSTS]


def test_a_bracketed_number_opening_a_sentence_is_no_name():
    with speaking(("en",)):
        voc = vocabulary()
        assert voc.name_in("(1) The night buses will run every twenty minutes.") is None
        assert voc.name_in("(2) 40 minutes") is None


def test_numbered_points_of_the_article_stay_in_the_body():
    points = "".join(f"<dt>({k}) Step {k}</dt><dd><p>{t}</p></dd>" for k, (_, t) in enumerate(POSTS, 1))
    doc = cleaned(f'<div class="entry">{ARTICLE}<dl>{points}</dl></div>')
    assert doc.comments == ()
