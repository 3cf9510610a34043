"""A newsletter's box printed as one line, read by `cleaners.builtin.calls_to_action` (rule ``newsletter``).

A label of one to three words and a colon whose last word names the newsletter ("Newsletter:", "Unser Newsletter:",
"Der Düsseldorf-Newsletter:", "Nieuwsbrief:"), then the newsletter's promise and maybe its button, `MAX_WORDS` words at
most, not quoted and reporting nobody: "Newsletter: Alle Nachrichten aus der Region jeden Morgen per E-Mail. Jetzt
anmelden". The newsletter is named by English's ``service_loanwords`` "newsletter" (as German, Polish or Czech write
it, maybe as a compound's end or with a case ending: "newslettera") or by a one-word ``newsletter`` phrase of the
document's language ("nieuwsbrief", "boletín"). A label that is a newsletter and someone ("Newsletter-Chefin:") stays.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..lines import is_quoted, word_count

MAX_WORDS = 40
MIN_PROMISE_WORDS = 3
MAX_ENDING = 3         # letters of a case ending after the newsletter's name ("newslettera", "newsletteru")
_LABEL = re.compile(r"^\W{0,3}((?:[^\s:]+\s+){0,2}[^\s:]+)\s*:\s+(?=\S)")


@lru_cache(maxsize=32)
def _names(langs: tuple[str, ...]) -> tuple[str, ...]:
    """The one-word ``newsletter`` phrases of ``langs`` and the ``service_loanwords`` their sign-up templates name."""
    own = [w.casefold() for w in lang.words("newsletter", langs) if len(w.split()) == 1]
    signup = " ".join(lang.words("newsletter_signup", langs)).casefold().replace("-", " ").split()
    return tuple(own + [w for w in lang.words("service_loanwords", (lang.FALLBACK,)) if w.casefold() in signup])


def newsletter_label(text: str, langs: tuple[str, ...]) -> bool:
    """A line opening with a newsletter's label and no report after it (module docstring)."""
    m = _LABEL.match(text)
    if not m or is_quoted(text) or word_count(text) > MAX_WORDS or word_count(text[m.end():]) < MIN_PROMISE_WORDS:
        return False
    last = re.split(r"[-\u2010\u2011]", m.group(1).split()[-1])[-1].casefold()
    named = any(last.startswith(name) and len(last) - len(name) <= MAX_ENDING for name in _names(langs))
    return named and not lang.pattern("reported", langs).search(text)
