"""`_legal_tail`: a copyright notice glued after a short question of the article is cut alone (the question stays);
after a company's name, a short credit or a disclaimer the line stays whole (the copyright rule's)."""
from cleaners.builtin._legal_tail import legal_tail


def test_notice_after_a_short_question_is_cut_alone():
    head = "Will the rates fall again next year?"
    assert legal_tail(head + "  \u00a9 2024 Harbour Media Ltd.") == len(head) + 2
    head = "\u05d4\u05d0\u05dd \u05d4\u05de\u05d7\u05d9\u05e8 \u05d9\u05e8\u05d3?"      # Hebrew: "will the price fall?"
    assert legal_tail(head + " \u00a9 2024 Kol") == len(head) + 1


def test_a_short_statement_or_disclaimer_before_a_notice_stays_whole():
    assert legal_tail("This story contains partner links. \u00b7 \u00a9 2026 Harbour Media") is None


def test_short_lines_before_a_notice_stay_whole():
    assert legal_tail("Harbour Media Group Ltd. \u00a9 2024 Harbour Media") is None
    assert legal_tail("Photo by Ann Lee. \u00a9 2024 Reuters") is None
    assert legal_tail("Why? \u00a9 2024 Harbour Media") is None
    assert legal_tail("Text and photos: Harbour Media Inc. \u00a9 2024 Harbour Media") is None
