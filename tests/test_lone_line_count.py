"""The trailing count of a lone line (cleaners/builtin/_lone_line.py, `core(text, count=True)`): "(12)",
"24 Bilder", "02:34" come off; the pattern is linear (RE2), so a line of thousands of numbers costs one pass."""
from cleaners import linear_re
from cleaners.builtin import _lone_line
from cleaners.builtin._lone_line import core


def test_a_trailing_count_or_duration_comes_off_the_line():
    assert core("» Jetzt kommentieren (12)", count=True) == "Jetzt kommentieren"
    assert core("Zur Bildergalerie: 24 Bilder", count=True) == "Zur Bildergalerie"
    assert core("Watch the video 02:34", count=True) == "Watch the video"


def test_numbers_inside_the_line_and_a_line_without_count_stay():
    assert core("Comments 12 34", count=True) == "Comments 12"
    assert core("Read 3 stories now", count=True) == "Read 3 stories now"
    assert core("Jetzt kommentieren (12)") == "Jetzt kommentieren (12"


def test_a_line_of_thousands_of_numbers_parted_by_commas_is_read_by_a_linear_pattern():
    assert isinstance(_lone_line._COUNT, linear_re.Pattern)     # (re retried each start to the end: 18 s)
    numbers = ",".join(str(i % 10) for i in range(8000))
    assert core("Figures " + numbers + " and more", count=True) == "Figures " + numbers + " and more"
    assert core("Figures " + numbers, count=True) == "Figures"
