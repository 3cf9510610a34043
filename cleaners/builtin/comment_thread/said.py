"""Verbs of writing learned from the document, for a language without a file (`said-head-shape`).

A comment head of the shape "Name verb:" ("Marta K. zegt:", "old_harbour sanoo:", "Jonas rašė:") names its
commenter with a verb no language file gives when the document's language has none. The verb is read from
the shape and its repetition: a line that is a name (one to four tokens, capitalised past the first, or one
handle of any case) and one lower-case word of letters closed by a colon, the same word closing
such lines under `MIN_SAID` names or more. Those words are the document's verbs of writing (`heads.vocabulary`'s
``verbs``): a single "Die Ministerin sagte:" before a quote teaches nothing, nor does an interview's
"Ivan Horvat kaže:" coming back before each answer; one verb coming back under several names is a thread's
template."""
from __future__ import annotations

from collections import defaultdict

from ... import lang
from .heads import MAX_NAME_WORDS, name_ok

MIN_SAID = 2            # names whose lines a verb closes before it is read as the document's verb of writing
MAX_VERB_CHARS = 24
MAX_SAID_CHARS = 80


def said_verb(text: str, function_words: frozenset[str]) -> str | None:
    """The lower-case word closing ``text`` when ``text`` is a name and that word and a colon ("Marta K. zegt:")."""
    text = text.strip()
    if len(text) > MAX_SAID_CHARS or not text.endswith(":"):
        return None
    tokens = text[:-1].split()
    if not 2 <= len(tokens) <= MAX_NAME_WORDS + 1:
        return None
    verb = tokens[-1]
    if len(verb) > MAX_VERB_CHARS or not verb.isalpha() or not verb.islower():
        return None
    return verb if name_ok(tokens[:-1], function_words) else None


def learned_verbs(blocks, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The verbs of writing read from ``blocks`` (module docstring); none when the document's language has a
    file (its ``wrote`` words are read) or is English or unknown."""
    if not lang.without_file(langs):
        return ()
    function_words = frozenset(lang.words("function_words"))
    names: dict[str, set[str]] = defaultdict(set)
    for b in blocks:
        if b.kind != "code" and (verb := said_verb(b.text, function_words)):
            names[verb].add(" ".join(b.text.split()[:-1]).casefold())
    return tuple(sorted(v for v, who in names.items() if len(who) >= MIN_SAID and v not in function_words))
