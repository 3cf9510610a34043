"""A sign-up box's three lines left between cut chrome after the story, in any language (rule ``chrome-box``, read
by closing_label.py).

A site prints a newsletter or app box as a heading, one sentence and a button ("Newsletter" / "The day's news in
your inbox." / "Sign up"); in a language whose words no file holds nothing names it, but its place and shape do:
three touching blocks of the body (nothing cut between them) after the article's prose, right over a block another
rule cut (a donation box, a related list, the comments) and right under a cut block or the last paragraph of prose;
the first and the last a label of `MAX_LABEL_WORDS` words at most, no stop, no digit, the two different; the middle
one sentence of `MIN_SENTENCE_WORDS` to `MAX_SENTENCE_WORDS` words closed by its stop, no digit; none quoted; no
sentence kept after them. A label over one sentence before cut chrome (a subheading over the article's short last
paragraph), a label alone between cut blocks (a subheading whose paragraphs are short), a sentence alone, a list of
names (no sentence), a recipe's steps (three sentences) and lines with figures (a price list, a table) stay."""
from __future__ import annotations

from ..lines import ends_sentence, is_prose, is_quoted, word_count

BOX_LINES = 3
MAX_LABEL_WORDS = 3
MIN_SENTENCE_WORDS, MAX_SENTENCE_WORDS = 3, 15


def _label(text: str) -> bool:
    return 0 < word_count(text) <= MAX_LABEL_WORDS and not ends_sentence(text) and not any(c.isdigit() for c in text) \
        and not text.rstrip().endswith((":", ",", ";"))


def _sentence(text: str) -> bool:
    return MIN_SENTENCE_WORDS <= word_count(text) <= MAX_SENTENCE_WORDS and ends_sentence(text) \
        and not any(c.isdigit() for c in text)


def chrome_boxes(doc) -> dict[int, str]:
    """The blocks of ``doc`` that are such a box (module docstring), by index, with the rule."""
    blocks = doc.blocks
    cut = {r.origin for r in doc.removed if not r.inline and r.origin is not None and r.origin >= 0}
    prose = [i for i, b in enumerate(blocks) if b.kind != "code" and is_prose(b.text)]
    if not cut or not prose:
        return {}
    last = max((k for k in range(prose[-1], len(blocks)) if ends_sentence(blocks[k].text)), default=prose[-1])
    i = last - 1     # (the box's sentence is the body's last sentence: no prose, no sentence kept after the box)
    if i <= prose[-1] or not _box(blocks, i, cut, i - 1 == prose[-1]):
        return {}
    return dict.fromkeys(range(i, i + BOX_LINES), "chrome-box")


def _box(blocks, i: int, cut: set[int], under_prose: bool) -> bool:
    """Whether the `BOX_LINES` blocks from ``i`` are a box: touching, between cut chrome (or the story's last
    paragraph above), a label, its sentence and its button (module docstring)."""
    n = BOX_LINES
    box = blocks[i:i + n]
    if len(box) < n or box[0].origin < 0 or any(b.origin != box[0].origin + k for k, b in enumerate(box)):
        return False
    if box[-1].origin + 1 not in cut or not (box[0].origin - 1 in cut or under_prose):
        return False
    texts = [b.text.strip() for b in box]
    if any(is_quoted(t) for t in texts) or any(b.kind not in ("p", "heading") for b in box):
        return False
    return _label(texts[0]) and _sentence(texts[1]) and _label(texts[2]) and texts[0] != texts[2]
