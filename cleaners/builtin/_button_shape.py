"""Calls to action known by a button's shape, whatever their language (no word of a file is read).

* `button_line(text)` (``button-shape``, read by closing_label.py): a short line (`MAX_WORDS`, `MAX_CHARS`) that
  holds no sentence's stop and wears a button's decorations: a pictograph or an arrow at both ends ("👉 Teile
  diesen Artikel 👈"), an arrow after a space at its end ("JOIN OUR CHANNEL →", "Abonnieren ›"), or a run of two
  arrows or more opening it (">>> Join us", "»» Abonnieren"). A subheading or a list item opening with one arrow
  ("» Hintergrund"), a line quoted between guillemets ("« Il faut agir »") and a sentence ("He said so. →") stay; a
  question before the call is a button's ("👉 Liked it? Tell us on Facebook 👈").
* `social_link(text)` (``social-link``, read by markdown.py before links are reduced to their text): a line that is
  only a link to a page of a social network, a messenger or an app store (`_networks.SOCIAL_HOST`), its text short and no
  sentence: "[Pridružite se našem kanalu](https://t.me/example)". A link inside a sentence, a link alone to
  another site, or one whose text is a sentence stays.
"""
from __future__ import annotations

import re
import unicodedata

from ..lines import FULL_STOPS, is_quoted
from ._lone_line import undecorated
from ._networks import SOCIAL_HOST

MAX_WORDS = 12
MAX_CHARS = 100
MIN_LETTERS = 4
_ARROWS = "\u2192\u27f6\u279c\u279d\u279e\u2794\u27a1\u27a4\u25b6\u25ba\u21d2"   # → ⟶ ➜ ➝ ➞ ➔ ➡ ➤ ▶ ► ⇒
_TRAILING = re.compile(rf"\s(?:[{_ARROWS}]+|\u00bb+|\u203a+|>{{1,3}})\s*$")
_LEADING = re.compile(rf"^\s*(?:>\s?>|\u00bb\s?\u00bb|[{_ARROWS}]\s?[{_ARROWS}])[>\u00bb{_ARROWS}\s]*")
_SIGNS = frozenset("\u00bb\u203a\u00ab\u2039\u2022\u00b7\ufe0f\u200d" + _ARROWS)
# a full stop inside the line followed by more words ("Done. Next"), or one ending it: a question or an exclamation
# before the call is a button's ("Liked it? Tell us on Facebook")
_INNER_STOP = re.compile("[" + re.escape("".join(FULL_STOPS)) + r"]\s+\S")
_LINK_ALONE = re.compile(r"^\W{0,3}\[([^\[\]\n]{1,120})\]\(([^()\s]+)\)\W{0,3}$")


def _sign(c: str) -> bool:
    """A pictograph, an arrow or a guillemet (not "=" or "+", which a wiki's heading or a list wears)."""
    return c in _SIGNS or unicodedata.category(c) == "So" or "\u2190" <= c <= "\u21ff" or "\u27f0" <= c <= "\u27ff"


def _short_call(core: str) -> bool:
    """Short, some letters, no statement: no full stop inside or at its end."""
    return len(core) <= MAX_CHARS and len(core.split()) <= MAX_WORDS and \
        sum(c.isalpha() for c in core) >= MIN_LETTERS and not _INNER_STOP.search(core) and not core.endswith(FULL_STOPS)


def button_line(text: str) -> bool:
    """A short line wearing a button's decorations (module docstring)."""
    text = text.strip()
    if len(text) < 3 or is_quoted(text):
        return False
    if m := _LEADING.match(text):
        return _short_call(text[m.end():].strip())
    if m := _TRAILING.search(text):
        return _short_call(text[:m.start()].strip())
    if _sign(text[0]) and _sign(text[-1]) and not (text[0] in "\u00ab\u00bb\u2039\u203a" and text[-1] in "\u00ab\u00bb\u2039\u203a"):
        return _short_call(undecorated(text, lambda c: _sign(c) or c.isspace()))
    return False


def social_link(text: str) -> bool:
    """A line that is only a link to a social network's, a messenger's or an app store's page (module docstring)."""
    m = _LINK_ALONE.match(text.strip())
    return bool(m) and bool(SOCIAL_HOST.match(m.group(2))) and _short_call(m.group(1).strip())


def button_calls(blocks) -> list[tuple[int, str]]:
    """``(index, rule)`` of the button lines of ``blocks`` (``button-shape``) and of the short line glued under one,
    a blank line after it (``button-widget``: a widget's second call, ">>> Join our channel" / "Get the app")."""
    out = []
    for i, block in enumerate(blocks):
        text = block.text
        if block.kind in ("code", "table") or not text or (text[0].isalnum() and text[-1].isalnum()) \
                or not button_line(text):
            continue
        out.append((i, "button-shape"))
        k = i + 1
        if k < len(blocks) and blocks[k].gap == 0 and blocks[k].kind not in ("code", "table") \
                and (k + 1 == len(blocks) or blocks[k + 1].gap > 0) and _short_call(blocks[k].text.strip()):
            out.append((k, "button-widget"))
    return out
