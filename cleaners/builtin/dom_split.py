"""Articles split into several blocks by ad rows or widgets, joined again.

Many templates print the article body as a run of sibling chunks with the same
markup (``<div class="body">…</div><div class="ad-row">…</div><div class="body">…``);
extractors that pick one body element keep only the first chunk. Rule
``split-article``: when the main text container (or one of its near ancestors) has
siblings with the same tag and class that hold paragraphs too, their content is
moved into the main container, in page order, and the emptied chunks are dropped; a short
sibling of the same markup between two chunks (an interview's question) moves with them, and so do
such short siblings after the last chunk that hold a heading or a ``<time>`` and paragraphs ending a sentence,
when the container's own chunk is no short one (rule ``short-entries``: a live blog's last entries of a sentence
or two, lost when the extraction takes the merged container alone; a short closing note of the article's markup,
with no heading or time, stays where it is; a feed of short entries only is read as it was; a sentence ends in Thai
and its neighbours on a letter of theirs). Lengths are weighed by script (`size`): a Chinese, Japanese or Korean entry
is as short as its English translation, not three times shorter.
A subheading set between two chunks (among the ad rows) moves with the chunk after it: the
article's sections keep their headings, in place. Nothing is removed from the page, so nothing
goes to ``removed``.
"""
from __future__ import annotations

import re

from ..document import Document
from ..registry import Cleaner
from ..lines import HAN_KANA, ends_sentence, ends_syllabic
from ._dom import NON_ELEMENTS, edited, link_text_share, main_container, text_of

MAX_LEVELS = 4         # how far above the main container chunks are looked for
MIN_CHUNK_TEXT = 120   # paragraph characters (`size`) a sibling needs to count as a chunk
MAX_LINK_SHARE = 0.3   # a chunk of running text is not mostly links (a story list is)
MAX_SEPARATOR_TEXT = 150   # text (`size`) of a row between two chunks (an ad label, a spacer)
# a Han or kana character says what three Latin letters do (a Chinese or Japanese text runs a third to two fifths of
# its English translation's characters), a Hangul syllable two
_HAN_KANA = re.compile(f"[{HAN_KANA}]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def size(text: str) -> int:
    """The length of ``text`` in Latin letters' worth: its characters, a Han or kana character counted three times, a
    Hangul syllable twice, so that a Chinese, Japanese or Korean entry is as short or long as its English one."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(_HAN_KANA.findall(text)) + len(_HANGUL.findall(text))


def _signature(node) -> tuple[str, str] | None:
    cls = " ".join((node.attributes.get("class") or "").split())
    return (node.tag, cls) if cls else None


def _paragraph_chars(node) -> int:
    return sum(size(p.text()) for p in node.css("p"))


def _figures_size(node) -> int:
    """The text (`size`) of the figures in ``node``: a short sibling's photo and its caption leave it short."""
    return sum(size(text_of(f)) for f in node.css("figure"))


_HEADINGS = "h2, h3, h4, h5, h6"


def _is_heading(node) -> bool:
    """A subheading, or an element holding one and nothing else."""
    if node.tag in ("h2", "h3", "h4", "h5", "h6"):
        return True
    heading = node.css_first(_HEADINGS)
    text = text_of(heading) if heading is not None else ""
    return bool(text) and text == text_of(node)


def _elements(node, direction: str):
    sibling = getattr(node, direction)
    while sibling is not None:
        if sibling.tag not in NON_ELEMENTS:
            yield sibling
        sibling = getattr(sibling, direction)


def _sentence_run(short: list):
    """The leading short siblings (walking order), headed or timed, whose paragraphs end a sentence (in Thai and its
    neighbours, which print no full stop, a letter of theirs; ``short-entries``)."""
    for sibling in short:
        texts = [text_of(p) for p in sibling.css("p")]
        if not texts or not all(ends_sentence(t) or ends_syllabic(t) for t in texts if t) \
                or sibling.css_first(f"{_HEADINGS}, time") is None:
            return
        yield sibling


class DomSplit(Cleaner):
    """Joins an article split into sibling chunks (same tag and class) by ad rows."""

    name = "dom_split"
    scope = "html"
    order = 70
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        main = main_container(dom) if dom is not None else None
        if main is None:
            return doc
        inner_sig = _signature(main)
        level, node = 0, main
        while node is not None and level < MAX_LEVELS and node.tag not in ("body", "html"):
            sig = _signature(node)
            if sig:
                run = self._run(node, sig)
                if len(run) > 1:
                    self._merge(run, inner_sig if node is not main else None)
                    return doc
            node, level = node.parent, level + 1
        return doc

    def _run(self, node, sig) -> list:
        """The chunks around ``node``: siblings with its signature that hold running text,
        separated only by short rows (ads, spacers), in page order, ``node`` included."""
        entries = _paragraph_chars(node) >= MIN_CHUNK_TEXT     # (short entries join a chunk, not a short one)
        before = self._chunks(_elements(node, "prev"), sig, entries)
        after = self._chunks(_elements(node, "next"), sig, entries)
        return before[::-1] + [node] + after

    @staticmethod
    def _chunks(siblings, sig, entries: bool = False) -> list:
        """Chunks in walking order. A short sibling with the signature and a paragraph (an
        interview's question between two answers) lying between two chunks is one too: it
        moves with them, in place, instead of being left behind, out of order. Short: its
        paragraphs under `MIN_CHUNK_TEXT`, its text besides them and its figures (a heading,
        a time, a share button) within `MAX_SEPARATOR_TEXT`; lengths are `size`s."""
        chunks, short = [], []
        for sibling in siblings:
            text = text_of(sibling)
            same = _signature(sibling) == sig and link_text_share(sibling, text) < MAX_LINK_SHARE
            paragraphs = _paragraph_chars(sibling) if same else 0
            if paragraphs >= MIN_CHUNK_TEXT:
                chunks += short + [sibling]
                short = []
            elif paragraphs and size(text) - paragraphs - _figures_size(sibling) <= MAX_SEPARATOR_TEXT:
                short.append(sibling)
            elif size(text) > MAX_SEPARATOR_TEXT:
                break
        return chunks + ([s for s in _sentence_run(short)] if entries else [])

    @staticmethod
    def _merge(run, inner_sig) -> None:
        """Move every later chunk's content (its inner container's, if the chunks repeat
        one) to the end of the first chunk's, then drop the emptied chunk. The content
        moves inside its own container, a block: text at the end of one chunk never runs
        into text at the start of the next ("during its rise.Apollo"). A chunk that holds text
        besides its inner container (a heading over it) moves whole: nothing is dropped; the
        subheadings between the chunk and the one before it go first."""
        def inner(chunk):
            if inner_sig is None:
                return chunk
            return next((n for n in chunk.css(inner_sig[0]) if _signature(n) == inner_sig), None)

        target = inner(run[0])
        if target is None:
            return
        chunks = {c.mem_id for c in run}
        for chunk in run[1:]:
            source = inner(chunk)
            if source is None:
                continue
            headings = []
            for sibling in _elements(chunk, "prev"):       # the subheadings since the chunk before
                if sibling.mem_id in chunks:
                    break
                if _is_heading(sibling):
                    headings.append(sibling)
            for heading in reversed(headings):
                target.insert_child(heading)
                heading.decompose()
            if len(text_of(chunk)) > len(text_of(source)):
                source = chunk              # text beside the inner container (a question over its answer) moves too
            target.insert_child(source)     # a copy, the container with its content
            chunk.decompose()
        edited()
