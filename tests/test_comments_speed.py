"""The comment stage's screen of families before they are read (`headless`): a family refused unread is one
`thread.judge` refuses once read, its reading costs the budget the same, and the stage's output is the same
with the screen and without it, over composed pages of many shapes (units of one line or more, a ``<br>``,
an inline author, a dashed signature, a score, a machine date, nested replies)."""
from hypothesis import HealthCheck, assume, given, settings, strategies as st
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import cleaner
from cleaners.builtin.comments.cleaner import HtmlComments
from cleaners.builtin.comments.headless import headless, nesting, own_size
from cleaners.builtin.comments.items import _own, read_items
from cleaners.builtin.comments.main_text import main_container
from cleaners.builtin.comments.thread import judge
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import candidate_families
from cleaners.document import Document

ARTICLE = ("<article><h1>Harbour lights</h1><p>The harbour board met on Monday to decide whether the old lighthouse "
           "keeps its lamp, and the town was asked what it thinks of the plan for the tower and its keeper's house."
           "</p></article>")
TEXTS = ["I agree with the council on this one.", "Ann Lee", "Bob says:", "3 May 2012 at 9:59", "5 hours ago",
         "Reply", "Great post, thanks", "Re: Night buses (Score:5, Insightful)", "The bridge is too narrow. \u2013",
         "a - b", "Will it open in winter?", "12 points", "Posted by Cy Dunn on 4 June 2013"]
PIECES = st.sampled_from(["{t}", "<span>{t}</span>", '<span class="author">{t}</span>', '<cite class="fn">{t}</cite>',
                          '<a class="comment-author" href="/users/7/ann">{t}</a>', "<p>{t}</p>", "{t}<br>",
                          '<div class="meta">{t}</div>', '<time datetime="2024-03-05T10:00">{t}</time>',
                          '<span class="date">{t}</span>', '<span data-timestamp="1709632800"></span>{t}'])
PIECE = st.tuples(PIECES, st.sampled_from(TEXTS)).map(lambda p: p[0].format(t=p[1]))
UNIT_TAGS = st.sampled_from(['li class="comment"', "li", 'div class="post"', "p", 'div class="entry"'])


@st.composite
def units(draw, depth: int = 0) -> str:
    tag = draw(UNIT_TAGS)
    body = "".join(draw(st.lists(PIECE, min_size=1, max_size=3)))
    if depth < 1 and draw(st.booleans()):
        body += "<ul>" + "".join(draw(st.lists(units(depth + 1), min_size=1, max_size=2))) + "</ul>"
    return f"<{tag}>{body}</{tag.split()[0]}>"


@st.composite
def pages(draw) -> str:
    box = draw(st.sampled_from(['<ol class="comments">', "<ul>", '<div id="comments">', "<div>"]))
    heading = draw(st.sampled_from(["", "<h2>3 Comments</h2>", "<h3>Related</h3>"]))
    inner = "".join(draw(st.lists(units(), min_size=1, max_size=5)))
    return f"<html><body>{ARTICLE}{heading}{box}{inner}</{box[1:].split()[0].rstrip('>')}></body></html>"


def _cleaned(html: str) -> tuple:
    doc = Document(source="t", kind="html", html=html).replace(dom=LexborHTMLParser(html))
    out = HtmlComments().clean_html(doc)
    return [(c.author, c.text, c.depth, c.parent, c.date) for c in out.comments], out.removed, out.dom.html


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_a_family_refused_unread_is_refused_once_read_at_the_same_cost(html):
    tree = Tree(LexborHTMLParser(html).body)
    main = main_container(tree)
    families = candidate_families(tree)
    assume(families)  # a run where no page has a family is Unsatisfiable: the property is never vacuous
    for family in families:
        screened, read = [10 ** 6], [10 ** 6]
        unread = headless(tree, family, screened)
        items = read_items(tree, family, read)
        if unread:
            assert judge(tree, family, items, main) is None
            assert screened == read
        else:
            assert screened == [10 ** 6]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_the_stage_cleans_the_same_with_the_screen_and_without(html):
    with_screen = _cleaned(html)
    original = cleaner.headless
    cleaner.headless = lambda tree, family, budget: False
    try:
        assert _cleaned(html) == with_screen
    finally:
        cleaner.headless = original


@given(pages())
@settings(max_examples=100, deadline=None)
def test_the_reading_cost_is_counted_without_reading(html):
    tree = Tree(LexborHTMLParser(html).body)
    families = candidate_families(tree)
    assume(families)
    for family in families:
        units_ = family.units
        _, children = nesting(units_)
        for k, u in enumerate(units_):
            holes = [units_[c] for c in children[k]]
            pieces, elements = _own(tree, u, holes)
            assert own_size(tree, u, holes) == len(pieces) + len(elements)


def _list() -> str:
    box = '<ul class="comments">'
    items = "".join(f"<li>Story number {n} of the week, in short</li>" for n in range(5))
    return f"<html><body>{ARTICLE}{box}{items}</ul></body></html>"


def _families(html: str) -> tuple[Tree, list]:
    tree = Tree(LexborHTMLParser(html).body)
    return tree, candidate_families(tree)


def test_units_of_one_line_and_no_date_are_refused_unread(monkeypatch):
    tree, families = _families(_list())
    lis = next(f for f in families if f.key == "li.")
    budget = [10 ** 6]
    assert headless(tree, lis, budget) and budget[0] < 10 ** 6
    read = []
    monkeypatch.setattr(cleaner, "read_items", lambda *a: read.append(a[1].key) or read_items(*a))
    cleaner.find_threads(tree, cleaner.PageMarks(tree), main_container(tree))
    assert "li." not in read


COMMENTS = ('<h2>3 Comments</h2><ol class="comments">'
            + "".join(f'<li class="comment" data-timestamp="17096{n}2800">{t}</li>' for n, t in enumerate(
                ["I agree with the council on this one.", "Will it open in winter as well?",
                 "My uncle kept that light for years."])) + "</ol>")


def test_a_unit_of_one_line_with_a_machine_date_is_read():
    html = f"<html><body>{ARTICLE}{COMMENTS}</body></html>"
    tree, families = _families(html)
    family = next(f for f in families if f.key == "li.comment")
    assert not headless(tree, family, [10 ** 6])
    comments = _cleaned(html)[0]
    assert [c[1] for c in comments] == ["I agree with the council on this one.", "Will it open in winter as well?",
                                        "My uncle kept that light for years."]


def test_units_of_two_lines_are_read():
    html = f"<html><body>{ARTICLE}<ol class='comments'>" + "".join(
        f'<li class="comment"><span class="author">{a}</span><br>{t}</li>' for a, t in
        [("Ann Lee", "I agree with the council on this one."), ("Bob Ray", "Will it open in winter as well?")]) \
        + "</ol></body></html>"
    tree, families = _families(html)
    family = next(f for f in families if f.key == "li.comment")
    assert not headless(tree, family, [10 ** 6])
    assert [c[:2] for c in _cleaned(html)[0]] == [("Ann Lee", "I agree with the council on this one."),
                                                  ("Bob Ray", "Will it open in winter as well?")]
