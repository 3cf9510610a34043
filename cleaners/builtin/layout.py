"""Layout repair after the cuts: paragraphs broken mid-sentence are joined again,
blocks left without any word (separators, stray bullets) are removed, and so are CMS
shortcodes printed as text (``[button link="..."]Send us your review[/button]``)."""
from __future__ import annotations

import re

from ..document import Document, Editor
from ..lines import ends_sentence, word_count
from ..registry import Cleaner

_WORD_CHAR = re.compile(r"\w")
# a CMS shortcode printed as text instead of rendered: "[button link=... ]Send us ...[/button]"
_SHORTCODE = re.compile(r"^\[([a-z][\w-]*)(?:\s[^\]]*)?\].*\[/\1\]$|^\[([a-z][\w-]*)\s+[\w-]+\s*=[^\]]*\]$", re.I | re.S)
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


class Layout(Cleaner):
    """Joins paragraphs broken mid-sentence and removes blocks with no words left."""

    name = "layout"
    order = 1000
    min_words_to_join = 5

    def clean(self, doc: Document) -> Document:
        edit = Editor(doc, self.name)
        for block in doc.blocks:
            if block.kind != "code" and not _WORD_CHAR.search(block.text):
                edit.drop(block, "no-words")
                continue
            if block.kind != "code" and _SHORTCODE.match(block.text.strip()):
                edit.drop(block, "shortcode")
                continue
            prev = edit.blocks[-1] if edit.blocks else None
            if prev is not None and self._broken(prev, block):
                edit.blocks[-1] = prev.with_text(prev.text + " " + block.text)
            else:
                edit.keep(block)
        return edit.done()

    def _broken(self, prev, block) -> bool:
        return (prev.kind == block.kind == "p" and prev.indent == block.indent
                and block.text[:1].islower() and not ends_sentence(prev.text)
                and not prev.text.endswith((":", ";"))
                and word_count(prev.text) >= self.min_words_to_join
                and len(_LETTER_WORD.findall(prev.text)) >= 2)   # running text, not codes or numbers
