"""Pull quotes: a line of the article printed again, larger, as a block of its own.

Rule ``pull-quote``. Magazines and long reads lift a sentence of the article into a box
between its paragraphs, marked up as a quotation (``<blockquote>``, a text dump's ``>``); in
the extracted body it reads as a quote block that repeats part of another paragraph. A quote
block of `min_words` to `max_words` words whose words (compared as words, case folded:
quotation marks, ellipses and dashes aside) run inside a longer block of the body is cut, in
any language (the markup and the repetition are the marks). Paragraphs, list items and
headings whose words recur elsewhere stay (a table of contents repeats the subheadings, a
week's menu its dishes); a quote repeated whole is no pull quote; a short phrase is under
`min_words`; a quotation printed nowhere else stays, as does the body's first block.
"""
from __future__ import annotations

from bisect import bisect_right

from ..document import Document
from ..lines import fold_case, words
from ..registry import Cleaner

def _key(text: str) -> str:
    return " ".join(words(fold_case(text)))


class PullQuotes(Cleaner):
    """Pull quotes: a quote block repeating a line of the article between its paragraphs."""

    name = "pull_quotes"
    order = 710
    min_words = 6
    max_words = 60

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        if len(blocks) < 3 or not any(b.kind == "quote" for b in blocks):
            return doc
        keys = [_key(b.text) for b in blocks]
        starts, joined, at = [], [], 0
        for k in keys:
            starts.append(at)
            joined.append(f" {k} ")
            at += len(k) + 3            # the key, its two spaces and the newline after it
        page = "\n".join(joined)
        cuts: dict[int, tuple[str, str]] = {}
        for i in range(1, len(blocks)):
            k = keys[i]
            if blocks[i].kind != "quote" or not self.min_words <= k.count(" ") + 1 <= self.max_words:
                continue
            needle = f" {k} "
            pos = page.find(needle)
            while pos != -1:
                j = bisect_right(starts, pos) - 1
                if j != i and j not in cuts and len(keys[j]) > len(k):
                    cuts[i] = (self.name, "pull-quote")
                    break
                pos = page.find(needle, pos + 1)
        return doc.drop_blocks(cuts)
