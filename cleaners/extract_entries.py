"""Paragraphs of a list of entries (a live ticker's, a timeline's) the extraction dropped, put back where they stood
(rule ``entry-paragraphs``; no removal: the body gains the paragraph the page has).

A live ticker prints its article as boxes of one template, each a time and a short text (``<div class="entry">
<time>..</time><div class="text"><p>..</p></div></div>``). When an entry holds one short paragraph beside a box of
links (an author's card, a share row, tags), trafilatura's link-density test reads the entry's text as mostly links
and deletes it whole, though the paragraph is a sentence of the story and the entries around it are in the body.
Before extraction, the ``<p>`` elements inside boxes of one template (one tag and class, `MIN_ENTRIES` of them at
least on the page, the box the paragraph's parent or an ancestor up to `MAX_LEVELS` above it) are read in page
order. After it, when at least half of them (`MIN_PRESENT_SHARE`) and two are in the body, the entries are
the article: a paragraph of prose (`lines.is_prose`, mostly not links, or one linked sentence: `extract_links`) that is missing goes back before the block the
next present paragraph of the list opens (or after the last present one's, at the end of the list). A list of
teasers or comments the extraction left out is not in the body, and nothing of it comes back.
"""
from __future__ import annotations

from typing import NamedTuple

from .builtin._dom import link_text_share, text_of
from .document import Block
from .extract_links import is_linked_sentence
from .lines import is_prose

MIN_ENTRIES = 3          # sibling boxes of one template, at least
MAX_LEVELS = 3           # levels above a paragraph's parent its entry box may stand
MIN_PRESENT_SHARE = 0.5  # of the entries' paragraphs in the body, at least
MIN_PRESENT = 2
MAX_LINK_SHARE = 0.5


class EntryParagraph(NamedTuple):
    """A paragraph of an entry list, in page order: its text and whether it may be put back (prose, not links)."""
    text: str
    prose: bool


def entry_paragraphs(dom) -> tuple[EntryParagraph, ...]:
    """The ``<p>`` elements inside repeated boxes of one template (module docstring), in page order."""
    body = dom.body
    if body is None:
        return ()
    counts: dict[tuple[str, str], int] = {}     # (tag, class) -> boxes of that template on the page
    for node in body.css("[class]"):
        key = (node.tag, " ".join((node.attributes.get("class") or "").split()))
        counts[key] = counts.get(key, 0) + 1
    out = []
    for p in body.css("p"):
        if not _in_entry(p, counts) or not (text := " ".join(text_of(p).split())):
            continue
        out.append(EntryParagraph(text, is_prose(text) and (link_text_share(p, text) <= MAX_LINK_SHARE
                                                             or is_linked_sentence(text))))
    return tuple(out) if len(out) >= MIN_ENTRIES else ()


def _in_entry(p, counts: dict) -> bool:
    """The paragraph's parent, or an ancestor up to `MAX_LEVELS` above it, is a box of a template the page repeats
    (`MIN_ENTRIES` times); a box the DOM pass moved into its neighbour still counts."""
    node = p.parent
    for _ in range(MAX_LEVELS + 1):
        if node is None or node.tag in ("body", "html"):
            return False
        cls = " ".join((node.attributes.get("class") or "").split())
        if cls and counts.get((node.tag, cls), 0) >= MIN_ENTRIES:
            return True
        node = node.parent
    return False


def reinstate_entries(blocks: tuple[Block, ...], entries: tuple[EntryParagraph, ...],
                      elsewhere: str = "") -> tuple[Block, ...]:
    """``blocks`` with the entries' paragraphs they lack put back (module docstring); ``elsewhere``: text the
    extraction gave another place (its comments), never put back."""
    if not entries:
        return blocks
    texts = [" ".join(b.text.split()) for b in blocks]
    have = set(texts)
    present = [e.text in have or any(t.startswith(e.text) for t in texts) for e in entries]
    if sum(present) < max(MIN_PRESENT, MIN_PRESENT_SHARE * len(entries)):
        return blocks
    out = list(blocks)
    for k, entry in enumerate(entries):
        if present[k] or not entry.prose or entry.text in elsewhere:
            continue
        after = next((j for j in range(k + 1, len(entries)) if present[j]), None)
        before = next((j for j in range(k - 1, -1, -1) if present[j]), None)
        if after is not None:
            at = _opening(out, entries[after].text)
        else:
            at = _opening(out, entries[before].text) if before is not None else None
            at = None if at is None else at + 1
        if at is not None:
            out.insert(at, Block(entry.text))
            present[k] = True
    return tuple(out)


def _opening(blocks: list[Block], text: str) -> int | None:
    """The first block that opens with ``text``."""
    return next((k for k, b in enumerate(blocks) if " ".join(b.text.split()).startswith(text)), None)
