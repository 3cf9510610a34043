"""The wire dateline opening a dump's story and the lines of credits of `dateline.Dateline` (rules ``wire-dateline``,
``credit-line``, ``credit-tail``), apart from the cleaner's loop so that it stays short."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..lines import stop_class
from ..document import Document
from ..screen import SparseEditor
from ._appeal_tail import appeal_tail
from ._byline import credit_line
from ._wire import wire_prefix

WIRE_BLOCKS = 3     # blocks after the head a wire dateline may open
TAIL_BLOCKS = 3     # last blocks a line of credits may be glued to the end of


@lru_cache(maxsize=32)
def credit_opening(langs: tuple[str, ...]):
    """A by- or editor phrase opening a sentence inside a block (after a stop, a space or none): where a line of
    credits glued to a paragraph's end may start (``credit-tail``)."""
    words = lang.alternation(lang.words("by", langs) + lang.words("editor", langs))
    return re.compile(rf"[{stop_class('!?')}]\s*(?:{words})(?:\s|:)", re.I)


def wire_dateline(doc: Document, head: int, edit: SparseEditor) -> int | None:
    """The index of the first block of the head (or `WIRE_BLOCKS` after it) that opens with a
    wire dateline, cut from it (dropped when it is the whole block), or None."""
    for i, block in enumerate(doc.blocks[:head + WIRE_BLOCKS]):
        end = wire_prefix(block.text) if block.kind != "code" else None
        if end is None:
            continue
        rest = block.text[end:].strip()
        if rest:
            edit.log("wire-dateline", block.text[:end].strip(), block)
            edit.put(i, block.with_text(rest))
        else:
            edit.drop(i, "wire-dateline")
        return i
    return None

def credit_tails(doc: Document, langs: tuple[str, ...], edit: SparseEditor, credits: list) -> None:
    """Rule ``credit-tail``: a line of credits glued to the end of one of the last `TAIL_BLOCKS` paragraphs
    ("... the results of the consultation. Reporting by Ann Lee; Editing by Tom Brown") is cut alone
    (`_appeal_tail.appeal_tail`: an article sentence of eight words or more stays before it)."""
    opening = credit_opening(langs)
    for i in range(max(0, len(doc.blocks) - TAIL_BLOCKS), len(doc.blocks)):
        block = doc.blocks[i]
        if i in edit.changes or block.kind not in ("p", "quote") or not opening.search(block.text):
            continue
        k = appeal_tail(block.text, lambda sentence: credit_line(sentence, langs) is not None)
        if k is not None:
            credits.append(block.text[k:].strip().strip("()"))
            edit.cut_tail(i, k, "credit-tail")

def credit_line_cut(i: int, text: str, langs: tuple[str, ...], author_wanted: bool, edit: SparseEditor,
                 meta: dict, credits: list) -> bool:
    """Rule ``credit-line``: a line of credits only ("Reporting by A in Lisbon; Editing by B", `credit_line`) goes to
    the credits; the reporter of its first segment is the author when the head has none."""
    credited = credit_line(text, langs)
    if credited is None:
        return False
    if credited[0] and author_wanted:
        meta.setdefault("author", credited[0])
    credits.append(text.strip().strip("()"))
    edit.drop(i, "credit-line")
    return True
