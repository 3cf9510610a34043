"""Dates written year first, a month name and the day, in the languages dateparser orders year, month, day (Sinhala,
Mongolian with its year's word and the month's genitive, Hungarian without the year's dot): cleaners/date_patterns.py
(`year_first_months`), cleaners/lang/date_words.toml (`year_month`) and cleaners/lang/months.toml (mn)."""
import pytest

from cleaners.dates import date_line, find_date


@pytest.mark.parametrize("codes,text,iso,rest", [
    (("mn",), "2024 оны 3 сарын 5", "2024-03-05", ""),
    (("mn",), "Улаанбаатар, 2023 оны 11-р сарын 28-ны өдөр", "2023-11-28", "Улаанбаатар"),
    (("mn",), "2022 оны долдугаар сарын 9, 08:15", "2022-07-09T08:15:00", ""),
    (("mn",), "Шинэчлэгдсэн 2024 оны 05 сарын 17", "2024-05-17", "Шинэчлэгдсэн"),
    (("si",), "2023 ජූලි 9", "2023-07-09", ""),
    (("si",), "යාවත්කාලීන කළේ 2024 මාර්තු 15, 09:30", "2024-03-15T09:30:00", "යාවත්කාලීන කළේ"),
    (("hu",), "2021 október 3, 18:00", "2021-10-03T18:00:00", ""),
])
def test_a_year_first_date_line_is_read(codes, text, iso, rest):
    line = date_line(text, languages=codes)
    assert line is not None and line.iso == iso and line.rest == rest


@pytest.mark.parametrize("codes,text", [
    # a sentence holding such a date is no date line; a length in months beside a year is no date
    (("mn",), "Засгийн газар 2024 оны 3 сарын 5-нд шинэ хууль баталсныг сайд мэдэгдлээ."),
    (("mn",), "3 сарын хугацаанд 2024 онд барилга дуусна"),
    (("si",), "රජය 2023 ජූලි 9 දින නව නීතියක් සම්මත කළ බව ඇමතිවරයා පැවසීය."),
])
def test_a_sentence_with_a_year_first_date_is_no_date_line(codes, text):
    assert date_line(text, languages=codes) is None


def test_the_order_is_read_in_year_first_languages_only():
    """English orders month, day, year: "2019 May 5" in an English text is no date of this form."""
    assert find_date("In 2019 May 5 people came", languages=("en",)) is None
    assert find_date("2019 május 5", languages=("hu",)).iso == "2019-05-05"
