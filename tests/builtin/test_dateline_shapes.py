"""Reading times known by their shape alone (cleaners/builtin/dateline.py, rule ``reading-time-shape``):
a number of minutes in dateparser's words with a short label, in a language without a file."""
import pytest

from cleaners import lang
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

TITLE = "Ura e re u hap pas tre vjetësh ndërtimi"
BODY = ("Këshilli bashkiak miratoi buxhetin të martën pas një debati të gjatë, ku u diskutuan edhe kostot e "
        "mirëmbajtjes së urës së re dhe organizimi i trafikut në qendër.")


@pytest.mark.parametrize("code,line", [
    ("is", "Lestrartími: 4 mín"),
    ("sq", "4 min lexim"),
    ("mk", "Време за читање 6 мин."),
    ("sq", "Koha e leximit: 3 min"),
    ("sq", "Lexim 6 minuta"),            # a unit the locale does not list, opening as "min" does
    ("sq", "\u23f1 Lexim 6 minuta"),     # a clock before it
    ("mk", "\U0001f552 4 мин. читање"),
])
def test_a_reading_time_of_a_language_without_a_file_is_cut_by_its_shape(code, line):
    assert lang.load(code) is None
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert line not in texts(doc)
    assert ("reading-time-shape", line) in cuts(doc, "dateline")


def test_a_date_then_a_reading_time_gives_the_date():
    line = "3 maj 2025 · Koha e leximit 5 min"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language="sq")
    assert ("reading-time-shape", line) in cuts(doc, "dateline") and doc.metadata["date"] == "2025-05-03"


@pytest.mark.parametrize("code,lines", [
    ("sq", ["Koha e përgatitjes: 20 min", "Koha e pjekjes: 35 min"]),       # a recipe's durations: several different ones
    ("mk", ["Време за подготовка: 15 мин", "Време за печење: 40 мин"]),
    ("pl", ["Przygotowanie: 15 min", "Pieczenie: 40 min"]),
])
def test_several_different_durations_are_no_reading_time(code, lines):
    text = "\n\n".join([TITLE, *lines, BODY])
    doc = run_cleaner(Dateline, text, language=code)
    assert all(line in texts(doc) for line in lines)


@pytest.mark.parametrize("code,line", [
    ("sq", "Fjalimi zgjati 9 min."),      # a short sentence far down the article
    ("mk", "Тоа траеше 5 мин."),
])
def test_a_short_sentence_of_minutes_down_the_article_stays(code, line):
    text = "\n\n".join([TITLE, BODY, BODY.replace("buxhetin", "planin"), BODY.replace("martën", "premten"),
                        BODY.replace("qendër", "port"), line, BODY.replace("të gjatë", "të shkurtër")])
    doc = run_cleaner(Dateline, text, language=code)
    assert line in texts(doc)


def test_a_sentence_with_minutes_stays():
    line = "Koncerti zgjati 90 min dhe përfundoi me duartrokitje."
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language="sq")
    assert line in texts(doc)


@pytest.mark.parametrize("code,line,iso", [
    ("is", "Birt 3. maí 2025 kl. 14.20", "2025-05-03"),
    ("sq", "Publikuar më 3 maj 2025, ora 14:20", "2025-05-03"),
    ("sq", "Publikuar 3 maj 2025, përditësuar 4 maj 2025", "2025-05-03"),
])
def test_a_labelled_date_line_of_a_language_without_a_file_is_cut_by_its_shape(code, line, iso):
    assert lang.load(code) is None
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert ("date-line-shape", line) in cuts(doc, "dateline") and doc.metadata["date"] == iso


@pytest.mark.parametrize("code,line", [
    ("sq", "Këshilli miratoi më 3 maj 2025 buxhetin e ri për të gjitha shkollat"),    # too many words beside the date
    ("sq", "Ura e re u hap më 3 maj 2025."),                                      # a sentence's full stop
    ("de", "Wahlen am 25. Januar 2019 verschoben"),     # a language with a file: its labels are read, not counted
])
def test_a_line_of_words_and_a_date_stays(code, line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert line in texts(doc)


def test_a_labelled_date_down_the_article_stays():
    line = "3 maj 2025 ora 14.20"      # only the head's lines are read by their shape
    text = "\n\n".join([TITLE, BODY, BODY.replace("buxhetin", "planin"), BODY.replace("martën", "premten"),
                        BODY.replace("qendër", "port"), line, BODY.replace("të gjatë", "të shkurtër")])
    doc = run_cleaner(Dateline, text, language="sq")
    assert line in texts(doc)
