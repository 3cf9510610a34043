"""Furniture at the edges of the body, cut where a second extractor agrees on the article.

Rule ``extractor-agreement``. When the extracted body is much longer than the page's main text
estimate (`SPREAD` times the paragraph characters of its main container), the extraction most
likely took a container wider than the article: a sidebar, an author box, a list of offers or of
other stories after it, a breadcrumb before it. readability-lxml (the Python port of Mozilla's
Readability, an extractor built on other signals: paragraph scores propagated to ancestors, link
density, class weights) is then run on the page trafilatura read (the page the DOM pass
pruned). When its text lies almost entirely inside the body (`MIN_CORE` of its shingles) while
the body reaches well beyond it (at most `MAX_BODY_IN_CORE` of the body in it), the two agree on
where the article is. The estimate is trusted only when the main container holds
`MIN_MAIN_PARAGRAPHS` paragraphs or more: an article whose paragraphs each sit in boxes of their
own (site builders' div soup, stories split by inline ad or "read also" boxes) has a main
container of one paragraph, its body always seems to spread, and readability takes only some of
its boxes. The body's blocks before the first and after the last block that
readability also holds, or that the main text container holds, are then cut and logged in
``removed`` (a block of fewer words than a shingle, a section label like "Video", is no evidence:
its words stand somewhere in any article), except paragraphs of prose (`PROSE_WORDS`): before the article all of them stay (a
lead in a container of its own), after it those that follow it without a break (the article's
last paragraphs, in containers readability did not take); a box that opens with a short line
(its heading, a "liked this" line) is the page's, however long its entries. Blocks between
stay even when readability dropped them (a list, a table, a subheading inside the article); so
do blocks of the main container at the edges (readability drops link-rich lists, which are the
article of a link round-up). Nothing changes when readability found something else, or took
too little of the body to judge it (`MIN_BODY_IN_CORE`).
"""
from __future__ import annotations

import logging
from collections import Counter

from .builtin._dom import main_container, text_of
from .document import Document, removal
from .lines import WORD
from .extract_audit import text_units
from .lxml_classes import use_c_lookup

RULE = "extractor-agreement"
SPREAD = 1.5              # body characters over the main-text estimate that make the check run
MIN_CORE = 0.95           # share of readability's shingles that must lie inside the body
MAX_BODY_IN_CORE = 0.8    # share of the body's shingles inside readability's text, above which it stays
MIN_BODY_IN_CORE = 0.25   # ... and below which readability took too little of the page to be a judge
SUPPORT = 0.5             # share of a block's shingles in readability's text that makes it the article's
MIN_MAIN_PARAGRAPHS = 3   # paragraphs the main container must hold for its estimate to be trusted
PROSE_WORDS = 40          # a block this long is a paragraph of prose: the article's, kept with all between
MAX_PAGE = 1_500_000      # characters of a page readability is run on (beyond: the body stays)
MAX_TAGS = 30_000         # and tags ("<"): its time grows with the element count, ~40 us an element
                          # (news pages hold 1,300 at the median, 7,000 at the 99th percentile)
SHINGLE = 4

log = logging.getLogger(__name__)


def _words(text: str) -> list[str]:
    """The lower-cased words of ``text``; a character of a script written without spaces (Han, kana,
    Thai...) is a word of its own (`lines.WORD`): a Japanese paragraph is no single word, too short
    to count as prose, and its shingles are runs of characters."""
    return WORD.findall(text.lower())


def _shingles(words: list[str]) -> Counter:
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[k:k + SHINGLE]) for k in range(len(words) - SHINGLE + 1))


def readability_html(html: str) -> str:
    """readability-lxml's article of ``html`` as an HTML fragment ("" when it fails on the page)."""
    from readability import Document as Readability
    from readability.htmls import utf8_parser
    use_c_lookup(utf8_parser)
    logging.getLogger("readability").setLevel(logging.ERROR)
    try:
        return Readability(html).summary(html_partial=True)
    except Exception as exc:      # its parser or scoring failing on a page: the check does not run
        log.debug("readability failed: %s", exc)
        return ""


def blocks_text(fragment: str) -> str:
    """The text of an HTML fragment, one block per line (`extract_audit.text_units`): nested
    blocks are not read twice, adjacent ones not glued, inline ones not split, and loose text
    in a container (between its blocks, between ``<br>``s) is kept as lines of its own."""
    from selectolax.lexbor import LexborHTMLParser
    return "\n".join(text_units(LexborHTMLParser(fragment)))


def readability_text(html: str) -> str:
    """readability-lxml's article of ``html`` as text, all of it, loose text in divs too ("" when
    it finds none)."""
    from selectolax.lexbor import LexborHTMLParser
    summary = readability_html(html)
    root = LexborHTMLParser(summary).body if summary else None
    return root.text(separator="\n") if root is not None else ""


class _Words:
    """A text's words, joined for substring tests, and their shingles."""

    def __init__(self, text: str):
        self.words = _words(text)
        self.joined = f" {' '.join(self.words)} "
        self.shingles = _shingles(self.words)


def _holds(whole: _Words, part: list[str]) -> bool:
    """Whether ``whole`` holds the words ``part``: all of them in a row when they are fewer than
    a shingle, else `SUPPORT` of their shingles."""
    if len(part) < SHINGLE:
        return not part or f" {' '.join(part)} " in whole.joined
    mine = _shingles(part)
    return sum((mine & whole.shingles).values()) >= SUPPORT * sum(mine.values())


def _stays(prose: list[bool], in_main: list[int]) -> bool:
    """Whether the body stays whatever readability holds (`trim_to_agreement` cuts nothing then):
    its first block is prose or a block of the main container (``in_main``: the indices of those,
    ascending), so that the kept run starts there, and a block of the main container stands at or
    after its last block of no prose, so that the kept run reaches past it and on over the prose
    to the end."""
    if not prose[0] and not (in_main and in_main[0] == 0):
        return False
    last_short = max((k for k, long in enumerate(prose) if not long), default=-1)
    return last_short < 0 or bool(in_main) and in_main[-1] >= last_short


def trim_to_agreement(doc: Document, html: str, estimate: int, dom, second_opinion=readability_text
                      ) -> tuple[Document, str]:
    """``doc`` with the blocks at the edges of its body that neither readability nor the main
    container (of ``dom``, the pruned page) holds cut, when the body spreads beyond the main text
    and readability's article lies inside it (module docstring); and the text cut ("" when the
    body stays). ``second_opinion``: ``html -> text``."""
    blocks = doc.blocks
    length = sum(len(b.text) for b in blocks)
    if not blocks or not estimate or length <= SPREAD * estimate or len(html) > MAX_PAGE or \
            html.count("<") > MAX_TAGS:
        return doc, ""
    main = main_container(dom) if dom is not None else None
    if main is None or sum(1 for child in main.iter() if child.tag == "p") < MIN_MAIN_PARAGRAPHS:
        return doc, ""
    mine = [_words(b.text) for b in blocks]
    prose = [len(m) >= PROSE_WORDS for m in mine]
    container = text_of(main)
    in_main = [k for k, b in enumerate(blocks) if len(mine[k]) >= SHINGLE and " ".join(b.text.split()) in container]
    if _stays(prose, in_main):
        return doc, ""      # (whatever readability finds: it is not run)
    core, body = _Words(second_opinion(html)), _Words(" ".join(b.text for b in blocks))
    shared = sum((core.shingles & body.shingles).values())
    if not core.words or shared < MIN_CORE * sum(core.shingles.values()) or \
            not MIN_BODY_IN_CORE * sum(body.shingles.values()) <= shared <= MAX_BODY_IN_CORE * sum(body.shingles.values()):
        return doc, ""
    main_held = set(in_main)
    agreed = [k for k in range(len(blocks)) if k in main_held or len(mine[k]) >= SHINGLE and _holds(core, mine[k])]
    if not agreed:
        held = [k for k, long in enumerate(prose) if long]
        if not held:
            return doc, ""
        first, last = held[0], held[-1]
    else:
        first, last = next((k for k in range(agreed[0]) if prose[k]), agreed[0]), agreed[-1]
        while last + 1 < len(blocks) and prose[last + 1]:
            last += 1
    if first == 0 and last == len(blocks) - 1:
        return doc, ""
    cut = [b for b in blocks[:first] + blocks[last + 1:] if b.text.strip()]
    entries = tuple(removal("extract", RULE, b.text) for b in cut)
    text = "\n".join(b.text for b in cut)
    return doc.replace(blocks=blocks[first:last + 1], removed=doc.removed + entries), text
