"""The word screen of captions.py (`_caption_screen.worded`): the rules needing a label's word skip a line without one."""
from cleaners import screen
from cleaners.builtin._caption_screen import worded

from ..conftest import text_doc


def _doc(*lines: str):
    return text_doc("\n\n".join(lines))


def test_a_prose_line_without_a_label_word_is_not_worded_and_a_labelled_one_is():
    doc = _doc("The council met on Monday and voted for the plan, which the mayor said would help.",
               "The ferry leaves the harbour at dawn. Photo: Ann Lee/Harbour Wire",
               "Click to enlarge the map of the new harbour district and its roads")
    may = worded(doc.blocks, ("en",))
    assert [may(i) for i in range(3)] == [False, True, True]


def test_quotes_dashes_and_spaces_of_no_case_leave_a_prose_line_unworded():
    doc = _doc("The mayor said \u201cwe will finish\u201d \u2014 on Monday\u00a0\u2026 and the council agreed.",
               "The mayor said \u201cwe will finish\u201d \u2014 Photo\u00a0courtesy of the council")
    may = worded(doc.blocks, ("en",))
    assert [may(0), may(1)] == [False, True]


def test_a_line_with_a_letter_other_than_ascii_or_a_space_re_alone_knows_is_worded():
    doc = _doc("Die Fähre verlässt den Hafen im Morgengrauen, sagte der Bürgermeister am Montag.",
               "The council met on Monday\x1cand voted for the plan, which the mayor said would help.")
    may = worded(doc.blocks, ("de", "en"))
    assert may(0) and may(1)


def test_with_screening_off_every_line_is_worded(monkeypatch):
    monkeypatch.setattr(screen, "ENABLED", False)
    doc = _doc("The council met on Monday and voted for the plan, which the mayor said would help.")
    assert worded(doc.blocks, ("en",))(0)
