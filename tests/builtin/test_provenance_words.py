"""Provenance lines in the words of each language ("Die Originalquelle dieses Artikels ist dpa")
and source lines opening with a wire service in lower case ("dpa - Bremen"): failure classes
of the blind harness (tests/generalisation_blind.py)."""
import pytest

from cleaners.builtin.dateline import Dateline
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts


@pytest.mark.parametrize("code,line", [
    ("de", "Die Originalquelle dieses Artikels ist dpa"),
    ("fr", "La source originale de cet article est AFP"),
    ("es", "La fuente original de este artículo es EFE"),
    ("pt", "A fonte original deste artigo é Lusa"),
    ("it", "La fonte originale di questo articolo è ANSA"),
    ("pl", "Oryginalnym źródłem tego artykułu jest PAP"),
])
def test_original_source_lines(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]] and [rule for rule, _ in cuts(doc, "legal")] == ["original-source"]


@pytest.mark.parametrize("code,line", [
    ("de", "Die Originalquelle des Zitats ist bis heute unklar, sagte der Historiker am Montag."),
    ("fr", "La source originale de la rumeur reste inconnue, a reconnu la préfecture mardi."),
])
def test_sentences_about_a_source_stay(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code], line]


@pytest.mark.parametrize("line", ["dpa - Bremen", "dpa \u2013 Gdańsk"])
def test_source_line_opening_with_a_lowercase_wire_service(line):
    doc = run_cleaner(Dateline, f"{SENTENCES['en']}\n\n{line}")
    assert texts(doc) == [SENTENCES["en"]] and cuts(doc, "dateline") == [("source-line", line)]


@pytest.mark.parametrize("line", ["dpa - the agency said on Monday", "and - then"])
def test_lowercase_lines_with_a_dash_stay(line):
    doc = run_cleaner(Dateline, f"{SENTENCES['en']}\n\n{line}")
    assert texts(doc) == [SENTENCES["en"], line]


# rule original-source, the print-edition note a newspaper prints under its web article
@pytest.mark.parametrize("code,line", [
    ("en", "A version of this article appeared in print on March 3, 2019, on page B4 of the Metro edition "
           "with the headline: Ferry Service Returns to the Harbor."),
    ("en", "A version of this story appeared May 9, 2021, on page 12 in the weekend edition of The Valley "
           "Courier, with the headline: New Bridge Opens."),
    ("de", "Eine Version dieses Artikels erschien am 4. Juni in der Printausgabe."),
    ("fr", "Une version de cet article est parue dans l'édition du 12 février."),
    ("es", "Una versión de este artículo apareció en la edición impresa del domingo."),
    ("it", "Una versione di questo articolo è apparsa sul giornale di ieri."),
    ("pt", "Uma versão deste artigo foi publicada na edição de sábado."),
    ("nl", "Een versie van dit artikel verscheen in de zaterdagkrant."),
])
def test_print_edition_notes(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]] and [rule for rule, _ in cuts(doc, "legal")] == ["original-source"]


@pytest.mark.parametrize("line", [
    "A version of this article appeared in 2009 as a chapter of her memoir about the mill town.",
    "The first version of this article appeared to confuse the two councils, readers pointed out.",
    "An early version of the bill appeared in print before the vote, and lawmakers objected to it.",
])
def test_sentences_about_earlier_versions_stay(line):
    doc = run_cleaner(Legal, f"{SENTENCES['en']}\n\n{line}", language="en")
    assert texts(doc) == [SENTENCES["en"], line]


# rule contact-names: a contact label before the people it names and their addresses, nothing else
@pytest.mark.parametrize("code,line", [
    ("en", "Write to Maria Santos at maria.santos@valleycourier.example and Tom Reed at tom.reed@valleycourier.example"),
    ("en", "Email Priya Nair at p.nair@harbournews.example."),
    ("de", "Schreiben Sie an Jonas Keller unter jonas.keller@talblatt.example"),
    ("fr", "Écrivez à Claire Dubois à claire.dubois@lejournal.example"),
    ("nl", "Mail naar Sanne de Vries op sanne@dagblad.example"),
])
def test_contact_lines_naming_people(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]] and [rule for rule, _ in cuts(doc, "legal")] == ["contact-names"]


@pytest.mark.parametrize("line", [
    "Write to the planning office at planning@town.example if you object to the new road.",
    "Write to your councillor and tell them what you think of the bus cuts before Friday.",
    "Email Tom Reed, the organiser, who said that tickets sold out within an hour at the box office.",
])
def test_contact_sentences_stay(line):
    doc = run_cleaner(Legal, f"{SENTENCES['en']}\n\n{line}", language="en")
    assert texts(doc) == [SENTENCES["en"], line]


@pytest.mark.parametrize("code,line", [
    ("en", "Source: the council's own survey shows that four in ten night workers have no car."),
    ("de", "Quelle: Die Zahlen des Stadtrats zeigen, dass vier von zehn Nachtarbeitern kein Auto besitzen."),
])
def test_a_long_sentence_after_a_source_label_stays(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert line in texts(doc)


@pytest.mark.parametrize("code,line", [
    ("en", "Source: adapted from the annual report of the city council."), ("de", "Quelle: dpa"),
    ("en", "Source: Reuters"),
])
def test_a_short_source_after_its_label_still_goes(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]] and [rule for rule, _ in cuts(doc, "legal")] == ["original-source"]
