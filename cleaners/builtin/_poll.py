"""Poll widgets: a question to the reader, its answers and their shares of the vote (read by reader_calls.py).

A site's poll prints, in a text dump, a question and two to `MAX_OPTIONS` short answers, each with a radio button
or with its share of the votes, maybe a vote count and a "Vote" control under them. Its marks are its shape, in
any language:

* ``poll``: a question (a line ending with a question mark, `MAX_QUESTION_WORDS` words at most, maybe after a label
  and a colon) over `MIN_OPTIONS` to `MAX_OPTIONS` answer lines of `MAX_OPTION_WORDS` words at most, either each
  behind a radio button ("( ) Yes", "○ Nein") or each with a percentage, the shares adding up to a whole
  (`TOTAL`, give or take rounding) and a count or control line under them ("4040 votes · Vote now", "(812 Stimmen)":
  `MAX_COUNT_WORDS` words at most, a number or a separator in it, no sentence); the question, the answers and that
  line go;
* ``poll``, on one line: a question and its answers with their shares after it and nothing else but a count in
  brackets ("Vote now: Would you use the new train? Yes 61% No 39% (4040 votes)").
A survey the article reports stays: its shares stand in sentences ("61% said yes"), or under a lead-in that is no
question, or under a question with neither radio buttons nor a count or control line.
"""
from __future__ import annotations

import re

from ..document import Block
from ..lines import QUESTION_MARKS, ends_sentence, word_count

MIN_OPTIONS, MAX_OPTIONS = 2, 6
MAX_OPTION_WORDS = 6
MAX_QUESTION_WORDS = 30
MAX_COUNT_WORDS = 8
TOTAL, SLACK = 100, 2
_QUESTION_ENDS = QUESTION_MARKS + "\uff1f"     # and the full-width one ("？")
_PCT = r"(\d{1,3}(?:[.,]\d{1,2})?)\s?%"
_RADIO = re.compile(r"^\s*(?:\(\s?[xo*]?\s?\)|\[\s?[x]?\s?\]|[\u25cb\u25ef\u25cf\u25c9\u2610\u2611\u2612\u25a1\u25a2\u25ef\u26aa])"
                    r"\s*(?P<option>\S.*)$", re.I)
_SHARE = re.compile(rf"^(?P<option>.*?\S)?\s*[-\u2013\u2014:|\u00b7.]*\s*{_PCT}(?:\s*[(\[\uff08][^()\[\]]{{1,30}}[)\]\uff09])?$")
_ONE_LINE_OPTION = re.compile(rf"(?P<option>[^\d%?()\uff08\uff09]{{1,40}}?)\s*[-\u2013\u2014:]?\s*{_PCT}")
_COUNT = re.compile(r"^\s*[(\[\uff08][^()\[\]]{1,40}[)\]\uff09]\s*$")
_SEPARATED = re.compile(r"\s[\u00b7|\u2022]\s|\d")


def _words(text: str) -> int:
    return word_count(text)


def _share(text: str) -> tuple[str, float] | None:
    m = _SHARE.match(text.strip())
    if not m:
        return None
    option = (m.group("option") or "").strip(" -\u2013\u2014:|")
    if not option or _words(option) > MAX_OPTION_WORDS or any(c.isdigit() for c in option):
        return None
    return option, float(m.group(2).replace(",", "."))


def _whole(shares: list[float]) -> bool:
    return abs(sum(shares) - TOTAL) <= SLACK


def _question(text: str) -> bool:
    text = text.strip().rstrip("*_ ")
    return text.endswith(tuple(_QUESTION_ENDS)) and 0 < _words(text) <= MAX_QUESTION_WORDS


def _count_line(text: str) -> bool:
    """A vote count or control line under the answers: short, a number or a separator in it, no sentence."""
    text = text.strip()
    return 0 < _words(text) <= MAX_COUNT_WORDS and bool(_SEPARATED.search(text)) and not ends_sentence(text) \
        and "%" not in text


def one_line(text: str) -> bool:
    """A poll on one line: a question, its answers with their shares, maybe a count in brackets."""
    text = text.strip()
    q = max(text.rfind(c) for c in _QUESTION_ENDS)
    if q < 0 or not 0 < _words(text[:q + 1]) <= MAX_QUESTION_WORDS:
        return False
    rest = text[q + 1:].strip()
    paren = re.search(r"\s*[(\[\uff08][^()\[\]\uff08\uff09]{1,40}[)\]\uff09]$", rest)
    if paren:
        rest = rest[:paren.start()]
    options = list(_ONE_LINE_OPTION.finditer(rest))
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS or "".join(m.group(0) for m in options).replace(" ", "") \
            != rest.replace(" ", ""):
        return False
    return all(_words(m.group("option")) <= MAX_OPTION_WORDS for m in options) \
        and _whole([float(m.group(2).replace(",", ".")) for m in options])


def polls(blocks: tuple[Block, ...]) -> list[int]:
    """Indices of the poll widgets' lines of ``blocks`` (module docstring)."""
    out: list[int] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        if block.kind in ("code", "table") or "?" not in block.text and not any(c in block.text for c in _QUESTION_ENDS):
            continue
        if "%" in block.text and one_line(block.text):
            out.append(i - 1)
            continue
        if not _question(block.text):
            continue
        k, radios, shares = i, 0, []
        while k < len(blocks) and k - i < MAX_OPTIONS and blocks[k].kind not in ("code", "table"):
            text = blocks[k].text
            radio = _RADIO.match(text)
            share = _share(radio.group("option") if radio else text)
            if radio and _words(radio.group("option")) <= MAX_OPTION_WORDS + 2:
                radios += 1
            elif not share:
                break
            if share:
                shares.append(share[1])
            k += 1
        n = k - i
        if not MIN_OPTIONS <= n <= MAX_OPTIONS:
            continue
        counted = k < len(blocks) and _count_line(blocks[k].text)
        if radios == n or len(shares) == n and _whole(shares) and counted:
            out += list(range(i - 1, k + counted))
            i = k + counted
    return out
