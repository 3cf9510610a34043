"""A membership box's tiers, by shape, in any language (read by donation.py; no word of a file is read).

* `tier-ladder`: lines touching one another (no blank line between), each one amount in one and the same unit
  (a currency sign or a unit of letters, `_donation_box.MAX_UNIT_CHARS` characters at most, in any script), maybe
  with its period after a slash ("/ month", "/ mån", "/ ماه"), the amounts all different: `MIN_MARKED` lines or
  more when each opens with a radio button's mark ("○ 3 € / Monat" / "● 7 € / Monat" / "○ 15 € / Monat", "( ) 5 €"),
  `MIN_PERIODIC` or more without one when each names the same period ("3 € / kk" / "7 € / kk" / "15 € / kk").
  A list of figures in a story names no period on every line, or has no radio marks.
* `tier-line`: the lines touching such a ladder above and below it: the box's appeal (`MAX_APPEAL_WORDS` words at
  most, `MAX_CLOSE_APPEAL_WORDS` in a dump whose lines all touch, where an article's short paragraph may touch it
  too) and its button (`MAX_BUTTON_WORDS` words, no sentence's stop: "Become a member →").
"""
from __future__ import annotations

import re

from ..lines import ends_sentence, word_count
from ._donation_box import _spaced, _touching, unit_amount

MIN_MARKED = 2
MIN_PERIODIC = 3
MAX_APPEAL_WORDS = 25
MAX_CLOSE_APPEAL_WORDS = 12
MAX_BUTTON_WORDS = 5
# a radio button: ○ ● ◯ ◉ ◎ ⚪ ⚫ 🔘 ☐ ☑ ☒, or "( )", "(•)", "(x)", "[ ]", "[x]"
_MARK = re.compile(r"^(?:[\u25cb\u25cf\u25ef\u25c9\u25ce\u26aa\u26ab\U0001f518\u2610\u2611\u2612]\ufe0f?|"
                   r"\(\s?[\u2022\u25cfxXoO*]?\s?\)|\[\s?[xX]?\s?\])\s*")
_PERIOD = re.compile(r"\s*(?P<period>[^\W\d_][^\s/]{0,12})$")     # after the line's last slash


def _tier(text: str) -> tuple[bool, str, str, float] | None:
    """(radio mark, period, unit, amount) of a tier's line, or None."""
    text = text.strip()
    mark = _MARK.match(text)
    rest = text[mark.end():] if mark else text
    before, slash, after = rest.rpartition("/")
    period = _PERIOD.match(after) if slash else None
    amount = unit_amount(before if period else rest)
    if amount is None or not (mark or period):
        return None
    return bool(mark), period.group("period").lower() if period else "", amount[0], amount[1]


def tier_ladders(blocks, taken: set[int]) -> list[tuple[int, str]]:
    """The tiers of a membership box and the lines touching them (module docstring)."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, tuple]] = []
    for i, block in enumerate(list(blocks) + [None]):
        tier = block is not None and i not in taken and block.kind != "code" and _tier(block.text)
        if tier and run and _touching(blocks[run[-1][0]], block) and tier[:3] == run[-1][1][:3]:
            run.append((i, tier))
            continue
        if run and len({t[3] for _, t in run}) == len(run) and len(run) >= (MIN_MARKED if run[0][1][0] else MIN_PERIODIC):
            out += [(k, "tier-ladder") for k, _ in run] + _neighbours(blocks, run[0][0], run[-1][0], taken)
        run = [(i, tier)] if tier else []
    return out


def _neighbours(blocks, first: int, last: int, taken: set[int]) -> list[tuple[int, str]]:
    out = []
    most = MAX_APPEAL_WORDS if _spaced(blocks) else MAX_CLOSE_APPEAL_WORDS
    if first > 0 and first - 1 not in taken and _touching(blocks[first - 1], blocks[first]) and \
            blocks[first - 1].kind == "p" and 0 < word_count(blocks[first - 1].text) <= most:
        out.append((first - 1, "tier-line"))
    if last + 1 < len(blocks) and last + 1 not in taken and _touching(blocks[last], blocks[last + 1]) and \
            0 < word_count(text := blocks[last + 1].text) <= MAX_BUTTON_WORDS and not ends_sentence(text):
        out.append((last + 1, "tier-line"))
    return out
