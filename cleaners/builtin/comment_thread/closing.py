"""Where the last comment of a thread ends (rules `closed-last-comment` and `cut-between`), the thread's "load more"
control after it (rule `thread-more-control`), and a page's running header that looks like a thread (rule
`running-header`)."""
from __future__ import annotations

import re
from collections import Counter

from ...lines import LETTER_WORD, ends_sentence, word_count
from .control_lines import is_control

_COUNT = re.compile(r"\d+")
MAX_MORE_WORDS = 4


def closing_lines(blocks, later_heads: list[int], vocab, controls: frozenset[int]) -> frozenset[str]:
    """Rule `closed-last-comment`: the control lines ("Reply", "Like · Reply") that close every comment of the
    thread, standing right above each later head; the last comment ends at the same line, and the text under
    it (the article going on, a call or a widget) is no comment's. A thread whose comments end otherwise has none."""
    above = [k - 1 for k in later_heads]
    if not above or not all(k in controls or is_control(blocks[k].text, vocab) for k in above):
        return frozenset()
    return frozenset(blocks[k].text.strip().casefold() for k in above)


def closed_by(enders: frozenset[str], above: str, text: str) -> bool:
    """Whether the last comment ends between ``above`` and ``text`` (rule `closed-last-comment`): ``above`` is one of
    the thread's closing lines (`closing_lines`), or one with other counts ("Reply | Like (17)" over each later head,
    "Reply | Like (4)" under the last comment) when a sentence, the article going on, follows (a line of chrome,
    "Share ›", stays the comment's)."""
    line = above.strip().casefold()
    if line in enders:
        return True
    return bool(enders) and ends_sentence(text) and _COUNT.sub("0", line) in {_COUNT.sub("0", e) for e in enders}


def cut_after(blocks, i: int) -> bool:
    """Whether an earlier cleaner cut something between block ``i - 1`` and the body's end (their first positions,
    ``origin``, do not follow on): a dump or an appeal after a thread's last comment ends it, and the last comment
    does not reach over it to the article's closing paragraphs (rule `cut-between`)."""
    return any(a.origin >= 0 and b.origin >= 0 and b.origin != a.origin + 1 for a, b in zip(blocks[i - 1:], blocks[i:]))


def running_header(blocks, heads: dict) -> dict:
    """``heads`` without those that are a running header (rule `running-header`): a line with a date and a time to the
    minute that comes back the same in the body ("Harbour Gazette · 4 December 2026, 21:14" atop each page of a PDF
    export), not one person commenting twice in the same minute; a name with no time ("Anonymous said...") may come
    back. The header goes from among real heads too ("Ann Lee · 4 December 2026, 21:14" stays a head); when every head
    comes back and they are of several lines, the thread was printed twice, and its heads stay."""
    timed = [i for i, h in heads.items() if h.date and "T" in h.date]
    if not timed:
        return heads        # (most bodies: no head dated to the minute, nothing counted)
    seen = Counter(block.text.strip() for block in blocks)
    found = frozenset(i for i in timed if seen[blocks[i].text.strip()] >= 2)
    if found == set(heads) and len({blocks[i].text.strip() for i in heads}) > 1:
        return heads
    return {i: h for i, h in heads.items() if i not in found}


def more_control(blocks, i: int, closed: bool) -> bool:
    """Rule `thread-more-control`: the body's last block, right after a thread whose last comment closed with its
    controls ("Reply · 3 replies"), is a control of the thread when it is a line of two to `MAX_MORE_WORDS` words of
    letters, no digit, no sentence stop ("Load more comments", "Učitaj još komentara", "Илүү сэтгэгдэл үзэх"), in
    any language; a sentence or a longer line after the thread stays."""
    if not closed or i != len(blocks) - 1:
        return False
    text = blocks[i].text.strip()
    return (2 <= word_count(text) <= MAX_MORE_WORDS and "\n" not in text and not ends_sentence(text)
            and not any(c.isdigit() for c in text) and len(LETTER_WORD.findall(text)) == len(text.split()))
