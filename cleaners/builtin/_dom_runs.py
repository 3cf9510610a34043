"""Prose runs: text written between ``<br>``s with no ``<p>`` (a post of the 2000s, a forum's message), the
element that holds most of it, and the length of a run in Latin letters' worth; read by the DOM cleaners and the
extraction (split from `_dom`)."""
from __future__ import annotations

import re
from typing import Callable

from ..lines import HAN_KANA

MIN_PROSE_RUN = 80    # characters of a text run between <br>s that counts as a paragraph
_HAN_KANA_LETTER = re.compile(f"[{HAN_KANA}]")
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")


def latin_size(text: str) -> int:
    """The length of ``text`` in Latin letters' worth: its characters, a Han or kana character counted three
    times, a Hangul syllable twice (a Chinese sentence says in 50 characters what an English one says in 150)."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(_HAN_KANA_LETTER.findall(text)) + len(_HANGUL_SYLLABLE.findall(text))


def _run_texts(parent, size: Callable[[str], int] = len) -> list[str]:
    """The runs of prose of ``parent``'s own text nodes (`MIN_PROSE_RUN` or more as ``size`` measures), stripped."""
    return [t for c in parent.iter(include_text=True, skip_empty=True)
            if c.tag == "-text" and size(t := (c.text_content or "").strip()) >= MIN_PROSE_RUN]


def prose_runs(dom, size: Callable[[str], int] = len) -> tuple:
    """The element holding the most text in runs of prose of its own (paragraphs written as
    text between ``<br><br>``, no ``<p>``; two at least), and that text's length: ``(None, 0)``
    when none. ``size``: a run's length as its threshold reads it (`latin_size`: a Chinese
    run as long as its English one)."""
    best, most, seen = None, 0, set()
    for br in dom.css("br"):
        parent = br.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        runs = [len(t) for t in _run_texts(parent, size)]
        total = sum(runs) if len(runs) >= 2 else 0      # an article has paragraphs, not one line
        if total > most:
            best, most = parent, total
    return best, most


def run_probe(dom, estimate: int) -> str:
    """The start of the first prose run of the element holding the most text in runs between ``<br>``s
    (`prose_runs`, a run's length in `latin_size`) when it holds more than ``estimate`` (the main
    container's paragraph characters, `_dom.main_text`): a post written between ``<br>``s, whose main
    container is a footer's one paragraph; else "". (The first run, the text before the first
    ``<br>``, is the one an extraction of such a post loses.)"""
    runs, run_chars = prose_runs(dom, latin_size)
    return _run_texts(runs, latin_size)[0][:120] if runs is not None and run_chars > estimate else ""
