"""The appeal over a donation ladder, known in any language by the ladder's lowest amount ("Support independent
journalism from just $3 a month." over "$3 | $5 | $10"; rule ``ladder-amount-appeal``, read by donation.py): a line
of `MAX_WORDS` words at most, no running text, right above a line cut as a ladder (blank line between or not), that
names the ladder's first amount (a single sentence of twelve words or more too, when it writes that amount with a
currency sign: "Support independent journalism: give from 5000₮ a month."; not "prints string(5)" over "5 €"). A
sentence of the article above a ladder names other figures, or runs longer. The
two printed as one line ("Support us from just €2. Give: €2 | €5 | €10") go whole (rule ``appeal-ladder-line``): a
short appeal closed by its full stop, then a row of `MIN_STEPS` amounts or more parted by bars, middle dots or
bullets, each in a currency, rising, the first named in the appeal ("Round 1 | Round 2 | Round 3" names no currency
and stays)."""
from __future__ import annotations

import re
import unicodedata

from ..digits import ascii_digits
from ..lines import is_prose, is_quoted, word_count
from ._donation_box import unit_amount

MAX_WORDS = 20
MIN_STEPS = 3
MAX_ABBREVIATION = 3      # letters of a currency written as an abbreviation ("р.", "ден.")
LADDER_RULES = frozenset({"amount-ladder", "labelled-ladder", "unit-ladder", "unit-row", "tier-ladder"})
# a number, its thousands parted by a space, a dot or a comma ("10 000", "2.350"), not its decimals
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|(?<![\d.,])\d+")
_STOP = re.compile(r"[.!\u0964\u3002](?=\s)")    # a sentence's stop (the danda too) before the row
_PARTS = re.compile(r"\s[|\u00b7\u2022]\s|\|")     # a row's separators: a bar, a middle dot or a bullet between spaces


def _numbers(text: str) -> list[str]:
    return [re.sub(r"\D", "", n) for n in _NUMBER.findall(ascii_digits(text))]


def _signed_amount(text: str, number: str) -> bool:
    """``number`` is written in ``text`` beside a currency sign ("£3", "5000₮", "€ 5"), not as a bare figure."""
    text = ascii_digits(text)
    for m in _NUMBER.finditer(text):
        if re.sub(r"\D", "", m.group()) == number:
            near = (text[:m.start()].rstrip()[-1:], text[m.end():].lstrip()[:1])
            if any(c and unicodedata.category(c) == "Sc" for c in near):
                return True
    return False


def _one_sentence(text: str) -> bool:
    """``text`` holds one sentence, no stop inside it before a space ("Support us: give from 5000₮ a month.")."""
    return _STOP.search(text.rstrip()) is None


def amount_appeals(blocks, cuts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The appeals right above the ladders among ``cuts`` (module docstring)."""
    taken = {k for k, _ in cuts}
    out = []
    for i in sorted(k for k, rule in cuts if rule in LADDER_RULES):
        above = i - 1
        if above < 0 or above in taken or not (first := _numbers(blocks[i].text)[:1]):
            continue
        text = blocks[above].text
        if blocks[above].kind == "p" and word_count(text) <= MAX_WORDS and not is_quoted(text) \
                and first[0] in _numbers(text) \
                and (not is_prose(text) or _one_sentence(text) and _signed_amount(text, first[0])):
            out.append((above, "ladder-amount-appeal"))
    return out


def _in_currency(parts: list[str], is_amount) -> bool:
    """Each part an amount in a currency: a sign or code (``is_amount``), or one abbreviation closed by its stop
    after or before every number, `MAX_ABBREVIATION` letters at most ("5 р.", "රු. 500"; "Round 2" is none)."""
    if all(is_amount(p) for p in parts):
        return True
    units = {u[0] if (u := unit_amount(p)) else None for p in parts}
    unit = units.pop() if len(units) == 1 else None
    return bool(unit) and unit.endswith(".") and len(unit.rstrip(".")) <= MAX_ABBREVIATION


def _rising_row(text: str, is_amount) -> str | None:
    """The first amount of a row of `MIN_STEPS` amounts or more parted by bars, middle dots or bullets, rising, each
    an amount in a currency (``is_amount``; a label may stand before the first)."""
    parts = _PARTS.split(text)
    parts[0] = parts[0].rsplit(":", 1)[-1]
    numbers = [_numbers(p) for p in parts]
    if len(parts) < MIN_STEPS or not all(len(n) == 1 for n in numbers) or not _in_currency(parts, is_amount):
        return None
    values = [int(n[0]) for n in numbers]
    return numbers[0][0] if all(a < b for a, b in zip(values, values[1:])) else None


def appeal_ladder_lines(blocks, taken: set[int], is_amount) -> list[tuple[int, str]]:
    """Lines that are an appeal and its ladder printed as one (module docstring; ``is_amount``: an amount in a
    currency, donation.py's)."""
    out = []
    for k, b in enumerate(blocks):
        if k in taken or b.kind != "p" or not _PARTS.search(b.text) or word_count(b.text) > 2 * MAX_WORDS:
            continue
        for stop in _STOP.finditer(b.text):     # (a unit's stop may stand inside the row: "100 ден. | 300 ден.")
            head, row = b.text[:stop.end()], b.text[stop.end():]
            if _PARTS.search(head) or word_count(head) > MAX_WORDS:
                break
            if (first := _rising_row(row, is_amount)) and first in _numbers(head):
                out.append((k, "appeal-ladder-line"))
                break
    return out
