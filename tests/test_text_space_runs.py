"""Runs of spaces inside a line of a text dump cut to `MAX_SPACE_RUN` (cleaners/text_input.py): padding carries
no text, and the text cleaners' patterns that try each start of a run to its end stay linear in the line."""
from cleaners.pipeline import Pipeline
from cleaners.text_input import MAX_SPACE_RUN, blocks_from_text, normalize_text

PARA = "The council met on Tuesday to discuss the budget for the coming year and agreed to publish the figures."


def test_a_padded_line_keeps_its_words_with_the_run_cut_to_the_cap():
    line = "Follow us on Twitter:" + " " * 12_000 + "@council"
    assert normalize_text(line) == "Follow us on Twitter:" + " " * MAX_SPACE_RUN + "@council"


def test_short_runs_and_the_indentation_opening_a_line_stay():
    text = "Name" + " " * MAX_SPACE_RUN + "Value\n" + " " * 60 + "indented line"
    assert normalize_text(text) == text
    assert [b.text for b in blocks_from_text(text)] == ["Name" + " " * MAX_SPACE_RUN + "Value", "indented line"]


def test_a_dump_with_a_line_of_thousands_of_spaces_gives_its_record_with_the_article():
    dump = f"Budget talks\n\n{PARA}\n\nContact us:{' ' * 40_000}x\n\n{PARA}\n"
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("padded.txt", dump.encode(), "text"))
    assert PARA in record["body"]
    assert " " * (MAX_SPACE_RUN + 1) not in record["body"]
