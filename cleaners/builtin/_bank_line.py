"""A donation box's payment details printed as a line, in any language (``bank-details``, read by donation.py).

A box asking for support prints where to send it: "IBAN: DE12 3704 0044 0532 0130 00 · PayPal: support@example.org",
"Konto: AT61 1904 3002 3457 3201 | BIC: OPSKATWW". The line holds an IBAN (two capitals, two digits and four to
eight groups of four letters or digits, spaced or not) and is only labelled values parted by a middle dot, a bullet
or a bar, each a label of `MAX_LABEL_WORDS` words at most before its colon and a value of `MAX_VALUE_WORDS` words at
most. A sentence naming an account ("Donations can go to IBAN DE12 ..., the organisers said.") is no such row.
"""
from __future__ import annotations

import re

from ..lines import COLON, FIELD_BREAK, word_count

MAX_LABEL_WORDS = 3
MAX_VALUE_WORDS = 8
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")
_LABELLED = re.compile(rf"^(?P<label>[^\W\d_][^:：]{{0,30}}?)\s*{COLON}\s*(?P<value>\S.*)$")


def bank_details(text: str) -> bool:
    """Whether ``text`` is only a row of payment details holding an IBAN (module docstring)."""
    if not _IBAN.search(text):
        return False
    for part in FIELD_BREAK.split(text.strip()):
        m = _LABELLED.match(part)
        if m is None or word_count(m.group("label")) > MAX_LABEL_WORDS or \
                word_count(_IBAN.sub("X", m.group("value"))) > MAX_VALUE_WORDS:
            return False
    return True
