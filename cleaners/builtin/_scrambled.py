"""Rule ``scrambled-text`` of ``layout``: a paragraph that reads as no language, text a paywall shipped scrambled.

Some paywalls ship the locked part of an article with every letter shifted ("Kvohf Gbnjmjfo xfjdifo eftibmc
..."), and extractors keep it as text. Running prose of any language is about a third stop words (articles,
pronouns, prepositions); a scrambled paragraph has next to none. A paragraph of `MIN_WORDS` words or more, most
of its distinct words opening in lower case as prose does (a list of names or titles is capitalised, and so is a
line of scores that repeats one lower-case unit), whose share of stop words is under `MAX_STOPWORD_SHARE` for every
language of the document, under `MIN_QUOTED_SHARE` for the `WIDESPREAD` languages (quoted on pages of others: read
without identifying the paragraph's language; a scrambled text's share of one of them is under an eighth) and for
the language detected in the paragraph itself (unless that language has no list: a language the document's lists
do not cover), is scrambled, unless the language identifier's first guess for it is a language of the document (a
list of items, "1 cup rice, 2 eggs": its words, not shifted). The stop words are justext's lists (trafilatura's
dependency); a language without a list (Chinese, Japanese, Thai: written without spaces) gives no verdict.
"""
from __future__ import annotations

import re
from functools import lru_cache

MIN_WORDS = 12
MAX_STOPWORD_SHARE = 0.05
MIN_LOWER_SHARE = 0.4
MIN_QUOTED_SHARE = 0.15   # of a widespread language's stop words in a paragraph of it (prose has a third or more)
WIDESPREAD = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl")    # languages quoted on pages of others, read first
NO_LANGUAGE = "zxx"       # the language identifier's class of text in no language
_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=64)
def stop_words(code: str | None) -> frozenset[str]:
    """justext's stop words of the language ``code`` (ISO 639-1), empty when it has none."""
    if not code:
        return frozenset()
    import justext
    from trafilatura.external import JUSTEXT_LANGUAGES
    name = JUSTEXT_LANGUAGES.get(code)
    try:
        return frozenset(w.casefold() for w in justext.get_stoplist(name)) if name else frozenset()
    except ValueError:
        return frozenset()


def _share(words: list[str], stops: frozenset[str]) -> float:
    return sum(w.casefold() in stops for w in words) / len(words)


def _share_reaches(folded: list[str], stops: frozenset[str], least: float) -> bool:
    """`_share` of the casefolded ``folded`` is ``least`` or more, counted only as far as it takes (prose reaches a
    twentieth of stop words within its first words; the share only grows, so stopping there gives the same verdict)."""
    n, count = len(folded), 0
    for w in folded:
        if w in stops:
            count += 1
            if count / n >= least:
                return True
    return count / n >= least


def scrambled(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is a scrambled paragraph in a document of the languages ``langs`` (module docstring)."""
    words = _WORD.findall(text)
    distinct = set(words)      # (a line of scores repeats its one lower-case word: "Ann 25 points. Bo 17 points.")
    if len(words) < MIN_WORDS or sum(w[0].islower() for w in distinct) < MIN_LOWER_SHARE * len(distinct):
        return False
    if not any(stop_words(code) for code in langs):
        return False
    folded = list(map(str.casefold, words))
    if any(_share_reaches(folded, s, MAX_STOPWORD_SHARE) for s in map(stop_words, langs) if s) or \
            any(_share_reaches(folded, s, MIN_QUOTED_SHARE) for s in map(stop_words, WIDESPREAD) if s):
        return False
    from ..language import detect, first_guess
    own = detect(text)      # (an English quote in a German article is English prose; "zxx": no language at all)
    if own is None:         # unsure: a list of the document's words without stop words ("1 cup rice, 2 eggs")
        return first_guess(text) not in langs
    if own == NO_LANGUAGE:
        return True
    if own in langs:        # the identifier reads the document's language in it: its words, not shifted letters
        return False
    stops = stop_words(own)
    return bool(stops) and _share(words, stops) < MAX_STOPWORD_SHARE


def scrambled_blocks(blocks, langs: tuple[str, ...]):
    """``(index, "scrambled-text")`` of the scrambled paragraphs among ``blocks``."""
    return [(i, "scrambled-text") for i, b in enumerate(blocks) if b.kind == "p" and scrambled(b.text, langs)]
