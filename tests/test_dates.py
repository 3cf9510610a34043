import pytest

from cleaners import lang
from cleaners.dates import DateLine, date_line, find_date

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file


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


@pytest.mark.parametrize("text,code,iso", [
    ("Publikuar: 14 mars 2026, 19:05", "sq", "2026-03-14T19:05:00"),
    ("Birt 3. maí 2025", "is", "2025-05-03"),     # Icelandic (Estonian and Finnish, once here, have a file)
])
def test_dates_of_a_language_without_a_file_are_read_with_dateparsers_names(text, code, iso):
    assert lang.load(code) is None
    assert date_line(text, languages=lang.languages(code)).iso == iso
    assert date_line(text, languages=("en",)) is None      # English names alone do not read it


def test_a_sentence_with_a_date_of_a_language_without_a_file_is_no_date_line():
    assert date_line("Ura u hap më 14 mars 2026 pas tre vjetësh ndërtimi.", languages=("sq", "en")) is None


def test_a_sentence_in_another_language_is_no_date_line():
    assert date_line("Am 9. Dezember 2016 hat die Armee die Stadt betreten.") is None
    assert date_line("Le 3 mars 2021, le conseil a voté le budget.") is None


@pytest.mark.parametrize("text,languages,iso", [
    ("10.12.2016 um 09:15 Uhr", ("de",), "2016-12-10T09:15:00"),           # a connector before a numeric date's time
    ("Veröffentlicht am: 17.03.2016 · 13:53 Uhr", ("de",), "2016-03-17T13:53:00"),   # a middle dot before the time
    ("26 may. 2021 \u2013 15:07 h", ("es",), "2021-05-26T15:07:00"),     # an en dash before the time
    ("2020-05-12 at 3:27 pm", ("en",), "2020-05-12T15:27:00"),             # an ISO date with a written time
    ("14-05-2017 om 20:46 uur", ("nl",), "2017-05-14T20:46:00"),           # day-month-year with hyphens
    ("Published on 2020-12-03", ("en",), "2020-12-03"),                     # two label words in a row
    ("Aktualizováno 14. 3. 2026 v 9:05", ("cs",), "2026-03-14T09:05:00"),   # a space after the dots
])
def test_date_line_shapes_of_every_language(text, languages, iso):
    assert date_line(text, languages=languages).iso == iso


@pytest.mark.parametrize("text", ["Call 555-12-2019 now for tickets", "Version 1.2.2016.4 is out",
                                  "Version 1. 2. 2016. 4 is out",
                                  "Published on the day the 2020-12-03 vote failed"])
def test_hyphenated_numbers_and_sentences_are_no_date_lines(text):
    assert date_line(text, languages=("nl", "en")) is None


def test_a_line_of_published_and_updated_dates_gives_the_first():
    line = "Publié le 14/03/2013 à 18h30, mis à jour le 2 mars 2017"
    assert date_line(line, languages=("fr",)).iso == "2013-03-14T18:30:00"


@pytest.mark.parametrize("text", ["From 9 May 2020 to 10 May 2020 the city was closed",
                                  "9 May 2020, 10 May 2020, 11 May 2020, 12 May 2020"])
def test_a_sentence_between_dates_or_a_run_of_dates_is_no_date_line(text):
    assert date_line(text, languages=("en",)) is None


@pytest.mark.parametrize("text,languages,iso", [
    ("Do., 16. Mär. 2017 @ 7:30 Uhr", ("de",), "2017-03-16T07:30:00"),
    ("7. Dezember 2023 / 8:48 Uhr", ("de",), "2023-12-07T08:48:00"),
])
def test_an_at_sign_or_a_slash_before_the_time(text, languages, iso):
    assert date_line(text, languages=languages).iso == iso


def test_a_slash_between_a_date_and_a_number_that_is_no_time_stays_a_date():
    assert find_date("3 March 2019 / 2020 budget", ("en",)).iso == "2019-03-03"


def test_a_weekday_name_inside_a_word_is_not_read_before_a_numeric_date():
    # "ter" (Portuguese Tuesday) closes "commuter": the date is the numbers alone
    found = find_date("bike_commuter 17.01.2016", ("pt", "en"))
    assert found is not None and found.iso == "2016-01-17" and found.start == len("bike_commuter ")
    # a weekday written as a word of its own still belongs to the date and orders its numbers
    text = "Dom., 05/06/2016"
    found = find_date(text, ("pt", "en"))
    assert found is not None and found.start == 0 and found.iso == "2016-06-05"


@pytest.mark.parametrize("text,iso", [
    ("Közzétéve 2026. március 12., 10:05", "2026-03-12T10:05:00"),      # Hungarian: the year first, with its dot
    ("2026. 03. 12. 21:33", "2026-03-12T21:33:00"),
    ("A 2004. májusi választások után", None),                            # a month without a day
    ("The plant closed in 2019. March 5 was the last shift.", None),      # a month in capitals: two sentences
])
def test_year_first_dates_with_a_dotted_year(text, iso):
    from cleaners.dates import find_date
    found = find_date(text, ("hu", "en"))
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize("text,languages", [
    ("في 1 مارس 2026 هاجم المسلحون القرية", ("ar", "en")),           # Arabic: a verb and its subject after the date
    ("ב-12 במרץ 2026 תקפו המחבלים את הכפר", ("he", "en")),
    ("۱۲ مارس ۲۰۲۶ نمایندگان طرح را تصویب کردند", ("fa", "en")),
])
def test_a_sentence_in_a_script_without_case_that_opens_with_its_date_is_no_date_line(text, languages):
    assert date_line(text, languages=languages) is None


@pytest.mark.parametrize("text,languages,rest", [
    ("1 مارس 2026 - رويترز", ("ar", "en"), "رويترز"),                 # a source apart
    ("1 مارس 2026 رويترز", ("ar", "en"), "رويترز"),                    # or alone
    ("תאריך פרסום: 12 במרץ 2026, 14:05", ("he", "en"), ""),             # labels
    ("2026년 3월 1일 연합뉴스 기자", ("ko", "en"), "연합뉴스 기자"),      # Korean agency and reporter after a space
])
def test_a_source_or_a_label_beside_a_date_in_a_script_without_case_stays_a_date_line(text, languages, rest):
    assert date_line(text, languages=languages).rest == rest


def test_an_arabic_dump_keeps_a_short_sentence_that_opens_with_a_date(pipeline):
    text = ("مجلس الوزراء يقر الموازنة الجديدة\n"
            "أقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة العامة للدولة للعام المقبل بعد نقاش استمر عدة ساعات.\n"
            "في 1 مارس 2026 هاجم المسلحون القرية\n"
            "وقال وزير المالية إن الموازنة تتضمن زيادة في مخصصات التعليم والصحة وتخفيضا في النفقات الإدارية.\n")
    record = pipeline.record(pipeline.document("ar.txt", text.encode(), "text"))
    assert "في 1 مارس 2026 هاجم المسلحون القرية" in record["body"]


@pytest.mark.parametrize("code,line,iso", [
    ("hr", "3. prosinca 2024.", "2024-12-03"),                    # the year as an ordinal, with its dot
    ("hr", "Marko Babić | 10. prosinca 2018.", "2018-12-10"),
    ("sr", "Београд, 4. март 2026.", "2026-03-04"),
    ("lt", "2020 m. rugpjūčio 7 d.", "2020-08-07"),               # year, its mark, the month, the day and its mark
    ("lt", "2023 m. vasario 14 d. | 19:44:14", "2023-02-14T19:44:14"),
])
def test_ordinal_years_and_lithuanian_dates_are_date_lines(code, line, iso):
    found = date_line(line, languages=(code, "en"))
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("code,line", [
    ("hr", "Cijene su porasle 3. prosinca 2024. za pet posto, objavio je zavod."),   # a sentence with a date
    ("lt", "2020 m. buvo sunkūs metai visai šaliai."),                               # a year, no date
    ("en", "The bridge opened on 3 May 2024. Traffic moved again."),
])
def test_sentences_around_such_dates_are_no_date_lines(code, line):
    assert date_line(line, languages=(code, "en")) is None


@pytest.mark.parametrize("line,source", [("Le Courrier du Port, March 27, 2024", "Courrier du Port"),
                                         ("Times of India, 27 March 2024", "Times of India"),
                                         ("Diario de Noticias 27.03.2024", "Diario de Noticias")])
def test_a_sources_name_may_hold_a_small_word_between_capitalised_ones(line, source):
    assert date_line(line) == DateLine("2024-03-27", source)


@pytest.mark.parametrize("line", ["he said on March 27, 2024", "Courrier du port, March 27, 2024",
                                  "March 27, 2024 of course", "Ports of call, March 27, 2024"])
def test_small_words_outside_a_capitalised_name_still_make_a_sentence(line):
    assert date_line(line) is None


def test_two_letter_month_names_of_uncased_scripts_are_read():
    """Hindi "मई", Bengali "মে", Amharic "ሜይ" are whole month names; two cased letters ("ян", "ag") are an
    abbreviation too easily met in text and stay unread."""
    from cleaners.date_find import find_date
    assert find_date("अपडेटेड: 14 मई 2024, 09:15 AM IST", ["hi"]).iso == "2024-05-14T09:15:00"
    assert find_date("১৪ মে ২০২৪", ["bn"]).iso == "2024-05-14"
    assert find_date("ሜይ 14, 2024", ["am"]).iso == "2024-05-14"
    assert find_date("14 ян 2024", ["bg"]) is None
