"""A donation ladder laid out in one row (cleaners/builtin/_donation_box.py, rule ``unit-row``), in any language."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "The council approved the new budget on Tuesday after a long debate about the harbour and the ferry."


@pytest.mark.parametrize("code,row", [
    ("en", "£3 | £25 | £100 | £250 | Give now"), ("pl", "10 zł · 20 zł · 50 zł · 100 zł · Wspieram"),
    ("th", "100 ฿ | 250 ฿ | 500 ฿ | บริจาค"), ("sw", "Sh 1.000 • Sh 2.000 • Sh 5.000"),
])
def test_a_row_of_rising_amounts_in_one_unit_goes(code, row):
    doc = run_cleaner(Donation, f"{BODY}\n\n{row}\n\n{BODY}", language=code)
    assert texts(doc) == [BODY, BODY] and ("unit-row", row) in cuts(doc, "donation")    # no amount-ladder: a button


@pytest.mark.parametrize("row", ["Tickets: 10 € | 20 € | 15 €", "1990 | 2000 | 2010 | Census years",
                                 "5 kg | 10 kg | 8 kg | Weight", "10 € | 20 € | Adults and children over twelve years"])
def test_rows_of_mixed_units_falling_amounts_or_no_amounts_stay(row):
    doc = run_cleaner(Donation, f"{BODY}\n\n{row}\n\n{BODY}")
    assert row in texts(doc)
