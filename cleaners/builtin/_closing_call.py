"""Calls to the reader known by how they end, read by `cleaners.builtin.reader_calls` anywhere in the body.

``closing-call``: in a language that puts the verb last, a call ends its line with its request, whatever
precedes it ("Son dakika haberleri için bildirimleri açmayı unutmayın", "ताज़ा खबरों के लिए हमारा ऐप
डाउनलोड करें", "기사에 대한 의견을 댓글로 남겨 주세요"): a line of `MAX_WORDS` words and `MAX_CHARS`
characters at most (two Han or kana characters counted as one word, `_credit_forms.caption_words`: a Japanese
word is one to three of them), not quoted, nobody reported, that ends with a phrase of ``closing_call`` (cleaners/lang),
end punctuation and signs aside; a line that `cleaners.builtin.calls_to_action` takes is left to it (it names the
call's kind). The phrases name what is asked (the app, the notifications, the comments,
following the site), so a sentence that merely ends with a verb stays. A line holding a sentence of `MIN_HEAD_WORDS`
words or more closed before the call (`_related_shapes.TWO_SENTENCES`, glue marks between: "... சாட்டுகின்றன. 👉 ...")
is a paragraph the call was glued to: the glued tail's rule of reader_calls cuts the call alone.

``error-report``: a line that ends with the keyboard shortcut of the site's error-report form, in any language
("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter"),
`MAX_WORDS` words at most: a how-to paragraph that names the keys goes on after them, or is longer.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

from .. import lang
from ..lines import is_quoted
from ._credit_forms import caption_words
from ._lone_line import core, undecorated
from ._related_shapes import TWO_SENTENCES

MAX_WORDS = 16
MIN_HEAD_WORDS = 8      # of a sentence closed before the call: the article's, the call glued after it
MAX_CHARS = 160
_SHORTCUT_LAST = re.compile(r"(?:^|\W)(?:ctrl|strg|ctl)\s*\+\s*(?:enter|entr[eé]e?|eingabe|intro|invio)\W*$", re.I)


def closing_call(text: str, langs: tuple[str, ...], named: Callable[[str, tuple[str, ...]], object] | None = None
                 ) -> str | None:
    """The rule that takes the line ``text`` by its end (module docstring), or None; a line that ``named`` takes
    (`CallsToAction.rule_for`, which runs after and names the call's kind) is left to it."""
    text = text.strip()
    if len(text) > MAX_CHARS or caption_words(text) > MAX_WORDS or is_quoted(text):
        return None
    if _SHORTCUT_LAST.search(text):
        return "error-report"
    line = core(undecorated(text))
    while line and (line[-1].isspace() or unicodedata.category(line[-1]).startswith("P")):   # "！", "।", "。"
        line = line[:-1]
    if not line or not lang.pattern("closing_call", langs, where="end").search(line):
        return None
    if (m := TWO_SENTENCES.search(text)) and caption_words(text[:m.start()]) >= MIN_HEAD_WORDS:
        return None     # a paragraph's sentence, the call glued after it: the tail's rule cuts the call alone
    if lang.pattern("reported", langs).search(text) or (named is not None and named(text, langs)):
        return None
    return "closing-call"
