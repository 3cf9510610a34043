"""A label and a rising ladder of amounts on one line (rule labelled-ladder, _donation_rows.labelled_ladder)."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

PARA = "Die Gemeinde will den Anleger bis zum Sommer erneuern und dafür drei Millionen Euro ausgeben."


@pytest.mark.parametrize("line,language", [
    ("Ofiaruj: 10 zł | 25 zł | 60 zł", "pl"),
    ("Dhuroni 3 € / 7 € / 15 €", "sq"),
    ("Styrkið okkur: 1.500 kr. · 3.000 kr. · 9.000 kr.", "is"),
    ("応援する：300円 | 800円 | 2000円", "ja"),
])
def test_a_label_over_a_rising_ladder_of_amounts_goes(line, language):
    doc = run_cleaner(Donation, f"{PARA}\n\n{line}\n\n{PARA}", language=language)
    assert texts(doc) == [PARA, PARA] and cuts(doc, "donation") == [("labelled-ladder", line)]


@pytest.mark.parametrize("line", [
    "Erwachsene 12 € | Kinder 6 € | Senioren 8 €",      # words between the amounts: a price list
    "Eintritt: 20 € | 10 € | 5 €",                     # falling
    "Die Preise stiegen in drei Jahren auf 5 € | 10 € | 20 €",   # a long lead-in
])
def test_price_lists_and_falling_amounts_stay(line):
    doc = run_cleaner(Donation, f"{PARA}\n\n{line}\n\n{PARA}", language="de")
    assert texts(doc) == [PARA, line, PARA]
