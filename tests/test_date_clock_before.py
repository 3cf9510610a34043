"""Rule `clock-before-date` (`cleaners.date_find`): a time of day printed right before its date ("14:35, 12 March 2024",
a talk page's signature; "2:35 PM · Mar 12, 2024", a post's footer) is the date's time, and the date starts at the
clock; a number that is no clock, or no time of day, stays out of it."""
import pytest

from cleaners.dates import date_line, find_date, normalise_date


@pytest.mark.parametrize("text, iso, start", [
    ("14:35, 12 March 2024", "2024-03-12T14:35:00", 0),
    ("2:35 PM · Mar 12, 2024", "2024-03-12T14:35:00", 0),
    ("14:35 Uhr, 12.03.2024", "2024-03-12T14:35:00", 0),
    ("Ann Lee | 09:05 1.5.2012", "2012-05-01T09:05:00", 10),
    ("12:01 am - 3 May 2012", "2012-05-03T00:01:00", 0),
])
def test_a_clock_before_its_date_gives_the_time(text, iso, start):
    found = find_date(text, ("en", "de"))
    assert (found.iso, found.start) == (iso, start)


def test_a_line_of_a_clock_and_a_date_is_a_date_line_without_rest():
    assert date_line("14:35, 12 March 2024 (UTC)", languages=("en",)).rest == ""
    assert normalise_date("18:02 · 4 марта 2024", ("ru",)) == "2024-03-04T18:02:00"


@pytest.mark.parametrize("text", [
    "Score 2:1, 12 March 2024",         # no minutes
    "25:10 12 March 2024",              # no time of day
    "v2:14 12 March 2024",              # inside a token
    "3.45 12.03.2024",                  # a dot: a price, a score
    "14:35 and then, on 12 March 2024",  # words between them
])
def test_what_is_no_clock_before_the_date_leaves_the_date_alone(text):
    found = find_date(text, ("en",))
    assert found.iso == "2024-03-12" and found.start > 0


def test_a_date_with_its_own_time_keeps_it():
    assert find_date("08:00 12 March 2024 14:35", ("en",)).iso == "2024-03-12T14:35:00"


@pytest.mark.parametrize("text, langs, iso", [
    ("8:41 م 12 مارس 2024", ("ar", "en"), "2024-03-12T20:41:00"),          # the mark after the minutes
    ("8:41 م، 12 مارس 2024", ("ar", "en"), "2024-03-12T20:41:00"),         # and an Arabic comma
    ("8:41 ب.ظ ۱۲ مارس ۲۰۲۴", ("fa", "en"), "2024-03-12T20:41:00"),
    ("오후 8:41 2024년 3월 12일", ("ko", "en"), "2024-03-12T20:41:00"),       # the mark before the hour
    ("오전 8:41 2024년 3월 12일", ("ko", "en"), "2024-03-12T08:41:00"),
    ("下午8:41 2024年3月12日", ("zh", "en"), "2024-03-12T20:41:00"),
])
def test_a_clock_before_its_date_reads_the_meridiem_mark_of_the_language(text, langs, iso):
    found = find_date(text, langs)
    assert (found.iso, found.start) == (iso, 0)


def test_a_word_after_the_clock_is_no_mark():
    # "مكة" (Mecca) starts with the letter of the afternoon mark: a word between clock and date, no clock of it
    found = find_date("8:41 مكة 12 مارس 2024", ("ar", "en"))
    assert found.iso == "2024-03-12" and found.start > 0
