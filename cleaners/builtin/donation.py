"""Donation widgets: ladders of bare amounts and appeals to support the site, in every installed language."""
from __future__ import annotations

import re

from .. import lang, linear_re
from ..document import Document, Editor
from ..lines import is_quoted, word_count
from ..registry import Cleaner

_CURRENCY = r"(?:R\$|[$€£¥₽₹]|USD|EUR|GBP|RUB|CHF|PLN|zł|руб\.?)"
# RE2: a run of amounts such as "$1,$1,$1,..." made Python's backtracking engine split the
# digits and commas every possible way (exponential); RE2 matches in linear time
_AMOUNT = linear_re.compile(rf"^(?:{_CURRENCY}\s?\d[\d.,\s]*|\d[\d.,\s]*\s?{_CURRENCY})$", ignore_case=True)
_AMOUNT_RUN = linear_re.compile(
    rf"^(?:(?:{_CURRENCY}\s?\d[\d.,]*|\d[\d.,]*\s?{_CURRENCY})[\s/|,·•-]*){{3,}}$", ignore_case=True)
_APPEAL = re.compile(  # imperatives addressed to the reader: at the start of a sentence only
    r"(?:^|[.!?]\s+)(?:please\s+)?(?:consider (?:helping|supporting|donating|making a (?:donation|contribution))|"
    r"(?:support|help|fund) (?:us|our (?:work|journalism|site|mission|reporting|team))|"
    r"(?:donate|contribute) (?:to us|now|today|here|to (?:our|this) (?:site|project|work|journalism))|"
    r"make a (?:donation|contribution)|(?:become|be) (?:a|our) (?:patron|supporter|sponsor|donor))\b|"
    r"\b(?:(?:do|did) you (?:like|enjoy|value|appreciate) (?:this|our|the) (?:content|article|work|site|journalism|reporting)|"
    r"your (?:donation|support|contribution) (?:helps|keeps|makes|matters)|"
    r"(?:we|this site) (?:depend|rely|relies|depends) on (?:readers|donations|your support))\b", re.I)
_BARE = re.compile(r"^(?:donate|donate now|support us|make a donation|donations?)[.!]?$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?\u2026])\s+")
_REPORTED = re.compile(r"\b(?:said|says|told|according to|asked|urged|urges)\b", re.I)


_CURRENCY_HINT = re.compile(r"[$€£¥₽₹]|usd|eur|gbp|rub|chf|pln|zł|руб", re.I)   # a quick test before the RE2 patterns
MAX_AMOUNT_CHARS = 40


def is_amount(text: str) -> bool:
    text = text.strip()
    return len(text) <= MAX_AMOUNT_CHARS and bool(_CURRENCY_HINT.search(text)) and bool(_AMOUNT.match(text))


def is_amount_run(text: str) -> bool:
    return bool(_CURRENCY_HINT.search(text)) and bool(_AMOUNT_RUN.match(text))


class Donation(Cleaner):
    """Donation widgets: amount ladders such as '0 $ / 2,350 $' and appeals to support the site."""

    name = "donation"
    order = 400
    min_ladder = 3
    max_appeal_words = 25

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        ladder: set[int] = set()
        i = 0
        while i < len(blocks):
            j = i
            while j < len(blocks) and blocks[j].kind != "code" and is_amount(blocks[j].text):
                j += 1
            if j - i >= self.min_ladder:
                ladder.update(range(i, j))
            i = max(j, i + 1)
        edit = Editor(doc, self.name)
        for k, block in enumerate(blocks):
            if k in ladder or is_amount_run(block.text):
                edit.drop(block, "amount-ladder")
            elif self.is_appeal(block.text):
                edit.drop(block, "donation-appeal")
            else:
                edit.keep(block)
        return edit.done()

    def is_appeal(self, text: str) -> bool:
        stripped = text.strip().rstrip(".!")
        if len(stripped) <= 40 and (_BARE.match(text.strip()) or lang.pattern("donate", where="line").match(stripped)):
            return True
        if word_count(text) > self.max_appeal_words or is_quoted(text) or _REPORTED.search(text):
            return False
        if lang.pattern("reported").search(text):
            return False
        if _APPEAL.search(text):
            return True
        appeal = lang.pattern("appeal", where="start")   # addressed to the reader: a sentence opens with it
        return any(appeal.match(sentence.lstrip("\u00bf\u00a1\"'\u201c\u201e\u00ab ")) for sentence in _SENTENCE.split(text))
