"""Q&A pages (blind harness `tests/page_threads_blind_more.py`): answers with the comments on each in a
list of their own markup (rule `nested-thread`, `comments/nested.py`), an answer's state class beside
its class (rule `modifier-class`, `comments/templates.py`), a member's score after the name (rule
`name-score`). Each with a positive and a negative case, on pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from types import SimpleNamespace

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.items import Item
from cleaners.builtin.comments.nested import nest_threads
from cleaners.builtin.comments.thread import Thread
from cleaners.builtin.comments.units import Family, Unit
from cleaners.builtin.comments.templates import template_key
from cleaners.builtin.comments.vocabulary import vocabulary
from cleaners.document import Document

QUESTION = ("<div class='question'><h1>How do I keep basil alive on a north-facing windowsill?</h1>"
            "<p>My basil plants wilt within two weeks every time I buy them, although I water them every morning "
            "and keep them away from the radiator. The window faces north and gets no direct sun at all.</p>"
            "<p>Is there a variety that copes with little light, or should I give up and grow something else?</p></div>")
ANSWERS = ["Supermarket basil is many seedlings crammed in one pot; split it into three pots and it lasts for months.",
           "Water from below and only when the top of the soil is dry, basil hates wet roots more than low light.",
           "A cheap grow lamp on a timer for ten hours a day solved this for me completely."]
NOTES = [["Splitting the pot worked for me too, thanks.", "How deep should the new pots be?"], [],
         ["Which colour temperature do you use?", "Daylight white, around 6500 K."]]
ANSWERERS = ["gardenfan", "M. Ortiz", "leafy42"]
NOTERS = [["pat_b", "Sam K."], [], ["Jo", "leafy42"]]


def run(body: str) -> Document:
    html = f"<html lang='en'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def note(text: str, who: str, k: int) -> str:
    return (f"<div class='qa-c-list-item comment' id='c{k}'><div class='qa-c-item-content'>{text}</div>"
            f"<span class='qa-c-item-meta'>commented <span class='qa-c-item-when'>{k + 2} hours ago</span> by "
            f"<span class='qa-c-item-who'><a class='qa-user-link' href='/user/{k}'>{who}</a></span></span></div>")


def answer(k: int, notes: bool = True, selected: bool = False) -> str:
    cls = "qa-a-list-item" + (" qa-a-list-item-selected" if selected else "")
    comments = "".join(note(t, w, 10 * k + j) for j, (t, w) in enumerate(zip(NOTES[k], NOTERS[k]))) if notes else ""
    return (f"<div class='{cls} answer' id='a{k}'><div class='qa-a-item-content'><p>{ANSWERS[k]}</p></div>"
            f"<span class='qa-a-item-meta'>answered <span class='qa-a-item-when'>{k + 5} hours ago</span> by "
            f"<span class='qa-a-item-who'><a class='qa-user-link' href='/user/a{k}'>{ANSWERERS[k]}</a> ({k * 40 + 15} points)"
            f"</span></span><div class='qa-a-item-buttons'><input type='submit' value='Reply'> <input type='submit' value='Vote'>"
            f"</div><div class='qa-a-item-c-list'>{comments}</div></div>")


def page(**kw) -> str:
    return QUESTION + "<div class='qa-a-list'><h2>3 Answers</h2>" + "".join(answer(k, **kw) for k in range(3)) + "</div>"


# -- nested-thread ---------------------------------------------------------------------------------------------
def test_comments_on_an_answer_are_its_replies():
    doc = run(page())
    assert [(c.author, c.depth, c.parent, c.text) for c in doc.comments] == [
        ("gardenfan", 0, None, ANSWERS[0]), ("pat_b", 1, 0, NOTES[0][0]), ("Sam K.", 1, 0, NOTES[0][1]),
        ("M. Ortiz", 0, None, ANSWERS[1]), ("leafy42", 0, None, ANSWERS[2]), ("Jo", 1, 4, NOTES[2][0]),
        ("leafy42", 1, 4, NOTES[2][1])]
    assert "north-facing windowsill" not in " ".join(c.text for c in doc.comments)


def test_a_wrapper_holding_only_the_comments_is_no_comment():
    """Comment lists in boxes that hold nothing of their own: the comments alone, no empty comment over them."""
    boxes = "".join(f"<div class='box'><div class='qa-a-item-c-list'>"
                    + "".join(note(t, w, 10 * k + j) for j, (t, w) in enumerate(zip(NOTES[k], NOTERS[k]))) + "</div></div>"
                    for k in (0, 2))
    doc = run(QUESTION + boxes)
    assert all(c.depth == 0 and c.text for c in doc.comments)
    assert {c.text for c in doc.comments} <= {t for ts in NOTES for t in ts}


# -- modifier-class, name-score --------------------------------------------------------------------------------
def test_a_state_of_a_class_leaves_the_key_and_the_selected_answer_stays_a_comment():
    assert template_key("div", "qa-a-list-item qa-a-list-item-selected") == template_key("div", "qa-a-list-item")
    assert template_key("div", "card card--accepted") == "div.card"
    assert [c.author for c in run(page(notes=False, selected=True)).comments if c.depth == 0][0] == "gardenfan"


def test_a_class_that_is_no_state_of_another_stays():
    assert template_key("div", "card card-body") == "div.card"     # (a state of "card" by shape: left out)
    assert template_key("div", "card-body") == "div.card-body" and template_key("div", "cardbody card") != "div.card"


def test_a_score_after_the_name_is_no_part_of_it():
    assert vocabulary().strip_name("gardenfan (15 points)") == "gardenfan"
    assert [c.author for c in run(page(notes=False)).comments] == ANSWERERS


def test_words_in_brackets_after_a_name_stay():
    assert vocabulary().strip_name("Ann (London)") == "Ann (London)"


def _stub_threads(outer_key: str, own: str = "The second answer, which explains the whole thing at some length."):
    """An outer thread of two units (preorder 10-40 and 50-90) and an inner thread of two units inside the
    second, as `thread.judge` returns them (lines: owner, text, kind)."""
    def item(first, last, lines):
        return Item(Unit((first,), first, last),
                    [SimpleNamespace(owner=o, text=t, sep=" ", kind="body", words=len(t.split())) for o, t in lines], None)
    outer_items = [item(10, 40, [(11, "The first answer.")]), item(50, 90, [(51, own), (61, "A note."),
                                                                             (71, "Another note.")])]
    inner_items = [item(60, 65, [(61, "A note.")]), item(70, 75, [(71, "Another note.")])]

    def thread(key, items, texts):
        return Thread(Family(key, "wrapped", [i.unit for i in items]), items, [0, 1], ["Ann", "Bo"], texts, [None, None],
                      [0, 0], 1, True, "marks", False)
    return thread(outer_key, outer_items, ["The first answer.", f"{own} A note. Another note."]), \
        thread("li.comment", inner_items, ["A note.", "Another note."])


def test_an_inner_thread_in_the_units_of_a_classed_outer_one_becomes_its_replies():
    outer, inner = _stub_threads("div.answer")
    [merged] = nest_threads(None, [outer, inner])
    assert list(zip(merged.texts, merged.depths, merged.parents)) == [
        ("The first answer.", 0, None), ("The second answer, which explains the whole thing at some length.", 0, None),
        ("A note.", 1, 1), ("Another note.", 1, 1)]


def test_a_box_holding_a_thread_and_a_count_is_no_outer_comment():
    """Its own text ("Comments") is shorter than the comments it holds are on average: the box of the section."""
    outer, inner = _stub_threads("div.answer", own="Comments")
    lines = [list(item.lines) for item in outer.items]
    assert nest_threads(None, [outer, inner]) == [outer, inner]
    assert [item.lines for item in outer.items] == lines      # (refused: the box keeps the lines it was read with)


def test_bare_boxes_are_no_outer_thread():
    """Bare <div>s signed alike (the article's box and the comments' box) read as a thread of two: no outer thread."""
    outer, inner = _stub_threads("div.")
    assert nest_threads(None, [outer, inner]) == [outer, inner]


def test_bare_boxes_holding_a_thread_are_no_outer_thread():
    """The article's box and the comments' box, two bare <div>s signed alike, hold a thread: its comments
    stay at depth 0 and the article is no comment."""
    notes = "".join(note(t, w, j) for j, (t, w) in enumerate(zip(NOTES[0] + NOTES[2], NOTERS[0] + NOTERS[2])))
    doc = run(f"<div><p class='by'>by Ann Lee on May 3, 2012</p>{QUESTION}</div>"
              f"<div><p class='by'>4 comments on May 3, 2012</p><div class='qa-a-item-c-list'>{notes}</div></div>")
    assert [(c.depth, c.text) for c in doc.comments] == [(0, t) for t in NOTES[0] + NOTES[2]]
