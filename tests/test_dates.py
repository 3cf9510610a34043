import pytest

from cleaners.dates import DateLine, date_line, find_date


@pytest.mark.parametrize("text,iso", [
    ("Fri Dec 9, 2016 18:30:54", "2016-12-09T18:30:54"),
    ("9 December 2016", "2016-12-09"),
    ("December 11, 2016", "2016-12-11"),
    ("11th of December, 2016 at 7:05 pm", "2016-12-11T19:05:00"),
    ("Dec. 11, 2016, 12:15 a.m. EST", "2016-12-11T00:15:00"),
    ("2016-12-09T08:00", "2016-12-09T08:00:00"),
    ("09.12.2016, 14:20", "2016-12-09T14:20:00"),
])
def test_find_date_formats(text, iso):
    assert find_date(text).iso == iso


def test_find_date_span_and_invalid_dates():
    found = find_date("Posted on 9 December 2016 by the desk")
    assert (found.start, found.end) == (10, 25)
    assert find_date("February 30, 2016") is None
    assert find_date("Version 1.2.2016.5 of the app") is None
    assert find_date("Version 1.2.2016 of the app").iso == "2016-02-01"  # day-first
    assert find_date("1,000 people in 2016") is None
    assert find_date("December 9, 2016 25:99").iso == "2016-12-09"


@pytest.mark.parametrize("text,iso,rest", [
    ("Published: December 9, 2016", "2016-12-09", ""),
    ("Fri Dec 9, 2016 18:30:54 | Alalam", "2016-12-09T18:30:54", "Alalam"),
    ("Last updated 2016-12-09 10:00 UTC", "2016-12-09T10:00:00", ""),
])
def test_date_line(text, iso, rest):
    assert date_line(text) == DateLine(iso, rest)


@pytest.mark.parametrize("text", [
    "On December 9, 2016 the army entered the city.",
    "The talks ended on 9 December 2016.",
    "December 9, 2016 Syrian Army Units Enter The Old City Of Aleppo Today",
    "9 December 2016 " + "x" * 120,
])
def test_sentences_with_dates_are_not_date_lines(text):
    assert date_line(text) is None


def test_max_rest_words():
    assert date_line("9 December 2016 Alalam", max_rest_words=0) is None
    assert date_line("9 December 2016", max_rest_words=0).iso == "2016-12-09"
