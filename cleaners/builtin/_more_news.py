"""A call that sends the reader to more of the site's news: "Mehr Nachrichten aus der Region finden
Sie hier", "Retrouvez toute l'actualité de votre région ici", "More local news here", "Все новости
вашего города читайте здесь", "Bölgenizden tüm haberler için tıklayın".

`more_news(text, langs)`: a short line (`MAX_WORDS` words at most; a button's arrow, emphasis and a
trailing "»" or colon aside) that names the site's news as a whole (cleaners/lang ``more_news``:
"more news", "all the latest news", "toute l'actualité"; ``*`` up to three words, "more * news":
"more local news") and holds a call of the language (``more_news_call``: a call's verb, "here",
"click": "finden Sie", "retrouvez", "читайте", "tıklayın") that opens the line or one of its
clauses ("For more local news, visit our homepage") or ends it; not quoted, reporting nobody.
A line ending with a full stop is a sentence: it is one of these calls when it has
`MAX_SENTENCE_WORDS` words at most and holds two calls ("Mehr Nachrichten aus der Region finden Sie
hier.", "Find more news from your county on our website."), not when a lone "here" opens or ends it
("The latest news is not good here.", "Aquí las últimas noticias fueron malas para el equipo local.").
A line that mentions the news without a call stays ("Mehr Nachrichten aus der Region erreichten die
Redaktion am Montag.", "All the news from the region was grim"), and so does one with the call
inside it ("Rescuers at the camp see all the latest news on their phones").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re
from ..lines import FULL_STOPS, is_quoted, word_count
from ._lone_line import EDGES

MAX_WORDS = 14
MAX_SENTENCE_WORDS = 12
_GAP = r"(?:\s+[^\s]+){0,3}\s+"      # the ``*`` of a phrase: up to three words
_SENTENCE_ENDS = FULL_STOPS + ("\u3002",)
_CLAUSES = re.compile(r"[,:;\u060c\uff0c]")    # a call may open a clause: "For more local news, visit our homepage"


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    """The news phrases of ``langs`` (``*`` a gap of up to three words) and their calls, as whole words."""
    phrases = []
    for phrase in lang.words("more_news", langs):
        parts = [p.strip() for p in phrase.split("*") if p.strip()]
        phrases.append(_GAP.join(lang.alternation([p]) for p in parts))
    news = "(?:" + "|".join(phrases) + ")" if phrases else "(?:$^)"
    edge = rf"(?:^|{lang.NOT_WORD})"
    calls = lang.alternation(lang.words("more_news_call", langs))
    return (lazy_re.linear(rf"{edge}{news}(?:$|{lang.NOT_WORD})", ignore_case=True),
            lang.pattern("more_news_call", langs, where="start"),
            lazy_re.linear(rf"{edge}{calls}[\s.!\x{{964}}\x{{6d4}}\x{{3002}}\x{{ff01}}]*$", ignore_case=True))


def screen_words(langs: tuple[str, ...]) -> tuple[str, ...]:
    """A word that stands in every line `more_news` takes, one a news phrase of ``langs``: its longest (for a screen)."""
    return tuple(dict.fromkeys(max(reversed(p.replace("*", " ").split()), key=len) for p in lang.words("more_news", langs)))


def more_news(text: str, langs: tuple[str, ...]) -> bool:
    """The line is a call to read more of the site's news (module docstring)."""
    line = text.strip(EDGES + "*_\u00bf\u00a1")
    if not line or word_count(line) > MAX_WORDS or is_quoted(text):
        return False
    news, opening, ending = _patterns(langs)
    if not news.search(line) or lang.pattern("reported", langs).search(line):
        return False      # (the news phrase first: most lines have none, and their clauses need not be read)
    if not (any(opening.match(clause.strip()) for clause in _CLAUSES.split(line)) or ending.search(line)):
        return False
    if not text.rstrip(" \u00bb\u203a*_").endswith(_SENTENCE_ENDS):
        return True
    # a sentence: short, and holding two calls ("finden Sie hier", not "... was grim here.", "Aquí las ... fueron malas.")
    calls = lang.pattern("more_news_call", langs).findall(" ".join(line.split()).replace(" ", "  "))
    return word_count(line) <= MAX_SENTENCE_WORDS and len(calls) > 1

