"""The one-pass editor of a document's blocks: each block kept or dropped in order, every cut recorded in
``removed`` under the cleaner's name and the rule's."""
from __future__ import annotations

from .document import Block, Document, Removal, removal


class Editor:
    """Rebuilds a document's blocks in one pass, recording every cut.

    ``keep(block)`` carries a block over, ``drop(block, rule)`` removes it,
    ``log(rule, text)`` records text cut from inside a kept block;
    ``done()`` returns the new document.
    """

    def __init__(self, doc: Document, cleaner: str):
        self.doc = doc
        self.cleaner = cleaner
        self.blocks: list[Block] = []
        self.removed: list[Removal] = list(doc.removed)

    def keep(self, block: Block) -> None:
        self.blocks.append(block)

    def drop(self, block: Block, rule: str) -> None:
        if block.text:
            self.removed.append(removal(self.cleaner, rule, block.text, block.origin))

    def log(self, rule: str, text: str, block: Block | None = None) -> None:
        """Record ``text`` cut from inside ``block`` (which stays), or from the page."""
        if text:
            origin = block.origin if block is not None else None
            self.removed.append(removal(self.cleaner, rule, text, origin, inline=block is not None))

    def done(self) -> Document:
        return self.doc.replace(blocks=tuple(self.blocks), removed=tuple(self.removed))
