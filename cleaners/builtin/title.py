"""The title: found in the head of a text dump, kept in metadata, never in the body.

The title is, in this order of evidence: a markdown level-1 heading in the head, a
head line printed more than once, the headline-like line just above the first date
line, or the first headline-like line. Headline-like lines above it are section-box
headers. Every later copy of the title (also self-concatenated, or as a caption)
is removed.
"""
from __future__ import annotations

from ..dates import date_line
from ..document import Block, Document, Editor
from ..lines import ends_sentence, is_headline_like, is_prose, key, self_concatenation, word_count
from ..registry import Cleaner

HEAD_LIMIT = 12
SENTENCE_WORDS = 8


def head_end(blocks: tuple[Block, ...]) -> int:
    """Index of the first sentence or prose block (the head is everything before it)."""
    for i, block in enumerate(blocks[:HEAD_LIMIT]):
        if block.kind != "heading" and (is_prose(block.text) or _is_sentence(block.text)):
            return i
    return min(len(blocks), HEAD_LIMIT)


def _is_sentence(text: str) -> bool:
    return ends_sentence(text) and word_count(text) >= SENTENCE_WORDS and date_line(text) is None


def _is_candidate(block: Block) -> bool:
    return block.kind in ("p", "heading") and is_headline_like(block.text) and date_line(block.text) is None


def _is_label(block: Block) -> bool:
    """A one-word section label such as a kicker above a headline."""
    return block.kind == "p" and word_count(block.text) == 1 and not ends_sentence(block.text)


class Title(Cleaner):
    """The title and its repeats (in the text, doubled, as a caption); section-box headers above it."""

    name = "title"
    order = 500

    def clean(self, doc: Document) -> Document:
        title = doc.metadata.get("title")
        header_cut: set[int] = set()
        if not title:
            found = self.find_title(doc.blocks)
            if found is None:
                return doc
            index = found
            title = doc.blocks[index].text
            header_cut = {i for i in range(index) if _is_candidate(doc.blocks[i]) or _is_label(doc.blocks[i])}
            doc = doc.with_metadata(title=title)
        title_key = key(title)
        edit = Editor(doc, self.name)
        for i, block in enumerate(doc.blocks):
            k = key(block.text)
            if block.kind == "code":
                edit.keep(block)
            elif k == title_key:
                edit.drop(block, "title")
            elif (twice := self_concatenation(block.text)) and key(twice) == title_key:
                edit.drop(block, "title")
            elif i in header_cut:
                edit.drop(block, "section-header")
            else:
                edit.keep(block)
        return edit.done()

    @staticmethod
    def find_title(blocks: tuple[Block, ...]) -> int | None:
        end = head_end(blocks)
        head = list(range(end))
        for i in head:
            if blocks[i].kind == "heading" and blocks[i].level == 1:
                return i
        candidates = [i for i in head if _is_candidate(blocks[i])]
        if not candidates:
            return None
        keys = [key(b.text) for b in blocks]
        for i in candidates:
            if keys.count(keys[i]) > 1:
                return i
        dates = [i for i in head if date_line(blocks[i].text)]
        if dates:
            above = [i for i in candidates if i < dates[0]]
            if above:
                return above[-1]
        return candidates[0]
