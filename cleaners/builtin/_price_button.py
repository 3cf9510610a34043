"""A membership or donation button that names its price per period (read by donation.py): "❤ Become a member –
£5/month", "♥ Mitglied werden – 5 €/Monat", "Devenir membre – 5 €/mois".

The button is a short label, a dash and a price per period: an amount (a number with at most a short currency sign
or word beside it) and, after a slash, one word. It opens with a heart (`HEARTS`), in any language, or its label is
a donate or appeal phrase of the document's languages (`donate`, `appeal` in `cleaners/lang`). `price-button`: the
line that is such a button goes, and so does a line that is a short statement of `MAX_APPEAL_WORDS` words at most,
quoted nowhere and reporting nobody, with the heart button glued after it ("Local news needs you. ❤ Become a member –
£5/month": the widget's appeal and its button). "Tickets – £5/person" (no heart, no appeal) and a longer paragraph
before a heart button stay.
"""
from __future__ import annotations

import re

from .. import lang
from ..lines import is_quoted
from ._word_size import statement_words

MAX_APPEAL_WORDS = 20
MAX_CHARS = 300
HEARTS = "\u2764\u2665\u2661\U0001f499\U0001f49a\U0001f49b\U0001f49c\U0001f9e1\U0001f90d\U0001f5a4\U0001f496\U0001f497"
# a label, a dash, an amount with a short sign or word beside it, a slash and one word: "Bliv medlem – 50 kr./md."
_BUTTON = re.compile(rf"(?:^|\s)(?P<sign>[{HEARTS}]\ufe0f?\s*)?(?P<label>[^\W\d_][^\d\n.!?\u3002{HEARTS}]{{1,40}}?)\s+[-\u2013\u2014]\s+"
                     r"(?:[^\s\d]{1,6}\s?)?\d[\d.,\u066b\u066c\s]{0,8}(?:\s?[^\s\d/]{1,8})?\s*/\s*[^\s\d/]{1,12}\s*$")


def price_button(text: str, langs: tuple[str, ...]) -> bool:
    """Whether the line is a price button, or a short appeal with a heart price button glued after it (module
    docstring)."""
    if len(text) > MAX_CHARS or not any(c.isdigit() for c in text):
        return False
    m = _BUTTON.search(text)
    if m is None:
        return False
    head = text[:m.start()].strip()
    if not m.group("sign"):
        label = m.group("label").strip()
        return not head and bool(lang.pattern("donate", langs, where="line").match(label)
                                 or lang.pattern("appeal", langs, where="start").match(label))
    return not head or (statement_words(head) <= MAX_APPEAL_WORDS and not is_quoted(head)
                        and not lang.pattern("reported", langs).search(head))
