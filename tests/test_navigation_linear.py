"""Tool rows (cleaners/builtin/navigation.py, `tool_row`) read with linear patterns: the segment split and the
text-size controls run on RE2, so a line of thousands of "- " or of spaces costs one pass (with re each start was
retried to the run's end)."""
from cleaners import linear_re
from cleaners.builtin import navigation
from cleaners.builtin.navigation import tool_row

EN = ("en",)


def test_a_row_of_article_tools_and_one_with_text_size_controls_are_tool_rows():
    assert tool_row("Print | Email this | Share", EN) == "tool-row"
    assert tool_row("Text size A+ A-", EN) == "tool-row"


def test_a_sentence_with_bars_is_no_tool_row():
    assert tool_row("The mayor said the plan | which passed on Tuesday | would cost more", EN) is None


def test_long_runs_of_dashes_and_spaces_are_read_by_linear_patterns_and_are_no_tool_row():
    assert isinstance(navigation._SIZE_CONTROLS, linear_re.Pattern)
    assert isinstance(navigation._TOOL_SEGMENTS, linear_re.Pattern)
    assert tool_row("- " * 20_000 + "x", EN) is None
    assert tool_row("Print" + " " * 40_000 + "x", EN) is None
    assert navigation._TOOL_SEGMENTS.split("Print  |  Share") == ["Print", "Share"]
    assert navigation._SIZE_CONTROLS.sub("", "text size a a a") == "text size"
