"""A short "label: value" line over the article's first paragraph or under its last, in a language without a file,
read by `dateline` by its shape alone: a label of one or two words, a colon, and a value of one to three words, no
digit, no sentence ("Majiya: NAN", "Эх сурвалж: МОНЦАМЭ", "మూలం: పీటీఐ", "ලියන්නේ: නිමාලි පෙරේරා").

* ``label-source``: one word, or an acronym in capitals, after the label: a source or an agency; it goes to the
  credits. Over the first paragraph or as the body's last block.
* ``label-byline``: two or three words in a script without capitals (Telugu, Sinhala, Gurmukhi...), initials
  allowed ("రచన: కె. శ్రీనివాస్"), over the first paragraph: the author's name, which no capital tells from a word
  (a cased script's names are read by `_byline_shape`); it goes to ``metadata.author``.

A line of the article's prose has more words, a stop or a figure; a label alone, a price ("Tumatir: ₦800") and a
line between two paragraphs stay."""
from __future__ import annotations

import unicodedata

from ..lines import COLON_MARKS, is_prose

MAX_LABEL_WORDS = 2
MAX_VALUE_WORDS = 3
MAX_INITIAL_CHARS = 3       # letters and marks of an initial before its stop ("J.", Telugu "కె.")
_JOINERS = "\u200c\u200d"


def _letters(token: str) -> bool:
    return bool(token) and all(unicodedata.category(c)[0] in "LM" or c in _JOINERS for c in token) \
        and unicodedata.category(token[0])[0] == "L"


def _value_word(token: str) -> bool:
    """A word of letters (and their marks), or an initial with its stop."""
    return _letters(token) or (token.endswith(".") and len(token) - 1 <= MAX_INITIAL_CHARS and _letters(token[:-1]))


def label_line(text: str) -> tuple[str, str] | None:
    """(the rule, the value) of a "label: value" line (module docstring), or None."""
    text = text.strip()
    cut = next((k for k, c in enumerate(text) if c in COLON_MARKS), -1)
    if cut <= 0:
        return None
    label, value = text[:cut].split(), text[cut + 1:].split()
    if not (0 < len(label) <= MAX_LABEL_WORDS and 0 < len(value) <= MAX_VALUE_WORDS) or not all(map(_letters, label)) \
            or not all(map(_value_word, value)) or value[-1].endswith(".") and len(value) == 1:
        return None
    joined = " ".join(value)
    letters = [c for c in joined if unicodedata.category(c)[0] == "L"]
    if len(value) == 1 or len(letters) > 1 and joined.isupper():
        return "label-source", joined
    if all(c.lower() == c.upper() for c in letters):
        return "label-byline", joined
    return None


def label_lines(blocks, cut, head: int) -> dict[int, tuple[str, str]]:
    """The label lines among the body's ``blocks`` (``cut``: indexes another rule took) over its first prose paragraph
    within the ``head``, and a source's as the body's last block after its last prose paragraph, by index."""
    prose = [i for i, b in enumerate(blocks) if i not in cut and is_prose(b.text)]
    if not prose:
        return {}
    found = {}
    for i in range(min(prose[0], head)):
        if i not in cut and blocks[i].kind == "p" and (line := label_line(blocks[i].text)):
            found[i] = line
    last = len(blocks) - 1
    if last > prose[-1] and last not in cut and blocks[last].kind == "p" and (line := label_line(blocks[last].text)) \
            and line[0] == "label-source":
        found[last] = line
    return found
