"""The title: found in the head of a text dump, kept in metadata, never in the body.

The title is, in this order of evidence: a markdown level-1 heading in the head, a
head line printed more than once, the headline-like line just above the first date
line (over a short name or desk line, `_head_name`), or the first headline-like line. When the first one is a
section box's header ("Latest news from the coast", `_box_header`), the title is sought among the others.
Headline-like lines above it are section-box headers. Every later copy of the title
(also self-concatenated, or as a caption) is removed. Short section labels that open the body right above a copy
of the title (a kicker) go with it (``section-header``). An e-mail's or a feed item's header block at the top goes,
its subject or title line naming the title (``header-block``, `_header_block`). A footer line holding the whole
title near the body's end goes (``title-footer``, `_title_copies.title_footers`: "The post <title> appeared first on
Valley Post.").
"""
from __future__ import annotations

import re

from .. import lang
from ..dates import date_line
from ..document import Block, Document
from ..lines import ends_sentence, is_prose, key, opens_lower, self_concatenation, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from ._byline import agency_byline, byline_author
from ._caption_label import labelled_caption
from ._desk_byline import desk_line
from ._head_name import headline_candidate, name_under, over_a_name
from ._head_label import past_labels
from ._header_block import header_block
from ._title_copies import fold, possible_copies, title_footers

HEAD_LIMIT = 12
SENTENCE_WORDS = 8
MAX_SITE_WORDS = 4
# a site's address, nothing after it
_ADDRESS = re.compile(r"(?:https?://)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}/?$")
# (" « ": a blog's tab title, "Title « Site")
_SITE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u00bb ", " \u00ab ")


def head_end(blocks: tuple[Block, ...]) -> int:
    """Index of the first sentence or prose block (the head is everything before it)."""
    for i, block in enumerate(blocks[:HEAD_LIMIT]):
        if block.kind != "heading" and (is_prose(block.text) or _is_sentence(block.text)):
            return i
    return min(len(blocks), HEAD_LIMIT)


def _is_sentence(text: str) -> bool:
    return ends_sentence(text) and word_count(text) >= SENTENCE_WORDS and date_line(text) is None


def site_suffixed(text: str, title_key: str, langs: tuple[str, ...] = (lang.FALLBACK,), depth: int = 1) -> bool:
    """``text`` is the title followed by a separator and a site's name: "Title | The Valley Post", "Title - Dnevnik
    Sever" (at most `MAX_SITE_WORDS` words after the separator, no sentence, no date, no byline: "Title | By Ann Lee"
    stays); not a longer line that opens with the title ("Title - what the council decided on Monday, and why").
    The site's name may come first ("The Valley Post » Title"), and its domain after both ("Title - Site |
    valleypost.example")."""
    line = text.strip()
    for sep in _SITE_SEPARATORS:
        left, found, site = line.rpartition(sep)
        if not found:
            continue
        if key(left) == title_key:
            return _site_name(site, langs)
        if depth and _site_name(site, langs) and site_suffixed(left, title_key, langs, depth - 1):
            return True     # "Title - Site | domain"
        first, _, rest = line.partition(sep)
        if key(rest) == title_key and _site_name(first, langs):
            return True     # "Site » Title"
    return False


def _site_name(site: str, langs: tuple[str, ...]) -> bool:
    """A site's name: a few words, no sentence, no date, no byline; or its address alone, however many dotted parts
    ("www.valley-post24.example.co.uk": one name, not five words)."""
    if _ADDRESS.match(site.strip()):
        return True
    return 0 < word_count(site) <= MAX_SITE_WORDS and not ends_sentence(site) and date_line(site) is None \
        and byline_author(site, langs) is None


def _first_copy(blocks: tuple[Block, ...], title: str) -> int | None:
    """The first block of the head that is ``title`` printed again, or None."""
    title_key = key(title)
    return next((i for i in range(head_end(blocks)) if key(blocks[i].text) == title_key), None)


def _broken(blocks: tuple[Block, ...], i: int) -> bool:
    """The line at ``i`` is the first part of a sentence a page break cut: the next block goes on in lower case
    ("Local fund raises money to restore" / "the old lamps along the river."); no title, no section header."""
    if i + 1 >= len(blocks) or ends_sentence(blocks[i].text):
        return False
    # the sentence's end: a full stop closes it ("środa, 25 stycznia 2017 | ..." is a date line)
    rest = blocks[i + 1]
    return rest.kind == "p" and opens_lower(rest.text.lstrip()) and ends_sentence(rest.text) \
        and date_line(rest.text) is None


def _is_label(block: Block) -> bool:
    """A one-word section label such as a kicker above a headline."""
    return block.kind == "p" and word_count(block.text) == 1 and not ends_sentence(block.text)


def _doubled(blocks: tuple[Block, ...], copies: list[int], langs: tuple[str, ...], candidates: list[int]) -> bool:
    """A line whose ``copies`` are two in a row and nowhere else, under a byline or a date line and a headline-like
    line of over `MAX_LABEL_WORDS` words: a caption under its alt text, a subheading doubled; not the title printed
    again."""
    return len(copies) == 2 and copies[1] == copies[0] + 1 and \
        any(date_line(b.text) or byline_author(b.text, langs) for b in blocks[:copies[0]]) and \
        any(c < copies[0] and word_count(blocks[c].text) > MAX_LABEL_WORDS for c in candidates)


def _box_header(text: str, langs: tuple[str, ...]) -> bool:
    """A section box's header, not a title: the line is a ``related`` phrase ("Latest news", "Aktuelles"), or opens
    with one of two words or more ("Latest news from the coast"); a title opening with one word of the list
    ("Popular uprising topples ...") is none."""
    line = key(text).rstrip(" :")
    if lang.pattern("related", langs, "line").match(line):
        return True
    m = lang.pattern("related", langs, "start").match(line)
    return bool(m) and " " in m.group(1)


def _captions(blocks: tuple[Block, ...], end: int, langs: tuple[str, ...]) -> set[int]:
    """The head's picture captions, no title: a caption under a photo label ("Foto: A farmer inspects a dry field",
    `labelled_caption`) and the same caption without its label on the line before or after it."""
    out = set()
    for i in range(end):
        if (caption := labelled_caption(blocks[i].text, langs)) is not None:
            out.add(i)
            out.update(j for j in (i - 1, i + 1) if 0 <= j < len(blocks) and key(blocks[j].text) == key(caption))
    return out


MAX_LABEL_WORDS = 3


def _labels_above(blocks: tuple[Block, ...], title_key: str) -> set[int]:
    """When the body opens with section labels and then the title (a kicker over the headline,
    "Wohnen & Recht" / "Mietpreisbremse: ..."), the labels' indices: lines of `MAX_LABEL_WORDS`
    words at most, no sentence, no date, before the title's first copy within the head."""
    for i in range(min(head_end(blocks), MAX_LABEL_WORDS)):
        if key(blocks[i].text) == title_key:
            return set(range(i))
        block = blocks[i]
        if block.kind != "p" or word_count(block.text) > MAX_LABEL_WORDS or ends_sentence(block.text) \
                or date_line(block.text) is not None:
            return set()
    return set()


class Title(Cleaner):
    """The title and its repeats (in the text, doubled, as a caption); section-box headers above it."""

    name = "title"
    order = 500

    def clean(self, doc: Document) -> Document:
        named = None
        if doc.kind == "text" and (header := header_block(doc.blocks)) is not None:    # an e-mail's or a feed's header
            edit = SparseEditor(doc, self.name)
            for i in header[0]:
                edit.drop(i, "header-block")
            doc, named = edit.done(), header[1]
        title = doc.metadata.get("title")
        header_cut: set[int] = set()
        langs: tuple[str, ...] = ()
        if not title:
            langs = lang.document_languages(doc)
            # the header's title printed in the head, or the title found there
            found = _first_copy(doc.blocks, named) if named else self.find_title(doc.blocks, langs)
            if found is None:
                return self._copies(doc.with_metadata(title=named), named, set(), langs) if named else doc
            index = found
            title = doc.blocks[index].text
            captions = _captions(doc.blocks, index, langs)     # (captions.py's, with their label or without)
            header_cut = {i for i in range(index) if (headline_candidate(doc.blocks[i]) or
                                                      _is_label(doc.blocks[i]))
                          and byline_author(doc.blocks[i].text, langs) is None and not _broken(doc.blocks, i)
                          and i not in captions}
            doc = doc.with_metadata(title=title)
            if (found := name_under(doc.blocks, index, langs)) is not None:
                edit = SparseEditor(doc, self.name)
                edit.drop(found[0], "head-name")
                doc = edit.done().meta_default(**({"author": found[1]} if found[1] else {}))
        return self._copies(doc, title, header_cut, langs)

    def _copies(self, doc: Document, title: str, header_cut: set[int], langs: tuple[str, ...]) -> Document:
        """``doc`` without the copies of ``title`` and the section headers ``header_cut`` above it."""
        title_key = key(title)
        if not header_cut:
            header_cut = _labels_above(doc.blocks, title_key)
        edit = SparseEditor(doc, self.name)
        for i in sorted(set(possible_copies(doc.blocks, title_key)) | header_cut):
            block = doc.blocks[i]
            if block.kind == "code":
                continue
            if key(block.text) == title_key:
                edit.drop(i, "title")
            elif site_suffixed(block.text, title_key, langs := langs or lang.document_languages(doc)):
                edit.drop(i, "title-site")
            elif (twice := self_concatenation(block.text)) and key(twice) == title_key:
                edit.drop(i, "title")
            elif i in header_cut:
                edit.drop(i, "section-header")
        for i in title_footers(doc.blocks, title, set(edit.changes)):
            edit.drop(i, "title-footer")
        return edit.done()

    @staticmethod
    def find_title(blocks: tuple[Block, ...], langs: tuple[str, ...] = (lang.FALLBACK,)) -> int | None:
        """The title's index (``langs``: the document's languages, whose bylines are no title)."""
        end = head_end(blocks)
        head = list(range(end))
        for i in head:
            if blocks[i].kind == "heading" and blocks[i].level == 1:
                return i
        captions = _captions(blocks, end, langs)
        candidates = [i for i in head if headline_candidate(blocks[i], langs) and
                      byline_author(blocks[i].text, langs) is None
                      and agency_byline(blocks[i].text, langs) is None and not _broken(blocks, i) and i not in captions
                      and not desk_line(blocks[i].text, langs)]     # "From our reporter in Lisbon" (_desk_byline)
        if not candidates:
            return None
        candidates = past_labels(candidates, [b.text for b in blocks]) if lang.without_file(langs) else candidates
        titles = [i for i in candidates if not _box_header(blocks[i].text, langs)]
        candidates = titles if titles and titles[0] != candidates[0] else candidates
        folded = fold(blocks)
        for i in candidates:
            k = key(blocks[i].text)
            copies = [j for j in possible_copies(blocks, k, folded)
                      if key(blocks[j].text) == k or site_suffixed(blocks[j].text, k, langs)]
            if len(copies) > 1 and not _doubled(blocks, copies, langs, candidates) and not (     # sub-heading-repeated:
                    blocks[i].kind == "heading" and blocks[i].level > 1 and i != candidates[0]):   # "## Related" twice
                return i
        dates = [i for i in head if date_line(blocks[i].text)]
        if dates:
            above = [i for i in candidates if i < dates[0]]
            if above:
                return over_a_name(blocks, above)
        return candidates[0]
