"""The appeal touching a row of bank details (cleaners/builtin/_donation_box.py ``widget_lines``, read by donation):
the short line right over the row, in the same paragraph, goes with it as the box's (``widget-line``), in any
language; a line set apart from the row by a blank line stays."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import texts

PARAS = {
    "en": ("The harbour board voted on Tuesday to close the old ferry pier after divers found cracks in two pillars.",
           "Ferries will dock at the cargo quay until the work is finished in the summer, the board said.",
           "Ferries will keep running twice a day."),
    "pl": ("Zarząd portu zdecydował we wtorek o zamknięciu starego pomostu, gdy nurkowie znaleźli pęknięcia w filarach.",
           "Promy będą cumować przy nabrzeżu towarowym do końca prac latem, poinformował zarząd portu.",
           "Promy nadal kursują dwa razy dziennie."),
    "sw": ("Bodi ya bandari iliamua Jumanne kufunga gati la zamani baada ya wapiga mbizi kupata nyufa kwenye nguzo mbili.",
           "Vivuko vitatia nanga kwenye gati la mizigo hadi kazi itakapokamilika wakati wa kiangazi, bodi ilisema.",
           "Vivuko vitaendelea kusafiri mara mbili kwa siku."),
}
BANK = "IBAN: DE44 5001 0517 5407 3249 31 · PayPal: kasse@harbour.example.org"


@pytest.mark.parametrize("code", ["en", "pl", "sw"])
def test_the_short_line_touching_a_bank_row_goes_with_it(code):
    a, b, short = PARAS[code]
    doc = run_cleaner(Donation, f"{a}\n\n{short}\n{BANK}\n\n{b}\n\n{a}", language=code)
    assert texts(doc) == [a, b, a]
    assert sorted(r.rule for r in doc.removed) == ["bank-details", "widget-line"]


@pytest.mark.parametrize("code", ["en", "pl", "sw"])
def test_a_short_line_set_apart_from_the_bank_row_stays(code):
    a, b, short = PARAS[code]
    doc = run_cleaner(Donation, f"{a}\n\n{short}\n\n{BANK}\n\n{b}\n\n{a}", language=code)
    assert texts(doc) == [a, short, b, a]
