"""Where the last comment of a thread ends (rule `closed-last-comment`)."""
from __future__ import annotations

from .heads import is_control


def closing_lines(blocks, later_heads: list[int], vocab, controls: frozenset[int]) -> frozenset[str]:
    """Rule `closed-last-comment`: the control lines ("Reply", "Like · Reply") that close every comment of the
    thread, standing right above each later head; the last comment ends at the same line, and the text under
    it (the article going on, a call or a widget) is no comment's. A thread whose comments end otherwise has none."""
    above = [k - 1 for k in later_heads]
    if not above or not all(k in controls or is_control(blocks[k].text, vocab) for k in above):
        return frozenset()
    return frozenset(blocks[k].text.strip().casefold() for k in above)
