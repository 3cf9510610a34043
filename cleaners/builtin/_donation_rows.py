"""A donation form's rows as a text dump prints them, by shape, in any language (read by donation.py).

* `radio-row`: the form's choice of amounts printed as one row of radio buttons or check boxes, `MIN_OPTIONS`
  options or more, each a marker ("( )", "(•)", "(*)", "[ ]", "[x]", "○", "●", "◉") before an amount in one and
  the same unit of `MAX_UNIT_CHARS` characters at most ("( ) 5 €   ( ) 10 €   (•) ___ €"); one option may be the
  field of an amount of one's own (a blank drawn with underscores, or a label of `MAX_LABEL_WORDS` words without a
  digit: "( ) Other"). Two amounts at least; a questionnaire's row of words ("( ) yes ( ) no") stays.
* `progress-bar` (the bar of _donation_box.py with what a dump prints after it): a drawn bar of block glyphs,
  maybe between square brackets, then its share and the amounts raised and aimed at, parted by a dot or a bar
  ("[███░░░░░░░] 30 % · 4,365 / 61,500 €"); the rest after the bar holds a digit and `MAX_BAR_WORDS` words of
  letters at most.
* `heart-button`: a button opening with a heart: the heart and an amount alone, maybe between square brackets
  ("[ ♥ 25 € ]"), or a short line (`MAX_LINK_WORDS`) opening with a heart and ending with the web address it leads
  to, maybe after an arrow ("♥ Keep local news free: give today → https://news.example/support").
* `widget-appeal`: the line right above or under such a row, a radio row, a bar or a ladder of amounts cut by
  donation.py (`MAX_APPEAL_WORDS` words at most, not quoted, reporting nobody), that holds a donate or appeal phrase
  of the document's languages anywhere in it ("If you value our work, become a supporter."), or, in a language
  without a file, the line of `MAX_NO_FILE_WORDS` words at most right above a radio row or a bar with its amounts.
  An article's paragraph beside the form names none of those phrases (a donate word of one word, a form's option
  such as "monthly", counts in a line of fifteen words at most) and stays; so does a paragraph over a bar
  drawn alone ("███░░░ 40%"), in a language without a file.
* `labelled-ladder`: a ladder of `MIN_RUNG` amounts or more on one line, rising, parted by bars, slashes or dots,
  after a label of `MAX_LADDER_LABEL_WORDS` words without a digit, in any language ("Dhuro: 2 € | 5 € | 10 €",
  "Styrkja 1.000 kr. | 2.000 kr. | 5.000 kr."); amounts that fall or stand apart by words ("Adults 12 € |
  Children 6 €") stay.
"""
from __future__ import annotations

import re

from .. import lang
from ..lines import is_quoted, word_count
from ._word_size import statement_words
from ._donation_box import GLYPHS as _GLYPHS
from ._price_button import HEARTS

MIN_OPTIONS = 3
MAX_UNIT_CHARS = 6
MAX_LABEL_WORDS = 3
MAX_BAR_WORDS = 3
MAX_LINK_WORDS = 40
MAX_APPEAL_WORDS = 30
MAX_NO_FILE_WORDS = 20
# a radio button or a check box, empty or chosen
_MARKER = r"(?:\(\s?[\u2022\u25cf*xXo\u2713\u2714]?\s?\)|\[\s?[xX*\u2713\u2714]?\s?\]|[\u25cb\u25cf\u25ef\u25c9\u25ce\u2610\u2611\u2612])"
_MARKERS = re.compile(rf"(?:^|\s){_MARKER}(?=\s)")
_HINT = re.compile(rf"^\s*{_MARKER}\s")
_NUM = r"\d(?:[\d.,\u066b\u066c]|[\u00a0\u202f ]\d)*"
_OPTION = re.compile(rf"^(?:(?P<pre>[^\d\s_]{{1,{MAX_UNIT_CHARS}}})\s?)?(?P<num>{_NUM}|_{{2,}}|\u2026)"
                     rf"(?:\s?(?P<post>[^\d\s_]{{1,{MAX_UNIT_CHARS}}}))?$")
_BAR = re.compile(rf"^\[?\s*[{_GLYPHS}]{{3,}}[{_GLYPHS}\s]*\]?\s*(?P<rest>.*)$")
_SHARE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s?%")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_HEART_AMOUNT = re.compile(rf"^\[?\s*[{HEARTS}]\ufe0f?\s*(?:[^\d\s]{{1,{MAX_UNIT_CHARS}}}\s?)?{_NUM}"
                           rf"(?:\s?[^\d\s\]]{{1,{MAX_UNIT_CHARS}}})?\s*\]?$")
_HEART_LINK = re.compile(rf"^[{HEARTS}]\ufe0f?\s+\S.*?\s(?:[\u2192\u27a1\u203a\u00bb>]\s*)?(?:https?://|www\.)\S+$")


def radio_row(text: str) -> bool:
    """Rule `radio-row` (module docstring)."""
    if not _HINT.match(text) or len(text) > 300:
        return False
    parts = [p.strip() for p in _MARKERS.split(" " + text.strip())]
    if parts[0] or len(parts) - 1 < MIN_OPTIONS:
        return False
    units, amounts, other = set(), 0, 0
    for part in parts[1:]:
        m = _OPTION.match(part)
        if m is None:
            if other or any(c.isdigit() for c in part) or not 0 < word_count(part) <= MAX_LABEL_WORDS:
                return False
            other += 1
            continue
        if bool(m.group("pre")) == bool(m.group("post")):
            return False
        units.add((m.group("pre") or m.group("post")).lower())
        amounts += m.group("num")[0].isdigit()
    return len(units) == 1 and amounts >= 2 and amounts + other >= len(parts) - 2


def bar_row(text: str) -> bool:
    """Rule `progress-bar`, a bar with its share and amounts after it (module docstring)."""
    m = _BAR.match(text.strip())
    if m is None or len(text) > 120:
        return False
    rest = m.group("rest")
    amounts = _SHARE.sub("", rest, count=1)
    return amounts != rest and any(c.isdigit() for c in amounts) and len(_LETTERS.findall(rest)) <= MAX_BAR_WORDS


def heart_button(text: str) -> bool:
    """Rule `heart-button` (module docstring)."""
    text = text.strip()
    return bool(text) and (text[0] in HEARTS or text[:1] == "[") and len(text) <= 400 and (
        bool(_HEART_AMOUNT.match(text)) or word_count(text) <= MAX_LINK_WORDS and bool(_HEART_LINK.match(text)))


_FORM_RULES = frozenset({"radio-row", "progress-bar", "heart-button", "amount-ladder", "unit-ladder", "unit-row",
                         "progress-line"})


def widget_appeals(blocks, cuts: list[tuple[int, str]], langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """Rule `widget-appeal` (module docstring)."""
    taken = {k for k, _ in cuts}
    rows = sorted(k for k, rule in cuts if rule in _FORM_RULES)
    if not rows:
        return []
    words = lang.pattern("donate", langs), lang.pattern("appeal", langs)
    reported = lang.pattern("reported", langs)
    no_file = lang.without_file(langs)
    out = []
    for k in rows:
        for j in (k - 1, k + 1):
            if not 0 <= j < len(blocks) or j in taken:
                continue
            block = blocks[j]
            text = block.text
            if block.kind in ("code", "table", "heading") or not 0 < statement_words(text) <= MAX_APPEAL_WORDS \
                    or is_quoted(text) or reported.search(text):
                continue
            if _appeal_words(text, words) or no_file and j == k - 1 and word_count(text) <= MAX_NO_FILE_WORDS \
                    and (radio_row(blocks[k].text) or bar_row(blocks[k].text)):
                out.append((j, "widget-appeal"))
                taken.add(j)
    return out


MAX_OPTION_LINE_WORDS = 15


def _appeal_words(text: str, words) -> bool:
    """The line names a donate or appeal phrase; a donate word of one word alone (a form's option or a verb: "monthly",
    "support") only in a line of `MAX_OPTION_LINE_WORDS` words at most ("Monthly · One-time", "Please support it with
    a small gift."), not in a longer paragraph naming monthly tickets in passing."""
    donate, appeal = words
    if appeal.search(text):
        return True
    found = [(m.group(1) if m.lastindex else m.group(0)).strip() for m in donate.finditer(text)]
    return bool(found) and (word_count(text) <= MAX_OPTION_LINE_WORDS or any(" " in f for f in found))


MIN_RUNG = 3
MAX_LADDER_LABEL_WORDS = 3
_LADDER_LABEL = re.compile(r"^[^\W\d_][^\d|/:\uff1a\n]{0,30}?\s*[:\uff1a]?\s*(?=[^\w\s]{0,2}\d)")
_RUNG_BREAK = re.compile(r"\s*[|/\u00b7\u2022]\s*")
_ABBREVIATION_STOP = re.compile(r"(?<=[^\W\d])\.(?=\s|$)")      # "1.000 kr." as "1.000 kr"


def labelled_ladder(text: str, is_run, value) -> bool:
    """A label and a rising ladder of amounts on one line (`labelled-ladder`); ``is_run`` reads a row of amounts,
    ``value`` an amount's number."""
    m = _LADDER_LABEL.match(text := text.strip())
    if not m or len(text[:m.end()].split()) > MAX_LADDER_LABEL_WORDS:
        return False
    rest = _ABBREVIATION_STOP.sub("", text[m.end():])
    rungs = [value(r) for r in _RUNG_BREAK.split(rest)]
    return len(rungs) >= MIN_RUNG and is_run(rest) and all(a < b for a, b in zip(rungs, rungs[1:]))
