"""Dates of the Solar Hijri and Hijri calendars (cleaners/date_calendars.py, cleaners/lang/calendars.toml)."""
import pytest

from cleaners.date_calendars import CalendarDataError, _data, months, to_gregorian
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
    assert find_date("12 رمضان 1447", ("de", "en")) is None
    assert months("solar_hijri", ("de", "en")) == {} and months("hijri", ("ru",)) == {}
    assert months("solar_hijri", ("ps",))["کب"] == 12 and months("hijri", ("ar",))["ذي الحجة"] == 12


def test_a_solar_hijri_date_line_is_a_date_line_with_its_labels():
    line = date_line("تاریخ انتشار: ۱۲ اسفند ۱۴۰۴، ساعت ۱۴:۰۵", languages=FA)
    assert line.iso == "2026-03-03T14:05:00" and line.rest == ""
    assert date_line("کد خبر: ۱۲۳۴ | ۱۴۰۴/۱۲/۱۲", languages=FA).iso == "2026-03-03"
    assert date_line("در روز ۱۲ اسفند ۱۴۰۴ نمایندگان مجلس طرح جدید را با اکثریت آرا تصویب کردند.", languages=FA) is None


def test_conversion_checks_the_day():
    assert to_gregorian("solar_hijri", 1404, 1, 1).isoformat() == "2025-03-21"
    assert to_gregorian("solar_hijri", 1404, 7, 31) is None
    assert to_gregorian("solar_hijri", 1404, 13, 1) is None
    assert to_gregorian("hijri", 1447, 9, 1).isoformat() == "2026-02-18"
    assert to_gregorian("hijri", 1447, 9, 31) is None
    assert to_gregorian("hijri", 1200, 1, 1) is None


@pytest.mark.parametrize("text,languages,iso", [
    ("12 رمضان 1447 هـ", ("ar", "en"), "2026-03-01"),
    ("١٢ رمضان ١٤٤٧ هـ", ("ar", "en"), "2026-03-01"),                    # Arabic-Indic digits
    ("الأحد 5 شوال 1446 هـ، 14:05", ("ar", "en"), "2025-04-03T14:05:00"),  # a weekday and a time
    ("10 ذو الحجة 1446", ("ar", "en"), "2025-06-06"),
    ("۱۲ رمضان ۱۴۴۷ ه.ق", ("fa", "en"), "2026-03-01"),                    # Persian sites print the lunar date too
])
def test_hijri_dates_are_read_and_converted(text, languages, iso):
    assert normalise_date(text, languages) == iso


def test_a_line_with_a_hijri_and_a_gregorian_date_gives_the_gregorian_one():
    line = date_line("نشر في: الأحد، 12 رمضان 1447 هـ - 1 مارس 2026 م", languages=("ar", "en"))
    assert line is not None and line.iso == "2026-03-01"
    line = date_line("الأحد 12 رمضان 1447 هـ الموافق 2 مارس 2026 م", languages=("ar", "en"))
    assert line is not None and line.iso == "2026-03-02"       # the printed date, where the two disagree
    assert date_line("صدر القرار في 5 شوال 1446 هـ بعد نقاش طويل في المجلس.", languages=("ar", "en")) is None


def test_a_mark_glued_to_the_next_word_is_no_mark():
    text = "في 12 رمضان 1447 هاجم المسلحون القرية"
    found = find_date(text, ("ar", "en"))
    assert text[found.start:found.end] == "12 رمضان 1447"


def test_a_persian_text_dump_loses_its_solar_hijri_date_line_to_the_metadata(pipeline):
    text = ("نشست شورای شهر تهران\n"
            "تاریخ انتشار: ۱۲ اسفند ۱۴۰۴، ساعت ۱۴:۰۵\n"
            "اعضای شورای شهر تهران روز سه‌شنبه درباره بودجه سال آینده شهرداری گفت‌وگو کردند و چند پیشنهاد تازه را بررسی کردند.\n"
            "رئیس شورا گفت که این بودجه باید پیش از پایان سال ۱۴۰۴ به تصویب برسد و هزینه‌های حمل و نقل عمومی افزایش یابد.\n")
    record = pipeline.record(pipeline.document("fa.txt", text.encode(), "text"))
    assert "۱۲ اسفند ۱۴۰۴" not in record["body"] and "پیش از پایان سال ۱۴۰۴" in record["body"]
    assert record["metadata"]["language"] == "fa" and record["metadata"]["date"].startswith("2026-03-03")
    assert any("۱۲ اسفند ۱۴۰۴" in cut["text"] for cut in record["removed"])


def test_a_bad_calendar_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "calendars.toml"
    bad.write_text('[solar_hijri]\nlanguages = ["fa"]\nmonths = [["x"]]\n[hijri]\nmonths = []\n', encoding="utf-8")
    with pytest.raises(CalendarDataError, match="twelve"):
        _data.__wrapped__(bad)


def test_an_arabic_text_dump_loses_its_two_calendar_date_line_to_the_metadata(pipeline):
    text = ("مجلس الوزراء يقر الموازنة الجديدة\n"
            "الأحد 12 رمضان 1447 هـ - 1 مارس 2026 م\n"
            "أقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة العامة للدولة للعام المقبل بعد نقاش استمر عدة ساعات.\n"
            "وقال وزير المالية إن الموازنة تتضمن زيادة في مخصصات التعليم والصحة وتخفيضا في النفقات الإدارية.\n")
    record = pipeline.record(pipeline.document("ar.txt", text.encode(), "text"))
    assert "رمضان 1447" not in record["body"] and "مشروع الموازنة العامة" in record["body"]
    assert record["metadata"]["language"] == "ar" and record["metadata"]["date"].startswith("2026-03-01")


TH = ("th", "en")


@pytest.mark.parametrize("text,iso", [
    ("4 ธันวาคม 2569", "2026-12-04"),                                  # the Buddhist Era: the Common Era + 543
    ("4 ธ.ค. 2569", "2026-12-04"),                                     # the abbreviated month
    ("4 ธันวาคม พ.ศ. 2569", "2026-12-04"),                             # the era named before the year
    ("วันพฤหัสบดีที่ 4 ธันวาคม 2568 เวลา 14:05 น.", "2025-12-04T14:05:00"),
    ("04/12/2569 09:15", "2026-12-04T09:15:00"),                       # in numbers, day first
    ("29 ก.พ. 2567", "2024-02-29"),                                    # 2024 is a leap year
    ("4 ธันวาคม 2025", "2025-12-04"),                                  # the Common Era, as some Thai sites print it
])
def test_buddhist_era_dates_are_read_and_converted(text, iso):
    assert find_date(text, TH).iso == iso
    assert normalise_date(text, TH) == iso


@pytest.mark.parametrize("text", [
    "29 ก.พ. 2569",                     # 2026 is a common year
    "ในปี 2569 รัฐบาลจะลงทุนเพิ่ม",      # a year alone
    "ราคา 2569 บาท",                    # a number
    "4 ธันวาคม 2750",                   # outside the calendar's years
])
def test_impossible_or_partial_buddhist_era_dates_are_none(text):
    assert find_date(text, TH) is None


def test_the_buddhist_era_is_read_only_in_thai():
    assert find_date("04/12/2569", ("en",)) is None and find_date("04/12/2569", ("de", "en")) is None
    assert months("buddhist", ("de", "en")) == {} and months("buddhist", TH)["ธ.ค."] == 12
    assert to_gregorian("buddhist", 2569, 12, 4).isoformat() == "2026-12-04"
    assert to_gregorian("buddhist", 2569, 2, 30) is None


def test_a_thai_date_line_is_a_date_line_with_its_labels():
    line = date_line("อัปเดตล่าสุด: 4 ธ.ค. 2569 เวลา 09:15 น.", languages=TH)
    assert line.iso == "2026-12-04T09:15:00" and line.rest == ""
    assert date_line("เมื่อวันที่ 4 ธันวาคม 2569 คณะรัฐมนตรีมีมติอนุมัติงบประมาณเพิ่มเติมสำหรับโครงการรถไฟฟ้า",
                     languages=TH) is None
