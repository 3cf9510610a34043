"""A call's verb read as a statement's in a verb-second language (read by calls_to_action and donation; rule
``verb-second``, a guard): German and Dutch print a call as an adverb and an infinitive ("Jetzt testen", "Jetzt
spenden"), the very form of a plural verb in second place, so "Jetzt testen die Ingenieure die Anlage." and
"Jetzt registrieren sich immer mehr Nutzer." open with a call's phrase. A statement puts its subject right after the
finite verb: when the word after the phrase (a space between) is one of the language's ``subject_words`` (articles,
pronouns, determiners and the reflexive pronoun that a call's verb is never followed by), written in lower case (the
polite "Sie" of "Jetzt testen Sie 30 Tage gratis" is a call's), and the phrase holds none itself ("Abonnieren Sie
den Newsletter" has its subject), the line is prose. A line ending with "!" is shouted, a call's."""
from __future__ import annotations

import re

from .. import lang

_SPACE = re.compile(r"[ \t\u00a0]+")


def statement_after(text: str, end: int, langs: tuple[str, ...] | None) -> bool:
    """The call phrase ending at ``end`` is a statement's verb: a lower-case subject word of ``langs`` follows it
    after a space, none stands before ``end``, and the line does not end with "!" (module docstring)."""
    if not (space := _SPACE.match(text, end)) or text.rstrip().endswith("!") or not lang.words("subject_words", langs):
        return False
    subject = lang.pattern("subject_words", langs, where="start")
    m = subject.match(text[space.end():])
    if not m or m.group(1) != m.group(1).lower():
        return False
    return not lang.pattern("subject_words", langs).search(text[:end])
