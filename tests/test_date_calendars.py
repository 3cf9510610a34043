"""Dates of the Solar Hijri calendar (cleaners/date_calendars.py, cleaners/lang/calendars.toml)."""
import pytest

from cleaners import Pipeline
from cleaners.date_calendars import CalendarDataError, _data, solar_hijri_months, solar_hijri_to_gregorian
from cleaners.dates import date_line, find_date, normalise_date

FA = ("fa", "en")


@pytest.mark.parametrize("text,iso", [
    ("۱۲ اسفند ۱۴۰۴", "2026-03-03"),
    ("سه‌شنبه ۱۲ اسفند ۱۴۰۴ - ۱۴:۰۵", "2026-03-03T14:05:00"),           # a weekday, a time after a dash
    ("۱۲ اسفند ۱۴۰۴، ساعت ۱۴:۰۵", "2026-03-03T14:05:00"),              # the Arabic comma and "ساعت"
    ("۱۲ اسفند ۱۴۰۴ ه.ش", "2026-03-03"),                               # the calendar named after the year
    ("۵ فروردين ۱۴۰۵", "2026-03-25"),                                  # the Arabic yeh of a keyboard
    ("۱ فروردین ۱۴۰۵", "2026-03-21"),                                  # Nowruz
    ("۱۴۰۴/۱۲/۱۲ - ۱۴:۰۵", "2026-03-03T14:05:00"),                     # year first, in numbers
    ("1404-12-12", "2026-03-03"),
    ("12 حوت 1404", "2026-03-03"),                                     # Dari month names, ASCII digits
    ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),                                   # the leap day of 1403
])
def test_solar_hijri_dates_are_read_and_converted(text, iso):
    assert find_date(text, FA).iso == iso
    assert normalise_date(text, FA) == iso


@pytest.mark.parametrize("text", [
    "۳۰ اسفند ۱۴۰۴",                  # 1404 is a common year: Esfand has 29 days
    "۳۱ مهر ۱۴۰۴",                    # the months of autumn have 30 days
    "در سال ۱۴۰۴ بودجه افزایش یافت",  # a year alone
    "۱۴۰۰ نفر در ۱۲ شهر",             # numbers, no date
    "۱۲ اسفند ۱۶۰۴",                  # outside the years of the calendar's data
])
def test_impossible_or_partial_solar_hijri_dates_are_none(text):
    assert find_date(text, FA) is None


def test_the_calendar_is_read_only_in_the_languages_that_write_it():
    assert find_date("12 حوت 1404", ("de", "en")) is None
    assert find_date("Die Jahre 1404/12/12 und 1404-12-12", ("de", "en")) is None
    assert solar_hijri_months(("de", "en")) == {}
    assert solar_hijri_months(("ps",))["کب"] == 12


def test_a_solar_hijri_date_line_is_a_date_line_with_its_labels():
    line = date_line("تاریخ انتشار: ۱۲ اسفند ۱۴۰۴، ساعت ۱۴:۰۵", languages=FA)
    assert line.iso == "2026-03-03T14:05:00" and line.rest == ""
    assert date_line("کد خبر: ۱۲۳۴ | ۱۴۰۴/۱۲/۱۲", languages=FA).iso == "2026-03-03"
    assert date_line("در روز ۱۲ اسفند ۱۴۰۴ نمایندگان مجلس طرح جدید را با اکثریت آرا تصویب کردند.", languages=FA) is None


def test_conversion_checks_the_day():
    assert solar_hijri_to_gregorian(1404, 1, 1).isoformat() == "2025-03-21"
    assert solar_hijri_to_gregorian(1404, 7, 31) is None
    assert solar_hijri_to_gregorian(1404, 13, 1) is None


def test_a_persian_text_dump_loses_its_solar_hijri_date_line_to_the_metadata():
    text = ("نشست شورای شهر تهران\n"
            "تاریخ انتشار: ۱۲ اسفند ۱۴۰۴، ساعت ۱۴:۰۵\n"
            "اعضای شورای شهر تهران روز سه‌شنبه درباره بودجه سال آینده شهرداری گفت‌وگو کردند و چند پیشنهاد تازه را بررسی کردند.\n"
            "رئیس شورا گفت که این بودجه باید پیش از پایان سال ۱۴۰۴ به تصویب برسد و هزینه‌های حمل و نقل عمومی افزایش یابد.\n")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("fa.txt", text.encode(), "text"))
    assert "۱۲ اسفند ۱۴۰۴" not in record["body"] and "پیش از پایان سال ۱۴۰۴" in record["body"]
    assert record["metadata"]["language"] == "fa" and record["metadata"]["date"].startswith("2026-03-03")
    assert any("۱۲ اسفند ۱۴۰۴" in cut["text"] for cut in record["removed"])


def test_a_bad_calendar_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "calendars.toml"
    bad.write_text('[solar_hijri]\nlanguages = ["fa"]\nmonths = [["x"]]\n', encoding="utf-8")
    with pytest.raises(CalendarDataError, match="twelve"):
        _data.__wrapped__(bad)
