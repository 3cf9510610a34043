"""Donation widgets in a language without a file, by their shape (cleaners/builtin/_widget_shape.py, rules
ladder-appeal and button-appeal of the donation cleaner)."""
import pytest

from cleaners import lang
from cleaners.builtin._widget_shape import is_button
from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import texts

HR = ["Gradsko vijeće u utorak je odlučilo da se stari most preko kanala iduće godine zamijeni novim, širim mostom.",
      "Gradnja bi trebala trajati dvije godine i stajati gotovo trideset milijuna eura, rekao je savjetnik gradonačelnika.",
      "Gradonačelnik je rekao da će novi most imati zasebne staze za bicikliste i pješake."]
PLEA = "Neovisno novinarstvo košta. Podržite nas mjesečnom uplatom već od 3 eura."


def test_the_lines_touching_a_ladder_are_its_appeal_and_its_button():
    assert lang.load("hr") is None
    widget = "Postanite član već od 5 eura mjesečno.\n5 €\n10 €\n25 €\nDrugi iznos"
    doc = run_cleaner(Donation, "\n\n".join([HR[0], widget, HR[1], HR[2]]), language="hr")
    assert texts(doc) == HR
    assert [r.rule for r in doc.removed] == ["ladder-appeal"] + ["amount-ladder"] * 3 + ["ladder-appeal"]


@pytest.mark.parametrize("button", ["Podržite nas", "[Postanite član](https://example.org/support)", "Doniraj"])
def test_a_short_paragraph_with_a_button_glued_under_it_is_an_appeal(button):
    doc = run_cleaner(Donation, "\n\n".join([HR[0], f"{PLEA}\n{button}", HR[1], HR[2]]), language="hr")
    assert texts(doc) == HR
    assert [(r.rule, r.text) for r in doc.removed] == [("button-appeal", PLEA), ("button-appeal", button)]


def test_lines_set_apart_from_a_ladder_a_subheading_a_dump_without_blank_lines_or_a_file_stay():
    apart = "\n\n".join([HR[0], "Postanite član već od 5 eura mjesečno.", "5 €\n10 €\n25 €", HR[1], HR[2]])
    assert "Postanite član već od 5 eura mjesečno." in texts(run_cleaner(Donation, apart, language="hr"))
    long = f"{HR[0]} {HR[1]} {HR[2]}"        # over 40 words: the article's paragraph, a heading glued under it
    spaced = "\n\n".join([HR[0], f"{long}\nNovi propisi za promet", HR[2]])
    assert long in texts(run_cleaner(Donation, spaced, language="hr"))
    tight = "\n".join([HR[0], PLEA, "Podržite nas", HR[1], HR[2]])             # every line touches the next
    assert PLEA in texts(run_cleaner(Donation, tight, language="hr"))
    glued = "\n\n".join([HR[0], f"{HR[1]}\nGradnja počinje 2027.", HR[2]])       # a date, a digit: no button
    assert HR[1] in texts(run_cleaner(Donation, glued, language="hr"))
    signed = "\n\n".join([HR[0], HR[1], f"{HR[2]}\nIvan Horvat"])                  # a name signing the last paragraph
    assert HR[2] in texts(run_cleaner(Donation, signed, language="hr"))
    de = "\n\n".join(["Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im nächsten Jahr zu ersetzen.",
                      "Die Stadt plant eine neue Brücke.\nNeue Regeln", "Der Bau soll zwei Jahre dauern."])
    assert "Die Stadt plant eine neue Brücke." in texts(run_cleaner(Donation, de, language="de"))   # a file: its words


def test_button_lines():
    assert is_button("Podržite nas") and is_button("[Doniraj sada](/support)") and is_button("Postanite član")
    assert not is_button("Gradnja počinje 2027.") and not is_button("Most je otvoren.") and not is_button("## Novi most") \
        and not is_button("Gradsko vijeće je odlučilo da se most zamijeni") and not is_button("Ivan Horvat")
