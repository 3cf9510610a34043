"""Layout repair after the cuts: paragraphs broken mid-sentence are joined again,
blocks left without any word (separators, stray bullets) are removed, and so are CMS
shortcodes printed as text (``[button link="..."]Send us your review[/button]``) and template tags left unrendered
on a line of their own (``{{ widget:12 }}``, ``{% include "ad.html" %}``); a paragraph a paywall shipped scrambled,
which reads as no language (``_scrambled``), and, in a text input, a line that is a web address alone (``url-line``: a
text browser's numbered list of the page's links, "3. https://news.example.org/region/3"; on an HTML page such a
line is a link the article prints and stays) go first, and in a text browser's dump with such a
list, its link numbers inside the paragraphs, its lines of numbered links and the list's label (``link-number``,
``link-line``, ``link-list-label``, `_lynx`)."""
from __future__ import annotations

import re

from .. import lang, screen
from ..document import Document
from ..lines import ends_sentence, opens_lower, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from ._lynx import lynx_links
from ._pdf_pages import pdf_pages
from ._scrambled import scrambled_blocks

_WORD_CHAR = re.compile(r"\w")
# a line that is an address and nothing else, maybe numbered (a text browser's list of the page's links: "3. https://...")
_URL_LINE = re.compile(r"^\s*(?:\[?\d{1,3}[.)\]]\s*)?<?(?:https?://|www\.)[^\s<>]+>?\s*$", re.I)
# a CMS shortcode printed as text instead of rendered: "[button link=... ]Send us ...[/button]"
_SHORTCODE = re.compile(r"^\[([a-z][\w-]*)(?:\s[^\]]*)?\].*\[/\1\]$|^\[([a-z][\w-]*)\s+[\w-]+\s*=[^\]]*\]$", re.I | re.S)
# a line of template tags only, left unrendered by the site's template engine (Jinja, Twig, Liquid, Handlebars,
# Django, MediaWiki): "{{ widget:12 }}", "{% include 'ad.html' %}", "{{{ promo }}}", "{# note #}"
_TEMPLATE_TAGS = re.compile(r"^(?:\s*(?:\{\{\{[^{}\n]{1,160}\}\}\}|\{\{[^{}\n]{1,160}\}\}|\{%[^\n]{1,160}?%\}|\{#[^\n]{1,160}?#\}))+\s*$")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022\u25e6\u25aa\u2023\u2219\u00b7\u2013]|\d{1,3}[.)])\s")
# every line a rule could take: no word character (``re``'s \w: letters, numbers, "_"), a
# shortcode's bracket or a template tag's brace, or a first character that may be lower case (not upper or title
# case, a digit or punctuation)
_SCREEN = screen.compile(r"^[^\pL\pN_\n]*$|^\[|^\s*\{[{%#]|^[^\p{Lu}\p{Lt}\p{Nd}\pP\n]", ignore_case=False)


def _wordless(block) -> bool:
    return block.kind != "code" and not _WORD_CHAR.search(block.text)


class Layout(Cleaner):
    """Joins paragraphs broken mid-sentence and removes blocks with no words left."""

    name = "layout"
    order = 1000
    min_words_to_join = 5

    def clean(self, doc: Document) -> Document:
        if doc.kind == "text":
            doc = lynx_links(pdf_pages(doc, self.name), self.name)   # (_pdf_pages: page numbers, headers, "betei- ligen")
        doc = screen.drop_all(doc, self.name, sorted(scrambled_blocks(doc.blocks, lang.document_languages(doc))
                                                     + [(i, "url-line") for i, b in enumerate(doc.blocks) if
                                                        doc.kind == "text" and b.kind != "code" and _URL_LINE.match(b.text)]))
        edit = SparseEditor(doc, self.name)
        # the last block kept, the pieces joined to it and its word and letter-word counts
        kept, pieces, counts, previous = -1, [], (0, 0), -1
        blocks = doc.blocks
        scan = screen.Scan(blocks, _SCREEN)
        after = 0        # the blocks before this index are done
        while (i := scan.next(after)) is not None:
            after = i + 1
            if i - 1 > previous:
                kept, pieces = self._flush(edit, kept, pieces), []   # the blocks between candidates stay
                kept = i - 1
            previous = i
            block = blocks[i]
            if _wordless(block):
                end = i + 1      # a run of wordless blocks (a rule drawn in dashes, a JSON value's brackets) is one cut
                while end < len(blocks) and _wordless(blocks[end]):
                    end += 1
                edit.drop_run(i, end, "no-words")
                previous, after = end - 1, end
                continue
            if block.kind != "code" and _SHORTCODE.match(block.text.strip()):
                edit.drop(i, "shortcode")
                continue
            if block.kind != "code" and _TEMPLATE_TAGS.match(block.text):
                edit.drop(i, "template-tag")
                continue
            if kept >= 0 and not pieces:
                text = doc.blocks[kept].text
                counts = (word_count(text), len(_LETTER_WORD.findall(text)))
            if kept >= 0 and self._broken(doc.blocks[kept], pieces[-1] if pieces else doc.blocks[kept].text,
                                          counts, block):
                pieces.append(block.text)
                counts = (counts[0] + word_count(block.text), counts[1] + len(_LETTER_WORD.findall(block.text)))
                edit.remove(i)
            else:
                kept, pieces = self._flush(edit, kept, pieces), []
                kept = i
        self._flush(edit, kept, pieces)
        return edit.done()

    @staticmethod
    def _flush(edit: SparseEditor, kept: int, pieces: list[str]) -> int:
        if pieces:
            block = edit.doc.blocks[kept]
            edit.put(kept, block.with_text(" ".join([block.text] + pieces)))
        return kept

    def _broken(self, prev, last: str, counts: tuple[int, int], block) -> bool:
        """``block`` continues ``prev`` (whose text, with what was joined to it, ends with
        ``last`` and has ``counts`` words and letter words): a paragraph broken mid-sentence."""
        return (prev.kind == block.kind == "p" and prev.indent == block.indent
                and not _LIST_ITEM.match(prev.text)      # an item of a list ends where its line ends
                and opens_lower(block.text) and not ends_sentence(last)
                and not last.endswith((":", ";"))
                and counts[0] >= self.min_words_to_join
                and counts[1] >= 2)   # running text, not codes or numbers
