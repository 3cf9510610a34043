"""A slideshow's counter and controls: "3 / 12", "Photo 3 of 20", "صورة 3 من 20", "‹ ›", "« Previous | Next »".

Read by `dom_gallery` (rules ``gallery-counter`` and ``gallery-controls``), inside the elements it reads as
slideshows and galleries (their class or id: furniture_classes.toml ``gallery`` and cleaners/lang ``class_gallery``).
A counter is an element whose whole text is a slide's number and the count, by shape in any language: at most
`MAX_LABEL_WORDS` words before them ("Photo", "Bild", "صورة"), two numbers with a slash, a bar or one short word
between them ("of", "von", "من", "из"), the first no greater than the second, maybe brackets and arrows around them.
A control is an element whose text is arrows and guillemets ("‹", "»", "←", "❯") with at most
`MAX_CONTROL_WORDS` short words ("« Previous | Next »") and no digit. Each is cut where it stands (the outermost
element of that shape), whether the gallery stays as the article or not; a gallery's captions are read apart
(`dom_gallery`, `dom_figures`). A sentence that counts ("3 of 20 people said ...") and a listicle's numbered items
are no counter's shape: prose around the numbers, or one number only.
"""
from __future__ import annotations

import re
from itertools import takewhile

from ._dom import ancestors, text_of

_ARROWS = ("\u2039\u203a\u00ab\u00bb<>\u2190\u2192\u276e\u276f\u27e8\u27e9"
           "\u25c0\u25b6\u25c4\u25ba\u3008\u3009\u2bc7\u2bc8")
_AROUND = rf"[\s{_ARROWS}()\[\]|]*"
_COUNTER = re.compile(rf"{_AROUND}(?:[^\W\d_]{{1,12}}\.?\s+){{0,2}}(\d{{1,3}})\s*"
                      rf"(?:/|\||[^\W\d_]{{1,4}}\.?)\s*(\d{{1,3}}){_AROUND}")
_CONTROL_MARK = re.compile(rf"[{_ARROWS}]")
_CONTROL_WORD = re.compile(r"[^\W\d_]{1,10}\.?")
_UNITS = "div, span, p, li, a, button, small, strong, b, em, figcaption, nav"
MAX_LABEL_WORDS = 2      # words before a counter's numbers ("Photo", "Bild")
MAX_CONTROL_WORDS = 3    # words among a control's arrows ("« Previous | Next »")
MAX_CONTROL = 40         # characters of a control row


def is_counter(text: str) -> bool:
    """Whether ``text`` is a slide counter's whole text (module docstring)."""
    match = _COUNTER.fullmatch(text)
    return match is not None and 1 <= int(match.group(1)) <= int(match.group(2)) and int(match.group(2)) >= 2


def is_control(text: str) -> bool:
    """Whether ``text`` is a slideshow's arrows, maybe with a word or two (module docstring)."""
    if not text or len(text) > MAX_CONTROL or not _CONTROL_MARK.search(text):
        return False
    words = [w for w in re.split(rf"[\s{_ARROWS}|/\u00b7\u2022]+", text) if w]
    return len(words) <= MAX_CONTROL_WORDS and all(_CONTROL_WORD.fullmatch(w) for w in words)


def slide_furniture(gallery) -> list[tuple]:
    """``(node, rule)`` for the counters and controls in ``gallery`` (module docstring), outermost first."""
    found, inside = [], set()
    for node in gallery.css(_UNITS):
        if node.mem_id == gallery.mem_id or any(a.mem_id in inside for a in
                                                takewhile(lambda a: a.mem_id != gallery.mem_id, ancestors(node))):
            continue
        text = text_of(node)
        if not text or node.css_first("img, picture, video, iframe, figure, p + p") is not None:
            continue
        rule = "gallery-counter" if is_counter(text) else "gallery-controls" if is_control(text) else None
        if rule is not None:
            found.append((node, rule))
            inside.add(node.mem_id)
    return found
