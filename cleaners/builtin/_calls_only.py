"""A line made of calls only, each sentence a call a rule takes alone (read by calls_to_action.py).

Sites print their calls in runs: "This article is for subscribers only. Already a subscriber? Log in.", "Support
our work. Donate today. Every gift counts!" No rule reads the whole line (each reads one kind of call), but each
sentence alone is one: the line goes, under the rule of its first sentence. Two to `MAX_SENTENCES` sentences; a
sentence no rule takes (the article's own) keeps the line."""
from __future__ import annotations

from typing import Callable

from ._comment_lines import SENTENCES

MAX_SENTENCES = 4


def calls_only(text: str, rule_of: Callable[[str], str | None]) -> str | None:
    """The rule of ``text``'s first sentence when ``rule_of`` takes each of its two to `MAX_SENTENCES`
    sentences alone, else None."""
    sentences = [s for s in SENTENCES.split(text.strip()) if s]
    if not 2 <= len(sentences) <= MAX_SENTENCES:
        return None
    rules = []
    for sentence in sentences:
        if (rule := rule_of(sentence)) is None:
            return None
        rules.append(rule)
    return rules[0]
