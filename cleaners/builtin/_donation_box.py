"""A donation box's other lines, by shape, in any language (read by donation.py).

* `progress-bar`: a fund-raiser's bar drawn in text, with or without its share: a run of block glyphs
  ("███████░░░ 70%") or a bracketed bar of ``=``/``#``/``>`` closed by a share ("[======>     ] 35 %").
  No sentence is drawn so; the rule reads the line anywhere.
* `unit-ladder`: `MIN_LADDER` lines or more touching one another (no blank line between), each one amount with
  one and the same unit of `MAX_UNIT_CHARS` characters at most before or after it ("5 lekë" / "10 lekë" /
  "25 lekë", "Rp 10.000" / "Rp 25.000"), the amounts rising: a ladder in a currency donation.py does not know.
* `unit-row`: the same ladder laid out in one row, parted by bars or dots, maybe a button after it (`unit_rows`).
* `progress-line`: an amount raised, at most `MAX_PAIR_WORDS` words, and the goal in the same unit, higher
  ("£104,815 raised of £150,000"), the whole line; touching a line of the box, a few words may stand before the
  first amount or after the goal too ("Собрано 31 500 ₽ из 50 000 ₽", "37.000 € von 50.000 € gesammelt").
* `progress-row`: the box printed as one line, parted by bars or dots: an appeal, a progress line, buttons
  ("Keep us going. £26,000 raised of £50,000 · Donate →", `progress_rows`).
* `widget-line`: a line touching (no blank line, no cut line between) a line of the box cut by a rule of the
  donation cleaner, `MAX_WIDGET_WORDS` words at most, with a digit or a share in it ("Ziel: 20.000 €",
  "$117,327 raised of $150,000", "13%") or a button's shape (`_widget_shape.is_button`); where two lines of
  the box are cut, or one that is a whole ladder in a row, any line of `MAX_APPEAL_WORDS` words touching them
  goes too (the appeal over the box). Only
  in a dump whose paragraphs are set apart by blank lines (`_spaced`): where every line touches the next,
  the article's lines touch the box too.
"""
from __future__ import annotations

import re
import unicodedata

from ..lines import FIELD_BREAK, word_count
from ._widget_shape import is_button

GLYPHS = "\u2580-\u259f\u25a0\u25a1\u25ae\u25af"           # ▀-▟ block elements, ■ □ ▮ ▯
SHARE = r"\d{1,3}(?:[.,]\d+)?\s?%"     # a share: "70%", "35,5 %"
_BAR = re.compile(rf"^(?:[{GLYPHS}\s]*[{GLYPHS}][{GLYPHS}\s]*(?:{SHARE})?"
                  rf"|\[[=#>\-\s]*[=#][=#>\-\s]*\]\s*{SHARE})$")
BAR_HINT = re.compile(rf"[{GLYPHS}]|\[[=#]")     # a quick test for a drawn bar
MIN_BAR_GLYPHS = 3
MIN_LADDER = 3
MAX_UNIT_CHARS = 6
_UNIT_AMOUNT = re.compile(r"^(?:(?P<pre>[^\d\s]{1,6})\s?)?(?P<num>\d(?:[\d.,]|[\s\u00a0\u202f]\d)*)"
                          r"(?:\s?(?P<post>[^\d\s]{1,6}))?$")
_CENTS = re.compile(r"[.,]\d{2}$")        # "250,00": the cents do not count
_NUM = r"\d(?:[\d.,]|[\u00a0\u202f ]\d)*"
_FIRST = re.compile(rf"^(?:(?P<pre>[^\d\s]{{1,6}})\s?)?(?P<num>{_NUM})")
_LAST = re.compile(rf"(?:(?<=\s)(?P<pre>[^\d\s]{{1,6}})\s?)?(?P<num>{_NUM})(?:\s?(?P<post>[^\d\s]{{1,6}}))?$")
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,30})\]")
_BRACKET_ROW = re.compile(r"^(?:\[[^\[\]\n]{1,30}\]\s*){2,}$")
MAX_PAIR_CHARS = 80
MAX_PAIR_WORDS = 5
MAX_OUTSIDE_WORDS = 3
MAX_WIDGET_WORDS = 12
MAX_APPEAL_WORDS = 25
MIN_SPACED = 0.6
MIN_PROSE_WORDS = 8
_DIGIT_OR_SHARE = re.compile(r"\d|%")
_DIGIT = re.compile(r"\d")


def is_bar(text: str) -> bool:
    text = text.strip()
    return len(text) <= 60 and bool(_BAR.match(text)) and \
        sum(1 for c in text if c in "=#" or "\u2580" <= c <= "\u259f" or c in "\u25a0\u25a1\u25ae\u25af") >= MIN_BAR_GLYPHS


def unit_amount(text: str) -> tuple[str, float] | None:
    m = _UNIT_AMOUNT.match(text.strip())
    if not m or bool(m.group("pre")) == bool(m.group("post")):
        return None
    unit = (m.group("pre") or m.group("post")).lower()
    digits = re.sub(r"[^\d]", "", _CENTS.sub("", m.group("num")))
    return (unit, float(digits)) if len(unit) <= MAX_UNIT_CHARS and digits else None


def is_progress_line(text: str, outside: bool = False) -> bool:
    """Rule progress-line: an amount raised, a few words, the goal in the same unit and higher ("£104,815 raised of
    £150,000", "10.045€ gesammelt von 20.000€"), with no sentence stop at the end; with ``outside``, `MAX_OUTSIDE_WORDS` words
    of letters at most may stand before the first amount or after the goal ("Собрано 31 500 ₽ из 50 000 ₽",
    "37.000 € von 50.000 € gesammelt")."""
    if len(text := text.strip()) > MAX_PAIR_CHARS or not _DIGIT.search(text):   # (before the patterns: `_LAST` is
        return False        # tried from every position; a line without a digit holds no amount)
    words = text.split()
    most = MAX_OUTSIDE_WORDS if outside else 0
    for lead in range(most + 1):
        for trail in range(most + 1 - lead):
            outside = words[:lead] + words[len(words) - trail:]
            if len(words) - lead - trail >= 2 and all(w.isalpha() for w in outside) and \
                    _pair(" ".join(words[lead:len(words) - trail])):
                return True
    return False


def _breaks(text: str) -> bool:
    """``text`` holds a `FIELD_BREAK` (its bar or dot first, a literal test)."""
    return ("|" in text or "\u00b7" in text or "\u2022" in text) and FIELD_BREAK.search(text) is not None


def progress_rows(blocks, taken: set[int]) -> list[tuple[int, str]]:
    """Rule `progress-row`: a widget printed as one line, parted by bars or dots: a progress line (`is_progress_line`,
    words around it allowed), maybe after an appeal of `MAX_APPEAL_WORDS` words at most, then buttons of
    `MAX_ROW_BUTTON_WORDS` words without a digit ("Keep us going. £26,000 raised of £50,000 · Donate →")."""
    out = []
    for i, block in enumerate(blocks):
        if i in taken or block.kind == "code" or not _breaks(block.text) or len(block.text) > 400:
            continue
        first, *buttons = FIELD_BREAK.split(block.text.strip())
        if not buttons or any(any(c.isdigit() for c in b) or word_count(b) > MAX_ROW_BUTTON_WORDS for b in buttons):
            continue
        head, _, last = first.rpartition(". ") if not is_progress_line(first, outside=True) else ("", "", first)
        if is_progress_line(last, outside=True) and word_count(head) <= MAX_APPEAL_WORDS:
            out.append((i, "progress-row"))
    return out


def _pair(text: str) -> bool:
    """An amount, a few words and a higher amount in the same unit (`is_progress_line`), nothing else."""
    first, last = _FIRST.match(text), _LAST.search(text)
    if not first or not last or last.start() <= first.end() or not (last.group("pre") or last.group("post")):
        return False
    unit = last.group("post") or last.group("pre")
    if not any(c.isalpha() or unicodedata.category(c) == "Sc" for c in unit):
        return False        # a bar or a stop is no unit: "| 1. | Eastgate | 412 |" is a table's row
    middle = text[first.end():last.start("num") if last.group("post") else last.start()]
    if not last.group("post"):
        if first.group("pre") != unit:
            return False
    elif middle.lstrip().startswith(unit):
        middle = middle.lstrip()[len(unit):]
    else:
        return False
    if not middle.strip() or any(c.isdigit() for c in middle) or word_count(middle) > MAX_PAIR_WORDS:
        return False
    return amount_value(last.group("num")) > amount_value(first.group("num"))


def progress_lines(blocks, taken: set[int]) -> list[tuple[int, str]]:
    """The `is_progress_line` lines: in a currency sign anywhere; in a unit of letters ("lekë", "so'm"), or with words
    before the first amount or after the goal, only touching a line of the box's shape (`_widget`) or one cut
    (``taken``), as "5 km und 10 km" or "Preis steigt von 5 € auf 10 €" may stand in a story."""
    out = []
    for k, b in enumerate(blocks):
        if k in taken or b.kind == "code" or not is_progress_line(b.text, outside=True):
            continue
        sign = any(unicodedata.category(c) == "Sc" for c in b.text) and is_progress_line(b.text)
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(blocks) and _touching(*sorted((blocks[j], b), key=_at))]
        if sign or any(j in taken or _widget(blocks[j]) for j in near):
            out.append((k, "progress-line"))
    return out


def _at(block) -> int:
    return block.origin


def amount_value(num: str) -> float:
    return float(re.sub(r"\D", "", _CENTS.sub("", num)) or 0)


def _touching(before, block) -> bool:
    return block.gap == 0 and (before.origin < 0 or block.origin < 0 or 0 <= block.origin - before.origin <= 1)


def unit_ladders(blocks, taken: set[int]) -> list[tuple[int, str]]:
    """Runs of touching amount lines in one unit, rising (module docstring)."""
    out, run = [], []
    for i, block in enumerate(list(blocks) + [None]):
        amount = block is not None and block.kind != "code" and i not in taken and unit_amount(block.text)
        if amount and run and _touching(blocks[run[-1][0]], block) and amount[0] == run[-1][1][0] \
                and amount[1] > run[-1][1][1]:
            run.append((i, amount))
            continue
        if len(run) >= MIN_LADDER:
            out += [(k, "unit-ladder") for k, _ in run]
        run = [(i, amount)] if amount else []
    return out


# (an amount-ladder of one line is a row of amounts; a row of bank details is the box's own as much)
_ROW_RULES = frozenset({"unit-row", "amount-ladder", "bank-details", "price-button"})
MAX_ROW_BUTTON_WORDS = 3
MAX_ROW_BUTTON_CHARS = 24     # of a button in a script written without spaces ("บริจาค", "寄付する")


def unit_rows(blocks, taken: set[int]) -> list[tuple[int, str]]:
    """Rule `unit-row`: a ladder laid out in one row, `MIN_LADDER` amounts or more parted by bars or dots or each
    between square brackets, one unit,
    rising, maybe one button after them of `MAX_ROW_BUTTON_WORDS` words, no digit ("£3 | £25 | £100 | Give
    now", "10 zł · 20 zł · 50 zł"); a row of figures in different units or falling ("1 € | 2 $") stays."""
    out = []
    for i, block in enumerate(blocks):
        if i in taken or block.kind == "code":
            continue
        if _BRACKET_ROW.match(text := block.text.strip()):       # "[ 5 lekë ]  [ 10 lekë ]": buttons as a dump prints them
            parts = [p.strip() for p in _BRACKETED.findall(text)]
        elif _breaks(text):
            parts = FIELD_BREAK.split(text)
        else:
            continue
        if parts and not any(c.isdigit() for c in parts[-1]) and len(parts[-1]) <= MAX_ROW_BUTTON_CHARS \
                and (word_count(parts[-1]) <= MAX_ROW_BUTTON_WORDS or " " not in parts[-1]):
            parts = parts[:-1]      # the button
        amounts = [unit_amount(p) for p in parts]
        if len(amounts) >= MIN_LADDER and all(amounts) and len({a[0] for a in amounts}) == 1 \
                and all(a[1] < b[1] for a, b in zip(amounts, amounts[1:])):
            out.append((i, "unit-row"))
    return out


def widget_lines(blocks, cuts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines touching the cut lines of a donation box (module docstring)."""
    n = len(blocks)
    if not cuts or n < 3 or not _spaced(blocks):
        return []
    taken = {i for i, _ in cuts}
    out: set[int] = set()
    reach = -1      # (a cut line inside the run read from an earlier one has the same run: n cut lines cost n)
    for start in sorted(taken):
        if start <= reach:
            continue
        lo = hi = start
        while lo > 0 and _touching(blocks[lo - 1], blocks[lo]) and _widget(blocks[lo - 1]):
            lo -= 1
        while hi + 1 < n and _touching(blocks[hi], blocks[hi + 1]) and _widget(blocks[hi + 1]):
            hi += 1
        reach = hi
        out |= set(range(lo, hi + 1)) - taken
    boxes: list[list[int]] = []
    for k in sorted(out | taken):       # the lines of a box touch one another
        if boxes and k == boxes[-1][-1] + 1 and _touching(blocks[k - 1], blocks[k]):
            boxes[-1].append(k)
        else:
            boxes.append([k])
    rows = {i for i, rule in cuts if rule in _ROW_RULES}
    for box in boxes:                   # the appeal touching a box of two lines or more, or of a ladder in one row
        if len(box) < 2 and box[0] not in rows:
            continue
        if box[0] > 0 and _touching(blocks[box[0] - 1], blocks[box[0]]) and _short(blocks[box[0] - 1]):
            out.add(box[0] - 1)
        if box[-1] + 1 < n and _touching(blocks[box[-1]], blocks[box[-1] + 1]) and _short(blocks[box[-1] + 1]):
            out.add(box[-1] + 1)
    return [(k, "widget-line") for k in sorted(out - taken)]


def _spaced(blocks) -> bool:
    """The prose lines (`MIN_PROSE_WORDS` words or more) of the dump stand apart, `MIN_SPACED` of them after a
    blank line: the lines of a dumped array or of a comment thread touch one another and do not count."""
    prose = [b.gap > 0 for b in blocks[1:] if word_count(b.text) >= MIN_PROSE_WORDS]
    return bool(prose) and sum(prose) >= MIN_SPACED * len(prose)


def _widget(block) -> bool:
    text = block.text.strip()
    return block.kind != "code" and 0 < word_count(text) <= MAX_WIDGET_WORDS and \
        (bool(_DIGIT_OR_SHARE.search(text)) or is_button(text.strip(" \u00bb\u2192\u203a>")))


def _short(block) -> bool:
    return block.kind != "code" and 0 < word_count(block.text) <= MAX_APPEAL_WORDS
