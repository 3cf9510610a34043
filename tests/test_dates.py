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


@pytest.mark.parametrize("text,iso", [
    ("Fr., 9. Dez. 2016, 18:30 Uhr", "2016-12-09T18:30:00"),
    ("Publié le 3 mars 2021 à 14h05", "2021-03-03T14:05:00"),
    ("vie, 9 dic 2016 18:30", "2016-12-09T18:30:00"),
    ("9 de diciembre de 2016", "2016-12-09"),
    ("Pubblicato il 9 dicembre 2016 alle 18:30", "2016-12-09T18:30:00"),
    ("Publicado em 9 de dezembro de 2016 às 18h30", "2016-12-09T18:30:00"),
    ("Gepubliceerd op 9 dec. 2016 om 18:30", "2016-12-09T18:30:00"),
    ("Опубликовано 9 декабря 2016 г., 18:30", "2016-12-09T18:30:00"),
    ("Opublikowano 9 grudnia 2016 r. o 18:30", "2016-12-09T18:30:00"),
    ("Aktualisiert am 09.12.2016, 14.20 Uhr", "2016-12-09T14:20:00"),
])
def test_date_lines_in_every_language(text, iso):
    assert date_line(text) == DateLine(iso, "")


def test_numeric_order_follows_the_language():
    assert find_date("12/25/2016").iso == "2016-12-25"           # only one order is a date
    assert find_date("3/4/2016").iso == "2016-04-03"             # day first by default
    assert find_date("3/4/2016", languages=("en", "de")).iso == "2016-03-04"
    assert find_date("3.4.2016", languages=("en",)).iso == "2016-04-03"   # dots are day-first everywhere


def test_normalise_date():
    from cleaners.dates import normalise_date
    assert normalise_date("le 3 mars 2021") == "2021-03-03"
    assert normalise_date("2016-12-09T08:00:00+01:00") == "2016-12-09T08:00:00+01:00"
    assert normalise_date("1 января 2020") == "2020-01-01"
    assert normalise_date("3 hours ago") is None         # relative: no date of its own
    assert normalise_date("March 2020") is None          # no day
    assert normalise_date("") is None and normalise_date(None) is None


def test_a_sentence_in_another_language_is_no_date_line():
    assert date_line("Am 9. Dezember 2016 hat die Armee die Stadt betreten.") is None
    assert date_line("Le 3 mars 2021, le conseil a voté le budget.") is None
