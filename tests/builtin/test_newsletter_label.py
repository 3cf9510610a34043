"""A newsletter's box printed as one line: a label naming the newsletter, its promise, maybe its button."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,language", [
    ("Newsletter: Das Wichtigste aus dem Kreis jeden Abend kostenlos per Mail. Jetzt anmelden", "de"),
    ("Unser Wirtschafts-Newsletter: Zahlen, Köpfe und Termine aus der Region, immer freitags", "de"),
    ("Nieuwsbrief: elke zaterdag de mooiste verhalen uit de provincie", "nl"),
    ("Newsletter: novinky z regionu každý pátek ráno", "cs"),
])
def test_a_newsletter_label_with_its_promise_goes(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "calls_to_action") == [("newsletter", line)]


@pytest.mark.parametrize("line,language", [
    ("Newsletter: Den Rundbrief verschickt der Verein seit 2010 an alle Mitglieder, sagte die Vorsitzende.", "de"),
    ("Newsletter-Redakteurin: Wir schreiben jeden Text selbst und lesen ihn zweimal.", "de"),
    ("Berger: Unseren Newsletter lesen inzwischen mehr als 40.000 Menschen.", "de"),
    ("Newsletter: ja", "de"),
])
def test_a_label_that_is_no_newsletter_box_stays(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()
