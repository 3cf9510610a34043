"""A copyright notice glued to the end of the article's last paragraph (`legal-tail`, read by legal.py).

A dump that lost the line break before the site's notice ends a paragraph with it: "... the backlog should
clear within a fortnight. © 2024 Harbour Media Ltd. All rights reserved." The tail from a copyright sign that
opens a sentence (after a full stop, "!" or "?") to the end of the block, `MAX_TAIL_WORDS` words at most and
naming a year within its first `YEAR_WITHIN` characters, is cut inline (a separator the dump printed before it
and the word for copyright of any language before the sign go with it: "... a fortnight. — Hak cipta © 2024 X.");
the paragraph before it stays (`MIN_HEAD_WORDS` words at least, or a question of `MIN_QUESTION_WORDS`: a line
that is the notice alone is the copyright rule's). In any language:
the sign and the year are the marks. So is a tail of sentences that each hold a rights phrase of the document's
language (cleaners/lang ``rights``: "All rights reserved.") or open with "Copyright" and a year: "... the backlog
should clear within a fortnight. Copyright 2024 Harbour Media. All rights reserved." """
from __future__ import annotations

import re

from .. import lang
from ..lang import shared
from ..lines import CAPITAL, HAN_KANA, LOWER, SENTENCE_STOPS, stop_class, word_count

MAX_TAIL_WORDS = 40
MIN_HEAD_WORDS = 8
MIN_QUESTION_WORDS = 3    # of a question before a sign's notice
QUESTIONS = ("?", "\u061f", "\uff1f")
YEAR_WITHIN = 30
SIGNS = "\u00a9\u24d2\u24b8"      # the copyright sign and the circled small and capital c ("ⓒ 2026 X")
# a sentence's end: every script's full stop and question mark (lines.SENTENCE_STOPS), the CJK full stop, and the
# Myanmar ("။") and Khmer ("។") ones (a character class's body)
STOPS = stop_class("!?\u3002\u104b\u17d4", SENTENCE_STOPS)
GLUED_NOTICE = rf"[{STOPS}]\s+(?:copyright\s*)?[{SIGNS}]"     # a notice opening a sentence after the paragraph
# a dump's separator between the paragraph and its notice ("... a fortnight. — © 2024 X", "... | ©", "... >> ©"), and
# the word for copyright of any language before the sign (cleaners/lang/copyright.toml: "Hak cipta © 2024 X")
_SEPARATOR = r"(?:[-\u2013\u2014|>\u00bb\u2022\u00b7]{1,2}\s*)?"
_TERMS = lang.alternation(shared.copyright_terms())
_CJK_STOP = r"(?<=[\u3002\uff01\uff1f])"     # Chinese and Japanese write no space after a sentence's stop
_TAIL = re.compile(rf"(?:(?<=[{STOPS}])\s+|{_CJK_STOP})(?={_SEPARATOR}(?:(?:copyright|{_TERMS})\s*)?[{SIGNS}])", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOTICE_WORDS = re.compile(rf"[{SIGNS}]|\bcopyright\b|\(c\)", re.I)
_COPYRIGHT_YEAR = re.compile(r"copyright\s+(?:\(c\)\s*)?(?:19|20)\d\d", re.I)   # "Copyright 2024 Harbour Media Ltd."
# a sentence's start: after a stop and a space, after a stop glued between a lower-case letter or digit and a capital
# of any cased script, or after a CJK stop before a letter of theirs
_SENTENCE_START = re.compile(rf"(?<=[{STOPS}])\s+|(?<=[{LOWER}\d][.!?])(?=[{CAPITAL}][{LOWER}])"
                             rf"|{_CJK_STOP}(?=[{HAN_KANA}])")


def _long_enough(head: str) -> bool:
    """Whether ``head`` is the article's sentence, not a short line a notice may follow ("Harbour Media Ltd.", a
    disclaimer "This story contains partner links."): `MIN_HEAD_WORDS` words, or a question of `MIN_QUESTION_WORDS`
    words or more ("Will the rates fall again?": no credit or disclaimer asks one)."""
    n = word_count(head)
    return n >= MIN_HEAD_WORDS or n >= MIN_QUESTION_WORDS and head.rstrip().endswith(QUESTIONS)


def legal_tail(text: str, rights=None, is_notice=None) -> int | None:
    """Where the glued notice of ``text`` starts, or None (module docstring); ``rights``: the rights phrases of the
    document's languages, whose sentences make a notice too; ``is_notice``: whether a sentence is a legal line of
    the caller's (the sentence before the notice is one too: the line is the caller's whole)."""
    # (both searches walk from the line's end and stop at the first tail of over `MAX_TAIL_WORDS` words: a longer
    # tail has as many; the earliest start that passes is the one a walk from the front would take)
    if any(sign in text for sign in SIGNS):
        found = None
        for m in reversed(list(_TAIL.finditer(text))):
            if not _YEAR.search(text, m.end(), m.end() + YEAR_WITHIN):
                continue
            if word_count(text[m.end():]) > MAX_TAIL_WORDS:
                break
            if _long_enough(text[:m.start()]):
                found = m
        if found is not None:
            last = _SENTENCE_START.split(text[:found.start()].strip())[-1]
            if _NOTICE_WORDS.search(last) or rights is not None and rights.search(last) or \
                    is_notice is not None and is_notice(last):
                return None      # a notice before it too: the line is the copyright rule's, whole
            return found.end()
    if rights is None or not (rights.search(text) or _COPYRIGHT_YEAR.search(text)):
        return None
    pieces = _SENTENCE_START.split(text)       # the k-th start parts pieces[:k + 1] from the rest
    legal = [True] * (len(pieces) + 1)         # legal[k]: every sentence of pieces[k:] is a rights one
    for k in range(len(pieces) - 1, -1, -1):
        x = pieces[k]
        legal[k] = legal[k + 1] and (not x.strip() or bool(rights.search(x) or _COPYRIGHT_YEAR.match(x.strip())))
    starts, first = list(_SENTENCE_START.finditer(text)), None
    for k in range(len(starts) - 1, -1, -1):    # "... the spring. Copyright 2024 X. All rights reserved."
        m = starts[k]
        if not legal[k + 1] or (tail_words := word_count(text[m.end():])) > MAX_TAIL_WORDS:
            break
        if 0 < tail_words and word_count(text[:m.start()]) >= MIN_HEAD_WORDS:
            first = k
    if first is None:
        return None
    last = [x for x in pieces[:first + 1] if x.strip()][-1:]
    if last and (_NOTICE_WORDS.search(last[0]) or rights.search(last[0])):
        return None      # the sentence before is a notice too: the line is the copyright rule's, whole
    return starts[first].end()
