"""The wire dateline opening a dump's story and the lines of credits of `dateline.Dateline` (rules ``wire-dateline``,
``credit-line``, ``credit-tail``), apart from the cleaner's loop so that it stays short.

``credit-fields``: a head line of two to `MAX_FIELDS` labelled fields parted by spaces, each a label of the language's
``source``, ``by`` or ``editor`` words and a colon (ASCII or full-width) before its value, one of them a ``by`` field
naming a person ("来源：新华社 作者：张伟", "Quelle: dpa Autor: Jan Berg"): the person is the author, the line a credit;
a field of another label ("地点：成都") or a value that is no name keeps the line for the other rules."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..lines import stop_class
from ..document import Document
from ..screen import SparseEditor
from ._appeal_tail import appeal_tail
from ._byline import credit_line, is_person_name
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
    if credited is None and (person := credit_fields(text, langs)) is not None:
        credited, rule = (person,), "credit-fields"
    elif credited is None:
        return False
    else:
        rule = "credit-line"
    if credited[0] and author_wanted:
        meta.setdefault("author", credited[0])
    credits.append(text.strip().strip("()"))
    edit.drop(i, rule)
    return True


MAX_FIELDS = 4
_FIELD = re.compile(r"(?:^|\s+)([^\s:\uff1a]{1,16})\s*[:\uff1a]\s*")


def credit_fields(text: str, langs: tuple[str, ...]) -> str | None:
    """The person of a line of labelled credit fields (``credit-fields``, module docstring), or None."""
    fields = list(_FIELD.finditer(text := text.strip()))
    if not 2 <= len(fields) <= MAX_FIELDS or fields[0].start() != 0:
        return None
    by, other = (frozenset(w.casefold() for w in lang.words(k, langs)) for k in ("by", "source"))
    other |= frozenset(w.casefold() for w in lang.words("editor", langs))
    person = None
    for m, end in zip(fields, [f.start() for f in fields[1:]] + [len(text)]):
        label, value = m.group(1).casefold(), text[m.end():end].strip()
        if not value or label not in by | other:
            return None
        if label in by:
            if person is not None or not is_person_name(value, langs):
                return None
            person = value
    return person
