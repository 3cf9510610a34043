"""The contact block under a press-contact label (rule ``media-contact`` of ``legal``).

A press release ends with its media contact: the label ("Press contact", "Contatti per la stampa"; the
``press_contact`` words, rule ``media-inquiry``) and, line by line, the company, the person, a phone number and an
address. Those lines go with the label: the lines right under it, each `MAX_CONTACT_CHARS` characters at most and no
sentence, when one of them at least is a phone number or an e-mail address (a label over a paragraph of prose is
followed by the article again, and that stays).
"""
from __future__ import annotations

import re

from ..lines import ends_sentence

MAX_CONTACT_CHARS = 60     # (characters: a Chinese company's name is one word of ten)
MAX_CONTACT_LINES = 8
_PHONE = re.compile(r"(?:\+|\b)\d[\d\s()./-]{5,}\d\b")
_EMAIL = re.compile(r"\S+@\S+\.\w{2,}")


def _reachable(text: str) -> bool:
    return bool(_EMAIL.search(text)) or sum(c.isdigit() for c in "".join(_PHONE.findall(text))) >= 7


def contact_block(blocks, label: int, taken: set[int]) -> list[tuple[int, str]]:
    """``(index, "media-contact")`` of the contact lines under the press-contact label at ``label`` (module docstring)."""
    run, reachable = [], False
    for k in range(label + 1, min(len(blocks), label + 1 + MAX_CONTACT_LINES)):
        block = blocks[k]
        text = block.text.strip()
        if k in taken:
            break
        if block.kind not in ("p", "list") or len(text) > MAX_CONTACT_CHARS \
                or (ends_sentence(text) and not _reachable(text)):
            break
        run.append(k)
        reachable = reachable or _reachable(text)
    return [(k, "media-contact") for k in run] if reachable else []
