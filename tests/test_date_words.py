"""The words a date writes between its day, month and year (cleaners/lang/date_words.toml, read by
cleaners/date_patterns.py): a day's suffix ("4-an"), a day-month connector ("de", "ga") and a month-year one."""
import pytest

from cleaners import lang
from cleaners.date_find import find_date
from cleaners.date_patterns import date_words


def test_the_data_file_gives_each_key_its_words():
    words = date_words()
    assert {"of", "de", "ga"} <= set(words["day_month"]) and "-an" in words["day_suffix"]
    assert {"de", "del"} <= set(words["month_year"])


@pytest.mark.parametrize("code, text, iso", [
    ("ha", "An wallafa: 4 ga Disamba 2025, 13:45", "2025-12-04T13:45:00"),
    ("eo", "Publikigita: 4-an de decembro 2025, 13:45", "2025-12-04T13:45:00"),
    ("es", "4 de diciembre de 2025", "2025-12-04"),
    ("en", "4th of December 2025", "2025-12-04"),
])
def test_a_date_with_its_languages_connectors_is_read(code, text, iso):
    assert find_date(text, lang.languages(code)).iso == iso


@pytest.mark.parametrize("code, text", [
    ("en", "the 4 of us in December 2025"), ("ha", "4 ga mutane a 2025"), ("eo", "4-an de la grupo 2025"),
])
def test_a_connector_without_a_month_after_it_reads_no_date(code, text):
    assert find_date(text, lang.languages(code)) is None


@pytest.mark.parametrize("text, iso", [
    ("Objavljeno: 04.12.2025. u 13:45", "2025-12-04T13:45:00"),
    ("Objavljeno: 4. 12. 2025. 9:05", "2025-12-04T09:05:00"),
])
def test_a_numeric_date_with_the_years_ordinal_dot_before_a_time_is_read(text, iso):
    assert find_date(text, lang.languages("hr")).iso == iso


@pytest.mark.parametrize("text", ["verzija 1.12.2025.3", "broj 04.12.2025.17", "Stići ćemo do 1/1/2013."])
def test_a_dotted_number_or_a_sentences_stop_after_the_year_is_no_date(text):
    assert find_date(text, lang.languages("hr")) is None
