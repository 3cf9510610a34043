"""The press-release tail (legal ``about-company``) in the words of the document's language."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, cuts

RELEASES = {
    "de": ("Über Hafenwerk Robotik\n\nHafenwerk Robotik ist ein Anbieter von Sensoren für Häfen. Das Unternehmen "
           "mit Sitz in Bremen beschäftigt rund 400 Menschen."),
    "fr": ("À propos d'Atelier Portuaire\n\nAtelier Portuaire est une entreprise fondée en 2009, dont le siège "
           "est à Marseille."),
    "es": "Acerca de Puerto Sensor\n\nPuerto Sensor es una empresa con sede en Valencia, fundada en 2011.",
    "nl": "Over Havenwerk\n\nHavenwerk is een bedrijf met hoofdkantoor in Rotterdam en telt 300 medewerkers.",
    "pl": "O firmie Portowe Czujniki\n\nPortowe Czujniki to spółka z siedzibą w Gdańsku, założona w 2010 roku.",
    "ru": "О компании Портовые Датчики\n\nПортовые Датчики — производитель датчиков, основана в 2012 году.",
}


@pytest.mark.parametrize("code", sorted(RELEASES))
def test_an_about_section_ending_a_release_goes_in_each_language(code):
    body = "\n\n".join([SENTENCES[code]] * 3)
    doc = run_cleaner(Legal, f"{body}\n\n{RELEASES[code]}", language=code)
    assert len(doc.blocks) == 3
    assert {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}


def test_a_closing_profile_without_a_heading_goes_in_german():
    body = "\n\n".join([SENTENCES["de"]] * 3)
    profile = ("Hafenwerk Robotik ist ein Anbieter von Hafensensoren mit Sitz in Bremen. Hafenwerk Robotik "
               "beschäftigt rund 400 Menschen und ist an der Börse notiert.")
    doc = run_cleaner(Legal, f"{body}\n\n{profile}", language="de")
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}


@pytest.mark.parametrize("code,tail", [
    ("de", "Über den Wolken\n\nDie Piloten flogen stundenlang über den Wolken, ehe sie landen durften."),
    ("fr", "À propos de la décision\n\nLe maire a dit que la décision serait prise en juin."),
    ("de", "Hafenwerk Robotik ist ein kleiner Betrieb mit Sitz in Bremen, der den Auftrag gewann."),   # one fact
    ("nl", "Over de brug\n\nDe brug gaat volgend jaar dicht voor onderhoud, zei de gemeente."),
])
def test_an_about_line_or_one_company_fact_in_a_story_stays(code, tail):
    body = "\n\n".join([SENTENCES[code]] * 3)
    doc = run_cleaner(Legal, f"{body}\n\n{tail}", language=code)
    assert doc.removed == ()
