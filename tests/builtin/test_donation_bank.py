"""A donation box's payment details in any language (cleaners/builtin/_bank_line.py, donation's bank-details)."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("code,line", [
    ("de", "IBAN: DE44 5001 0517 5407 3249 31 · PayPal: spenden@talbote.example.de"),
    ("sv", "Bankgiro: 123-4567 | IBAN: SE45 5000 0000 0583 9825 7466"),
    ("pl", "Numer konta: PL61109010140000071219812874 • BIC: WBKPPLPP"),
    ("fa", "IBAN: IR06 0170 0000 0012 3456 7890 12 · ایمیل: help@khabar.example.ir"),
])
def test_a_row_of_payment_details_goes(code, line):
    doc = run_cleaner(Donation, f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert texts(doc) == [SENTENCES[code], SENTENCES[code]]


@pytest.mark.parametrize("code,line", [
    ("en", "Donations can go to IBAN GB29 NWBK 6016 1331 9268 19, the organisers said on Monday."),
    ("de", "Die Polizei warnt: Betrüger nennen am Telefon eine falsche IBAN und fordern Überweisungen."),
    ("de", "Kontonummer: die Bank hat die alte Nummer nach der Fusion geändert"),
])
def test_a_sentence_naming_an_account_stays(code, line):
    doc = run_cleaner(Donation, f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert texts(doc) == [SENTENCES[code], line, SENTENCES[code]]
