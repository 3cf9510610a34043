"""A call's verb in second place of a statement (_verb_second): a subject word after it keeps the line."""
import pytest

from cleaners import lang
from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import SENTENCES, cuts

DE = SENTENCES["de"]


@pytest.mark.parametrize("line", [
    "Jetzt testen die Ingenieure die Anlage.",
    "Jetzt registrieren sich immer mehr Nutzer.",
    "Jetzt testen wir das neue Modell auf der Autobahn.",
    "Jetzt abonnieren sie die Zeitung wieder.",
    "Jetzt teilen die Nachbarn ihre Gärten.",
    "Jetzt unbegrenzt lesen die Abonnenten alle Artikel.",
])
def test_a_german_statement_opening_with_a_calls_phrase_stays(line):
    doc = run_cleaner(CallsToAction, f"{DE}\n\n{line}\n\n{DE}", language="de")
    assert cuts(doc, "calls_to_action") == []


@pytest.mark.parametrize("line,rule", [
    ("Jetzt testen", "membership"), ("Jetzt registrieren und weiterlesen!", "membership"),
    ("Jetzt testen Sie 30 Tage gratis", "membership"),            # the polite "Sie" is a call's
    ("Abonnieren Sie den Newsletter", "membership"),              # the phrase holds its subject
    ("Jetzt testen die ersten 100 Leser gratis!", "membership"),  # shouted: a call
    ("Jetzt teilen", "share"),
])
def test_the_german_calls_are_still_cut(line, rule):
    doc = run_cleaner(CallsToAction, f"{DE}\n\n{line}\n\n{DE}", language="de")
    assert cuts(doc, "calls_to_action") == [(rule, line)]


def test_a_german_statement_opening_with_an_appeal_stays_and_the_appeal_goes():
    line = "Jetzt spenden viele Bürger für die Flutopfer."
    doc = run_cleaner(Donation, f"{DE}\n\n{line}\n\n{DE}\n\nJetzt spenden und unabhängigen Journalismus sichern.",
                      language="de")
    assert cuts(doc, "donation") == [("donation-appeal", "Jetzt spenden und unabhängigen Journalismus sichern.")]


def test_every_verb_second_language_lists_its_subject_words_and_english_none():
    for code in ("de", "nl", "sv", "da", "nb"):
        assert lang.words("subject_words", (code,)), code
    assert lang.words("subject_words", ("en",)) == ()
