"""A comment's author is the text of the element holding the name, not the text glued beside it (rule
`name-element`, cleaners/builtin/comments/name_element.py): a poster's box holding a user title and
counters, a location or a browser badge in the element beside the name, a "commented <age>" tail.

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from ._html import ARTICLE, after_comments as cleaned

TEXTS = ["Finally the night buses reach our street, thank you for the report.",
         "Will the buses also stop at the hospital after midnight, does anyone know?",
         "The old timetable never had a bus after eleven, this is a real change."]
NAMES = ["Mia Lund", "tberg_77", "Ola Dahl"]


def _forum(box) -> str:
    posts = "".join(f'<div class="post" id="post_{k}"><div class="poster">{box(n, k)}</div><div class="postarea">'
                    f'<div class="keyinfo">Posted on 1{k} March 2024, 10:2{k}</div><div class="inner">{t}</div>'
                    f'<div class="reportlinks"><a href="#">Quote</a></div></div></div>'
                    for k, (n, t) in enumerate(zip(NAMES, TEXTS)))
    return ARTICLE + f'<div id="forumposts"><h3>Topic: night buses</h3>{posts}</div>'


def test_a_posters_box_gives_its_first_line_not_the_title_and_counters_glued():
    doc = cleaned(_forum(lambda n, k: f'<h4>{n}</h4><ul class="reset"><li class="membergroup">Jr. Member</li>'
                                      f'<li class="postcount">Posts: {k * 40 + 3}</li></ul>'))
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES, TEXTS))


def _cards(head) -> str:
    cards = "".join(f'<div class="card"><img class="avatar" src="/a.png"><div class="card-head">{head(n)}</div>'
                    f'<div class="card-time">1{k} March 2024</div><div class="card-text"><p>{t}</p></div>'
                    f'<div class="card-tools"><button>Reply</button></div></div>' for k, (n, t) in enumerate(zip(NAMES, TEXTS)))
    return ARTICLE + f'<div class="comments"><h3>Comments</h3>{cards}</div>'


def test_a_location_or_a_badge_beside_the_name_element_is_no_part_of_the_name():
    doc = cleaned(_cards(lambda n: f'<span class="css-a1">{n}</span><span class="css-b2">Bergen</span>'))
    assert [c.author for c in doc.comments] == NAMES
    doc = cleaned(_cards(lambda n: f'<a class="vnick" href="#">{n}</a> <span class="vsys">Firefox 121.0</span> <span class="vsys">Linux</span>'))
    assert [c.author for c in doc.comments] == NAMES


def test_a_name_of_one_element_or_link_stays_whole():
    # a name in one link made of two elements ("<a><b>Mia</b> Lund</a>") is one name
    doc = cleaned(_cards(lambda n: f'<a class="vnick" href="#"><b>{n.split()[0]}</b> {" ".join(n.split()[1:])}</a>'))
    assert [c.author for c in doc.comments] == NAMES
    # a name element whose own text goes on after a child ("<span><b>Mia</b> Lund</span>") is one name
    doc = cleaned(_cards(lambda n: f'<span class="css-a1"><b>{n.split()[0]}</b> {" ".join(n.split()[1:])}</span>'))
    assert [c.author for c in doc.comments] == NAMES
