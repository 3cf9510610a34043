"""A site's permission prompt printed as a line, in any language (``permission-prompt``, read by reader_calls.py).

A browser's push or notification prompt is a short question and its two buttons parted by a slash, nothing else:
"Vrei să primești notificări? Permite / Nu acum", "🔔 Möchten Sie Push-Benachrichtigungen erhalten? Ja, gerne /
Später", "是否允许…向您发送通知？允许 / 以后再说". The question is `MAX_QUESTION_WORDS` words at most and holds no
digit; each button is `MAX_BUTTON_WORDS` words at most (or `MAX_UNSPACED_BUTTON` characters), opens with no small letter and holds no stop, question mark
or digit; a sign or an emoji may lead the line. An article's question with its answers goes on ("Who pays? The city /
the state, said the judge.") or opens its answer in small letters ("Who pays? the city / the state").
"""
from __future__ import annotations

import re

from ..lines import QUESTION_MARKS, opens_lower, word_count

MAX_QUESTION_WORDS = 14
MAX_BUTTON_WORDS = 3
MAX_UNSPACED_BUTTON = 6   # characters of a button in a script without spaces ("以后再说")
_Q = re.escape("?" + QUESTION_MARKS + "\uff1f\u1367")      # and the full-width and Ethiopic ones
_PROMPT = re.compile(rf"^[^\w\s]{{0,3}}\s*(?P<q>[^{_Q}\n/]{{3,160}}[{_Q}])\s*(?P<a>[^{_Q}/.!\n]{{1,30}}?)\s+/\s+"
                     rf"(?P<b>[^{_Q}/.!\n]{{1,30}}?)\s*$")
_DIGIT = re.compile(r"\d")


def permission_prompt(text: str) -> bool:
    """Whether ``text`` is only a question and its two buttons (module docstring)."""
    m = _PROMPT.match(text.strip()) if "/" in text else None     # (most lines hold no slash: no regex run)
    if m is None or _DIGIT.search(m.group(0)) or word_count(m.group("q")) > MAX_QUESTION_WORDS:
        return False
    buttons = [m.group("a").strip(), m.group("b").strip()]
    return all(b and b[0].isalpha() and not opens_lower(b)
               and (word_count(b) <= MAX_BUTTON_WORDS or len(b) <= MAX_UNSPACED_BUTTON) for b in buttons)
