"""Comments printed as the rows of a table, a name, a date and the text parted by bars (rule `comment-table`,
cleaners/builtin/comment_thread/table_rows.py)."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

EN = ["The water board will cut the supply to homes for eight hours every night from Monday, it said on Friday.",
      "Farmers in the valley fear for the olive harvest if the rains fail again in March."]
ROWS = ["Ann Lee | 04.12.2026 21:14 | Eight hours a night is nothing compared to 2008.",
        "tom_r | 05.12.2026 08:02 | Why are the hotels still filling their pools?",
        "Jan van Dijk | 05.12.2026 09:40 | The pipes lose a third of the water anyway."]
AFTER = ["The board meets again on Tuesday."]


def test_rows_of_name_date_and_text_under_a_header_and_a_rule_are_the_comments():
    doc = run_cleaner(CommentThread, "\n".join(EN + ["Your comments", "-" * 40] + ROWS + ["", *AFTER]))
    assert texts(doc) == EN + AFTER
    assert [(c.author, c.date) for c in doc.comments] == [("Ann Lee", "2026-12-04T21:14:00"),
                                                          ("tom_r", "2026-12-05T08:02:00"),
                                                          ("Jan van Dijk", "2026-12-05T09:40:00")]
    assert doc.comments[1].text == "Why are the hotels still filling their pools?"


def test_the_rule_glued_to_the_first_row_by_a_line_joiner_is_cut_with_it():
    glued = ["Your comments", "-" * 40 + " " + ROWS[1], ROWS[0]]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + glued + AFTER))
    assert texts(doc) == EN + AFTER
    assert [c.author for c in doc.comments] == ["tom_r", "Ann Lee"]


def test_a_timetable_or_results_table_with_no_text_after_its_dates_stays():
    table = ["Concert | 12.12.2026 20:00 | City hall", "Market | 13.12.2026 09:00 | Old square",
             "Bayern | 03.12.2026 | 2:1"]
    doc = run_cleaner(CommentThread, "\n".join(EN + table))
    assert texts(doc) == EN + table
    assert doc.comments == ()


def test_one_row_alone_stays():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + ROWS[:1] + AFTER))
    assert texts(doc) == EN + ROWS[:1] + AFTER
    assert doc.comments == ()


def test_a_name_field_with_a_lower_case_particle_between_capitals_is_a_name():
    rows = ["Jón á Hóli | 04.12.2026 21:14 | Vegurinn var lokaður alla helgina og enginn sagði neitt.", ROWS[1]]
    doc = run_cleaner(CommentThread, "\n".join(EN + rows))
    assert [c.author for c in doc.comments] == ["Jón á Hóli", "tom_r"]
    lower = ["Jón sagði frá | 04.12.2026 21:14 | Vegurinn var lokaður alla helgina og enginn sagði neitt.", ROWS[1]]
    doc = run_cleaner(CommentThread, "\n".join(EN + lower))
    assert lower[0] in texts(doc)
