"""Where the title is printed again: the blocks that may hold a copy of it (`possible_copies`, a quick screen before
the title cleaner compares keys) and a footer line near the body's end holding the whole title (rule title-footer)."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from .. import screen
from ..document import Block
from ..lines import fold_case

MIN_FOOTER_TITLE_WORDS = 4
MAX_FOOTER_WORDS = 8
FOOTER_BLOCKS = 3


# characters that NFKC composes with what stands before them: where a line holds one,
# the normalised copy of a part of it may differ from the same part of its normalised copy
_COMPOSING = screen.compile(r"\pM|[\x{1100}-\x{11FF}\x{3130}-\x{318F}\x{FFA0}-\x{FFDC}]", ignore_case=False)


def fold(blocks: tuple[Block, ...]) -> tuple[str, list[int] | None]:
    """The body's block texts joined by newlines, NFKC-normalised and case-folded (as `key` does; neither adds or
    removes a newline), and the first line of each block (None when every block is one line)."""
    texts = [b.text for b in blocks]
    joined = "\n".join(texts)
    folded = fold_case(joined)
    if joined.count("\n") == len(texts) - 1:
        return folded, None
    return folded, list(accumulate((t.count("\n") + 1 for t in texts), initial=0))


def possible_copies(blocks: tuple[Block, ...], title_key: str, folded=None) -> list[int]:
    """Indices of the blocks that may hold a copy of the title: their normalised text
    (`key` without the spacing) contains the longest word of the title's key."""
    anchor = max(title_key.split(), key=len, default="")
    if not anchor or not screen.ENABLED:
        return list(range(len(blocks)))
    folded, first_line = folded or fold(blocks)
    found = set(screen.candidates(blocks, _COMPOSING))
    line, last = 0, 0
    pos = folded.find(anchor)
    while pos != -1:
        line += folded.count("\n", last, pos)
        found.add(line if first_line is None else bisect_right(first_line, line) - 1)
        end = folded.find("\n", pos)
        if end == -1:
            break
        line, last = line + 1, end + 1
        pos = folded.find(anchor, last)
    return sorted(found)


def title_footers(blocks: tuple[Block, ...], title: str, taken: set[int]) -> list[int]:
    """Rule title-footer: among the last `FOOTER_BLOCKS` blocks, a line that holds the whole title of
    `MIN_FOOTER_TITLE_WORDS` words or more as it is printed, words before and after it, and `MAX_FOOTER_WORDS` words
    besides it, in any language: a feed's or a newsletter's footer ("The post <title> appeared first on Valley
    Post.", "Der Beitrag <title> erschien zuerst auf ..."); a paragraph quoting a short title, saying more around it,
    or ending with the title's words as its own sentence stays."""
    title = " ".join(title.split())
    words = len(title.split())
    if words < MIN_FOOTER_TITLE_WORDS:
        return []
    out = []
    for i in range(max(0, len(blocks) - FOOTER_BLOCKS), len(blocks)):
        text = " ".join(blocks[i].text.split())
        if i in taken or blocks[i].kind not in ("p", "quote") or (k := text.find(title)) <= 0:
            continue
        after = text[k + len(title):].strip()
        if after[:1].isalnum() and len(text.split()) - words <= MAX_FOOTER_WORDS:
            out.append(i)
    return out
