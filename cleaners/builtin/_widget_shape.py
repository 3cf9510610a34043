"""Donation widgets in a language without a file, by their shape (read by donation.py).

A text dump keeps a widget's lines together, with no blank line between them, while the article's paragraphs
stand apart. Two shapes are read so, in any language:

* `ladder-appeal`: the line right above an amount ladder and the line right below it, touching it (no blank
  line between) and of `MAX_APPEAL_WORDS` words at most: the widget's appeal and its "other amount" button
  ("Werden Sie Mitglied – schon ab 5 Euro im Monat." / "5 €" / "10 €" / "25 €" / "Anderer Betrag"); in a dump whose
  paragraphs touch one another (fewer than `MIN_SPACED` of its blocks set apart), touching tells nothing: the line
  is `MAX_UNSPACED_APPEAL_WORDS` words at most (an article paragraph above the ladder is longer);
* `button-appeal`: a short paragraph (`MAX_APPEAL_WORDS`) with a button glued under it and a blank line after
  both: a line of one to `MAX_BUTTON_WORDS` words with no full stop, comma or digit, not all capitalised (a name
  signing the paragraph), or a link alone with such a text, or such a text alone between square brackets, as a
  dump prints a button ("Hazte socio", "[Je fais un don](https://.../support)", "[ Spenden ]"). Only in a dump whose paragraphs are set apart by
  blank lines (`MIN_SPACED` of its blocks): where every line touches the next, a subheading under a paragraph
  has the same shape.
A language with a file reads its own words (donation.py)."""
from __future__ import annotations

import re

from ..document import Block
from ..lines import word_count

MAX_APPEAL_WORDS = 40
MAX_UNSPACED_APPEAL_WORDS = 20
MAX_BUTTON_WORDS = 4
MIN_SPACED = 0.6
_LINK = re.compile(r"^\[([^\[\]\n]{1,60})\]\([^()\s]+\)$")
_BRACKETED = re.compile(r"^\[\s*([^\[\]\n]{1,60}?)\s*\]$")     # "[ Jetzt spenden ]": a button as a dump prints it
_NOT_BUTTON = re.compile(r"[\d.,;:!?]")


def is_button(text: str) -> bool:
    """A button's line: one to `MAX_BUTTON_WORDS` words, no full stop, comma or digit, maybe set as a link alone;
    words that all open with a capital are a name signing the paragraph ("Ivan Horvat"), unless set as a link; a
    line closing a bracket it did not open ends a wrapped line."""
    text = text.strip()
    if any(text.count(close) > text.count(open_) for open_, close in ("()", "[]")):
        return False    # "Ólafsson)": the end of a bracket a wrapped line above opened, no button
    if m := _LINK.match(text) or _BRACKETED.match(text):
        text = m.group(1).strip()
    elif len(words := text.split()) > 1 and all(w[:1].isupper() for w in words):
        return False
    return 0 < word_count(text) <= MAX_BUTTON_WORDS and not _NOT_BUTTON.search(text) and text[:1] not in "#*-[>"


def ladder_neighbours(blocks: tuple[Block, ...], run: list[int]) -> list[tuple[int, str]]:
    """The lines touching the ladder ``run`` above and below it (module docstring)."""
    out = []
    above, below = run[0] - 1, run[-1] + 1
    most = MAX_APPEAL_WORDS if _spaced(blocks) else MAX_UNSPACED_APPEAL_WORDS
    if above >= 0 and blocks[run[0]].gap == 0 and _short(blocks[above], most):
        out.append((above, "ladder-appeal"))
    if below < len(blocks) and blocks[below].gap == 0 and _short(blocks[below], most):
        out.append((below, "ladder-appeal"))
    return out


def button_appeals(blocks: tuple[Block, ...], taken: set[int]) -> list[tuple[int, str]]:
    """Short paragraphs with a button glued under them, set apart from the rest (module docstring)."""
    if len(blocks) < 3 or not _spaced(blocks):
        return []
    out = []
    for i in range(1, len(blocks) - 1):
        button = blocks[i + 1]
        if i in taken or i + 1 in taken or button.gap != 0 or blocks[i].gap == 0 or not _short(blocks[i]):
            continue
        if (i + 2 == len(blocks) or blocks[i + 2].gap > 0) and is_button(button.text):
            out += [(i, "button-appeal"), (i + 1, "button-appeal")]
    return out


def _spaced(blocks: tuple[Block, ...]) -> bool:
    """The dump sets its paragraphs apart by blank lines (`MIN_SPACED` of its blocks)."""
    return sum(b.gap > 0 for b in blocks[1:]) >= MIN_SPACED * (len(blocks) - 1)


def _short(block: Block, most: int = MAX_APPEAL_WORDS) -> bool:
    return block.kind != "code" and 0 < word_count(block.text) <= most
