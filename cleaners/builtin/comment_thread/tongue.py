"""The languages of a comment section written in another language than its article (rule `thread-language`).

An English article may carry a German comment section ("Kommentare" / "Maria Lopez schreibt:" / ... / "Antworten"),
a German article an English or a Spanish one. The thread's words (verbs, controls, dates) are those of the section's
own language, which the document's language (detected from the start of the body) does not tell. The section says it
in the lines only a thread has: its header alone on a line ("Kommentare", "Comentarios (3)") or a reply control
alone on a line coming back under each comment ("Antworten", "Responder"). One pattern of those words of every
language file screens the body once; the languages whose files hold the word of a line found (not already the
document's, `MAX_OWNERS` at most: a word many languages share tells none) are read with the document's own. A
document in a language without a file adds none: its own words, which no file holds, may be a neighbour's
("Kommentare" is German and Afrikaans).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ... import lang, screen
from ...linear_re import SPACE_CLASS

MAX_OWNERS = 3            # languages holding one header word; more tell no language
MIN_CONTROLS = 2          # a reply control alone on a line, the same words, under as many comments
MIN_CONTROL_CHARS = 4     # "re", "auf": too short to tell a language by
_DEBRIS = re.compile(r"[\d()\[\]:#*_.\s]+")     # counts, brackets and markdown around a header's words


@lru_cache(maxsize=1)
def _owners() -> dict[tuple[str, str], tuple[str, ...]]:
    """(key, phrase) -> the languages whose file holds the phrase, for the ``comments`` and ``reply`` words."""
    found: dict[tuple[str, str], list[str]] = {}
    for code in lang.available():
        data = lang.load(code) or {}
        for key in ("comments", "reply"):
            for phrase in data.get(key, ()):
                found.setdefault((key, " ".join(phrase.casefold().split())), []).append(code)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def _screen():
    """A line of one ``comments`` or ``reply`` phrase of any language file, counts, brackets and markdown aside."""
    debris = r"[\d()\[\]:#*_." + SPACE_CLASS.replace(r"\n", "") + "]*"
    return screen.compile(rf"^{debris}{lang.alternation(lang.words('comments') + lang.words('reply'))}{debris}$")


def thread_languages(blocks, langs: tuple[str, ...]) -> tuple[str, ...]:
    """Languages of the comment header and reply control lines of ``blocks`` that ``langs`` do not read."""
    if lang.without_file(langs):
        return ()       # a document in a language without a file: its thread's words are likely its own, none to add
    hits = screen.candidates(blocks, _screen())
    if not hits:
        return ()
    owners, out = _owners(), {}
    controls = Counter(" ".join(_DEBRIS.sub(" ", blocks[i].text).casefold().split()) for i in hits)
    for text, seen in controls.items():
        codes = owners.get(("comments", text))
        if codes is None and seen >= MIN_CONTROLS and len(text) >= MIN_CONTROL_CHARS:
            codes = owners.get(("reply", text))
        if not codes or len(codes) > MAX_OWNERS or any(c in langs for c in codes):
            continue    # a line of the document's own words, or of none
        out.update(dict.fromkeys(codes))
    return tuple(out)
