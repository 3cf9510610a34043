"""A caption printed twice, once under a label or with its credit (rule caption-repeated, read by captions.py).

The line touching a caption-shaped line (no blank line, no cut line between) that is the same caption under a short
label with a colon ("Foto: Fans at the gate") or followed by its credit in brackets ("Fans at the gate (Foto: Ann
Lee / dpa)"): both copies are the figure's, in any language.

A caption closed by a full stop printed twice in a row (rule stopped-caption-repeated): one sentence of five to
`MAX_STOPPED_CAPTION_WORDS` words, opening with a capital or a letter of a script without capitals, no question, quote,
exclamation or reporting verb (`reported` in `cleaners/lang`), the same as the paragraph right before or after it,
the pair between two longer paragraphs (a figure inside the article: a sentence printed twice at the body's start or
end stays); a refrain of a few words, a line said twice with an exclamation mark and a quote stay. Text dumps only: a
page's figures are read from its markup, and a sentence printed twice in a page's text is the text's (a chat quoted
in the article, a line said twice)."""
from __future__ import annotations

from .. import lang
from ..lines import COLON_MARKS, opens_name, word_count
from ._caption_prose import prose_line
from ._credit_forms import MAX_STOPPED_CAPTION_WORDS, caption_words

MAX_LABEL_WORDS = 3
MAX_CREDIT_WORDS = 10
MIN_STOPPED_CAPTION_WORDS = 5


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


def stopped_repeat(blocks, i: int, langs) -> bool:
    """Block ``i`` is a caption ending with a full stop printed twice in a row (module docstring)."""
    text = blocks[i].text.strip()
    if blocks[i].kind != "p" or text[-1:] not in ".\u3002" or not opens_name(text) or prose_line(text) \
            or lang.pattern("reported", langs).search(text) \
            or not MIN_STOPPED_CAPTION_WORDS <= caption_words(text) <= MAX_STOPPED_CAPTION_WORDS:
        return False
    folded, size = " ".join(text.split()).casefold(), caption_words(text)
    for j in (i - 1, i + 1):
        first = min(i, j)
        if 0 < first and first + 2 < len(blocks) and blocks[j].kind == "p" \
                and " ".join(blocks[j].text.split()).casefold() == folded \
                and all(blocks[k].kind == "p" and caption_words(blocks[k].text) > size for k in (first - 1, first + 2)):
            return True     # (the pair between two longer paragraphs, where a figure stands)
    return False
