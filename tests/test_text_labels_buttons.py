"""Labels and buttons the eleventh blind harness (tests/generalisation_blind11.py) asked for, each with a look-alike
that stays: a caption under a photo label numbered in a gallery (`_caption_label`), a call to action in square
brackets (`calls_to_action`)."""
from tests.conftest import run_cleaner

PARAS = ["The harbour board said on Monday that the new ferry pier would open in spring, two years late.",
         "Fishermen who moor at the old quay have asked the board to keep their berths free of charge."]


def test_caption_numbered_in_a_gallery_goes():
    from cleaners.builtin._caption_label import labelled_caption
    for line in ("Photo 3/12: Fishermen mend their nets on the old quay before the storm",
                 "Foto 2 / 8: Rybáři opravují sítě na starém nábřeží před bouří"):
        assert labelled_caption(line, ("en", "cs")) is not None, line
    from cleaners.builtin.captions import Captions
    line = "Photo 3/12: Fishermen mend their nets on the old quay before the storm"
    body = [b.text for b in run_cleaner(Captions, "\n\n".join([PARAS[0], line, PARAS[1]])).blocks]
    assert body == PARAS


def test_numbered_credit_or_count_line_stays_a_caption_of_no_rule():
    from cleaners.builtin._caption_label import labelled_caption
    for line in ("Photo 3/12: Ann Lee, Tom Hart", "Photo 3/12", "Photos 3/12 of the series show the quay in 1950."):
        assert labelled_caption(line, ("en",)) is None, line


def test_call_to_action_in_square_brackets_goes():
    from cleaners.builtin.calls_to_action import CallsToAction
    for line in ("[ Share this story with your friends ]", "[Sign up for our free newsletter]"):
        assert CallsToAction().rule_for(line, ("en",)) is not None, line
        body = [b.text for b in run_cleaner(CallsToAction, "\n\n".join([PARAS[0], line, PARAS[1]])).blocks]
        assert body == PARAS, line


def test_bracketed_aside_or_markdown_link_is_no_call():
    from cleaners.builtin.calls_to_action import CallsToAction
    for line in ("[The board shared the report with the fishermen on Monday]", "[1]",
                 "[Editor's note: the pier was first planned in 2019]"):
        assert CallsToAction().rule_for(line, ("en",)) is None, line
