"""Reply heads in words no file holds, known by the name they close with (rule `reply-to-commenter`).

"Antwoord aan Lena Vogel:", "Resposta a Anna Schmidt:", "Odpowiedź dla Jana Nowaka:": a short lead-in of one to three
words and a colon, the words between them the name of a commenter whose head stands above the line. The name coming
back from an earlier head is the evidence, not the lead-in's words: the line opens a reply to that commenter (its
author is not given). A line that closes with a name no head above gives ("Brief aan de burgemeester:", "Dank aan
Anna Schmidt:" before any comment) is no head.

Rule `quoted-head`: "> Ann wrote:" right above quoted lines ("> Glad it stays.") is the attribution of a quotation
inside a comment, as mail and forum dumps print it, not the head of a reply: the comment it sits in goes on.
"""
from __future__ import annotations

from ...lines import COLON_MARKS, ends_sentence
from .heads import MAX_NAME_WORDS, Head

MAX_LEAD_WORDS = 3
MAX_REPLY_CHARS = 80


def quoting(blocks, k: int) -> bool:
    """Block ``k`` opens with a quote sign and the line right under it too (rule `quoted-head`)."""
    return blocks[k].text.lstrip().startswith(">") and k + 1 < len(blocks) and blocks[k + 1].gap == 0 \
        and blocks[k + 1].text.lstrip().startswith(">")


def lead_and_name(text: str, authors: dict[str, str]) -> str | None:
    """The earlier author ``text`` closes with after a lead-in of one to three words, or None."""
    text = text.strip()
    if len(text) > MAX_REPLY_CHARS or not text.endswith(tuple(COLON_MARKS)):
        return None
    tokens = text.rstrip(COLON_MARKS + " ").split()
    for n in range(1, MAX_NAME_WORDS + 1):
        lead, name = tokens[:-n], " ".join(tokens[-n:]).lstrip("@")
        if not 1 <= len(lead) <= MAX_LEAD_WORDS:
            continue
        if name.casefold() in authors and not any(any(c.isdigit() for c in w) for w in lead) \
                and not ends_sentence(" ".join(lead)):
            return authors[name.casefold()]
    return None


def commenter_replies(blocks, heads: dict[int, Head]) -> dict[int, Head]:
    """Reply heads (module docstring) among the lines after the first of ``heads``: each names the author of a head
    above it."""
    if not heads:
        return {}
    authors: dict[str, str] = {}
    out = {}
    for i in range(min(heads), len(blocks) - 1):
        head = heads.get(i)
        if head is not None:
            if head.author:
                authors[head.author.casefold()] = head.author
            continue
        if authors and i + 1 not in heads and blocks[i].kind != "code" and (name := lead_and_name(blocks[i].text, authors)):
            out[i] = Head(None, None, None, name, "reply")
    return out
