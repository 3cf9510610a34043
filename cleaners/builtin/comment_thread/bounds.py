"""Where a comment of a text dump's thread ends: its text indented deeper than its head, or, in a thread without
indentation, up to the next head, the last comment no further than the thread's rhythm allows. Split from __init__.py."""
from __future__ import annotations

from ...document import Block
from .closing import cut_after

MAX_LAST_TAIL = 4        # blocks that end the body and may all belong to the last comment
RUN_ON_RATIO = 2         # rule `article-resumes`: a paragraph this many times the thread's widest comment text ends it


def in_comment(blocks, i: int, head: Block, taken: int, longest: int, is_last: bool, widest: int = 0,
               closed: bool = False, prose: int = -1, runs: int = -1, max_last_tail: int = MAX_LAST_TAIL) -> bool:
    """Whether block ``i`` belongs to the comment under ``head``: indented deeper, or, in a
    thread without indentation, up to the next head (the last comment: no further than the longest comment
    before it, in runs of lines a blank line parts (``runs``: rule `run-count`), or to the end of the body when at most
    ``max_last_tail`` blocks remain, never across two blank lines, and across one neither after the comment's
    controls (``closed``) nor to text at the indentation of the body's prose (``prose``))."""
    block = blocks[i]
    if is_last and block.gap and taken and (closed or block.indent == prose):
        return False    # rule `closed-comment`: after its controls and a blank line, or the body's indented prose
    if block.indent > head.indent:
        return True
    if blocks[i - 1] is head and block.indent == head.indent or taken and blocks[i - 1].indent == head.indent:
        if block.indent < head.indent:
            return False
        if not is_last or block.gap == 0:
            return True
        if block.gap >= 2:
            return False
        if (taken if runs < 0 else runs) < longest:
            return True
        return len(blocks) - i <= max_last_tail and all(b.gap < 2 for b in blocks[i:]) \
            and not (widest and any(len(b.text) > RUN_ON_RATIO * widest for b in blocks[i:])) and not cut_after(blocks, i)
    return False
