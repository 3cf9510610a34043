"""Inflected month forms dateparser's locale data lacks (cleaners/lang/months.toml, read by cleaners/date_names.py)
and the year-first Latvian, Basque and Kazakh date forms (cleaners/date_forms.py)."""
import pytest

from cleaners.date_names import MonthDataError, names, supplements
from cleaners.dates import date_line


@pytest.mark.parametrize("codes,text,iso,rest", [
    (("sr", "en"), "Beograd, 4. marta 2026. u 10:32", "2026-03-04T10:32:00", "Beograd"),     # Serbian Latin genitive
    (("sr", "en"), "Beograd, 4. марта 2026.", "2026-03-04", "Beograd"),                        # Serbian Cyrillic genitive
    (("sr", "en"), "Novi Sad, 17. avgust 2025.", "2025-08-17", "Novi Sad"),                     # Serbian Latin nominative
    (("hr", "bs", "en"), "Sarajevo, 14. marta 2026. u 19:05", "2026-03-14T19:05:00", "Sarajevo"),  # Bosnian genitive
    (("sl", "en"), "Ljubljana, 4. marca 2026 ob 10:32", "2026-03-04T10:32:00", "Ljubljana"),  # Slovenian genitive
    (("lv", "en"), "2026. gada 4. martā, 10:47", "2026-03-04T10:47:00", ""),                   # Latvian locative, year first
    (("lv", "en"), "2026. gada 4. marts", "2026-03-04", ""),                                   # Latvian nominative, year first
    (("lv", "en"), "Rīga, 12. augustā 2025", "2025-08-12", "Rīga"),
    (("et", "en"), "4. märtsil 2026 kell 10:32", "2026-03-04T10:32:00", ""),                   # Estonian adessive
    (("eu", "en"), "2026ko martxoaren 4a, 10:32", "2026-03-04T10:32:00", ""),                  # Basque, year first
    (("kk", "en"), "2026 жылғы 4 наурыз, 10:32", "2026-03-04T10:32:00", ""),                  # Kazakh, year first
    (("kk", "en"), "Астана, 2026 ж. 17 тамыз", "2026-08-17", "Астана"),
])
def test_inflected_month_date_lines_are_read(codes, text, iso, rest):
    line = date_line(text, languages=codes)
    assert line is not None and line.iso == iso and line.rest == rest


@pytest.mark.parametrize("codes,text", [
    (("sr", "en"), "Cijene su porasle 4. marta 2026. za pet posto, objavio je zavod."),
    (("sr", "en"), "Цене су порасле 4. марта 2026. за пет одсто, објавио је завод."),
    (("hr", "bs", "en"), "Vlada je 14. marta 2026. usvojila novi zakon o porezima, rekao je ministar."),
    (("sl", "en"), "Cene so se 4. marca 2026 zvišale za pet odstotkov, je sporočil urad."),
    (("lv", "en"), "Saeima 2026. gada 4. martā pieņēma jaunu likumu par nodokļiem, paziņoja ministrs."),
    (("et", "en"), "Hinnad tõusid 4. märtsil 2026 viis protsenti, teatas statistikaamet."),
    (("eu", "en"), "Prezioak 2026ko martxoaren 4an bost puntu igo ziren, jakinarazi du institutuak."),
    (("kk", "en"), "Үкімет 2026 жылғы 4 наурызда жаңа заң қабылдады, деп хабарлады министр."),
])
def test_a_sentence_with_an_inflected_month_date_is_no_date_line(codes, text):
    assert date_line(text, languages=codes) is None


def test_the_forms_are_read_in_their_language_only():
    assert names(("sl", "en"))[0]["marca"] == 3
    assert "marca" not in names(("en",))[0] and "martā" not in names(("sr", "en"))[0]
    assert date_line("2026. gada 4. martā", languages=("en",)) is None


def test_every_language_has_twelve_months():
    assert all(len(months) == 12 for months in supplements().values())


def test_a_bad_months_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "months.toml"
    bad.write_text('sr = [["marta"]]\n', encoding="utf-8")
    with pytest.raises(MonthDataError, match="twelve"):
        supplements.__wrapped__(bad)
