"""Consent and legal notices in a language without a file, by an English loanword and their place
(cleaners/builtin/_notice_shape.py, rule notice-shape of the legal cleaner)."""
import pytest

from cleaners import lang
from cleaners.builtin._notice_shape import is_button
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import texts

HR = ["Gradsko vijeće u utorak je odlučilo da se stari most preko kanala iduće godine zamijeni novim, širim mostom.",
      "Gradnja bi trebala trajati dvije godine i stajati gotovo trideset milijuna eura, rekao je savjetnik gradonačelnika.",
      "Gradonačelnik je rekao da će novi most imati zasebne staze za bicikliste i pješake."]
NOTICE = "Ova stranica koristi kolačiće (cookies) kako bi vam pružila bolje korisničko iskustvo. Nastavkom pregleda pristajete."


@pytest.mark.parametrize("button", ["OK", "Prihvati | Postavke", "\u2713"])
def test_a_notice_over_a_button_line_goes_with_the_button(button):
    assert lang.load("hr") is None
    doc = run_cleaner(Legal, "\n\n".join([HR[0], NOTICE, button, HR[1], HR[2]]), language="hr")
    assert texts(doc) == [HR[0], HR[1], HR[2]]
    assert [(r.rule, r.text) for r in doc.removed] == [("notice-shape", NOTICE), ("notice-button", button)]


def test_a_notice_that_opens_or_closes_the_body_goes():
    for parts in ([NOTICE] + HR, HR + [NOTICE]):
        doc = run_cleaner(Legal, "\n\n".join(parts), language="hr")
        assert texts(doc) == HR and [r.rule for r in doc.removed] == ["notice-shape"]


def test_a_paragraph_on_cookies_inside_the_article_or_in_a_language_with_a_file_stays():
    law = "Europska komisija predložila je da se pravila o kolačićima (cookies) pojednostave do iduće godine."
    doc = run_cleaner(Legal, "\n\n".join([HR[0], law, HR[1], HR[2]]), language="hr")
    assert texts(doc) == [HR[0], law, HR[1], HR[2]]          # between paragraphs, no button under it
    doc = run_cleaner(Legal, "\n\n".join([HR[0], law, "Novi propisi", HR[1], HR[2]]), language="hr")
    assert law in texts(doc)                                   # a two-word subheading is no button line
    de = "Die EU-Kommission will die Regeln für Cookies bis zum kommenden Jahr deutlich vereinfachen."
    doc = run_cleaner(Legal, "\n\n".join([de, "OK", HR[1]]), language="de")
    assert de in texts(doc)                                    # German has a file: its words are read


def test_button_lines():
    assert is_button("OK") and is_button("Prihvati | Postavke") and is_button("\u2713") and is_button("Accept all · Reject")
    assert not is_button("Novi most je otvoren.") and not is_button("Cijene rastu 3 posto") and not is_button("Novi propisi") \
        and not is_button("Gradsko vijeće odlučilo je")
