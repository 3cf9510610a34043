"""A caption printed twice, once under a label or with its credit (rule caption-repeated, read by captions.py).

The line touching a caption-shaped line (no blank line, no cut line between) that is the same caption under a short
label with a colon ("Foto: Fans at the gate") or followed by its credit in brackets ("Fans at the gate (Foto: Ann
Lee / dpa)"): both copies are the figure's, in any language."""
from __future__ import annotations

from ..lines import COLON_MARKS, word_count

MAX_LABEL_WORDS = 3
MAX_CREDIT_WORDS = 10


def echo(folded: str, blocks, i: int, j: int) -> bool:
    """Block ``j`` touches block ``i`` (whose folded text is ``folded``) and one is the other's labelled copy."""
    first, second = (blocks[j], blocks[i]) if j < i else (blocks[i], blocks[j])
    if second.gap != 0 or second.origin - first.origin != 1:
        return False
    other = " ".join(blocks[j].text.split()).casefold()
    return labelled_copy(other, folded) or labelled_copy(folded, other)


def labelled_copy(longer: str, caption: str) -> bool:
    """``longer`` is ``caption`` under a short label with a colon, or followed by a bracketed credit."""
    if longer.endswith(caption) and longer != caption:
        label = longer[: -len(caption)].rstrip()
        return label.endswith(tuple(COLON_MARKS)) and 0 < word_count(label) <= MAX_LABEL_WORDS
    tail = longer[len(caption):].strip() if longer.startswith(caption) else ""
    return tail.startswith("(") and tail.endswith(")") and word_count(tail) <= MAX_CREDIT_WORDS
