"""Breadcrumb trails and share rows of text and markdown exports (cleaners/builtin/navigation.py)."""
import pytest

from cleaners.builtin.navigation import Navigation, crumbs

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("line,language,section", [
    ("Home > World > Europe", "en", "World"),
    ("Home / News / …", "en", "News"),
    ("[Home](/) › [World](/world) › [Europe](/world/europe)", "en", "World"),
    ("Startseite » Politik » Ausland", "de", "Politik"),
    ("Accueil > Monde > Europe", "fr", "Monde"),
    ("Inicio > Internacional", "es", "Internacional"),
    ("Главная / Новости / Политика", "ru", "Новости"),
    ("[Politik](/politik) > [Ausland](/politik/ausland)", "de", "Politik"),   # every crumb a link
])
def test_breadcrumbs_are_removed_and_give_the_section(line, language, section):
    doc = run_cleaner(Navigation, f"{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("breadcrumb", line)]
    assert doc.metadata["section"] == section


@pytest.mark.parametrize("line,language", [
    ("Input / Output / Storage", "en"),                 # no home page, no links
    ("Speed > 100 km/h on the new line", "en"),
    ("Small Farms / Big Data", "en"),
    ("Rock > Paper > Scissors", "en"),                  # a headline with ">": no home page, no links
    ("Startseite > Politik", "fr"),                     # another language's home word
    ("Home is where the heart is / a song by the band", "en"),
])
def test_lines_with_separators_that_are_no_trail_stay(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Share: [Facebook](https://facebook.example/s) [Twitter](https://twitter.example/s)", "en"),
    ("Share this article Facebook Twitter WhatsApp Email", "en"),
    ("[Facebook](https://f.example) | [X](https://x.example) | [LinkedIn](https://l.example)", "en"),
    ("Teilen: Facebook · X · E-Mail", "de"),
    ("Partager sur Facebook, Twitter, LinkedIn", "fr"),
    ("Compartir en Facebook | Twitter | WhatsApp", "es"),
    ("Udostępnij: [Facebook](https://f.example) [Twitter](https://t.example)", "pl"),
    ("**Share:** [Facebook](https://f.example)", "en"),
])
def test_share_rows_are_removed(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("share-row", line)]


@pytest.mark.parametrize("line", [
    "Facebook and Twitter were fined by the regulator",
    "Share prices fell 3% on Tuesday",
    "Email",                                        # one target and no label: another cleaner's call
    "Print and online editions merged last year",
    "Teilen: Facebook · X · E-Mail",                # German share label in an English document
])
def test_sentences_that_name_networks_stay(line):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language="en")
    assert line in texts(doc) and doc.removed == ()


def test_crumbs():
    assert crumbs("Home > World > Europe") == (["Home", "World", "Europe"], False)
    assert crumbs("[Home](/) > [World](/w)") == (["Home", "World"], True)
    assert crumbs("Home > The minister said the talks would resume.") is None
    assert crumbs("No separator here") is None
