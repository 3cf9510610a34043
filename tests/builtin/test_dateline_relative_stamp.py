"""Relative time stamps (cleaners/builtin/_relative_stamp.py, read by dateline: rule relative-stamp, and a byline's
rest of fields ending with one), in the words of dateparser and the language files; a sentence around such a time
stays."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("code,line", [
    ("en", "Updated 3 hours ago"),
    ("en", "Last updated: 45 minutes ago"),
    ("de", "Aktualisiert vor 2 Stunden"),
    ("fr", "Mis à jour il y a 4 heures"),
    ("nl", "6 uur geleden bijgewerkt"),
    ("ru", "Обновлено 5 часов назад"),
    ("ar", "تم التحديث منذ 3 ساعات"),
    ("cy", "Diweddarwyd 8 awr yn ôl"),
])
def test_a_relative_stamp_alone_goes(code, line):
    body = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(Dateline, "\n\n".join([body, body, line, body]), language=code)
    assert texts(doc) == [body] * 3 and [r.rule for r in doc.removed] == ["relative-stamp"]
    assert doc.metadata.get("date") is None


@pytest.mark.parametrize("code,line", [
    ("en", "By Marek Novak | Valley Press | Updated 3 hours ago"),
    ("de", "Von Jürgen Wolf | dpa | Aktualisiert vor 5 Stunden"),
])
def test_a_byline_with_a_relative_stamp_goes(code, line):
    body = SENTENCES[code]
    doc = run_cleaner(Dateline, "\n\n".join([body, line, body]), language=code)
    assert texts(doc) == [body, body] and [r.rule for r in doc.removed] == ["byline"]


@pytest.mark.parametrize("code,line", [
    ("en", "The fire broke out 3 hours ago and is still burning."),
    ("en", "Fire crews arrived 3 hours ago"),
    ("de", "Vor 2 Stunden begann der Streik an allen Flughäfen des Landes."),
    ("en", "By Marek Novak | Valley Press | The ferry was saved 3 hours ago after a long debate"),
])
def test_a_sentence_around_a_relative_time_stays(code, line):
    body = SENTENCES[code]
    doc = run_cleaner(Dateline, "\n\n".join([body, body, line, body]), language=code)
    assert line in texts(doc)


@pytest.mark.parametrize("code,line", [
    ("pt", "14/05/2024 18h03 Atualizado há 2 horas"),
    ("en", "May 14, 2024 6:03 pm | Updated 2 hours ago"),
    ("de", "14.05.2024 18:03 Aktualisiert vor 2 Stunden"),
    ("fr", "14 mai 2024 à 18h03, mis à jour il y a 2 heures"),
])
def test_a_date_line_ending_with_a_relative_stamp_goes_and_gives_its_date(code, line):
    body = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(Dateline, "\n\n".join([line, body, body]), language=code)
    assert texts(doc) == [body, body] and [r.rule for r in doc.removed] == ["date-line"]
    assert doc.metadata["date"] == "2024-05-14T18:03:00"


def test_a_sentence_with_a_date_and_a_relative_time_stays():
    line = "The fire broke out on May 14, 2024, and was still burning 3 hours ago."
    doc = run_cleaner(Dateline, "\n\n".join([SENTENCES["en"], line, SENTENCES["en"]]), language="en")
    assert line in texts(doc)
