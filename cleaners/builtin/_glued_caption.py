"""A picture's caption and credit glued before a paragraph (rule ``glued-caption``, read by captions.py).

A dump that prints a figure inline puts its caption, the photo label and the credit on the paragraph's line:
"A train at the station in Briançon last January Photo: AFP The unions welcomed the plan, ...". The caption is
caption-shaped (three words or more, no sentence stop at its end); the label is a ``photo`` word of the document's
languages with a colon; the credit is one to `MAX_CREDIT_WORDS` words, none of them a function word or a sentence's end, up to the
first capitalised function word of the language, which opens the paragraph ("Les", "Die", "The"); the paragraph
is a sentence of `MIN_REST_WORDS` words or more. Caption and credit go to metadata, the paragraph stays.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re
from ..lines import COLON, COLON_MARKS, ends_sentence, opens_lower, word_count
from ._credit_forms import MAX_CAPTION_WORDS, caption_words

MIN_CAPTION_WORDS = 3
MAX_CREDIT_WORDS = 4
MIN_REST_WORDS = 8


@lru_cache(maxsize=32)
def _label(langs: tuple[str, ...]):
    photo = lang.alternation(lang.words("photo", langs))
    return re.compile(rf"\s(?:{photo})\s*{COLON}\s*", re.I)


@lru_cache(maxsize=32)
def _hint(*keys: str, langs: tuple[str, ...]):
    """The label words of ``keys`` in RE2, a quick test before `_label` and `_bracketed` (`linear_re.hint`)."""
    return linear_re.hint(lang.alternation([w for key in keys for w in lang.words(key, langs)]))


@lru_cache(maxsize=32)
def _function_words(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in lang.words("function_words", langs))


def caption_head(text: str, langs: tuple[str, ...]) -> tuple[str, str, int] | None:
    """(caption, credit, where the paragraph starts) of a line that opens with a glued caption and credit, or None.
    (A line without a colon holds no label: the pattern is not tried.)"""
    m = _label(langs).search(text) if any(c in text for c in COLON_MARKS) and \
        linear_re.may_find(_hint("photo", langs=langs), text) else None
    if m is None:
        return None
    caption = text[:m.start()].strip()
    if not MIN_CAPTION_WORDS <= caption_words(caption) <= MAX_CAPTION_WORDS or ends_sentence(caption) \
            or caption.endswith((":", ",")) or not any(opens_lower(w) for w in caption.split()[1:]):
        return None
    function = _function_words(langs)
    credit: list[str] = []
    for word in re.finditer(r"\S+", text[m.end():]):
        token = word.group()
        if token.casefold() in function:
            if not credit or opens_lower(token):
                return None     # no credit, or a phrase going on in lower case: no paragraph opens here
            rest = text[m.end() + word.start():]
            if word_count(rest) < MIN_REST_WORDS or not ends_sentence(rest):
                return None
            return caption, " ".join(credit), m.end() + word.start()
        if len(credit) == MAX_CREDIT_WORDS or ends_sentence(token):
            return None
        credit.append(token)      # ("dpa", "picture alliance": a credit may be in lower case)
    return None


@lru_cache(maxsize=32)
def _bracketed(langs: tuple[str, ...]):
    photo = lang.alternation(lang.words("photo", langs) + lang.words("caption", langs))
    return re.compile(rf"\s?(?:\[(?:{photo})\s*{COLON}\s*(?P<caption>[^\[\]]{{10,300}})\]|"
                      rf"\((?:{photo})\s*{COLON}\s*(?P<round>[^()]{{10,300}})\))", re.I)


def bracketed_captions(text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Rule ``bracketed-caption``: a picture's caption printed inside a paragraph in square brackets under a photo or
    caption label ("… hoffen auf mehr Tagesgäste, [Bild: Die Blaskapelle spielt …] während …"), or in round brackets
    ("(Photo: La fanfare joue à l'arrivée du premier train)"): (start, end, caption) of each, `MIN_CAPTION_WORDS` to
    `MAX_CAPTION_WORDS` words, a phrase (a word after the first in lower case: not a credit's names), no sentence; the
    paragraph keeps its text around it."""
    out: list[tuple[int, int, str]] = []
    if "[" not in text and "(" not in text or not linear_re.may_find(_hint("photo", "caption", langs=langs), text):
        return out       # (no bracket, or no label's word: the pattern is not tried)
    for m in _bracketed(langs).finditer(text):
        caption = (m.group("caption") or m.group("round")).strip()
        if MIN_CAPTION_WORDS <= caption_words(caption) <= MAX_CAPTION_WORDS and not ends_sentence(caption) \
                and any(opens_lower(w) for w in caption.split()[1:]):     # a phrase, not a credit's names
            out.append((m.start(), m.end(), caption))
    return out
