"""dateline: date lines in the head (labels, times, several parts, badges) go to metadata, against
sentences and lines that only hold a date.
"""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts
from ._dateline import BODY, TITLE

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file


def test_date_line_and_byline_in_the_head_go_to_metadata():
    text = f"{TITLE}\n\nFri Dec 9, 2016 18:30:54\n\nBy Maria Lopez\n\n{BODY}"
    doc = run_cleaner(Dateline, text)
    assert texts(doc) == [TITLE, BODY]
    assert doc.metadata["date"] == "2016-12-09T18:30:54" and doc.metadata["author"] == "Maria Lopez"
    assert cuts(doc, "dateline") == [("date-line", "Fri Dec 9, 2016 18:30:54"), ("byline", "By Maria Lopez")]


def test_byline_with_date_and_late_date_line():
    text = f"{TITLE}\n\nwritten by Ana Costa | 9 December 2016\n\n{BODY}\n\n" + "\n\n".join([BODY] * 3) + \
           "\n\nUpdated: 2017-01-05"
    doc = run_cleaner(Dateline, text)
    assert doc.metadata["author"] == "Ana Costa" and doc.metadata["date"] == "2016-12-09"
    assert ("date-line", "Updated: 2017-01-05") in cuts(doc, "dateline")


def test_existing_metadata_is_not_overwritten():
    doc = run_cleaner(Dateline, f"9 December 2016\n\nBy Ana Costa\n\n{BODY}", date="2016-12-08", author="Desk")
    assert (doc.metadata["date"], doc.metadata["author"]) == ("2016-12-08", "Desk")
    assert texts(doc) == [BODY]


@pytest.mark.parametrize("line", [
    "By the end of the year, prices had fallen by half.",
    "by plane or by train, the trip takes hours",
    "On March 3, 2020 the company said it would close the plant.",
    "The talks, held on 9 December 2016, ended without a deal.",
    "December 9, 2016 was the coldest day of the year.",
    "Paris - the city said on Monday it would close schools.",
    "More than 200 people were evacuated.",
])
def test_sentences_are_not_date_or_bylines(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [TITLE, line, BODY] and doc.removed == ()
    assert doc.metadata["date"] is None and doc.metadata["author"] is None


@pytest.mark.parametrize("line", [
    "\u2014 Harbour Authority (@harbourauth) March 3, 2021",
    "Lena Fisk (@lfisk) 4 May 2020",
    "\u2014 @citydesk March 3, 2021",
])
def test_signature_of_an_embedded_post_stays(line):
    quote = "The ferry terminal reopens on Monday after two weeks of repairs to the pier."
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{quote}\n\n{line}\n\n{BODY}")
    assert line in texts(doc)
    assert not cuts(doc, "dateline")


@pytest.mark.parametrize("line", ["Harbour Authority, March 3, 2021", "Posted: March 3, 2021", "March 3, 2021 @ 10:30"])
def test_date_lines_without_a_handle_still_go(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert line not in texts(doc)
    assert [rule for rule, _ in cuts(doc, "dateline")] == ["date-line"]


def test_a_long_line_of_dates_goes_with_the_first_date():
    line = "Publicado el lunes, 24 de enero de 2022 a las 19:58, actualizado el 22 de diciembre de 2024, a las 22:24"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language="es")
    assert texts(doc) == [TITLE, BODY] and doc.metadata["date"] == "2022-01-24T19:58:00"


@pytest.mark.parametrize("stamp, language", [("Updated: 3:20 p.m.", "en"), ("Aktualisiert um 15:20 Uhr", "de"),
                                             ("Mis à jour : 15 h 20", "fr"), ("Atualizado às 15h20", "pt")])
def test_a_time_stamp_without_a_date_is_cut_anywhere_and_gives_no_date(stamp, language):
    text = f"{TITLE}\n\n{BODY}\n\n{stamp}\n\n{BODY}"
    doc = run_cleaner(Dateline, text, language=language)
    assert texts(doc) == [TITLE, BODY, BODY] and cuts(doc, "dateline") == [("time-line", stamp)]
    assert not doc.metadata.get("date")


def test_a_sentence_at_a_clock_time_and_a_figure_after_a_label_stay():
    lines = ["Updated at 3:20 p.m., the figures showed turnout above 60 percent.", "At 3:20 p.m. the vote began.",
             "Updated 3.5 million"]
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, BODY] + lines))
    assert texts(doc) == [TITLE, BODY] + lines


@pytest.mark.parametrize("line", ["Atualizado a 14/08/2017 às 10:35", "Publicado a 3 de março de 2021"])
def test_a_european_portuguese_date_line_with_a_is_cut(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{SENTENCES['pt']}", language="pt")
    assert cuts(doc, "dateline") == [("date-line", line)] and doc.metadata["date"][:4] in line


def test_a_portuguese_sentence_that_opens_with_atualizado_a_stays():
    line = "Atualizado a cada hora, o painel mostra os números da câmara."
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{SENTENCES['pt']}\n\n{line}", language="pt")
    assert line in texts(doc) and doc.removed == ()


def test_the_date_line_of_a_language_without_a_file_goes_to_metadata():
    body = "Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit."
    doc = run_cleaner(Dateline, f"Ura e re u hap\n\nPublikuar më 14 mars 2026, 19:05\n\n{body}", language="sq")
    assert texts(doc) == ["Ura e re u hap", body] and doc.metadata["date"] == "2026-03-14T19:05:00"
    kept = run_cleaner(Dateline, f"Ura e re u hap\n\nUra u hap më 14 mars 2026.\n\n{body}", language="sq")
    assert "Ura u hap më 14 mars 2026." in texts(kept)


@pytest.mark.parametrize("line,date,author,code", [
    ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "2019-11-19T00:21:00", None, "en"),   # (its time too)
    ("5:45 AM PST 11/19/2019 by Ann Lee", "2019-11-19", "Ann Lee", "en"),
    ("Leeds, City Desk | Updated: 19 November 2019, 09:01 AM", "2019-11-19T09:01:00", None, "en"),
    ("19. November 2019 | Aktualisiert vor 3 Stunden", "2019-11-19", None, "de"),
    ("19 novembre 2019 · Mis à jour il y a 3 heures", "2019-11-19", None, "fr"),
])
def test_a_date_line_of_several_parts_goes_with_its_date_and_author(line, date, author, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and cuts(doc, "dateline") == [("date-line", line)]
    assert doc.metadata["date"] == date and doc.metadata["author"] == author


@pytest.mark.parametrize("line", [
    "Sales rose by a fifth / November 19, 2019 was a record day",
    "November 19, 2019 | The council met and approved the tram line",
    "The city | its people | March 3, 2021",
    "Leeds | Hull | York | Selby | Ripon | March 3, 2021",     # one place at most: a list of places is no date line
])
def test_parts_that_are_no_date_place_time_or_byline_keep_the_line(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [TITLE, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("badge,date,code", [
    ("Mar72016", "2016-03-07", "en"),       # a calendar badge of three boxes (month, day, year) run together
    ("7Mar2016", "2016-03-07", "en"),
    ("Mär72016", "2016-03-07", "de"),
])
def test_a_date_badge_run_together_is_a_date_line(badge, date, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\nMonday\n\n{badge}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, "Monday", BODY]
    assert cuts(doc, "dateline") == [("date-line", badge)] and doc.metadata["date"] == date


@pytest.mark.parametrize("line", ["Route142016", "xorg2016", "Model3 2016", "Gate12 Terminal2016"])
def test_a_word_run_into_numbers_is_no_date_badge(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [TITLE, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("line", ["NEW YORK | 09.12.2016", "Updated | 09.12.2016", "Berlin | 09.12.2016",
                                  "Leeds, City Desk | 09.12.2016"])
def test_a_place_or_a_label_before_a_date_is_no_author(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert doc.metadata.get("author") is None and cuts(doc, "dateline") == [("date-line", line)]
