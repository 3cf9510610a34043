"""Paragraphs of a list of entries (a live ticker's, a timeline's) the extraction dropped, put back where they stood
(rule ``entry-paragraphs``; no removal: the body gains the paragraph the page has).

A live ticker prints its article as boxes of one template, each a time and a short text (``<div class="entry">
<time>..</time><div class="text"><p>..</p></div></div>``). When an entry holds one short paragraph beside a box of
links (an author's card, a share row, tags), trafilatura's link-density test reads the entry's text as mostly links
and deletes it whole, though the paragraph is a sentence of the story and the entries around it are in the body.
Before extraction, the ``<p>`` elements inside boxes of one template (one tag and class, `MIN_ENTRIES` of them at
least on the page, the box the paragraph's parent or an ancestor up to `MAX_LEVELS` above it) are read in page
order, list by list (the boxes of one template; a sidebar's boxes are a list of their own). After it, when at least
half of a list's paragraphs (`MIN_PRESENT_SHARE`) and two are in the body (compared without spaces: a paragraph of
lines is several blocks), from `MIN_ENTRIES` boxes at least, the list is the article: a paragraph of a box the body
holds nothing of (an entry deleted whole; a box whose other paragraphs are read had this one left out on purpose,
a post's footer line), that is prose (`lines.is_prose`, mostly not links, or one linked sentence: `extract_links`),
goes back before the block the next present paragraph of the list opens (or after the last present one's, at the
end of the list). A list of teasers or comments the extraction left out is not in the body: nothing of it comes back.
"""
from __future__ import annotations

from typing import NamedTuple

from .builtin._dom import link_text_share, text_of
from .document import Block
from .extract_links import is_linked_sentence
from .lines import is_prose, squeezed

MIN_ENTRIES = 3          # sibling boxes of one template, at least
MAX_LEVELS = 3           # levels above a paragraph's parent its entry box may stand
MIN_PRESENT_SHARE = 0.5  # of the entries' paragraphs in the body, at least
MIN_PRESENT = 2
MAX_LINK_SHARE = 0.5


class EntryParagraph(NamedTuple):
    """A paragraph of an entry list, in page order: its text, whether it may be put back (prose, not links), and the
    template (tag and class) of its entry box."""
    text: str
    prose: bool
    template: tuple[str, str] = ("", "")
    box: int = 0          # its entry box (an id)


def entry_paragraphs(dom) -> tuple[EntryParagraph, ...]:
    """The ``<p>`` elements inside repeated boxes of one template (module docstring), in page order."""
    body = dom.body
    if body is None:
        return ()
    counts: dict[tuple[str, str], int] = {}     # (tag, class) -> boxes of that template on the page
    for node in body.css("[class]"):
        key = (node.tag, _classes(node))
        counts[key] = counts.get(key, 0) + 1
    out = []
    for p in body.css("p"):
        if (box := _entry_box(p, counts)) is None or not (text := " ".join(text_of(p).split())):
            continue
        prose = is_prose(text) and (link_text_share(p, text) <= MAX_LINK_SHARE or is_linked_sentence(text))
        out.append(EntryParagraph(text, prose, (box.tag, _classes(box)), box.mem_id))
    return tuple(out) if len(out) >= MIN_ENTRIES else ()


def _entry_box(p, counts: dict):
    """The paragraph's entry box: its parent, or an ancestor up to `MAX_LEVELS` above it, of a template the page
    repeats (`MIN_ENTRIES` times; a box the DOM pass moved into its neighbour still counts)."""
    node = p.parent
    for _ in range(MAX_LEVELS + 1):
        if node is None or node.tag in ("body", "html"):
            return None
        if (cls := _classes(node)) and counts.get((node.tag, cls), 0) >= MIN_ENTRIES:
            return node
        node = node.parent
    return None


def _classes(node) -> str:
    return " ".join((node.attributes.get("class") or "").split())


def reinstate_entries(blocks: tuple[Block, ...], entries: tuple[EntryParagraph, ...],
                      elsewhere: str = "") -> tuple[Block, ...]:
    """``blocks`` with the entries' paragraphs they lack put back (module docstring), list by list (one template of
    entry box: a sidebar's boxes are a list of their own); ``elsewhere``: text the extraction gave another place
    (its comments), never put back."""
    if not entries:
        return blocks
    whole = squeezed(" ".join(b.text for b in blocks))
    out = list(blocks)
    lists: dict[tuple[str, str], list[EntryParagraph]] = {}
    for entry in entries:
        lists.setdefault(entry.template, []).append(entry)
    for group in lists.values():
        present = [squeezed(e.text) in whole for e in group]
        read = {e.box for e, there in zip(group, present) if there}       # boxes the body holds a paragraph of
        if sum(present) < max(MIN_PRESENT, MIN_PRESENT_SHARE * len(group)) or len(read) < MIN_ENTRIES:
            continue
        for k, entry in enumerate(group):
            if present[k] or not entry.prose or entry.box in read or entry.text in elsewhere:
                continue
            after = next((j for j in range(k + 1, len(group)) if present[j]), None)
            before = next((j for j in range(k - 1, -1, -1) if present[j]), None)
            if after is not None:
                at = _opening(out, group[after].text)
            else:
                at = _opening(out, group[before].text) if before is not None else None
                at = None if at is None else at + 1
            if at is not None:
                out.insert(at, Block(entry.text))
                present[k] = True
    return tuple(out)


def _opening(blocks: list[Block], text: str) -> int | None:
    """The first block that opens with ``text``."""
    return next((k for k, b in enumerate(blocks) if " ".join(b.text.split()).startswith(text)), None)
