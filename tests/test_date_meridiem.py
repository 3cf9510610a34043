"""A 12-hour clock's mark in the language's own script: "8:41 م" is 20:41, "오후 8:41" too (`date_patterns`)."""
import pytest

from cleaners.dates import date_line, normalise_date


@pytest.mark.parametrize("text, languages, iso", [
    ("3 أبريل 2023 8:41 م", ["ar"], "2023-04-03T20:41:00"),
    ("3 أبريل 2023، 7:05 مساءً", ["ar"], "2023-04-03T19:05:00"),
    ("2023년 4월 3일 오후 8:41", ["ko"], "2023-04-03T20:41:00"),
    ("2023年4月3日 下午3:10", ["zh"], "2023-04-03T15:10:00"),
    ("2023年4月3日 午後3時10分", ["ja"], "2023-04-03T15:10:00"),
    ("3 Απριλίου 2023 9:15 μ.μ.", ["el"], "2023-04-03T21:15:00"),
    ("۱۴ فروردین ۱۴۰۲ ۴:۲۰ ب.ظ", ["fa"], "2023-04-03T16:20:00"),
    ("3 अप्रैल 2023 6:30 अपराह्न", ["hi"], "2023-04-03T18:30:00"),
    ("3 abril 2023 6:30 p. m.", ["es"], "2023-04-03T18:30:00"),
])
def test_afternoon_mark_of_the_language(text, languages, iso):
    assert normalise_date(text, languages) == iso


@pytest.mark.parametrize("text, languages, iso", [
    ("3 أبريل 2023 8:41 ص", ["ar"], "2023-04-03T08:41:00"),
    ("2023년 4월 3일 오전 12:05", ["ko"], "2023-04-03T00:05:00"),
    ("2023年4月3日 上午9:00", ["zh"], "2023-04-03T09:00:00"),
    ("3 أبريل 2023 8:41 مكة", ["ar"], "2023-04-03T08:41:00"),        # a word's first letter is no mark
    ("3 أبريل 2023 8:41 بتوقيت مكة", ["ar"], "2023-04-03T08:41:00"),
    ("April 3, 2023 8:41 a more", ["en"], "2023-04-03T08:41:00"),
    ("3 أبريل 2023 20:41", ["ar"], "2023-04-03T20:41:00"),
])
def test_morning_marks_and_look_alikes_keep_the_hour(text, languages, iso):
    assert normalise_date(text, languages) == iso


def test_date_line_takes_the_mark_in():
    assert date_line("3 أبريل 2023 8:41 م", languages=["ar"]).rest == ""
