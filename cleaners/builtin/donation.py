"""Donation widgets: ladders of bare amounts and appeals to support the site, in every installed language.

``appeal-by-button``: an appeal written as a statement ("This journalism is free for everyone because readers like you
chip in.") is no call a sentence opens with; it goes when it stands right over or under a donate button the cleaner
cuts ("Donate", "» Jetzt spenden"), holds an appeal phrase of the language anywhere (cleaners/lang ``appeal``), and is
`MAX_STATEMENT_WORDS` words at most, not quoted, reporting nobody. An article's paragraph about donations beside
such a button names no appeal of the site ("The shelter relies on donations from residents.") and stays.

``bank-details``: a row of payment details holding an IBAN, in any language ("IBAN: … · PayPal: …", `_bank_line`).

``appeal-row``: a widget printed as one line parted by bars or dots, an appeal of the language, maybe a progress line
after its last full stop of any script, and a donate button closing it (`_appeal_rows`)."""
from __future__ import annotations

import re

from functools import lru_cache

from .. import lang, linear_re, screen
from ..lang import shared
from ..document import Document
from ..lines import FIELD_BREAK, is_quoted, stop_chars, stop_class, word_count
from ..registry import Cleaner
from . import _appeal_tail as appeal_tail
from ._amount_appeal import amount_appeals, appeal_ladder_lines
from ._bank_line import bank_details
from ._price_button import HEARTS, price_button
from ._donation_tiers import tier_ladders
from ._donation_rows import bar_row, heart_button, labelled_ladder, radio_row, widget_appeals
from ._donation_box import BAR_HINT, SHARE, amount_value, is_bar, progress_lines, progress_rows, unit_ladders, unit_rows, widget_lines
from ._word_size import statement_words
from ._verb_second import statement_after
from ._widget_shape import button_appeals, ladder_neighbours

# every currency sign of Unicode's currency block (₠-⃀: € ₽ ₹ ₺ ₴ ₪ ₩ ₦ ₫ ₱ ₸ ₾ ...) and the older signs
# outside it (the riel's ៛ among them), so a ladder in lira or hryvnia reads as one in euros
_SIGNS = "$¢£¥\u058f\u060b\u09f3\u0e3f\u17db\u20a0-\u20c0"
# ISO codes ("EUR 20") and currencies written in letters after or before the amount ("20 kr", "1.000 TL", "500 Kč",
# "50 лв"), of every language (cleaners/lang/currencies.toml)
_ISO_CODES, _LETTER_CODES = ("|".join(map(re.escape, words)) for words in shared.currencies())
_CURRENCY = rf"(?:R\$|[{_SIGNS}]|{_ISO_CODES}|{_LETTER_CODES})"
# RE2: a run of amounts such as "$1,$1,$1,..." made Python's backtracking engine split the
# digits and commas every possible way (exponential); RE2 matches in linear time
_AMOUNT = linear_re.compile(rf"^(?:{_CURRENCY}\s?\d[\d.,\s]*|\d[\d.,\s]*\s?{_CURRENCY})$", ignore_case=True)
_DIGITS = r"\d(?:[\d.,]|\s\d)*"      # thousands may be separated by a space ("10 000", a narrow no-break space first)
_AMOUNT_RUN = linear_re.compile(
    rf"^(?:(?:{_CURRENCY}\s?{_DIGITS}|{_DIGITS}\s?{_CURRENCY})[\s/|,·•-]*){{3,}}$", ignore_case=True)
# sentences, with the danda, the full stop of Devanagari; and clauses after a colon or a dash ("Keep this newsroom
# going: become a supporter", "Ohne Sie geht es nicht – jetzt Mitglied werden")
_SENTENCE_ENDS = stop_class("!?:\u2026")
_SENTENCE = re.compile(rf"(?<=[{_SENTENCE_ENDS}])\s+|\s+[-\u2013\u2014]\s+")
# sentences and what follows the last: a stop before a space ("22.500円" holds none) or one of CJK, spaced or not
_LAST_STOP = re.compile(rf"(.*(?:[{stop_class('!?')}](?=\s)|[\u3002\uff01\uff1f]))?\s*(.*?)\s*$", re.S)
_DIGIT = re.compile(r"\d")
_BUTTON_END = stop_chars("!")       # the full stops and "!" a donate button or appeal may end with
_BUTTON_STOPS = stop_class("!")     # (a regex class body of them: "。" closes a Japanese appeal as "." an English one)


# a code beside a number: the codes alone would find "ron" in "strong" and "eur" in "Europe"
_CODE_HINT = rf"\d\s?(?:{_ISO_CODES}|{_LETTER_CODES})(?:$|[^\w])|(?:^|[^\w])(?:{_ISO_CODES}|{_LETTER_CODES})\s?\d"
_CURRENCY_HINT = re.compile(rf"[{_SIGNS}]|{_CODE_HINT}", re.I)   # a quick test before the RE2 patterns
# a fund-raiser's progress: two amounts parted by a slash ("3,179 € / 4,700 €"), and its share alone on the next line
_PROGRESS = linear_re.compile(rf"^(?:{_CURRENCY}\s?{_DIGITS}|{_DIGITS}\s?{_CURRENCY})\s*/\s*"
                              rf"(?:{_CURRENCY}\s?{_DIGITS}|{_DIGITS}\s?{_CURRENCY})$", ignore_case=True)
_SHARE = re.compile(rf"^{SHARE}$")
_WHOLE = frozenset({"donation-appeal"})    # a block this rule takes whole may be a paragraph with a glued appeal
MAX_AMOUNT_CHARS = 40
MAX_BUTTON_CHARS = 40
MAX_STATEMENT_WORDS = 30     # of an appeal beside a donate button
_BRACKETS = re.compile(r"\[\s*([^\[\]\n]{1,30}?)\s*\](?!\()")
_RUN_BUTTON = re.compile(r"(?<=\S)\s+\[\s*[^\[\]\d\n]{1,30}?\s*\]\s*$")     # a button after a row of amounts
_BUTTON_SIGNS = "[] \u00bb\u00ab\u203a\u2039\u2192\u2190\u25b6\u25ba\u2022\u00b7*>-\u2013\u2014|"


_BAR_SCREEN = screen.compile(BAR_HINT.pattern, ignore_case=False)    # the lines a drawn bar may stand in


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    """Every line a rule could take: a currency, the words of the appeals (English ones
    above, and the donate and appeal words of ``langs``), as whole words (`lang.NOT_WORD`: in Chinese and Japanese
    with letters either side, "您的支持是我们的动力")."""
    appeals = tuple(p.removeprefix("* ") for p in lang.words("appeal", langs))
    words = lang.alternation(lang.words("donate", langs) + appeals, attached=True)
    return screen.compile(rf"[{_SIGNS}{HEARTS}]|{_CODE_HINT}|(?:^|{lang.NOT_WORD}){words}(?:$|{lang.NOT_WORD})")


def is_amount(text: str) -> bool:
    text = text.strip()
    return len(text) <= MAX_AMOUNT_CHARS and bool(_CURRENCY_HINT.search(text)) and bool(_AMOUNT.match(text))


def is_amount_run(text: str) -> bool:
    """A row of three amounts or more, maybe each between square brackets as a dump prints buttons ("[ 5 € ]
    [ 10 € ]"), maybe with the form's button after them in square brackets, no digit in it ("5 € · 10 € · 20 €
    [Give now]")."""
    if not _CURRENCY_HINT.search(text):
        return False
    if "[" in text:
        text = _BRACKETS.sub(r" \1 ", _RUN_BUTTON.sub("", text)).strip()
    return bool(_AMOUNT_RUN.match(text))


class Donation(Cleaner):
    """Donation widgets: amount ladders such as '0 $ / 2,350 $' and appeals to support the site."""

    name = "donation"
    order = 400
    min_ladder = 3
    max_appeal_words = 25

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        langs = lang.document_languages(doc)
        cuts = []
        run: list[int] = []       # a run of consecutive amount lines
        candidates = screen.candidates(blocks, _screen(langs))
        for i in candidates + [len(blocks) + 1]:
            block = blocks[i] if i < len(blocks) else None
            amount = block is not None and block.kind != "code" and is_amount(block.text)
            if run and not (amount and i == run[-1] + 1):
                if len(run) >= self.min_ladder or self._cut_pair(blocks, run):
                    cuts += [(k, "amount-ladder") for k in run]
                    if lang.without_file(langs):
                        cuts += ladder_neighbours(blocks, run)
                else:
                    cuts += [(k, rule) for k in run if (rule := self._rule(blocks[k].text, langs))]
                run = []
            if amount:
                run.append(i)
            elif block is not None and (rule := self._rule(block.text, langs)):
                cuts.append((i, rule))
                if rule == "amount-ladder" and lang.without_file(langs):
                    # (a row that ends with its own button has no button under it: the line there stays)
                    cuts += [c for c in ladder_neighbours(blocks, [i])
                             if c[0] < i or not _RUN_BUTTON.search(block.text)]
        cuts += _progress_shares(blocks, [k for k, rule in cuts if rule == "amount-progress"])
        # progress bars in any language, by shape (_donation_box, _donation_rows)
        cuts += [(k, "progress-bar") for k in screen.candidates(blocks, _BAR_SCREEN) if blocks[k].kind != "code"
                 and (is_bar(blocks[k].text) or bar_row(blocks[k].text))]
        cuts += [(k, rule) for k, b in enumerate(blocks) if b.kind != "code" and
                 (rule := "radio-row" if radio_row(b.text) else "heart-button" if heart_button(b.text) else None)]
        cuts += progress_lines(blocks, {k for k, _ in cuts})
        cuts += progress_rows(blocks, {k for k, _ in cuts})
        cuts += unit_ladders(blocks, {k for k, _ in cuts})
        cuts += unit_rows(blocks, {k for k, _ in cuts})
        cuts += tier_ladders(blocks, {k for k, _ in cuts})     # any language, by shape (_donation_tiers)
        cuts += [(k, "bank-details") for k, b in enumerate(blocks) if b.kind != "code" and bank_details(b.text)]  # any language
        cuts += widget_lines(blocks, cuts)      # (the appeal touching a row of bank details too)
        cuts += amount_appeals(blocks, cuts)    # the appeal naming the ladder's first amount, any language
        cuts += appeal_ladder_lines(blocks, {k for k, _ in cuts}, is_amount)     # the two as one line
        cuts += _beside_button(blocks, cuts, langs)
        cuts += _appeal_rows(blocks, {k for k, _ in cuts}, langs)
        cuts += widget_appeals(blocks, cuts, langs)     # the appeal over or under the form's row (_donation_rows)
        if lang.without_file(langs):     # a language without a file: the widget's shape (_widget_shape)
            cuts += button_appeals(blocks, {k for k, _ in cuts})
        return appeal_tail.cut(doc, self.name, sorted(dict(sorted(cuts, reverse=True)).items()), candidates,
                               lambda sentence: self.is_appeal(sentence, langs), _WHOLE)

    @staticmethod
    def _cut_pair(blocks, run: list[int]) -> bool:
        """Two amounts, rising, that are a paragraph of their own: a ladder cut short ("Rp 15.000" / "Rp 20.000")."""
        after = run[-1] + 1
        return len(run) == 2 and (run[0] == 0 or blocks[run[0]].gap > 0) and blocks[run[1]].gap == 0 and \
            (after >= len(blocks) or blocks[after].gap > 0) and \
            amount_value(blocks[run[0]].text) < amount_value(blocks[run[1]].text)

    def _rule(self, text: str, langs: tuple[str, ...]) -> str | None:
        if is_amount_run(text):
            return "amount-ladder"
        if _CURRENCY_HINT.search(text) and labelled_ladder(text, is_amount_run, amount_value):
            return "labelled-ladder"     # "Dhuro: 2 € | 5 € | 10 €" (_donation_rows)
        if _CURRENCY_HINT.search(text) and len(text) <= 2 * MAX_AMOUNT_CHARS and _PROGRESS.match(text.strip()):
            return "amount-progress"
        if self.is_appeal(text, langs):
            return "donation-appeal"
        if price_button(text, langs):      # "❤ Become a member – £5/month" (_price_button)
            return "price-button"
        button = text.strip().strip(_BUTTON_SIGNS).strip()
        if button != text.strip() and len(button) <= MAX_BUTTON_CHARS and \
                lang.pattern("donate", langs, where="line").match(button.rstrip(_BUTTON_END)):
            return "donate-button-signs"     # a donate button between arrows or guillemets: "» Jetzt spenden"
        return None

    def is_appeal(self, text: str, langs: tuple[str, ...] | None = None) -> bool:
        """An appeal to support the site, in the words of ``langs`` (default: every installed
        language); the reporting verbs of the same languages keep a quoted appeal in a story."""
        stripped = text.strip().rstrip(_BUTTON_END)
        if len(stripped) <= 40 and lang.pattern("donate", langs, where="line").match(stripped):
            return True
        if word_count(text) > self.max_appeal_words or is_quoted(text) or lang.pattern("reported", langs).search(text):
            return False
        appeal = lang.pattern("appeal", langs, where="start")   # addressed to the reader: a sentence opens with it
        ending = _appeal_endings(langs)                          # or, in a verb-final language, ends with it
        return any(_opens(appeal, sentence.lstrip("\u00bf\u00a1\"'\u201c\u201e\u00ab "), langs)
                   or ending.search(sentence) for sentence in _SENTENCE.split(text))


def _opens(appeal, sentence: str, langs: tuple[str, ...] | None) -> bool:
    """An appeal of ``langs`` opens ``sentence``, no statement's subject after it ("Jetzt spenden viele Bürger für die
    Flutopfer.", _verb_second)."""
    m = appeal.match(sentence)
    return bool(m) and not statement_after(sentence, m.end(1), langs)


@lru_cache(maxsize=32)
def _appeal_endings(langs: tuple[str, ...] | None):
    """The appeals of ``langs`` written "* phrase": the phrase ends a sentence ("Aylık küçük bir katkıyla bizi
    destekleyin."), as the verb closes it in a verb-final language."""
    body = lang.alternation(p[2:] for p in lang.words("appeal", langs) if p.startswith("* "))
    return linear_re.compile(rf"(?:^|[^\w]){body}[\s{_BUTTON_STOPS}\x{{2026}}]*$", ignore_case=True)


def _is_button(text: str, langs: tuple[str, ...]) -> bool:
    """The line is only a donate button of ``langs``, maybe between signs: "Donate", "» Jetzt spenden", "Support us →"."""
    button = text.strip().strip(_BUTTON_SIGNS).strip().rstrip(_BUTTON_END)
    return len(button) <= MAX_BUTTON_CHARS and bool(lang.pattern("donate", langs, where="line").match(button))


def _beside_button(blocks, cuts: list[tuple[int, str]], langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """The appeals written as statements right over or under a donate button cut (``appeal-by-button``, module
    docstring)."""
    taken, out = {k for k, _ in cuts}, []
    appeal, reported = lang.pattern("appeal", langs), lang.pattern("reported", langs)
    for k in sorted(k for k, rule in cuts if rule in ("donation-appeal", "donate-button-signs")):
        if not _is_button(blocks[k].text, langs):
            continue
        for j in (k - 1, k + 1):
            text = blocks[j].text if 0 <= j < len(blocks) and j not in taken else ""
            if text and blocks[j].kind not in ("code", "table", "heading") \
                    and statement_words(text) <= MAX_STATEMENT_WORDS \
                    and not is_quoted(text) and appeal.search(text) and not reported.search(text):
                out.append((j, "appeal-by-button"))
                taken.add(j)
    return out


def _appeal_rows(blocks, taken: set[int], langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """Rule ``appeal-row``: a widget printed as one line, parted by bars or dots (`FIELD_BREAK`), that opens with an
    appeal of ``langs`` of `MAX_STATEMENT_WORDS` words at most, maybe a progress line after its last sentence stop (a
    digit in it, in any script: "支援をお願いします。 目標30万円のうち12万円を達成"), and ends with a donate button."""
    out, appeal, reported = [], lang.pattern("appeal", langs), lang.pattern("reported", langs)
    for i, block in enumerate(blocks):
        text = block.text
        if i in taken or block.kind == "code" or len(text) > 400 or not FIELD_BREAK.search(text):
            continue
        first, *rest = FIELD_BREAK.split(text.strip())
        head, tail = _LAST_STOP.match(first).groups() if rest else ("", "")
        if rest and _is_button(rest[-1], langs) and (not tail or _DIGIT.search(tail)) and \
                statement_words(head or tail) <= MAX_STATEMENT_WORDS and not is_quoted(first) and appeal.search(first) \
                and not reported.search(first):
            out.append((i, "appeal-row"))
    return out


def _progress_shares(blocks, progress: list[int]) -> list[tuple[int, str]]:
    """The share raised ("68%") alone on the line right under or over a progress line."""
    return [(k, "amount-progress") for i in progress for k in (i - 1, i + 1)
            if 0 <= k < len(blocks) and blocks[k].kind != "code" and _SHARE.match(blocks[k].text.strip())]
