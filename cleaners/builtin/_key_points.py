"""Key-point boxes: the summary an editor or an AI model sets over or inside an article (read by reader_calls.py).

A news site prints the story's gist in a box of its own: a label ("Key points", "Das Wichtigste in Kürze",
"L'essentiel", "Главное", "この記事のポイント"; cleaners/lang ``key_points`` of the document's language and
English) and two to `MAX_ITEMS` bullets restating the article. In a text dump it reads as

* `key-points`: a label alone on its line (maybe a heading, maybe ending with a colon, maybe behind a mark such as
  "✨" or "**", maybe tagged as an AI's: "(AI)", "(KI)", "(ИИ)") over `MIN_ITEMS` to `MAX_ITEMS` bulleted lines of
  `MAX_ITEM_WORDS` words at most: the label and its bullets go; a bullet list under any other lead-in ("The plan
  includes:") is the article's own and stays, and so does a list of one item or of more than `MAX_ITEMS`, and a list
  whose every point is a headline in title case with no stop ("Key Points:" / "1. Fares Rise In April" / "2. Night
  Buses Return": the article's own agenda; a box restates the story in sentences or clauses);
* `key-points-inline`: the box on one line, a label tagged as an AI's or behind a sparkle ("✨ Claves (AI): Una
  línea ... Habrá trenes ...", "✨ Главное (ИИ): ...") and up to `MAX_INLINE_WORDS` words after its colon; the AI
  tag is the mark, so a label no language file names counts too (one to `MAX_LABEL_WORDS` words). A paragraph
  opened by a known label with no AI mark ("In short: the plan failed.") is the article's and stays.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..document import Block
from ..lines import COLON_MARKS, UNSPACED_LETTER, ends_sentence, word_count

MIN_ITEMS = 2
MAX_ITEMS = 6
MAX_ITEM_WORDS = 40
MAX_INLINE_WORDS = 90
MAX_LABEL_WORDS = 5
MAX_GAP = 1              # blank lines between the label and a bullet, or between two bullets
BULLET = re.compile(r"^\s*(?:[-*+\u2022\u25e6\u25aa\u25cf\u2023\u2219\u00b7\u2713\u2714\u2611\u25b8\u25ba\u27a4\u2192\u2013\u30fb]"
                    r"|\d{1,2}[.)])\s+\S")
# what may stand around a label: marks of emphasis, sparkles and pins, a heading's hashes
_DECOR = " *_#\u2728\U0001f916\U0001f4cc\U0001f4a1\u26a1\u2b50\u2022>|"
_SPARKLES = ("\u2728", "\U0001f916")          # ✨ 🤖: the marks of a machine-written summary
# an AI tag after the label, the abbreviation of "artificial intelligence" in the languages of Europe and beyond: "(AI)",
# "(KI)", "(IA)", "(ИИ)", "(ШІ)", "(YZ)", "(SI)", "(MI)", "(DA)", or the Arabic words (not an agency's "(AP)")
_AI_TAG = re.compile(r"\s*[(\[\uff08]\s*(?:ai|ki|ia|\u0438\u0438|\u0448\u0456|yz|si|mi|da|ui|\u0630\u0643\u0627\u0621 "
                     r"\u0627\u0635\u0637\u0646\u0627\u0639\u064a)\s*[)\]\uff09]\s*$", re.I)
_INLINE = re.compile(rf"^(?P<label>[^{COLON_MARKS}\n]{{1,60}}?)\s*[{COLON_MARKS}]\s*(?P<rest>\S.*)$", re.S)


_MARKER = re.compile(r"^\s*(?:[^\w\s]|\d{1,2}[.)])\s+")


def _headline(text: str) -> bool:
    """A point set as a headline: title case (every word of four letters or more capitalised), no stop at its end."""
    text = _MARKER.sub("", text).strip()
    long = [w for w in text.split() if sum(c.isalpha() for c in w) >= 4]
    return len(long) >= 2 and all(w[:1].isupper() for w in long) and not ends_sentence(text)


def _words(text: str) -> int:
    """Words, two letters of an unspaced script counting as one ("この記事のポイント" is a label of five)."""
    return -(-word_count(text) // 2) if UNSPACED_LETTER.search(text) else word_count(text)


@lru_cache(maxsize=32)
def _labels(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lang.words("key_points", langs))


def _label(text: str, langs: tuple[str, ...]) -> tuple[bool, bool] | None:
    """(known, marked) of a label line (its colon, decorations and AI tag aside), or None when it is too long."""
    marked = text.lstrip(" *_#>").startswith(_SPARKLES)
    core = text.strip(_DECOR).rstrip("".join(COLON_MARKS) + " ").strip(_DECOR)
    tag = _AI_TAG.search(core)
    if tag:
        core, marked = core[:tag.start()].strip(_DECOR), True
    if not core or _words(core) > MAX_LABEL_WORDS:
        return None
    return " ".join(core.lower().split()) in _labels(langs), marked


def key_points(blocks: tuple[Block, ...], langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """``(index, rule)`` of the key-point boxes' lines of ``blocks`` (module docstring)."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(blocks):
        block, i0 = blocks[i], i
        i += 1
        if block.kind in ("code", "table") or len(block.text) > 2000:
            continue
        text = block.text.strip()
        m = _INLINE.match(text)
        if m and not BULLET.match(text) and _words(m.group("rest").strip(_DECOR)):
            found = _label(m.group("label"), langs)
            if found and found[1] and _words(m.group("rest")) <= MAX_INLINE_WORDS:
                out.append((i0, "key-points-inline"))
            continue
        found = _label(text, langs) if _words(text) <= MAX_LABEL_WORDS + 3 else None
        if not found or not found[0]:
            continue
        items, k = [], i
        while k < len(blocks) and len(items) <= MAX_ITEMS and blocks[k].gap <= MAX_GAP \
                and BULLET.match(blocks[k].text) and _words(blocks[k].text) <= MAX_ITEM_WORDS:
            items.append(k)
            k += 1
        if MIN_ITEMS <= len(items) <= MAX_ITEMS and not all(_headline(blocks[j].text) for j in items):
            out += [(i0, "key-points")] + [(j, "key-points") for j in items]
            i = k
    return out
