"""The end marks of a related heading (cleaners/builtin/dom_widgets.py, `HEAD_END`) cut by a linear pattern: a
paragraph whose text is a label, thousands of spaces and a word is read in one pass (re retried each start)."""
from cleaners import linear_re
from cleaners.builtin import dom_widgets
from cleaners.pipeline import Pipeline

PARA = "The council met on Tuesday to discuss the budget for the coming year and agreed to publish the figures."


def test_the_marks_and_a_count_after_a_heading_come_off_and_words_stay():
    assert dom_widgets.HEAD_END.sub("", "Lesen Sie auch:") == "Lesen Sie auch"
    assert dom_widgets.HEAD_END.sub("", "More stories (12)") == "More stories"
    assert dom_widgets.HEAD_END.sub("", "Related \u00bb") == "Related"
    assert dom_widgets.HEAD_END.sub("", "Read this story") == "Read this story"


def test_a_label_padded_with_thousands_of_spaces_is_read_by_a_linear_pattern_and_the_page_keeps_its_article():
    assert isinstance(dom_widgets.HEAD_END, linear_re.Pattern)
    padded = "Related:" + " " * 40_000 + "x"
    assert dom_widgets.HEAD_END.sub("", padded) == padded
    page = (f"<html><body><article><h1>Budget talks</h1><p>{PARA}</p><p>{padded}</p><p>{PARA} Again.</p>"
            "</article></body></html>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("padded.html", page.encode(), "html"))
    assert PARA in record["body"]
