"""Verbs of writing learned from the document, for a language without a file (`said-head-shape`).

A comment head of the shape "Name verb:" ("Marta K. zegt:", "old_harbour sanoo:", "Jonas rašė:", "Jean a dit :",
"Anna pisze...") names its commenter with a verb no language file gives when the document's language has none. The
verb is read from the shape and its repetition: a line that is a name (one to four tokens, capitalised past the first,
or one handle of any case) and one or two lower-case words of letters (a verb, or an auxiliary and a participle)
closed by a colon or an ellipsis, the same words closing
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
MAX_VERB_WORDS = 2      # an auxiliary and a participle: "a dit", "a répondu"
_CLOSES = (":", "...", "\u2026")


def said_verb(text: str, function_words: frozenset[str]) -> str | None:
    """The lower-case words closing ``text`` when ``text`` is a name and one or two such words (a verb, or an auxiliary
    and a participle) and a colon or an ellipsis ("Marta K. zegt:", "Jean Dupont a dit :", "Anna pisze...")."""
    text = text.strip()
    end = next((mark for mark in _CLOSES if text.endswith(mark)), None)
    if len(text) > MAX_SAID_CHARS or end is None:
        return None
    tokens = text[:-len(end)].split()
    for n in range(1, MAX_VERB_WORDS + 1):
        verb = tokens[-n:]
        if not all(len(w) <= MAX_VERB_CHARS and w.isalpha() and w.islower() for w in verb):
            return None
        if n + 1 <= len(tokens) <= MAX_NAME_WORDS + n and name_ok(tokens[:-n], function_words):
            return " ".join(verb)
    return None


def learned_verbs(blocks, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The verbs of writing read from ``blocks`` (module docstring); none when the document's language has a
    file (its ``wrote`` words are read) or is English or unknown."""
    if not lang.without_file(langs):
        return ()
    function_words = frozenset(lang.words("function_words"))
    names: dict[str, set[str]] = defaultdict(set)
    for b in blocks:
        if b.kind != "code" and (verb := said_verb(b.text, function_words)):
            names[verb].add(b.text.strip().rstrip(":.\u2026 ").removesuffix(verb).strip().casefold())
    return tuple(sorted(v for v, who in names.items() if len(who) >= MIN_SAID and v not in function_words))
