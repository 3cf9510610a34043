"""`pieces.candidates`: the short text pieces that may mark a comment, screened in one pass;
`PageMarks` finds the same marks with the screen and with screening off."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners import screen
from cleaners.builtin.comments.evidence import PageMarks
from cleaners.builtin.comments.pieces import candidates, screened
from cleaners.builtin.comments.tree import Tree


def test_candidates_are_controls_said_verbs_digits_and_the_pieces_before_digits():
    texts = ["Reply", "The minister left the room.", "Ann says:", "Posts:", "523", "Antworten »", "12 points",
             "a quiet evening", "Ответить", "replying to nobody here"]
    found = candidates(texts)
    assert found == [0, 2, 3, 4, 5, 6, 8]     # "Posts:" before the digits of "523"
    assert 1 not in found and 7 not in found and 9 not in found     # prose, no control word at the end


def test_a_control_word_inside_a_longer_word_or_before_more_text_is_no_candidate():
    assert candidates(["Unreply", "reply to this", "replyable"]) == []
    assert candidates(["Why not reply?!", "Like"]) == [0, 1]


def test_pieces_that_cannot_be_screened_are_all_read():
    assert candidates(["Reply", "x\x00y"]) is None
    enabled = screen.ENABLED
    screen.ENABLED = False
    try:
        assert candidates(["Reply"]) is None
    finally:
        screen.ENABLED = enabled


PAGE = """<html><body><div id="c">
<div class="c1"><span>Ann</span> <span>says:</span><p>I disagree with the minister on this.</p>
<span>3 hours ago</span> <a>Reply</a></div>
<div class="c1"><span>Bob</span><p>Posts:</p><p>523</p><p>Join Date</p><p>Mar 2015</p>
<p>Good point, thanks.</p><span>12 points</span><img class="avatar" src="a.png"></div>
<div class="c1"><p>A quiet evening by the river, nothing more.</p><time datetime="2015-03-02">2 March</time></div>
</div></body></html>"""


def _marks() -> tuple[list[int], list[int]]:
    marks = PageMarks(Tree(LexborHTMLParser(PAGE).body))
    marks.region()
    return marks._strong, marks._timed


def test_page_marks_are_the_same_with_and_without_the_screen():
    screened = _marks()
    enabled = screen.ENABLED
    screen.ENABLED = False
    try:
        unscreened = _marks()
    finally:
        screen.ENABLED = enabled
    assert screened == unscreened
    strong, timed = screened
    assert len(strong) >= 4 and len(timed) >= 2    # says:, Reply, the counters, 12 points, the avatar; the times


def test_screened_tells_the_pieces_ending_in_a_control_word_and_the_pieces_holding_a_digit():
    texts = ["Reply", "Posts:", "523", "3 hours ago", "12 points"]
    found, ending, digits = screened(texts)
    assert found == candidates(texts) == [0, 1, 2, 3, 4]
    assert ending == {0, 4} and digits == {2, 3, 4}     # ("Posts:" only stands before a digit)


def test_the_pieces_holding_a_digit_are_each_met_once_in_any_script():
    texts = ["12 points", "no digit", "", "a1b2c3", "٣ ساعات", "३ घंटे पहले", "²", "Ⅻ", "x", "99"]
    found, _, digits = screened(texts)
    assert sorted(digits) == [0, 3, 4, 5, 9]      # (superscripts and Roman numerals are no decimal digits)
    assert 8 in found and 1 not in found          # (the piece before a digit's: a counter's label)
    assert screened(["7"])[2] == {0} and screened(["seven", "eight"])[2] == set()
