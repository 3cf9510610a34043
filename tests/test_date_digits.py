import pytest

from cleaners.dates import date_line, find_date, normalise_date
from cleaners.digits import ascii_digits


@pytest.mark.parametrize("text,languages,iso", [
    ("۱۲ مارس ۲۰۲۶", ("fa",), "2026-03-12"),                          # Persian digits
    ("٢٠٢٦/٠٣/١٢ ١٤:٠٥", ("ar",), "2026-03-12T14:05:00"),              # Arabic-Indic digits
    ("१२ मार्च २०२६, १४:०५", ("hi",), "2026-03-12T14:05:00"),           # Devanagari digits
    ("۱۲ ژانویه ۲۰۲۶", ("fa",), "2026-01-12"),                         # "ی" where dateparser writes "ي"
    ("سه‌شنبه ۱۲ ژانویه ۲۰۲۶، ۱۴:۰۵", ("fa",), "2026-01-12T14:05:00"),  # the Arabic comma before the time
])
def test_dates_in_the_digits_of_other_scripts(text, languages, iso):
    assert find_date(text, languages).iso == iso
    assert normalise_date(text, languages) == iso


def test_positions_are_those_of_the_line_and_a_date_line_reads_its_labels():
    text = "انتشار: ۱۲ مارس ۲۰۲۶"
    found = find_date(text, ("fa",))
    assert text[found.start:found.end] == "۱۲ مارس ۲۰۲۶"
    assert date_line(text, languages=("fa",)).iso == "2026-03-12"


@pytest.mark.parametrize("text", ["x² + y³ = 2026", "① ② ③", "ⅫⅫ"])
def test_only_decimal_digits_are_translated(text):
    # superscripts, circled numbers and Roman numerals have a digit value but are no decimal digits
    assert ascii_digits(text) == text


def test_numbers_in_other_scripts_that_are_no_dates_stay_none():
    assert find_date("۱۲۳۴ نفر در سال ۱۴۰۴", ("fa",)) is None        # a Solar Hijri year is no Gregorian one
    assert find_date("कुल २०२६ लोग", ("hi",)) is None
