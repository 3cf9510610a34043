"""Calls to action known by a button's shape, whatever their language (no word of a file is read).

* `button_line(text)` (``button-shape``, read by closing_label.py): a short line (`MAX_WORDS`, `MAX_CHARS`) that
  holds no sentence's stop and wears a button's decorations: a pictograph or an arrow at both ends ("👉 Teile
  diesen Artikel 👈"), an arrow after a space at its end ("JOIN OUR CHANNEL →", "Abonnieren ›"), or a run of two
  arrows or more opening it (">>> Join us", "»» Abonnieren"). A subheading or a list item opening with one arrow
  ("» Hintergrund"), a line quoted between guillemets ("« Il faut agir »") and two sentences ("He spoke. Then →")
  stay; a question before the call is a button's ("👉 Liked it? Tell us on Facebook 👈").
* `sentence_button(text)` (``sentence-button``): one short sentence (`MAX_SENTENCE_WORDS`), closed by its stop, and
  then one chevron or arrow ("Lesen Sie alle Meldungen in unserer App. ›"): a link's text printed with its button
  sign; the article's sentence wears none. A closing guillemet ("... »", the end of a quotation running over
  paragraphs) or a sign after two sentences stays.
* `framed_line(text)` (``framed-line``): a short line between runs of asterisks set apart by spaces ("*** Get the
  news on your phone ***", "* ... *" once markdown took two of each): a banner, no markdown emphasis (which touches
  its words) and no list item (which has no closing run). A label's line ("*** UPDATE: ... ***") stays.
* `pointed_link(text)` (``pointed-link``): a pictograph or an arrow, a short text and a bare web address closing the
  line ("👉 Alle Meldungen auf unserem Kanal. https://example.org/kanal"): a call and its link.
* `social_link(text)` (``social-link``, read by markdown.py before links are reduced to their text): a line that is
  only a link to a page of a social network, a messenger or an app store (`_networks.SOCIAL_HOST`), its text short and no
  sentence: "[Pridružite se našem kanalu](https://t.me/example)". A link inside a sentence, a link alone to
  another site, or one whose text is a sentence stays.
"""
from __future__ import annotations

import re
import unicodedata

from ..lines import COLON, FULL_STOPS, ends_sentence, is_quoted, stop_class, word_count
from ._lone_line import undecorated
from ._networks import SOCIAL_HOST
from ._word_size import statement_words

MAX_WORDS = 12
MAX_CHARS = 100
MIN_LETTERS = 4
MIN_SENTENCE_WORDS = 3      # of a sentence-button's, a framed line's or a pointed link's text
MAX_SENTENCE_WORDS = 25
MAX_SENTENCE_CHARS = 400    # a longer block is never tried
_ARROWS = "\u2192\u27f6\u279c\u279d\u279e\u2794\u27a1\u27a4\u25b6\u25ba\u21d2"   # → ⟶ ➜ ➝ ➞ ➔ ➡ ➤ ▶ ► ⇒
_TRAILING = re.compile(rf"\s(?:[{_ARROWS}]+|\u00bb+|\u203a+|>{{1,3}})\s*$")
_LEADING = re.compile(rf"^\s*(?:>\s?>|\u00bb\s?\u00bb|[{_ARROWS}]\s?[{_ARROWS}])[>\u00bb{_ARROWS}\s]*")
_SIGNS = frozenset("\u00bb\u203a\u00ab\u2039\u2022\u00b7\ufe0f\u200d" + _ARROWS)
# a full stop inside the line followed by more words ("Done. Next", "承認した。詳しくは": no space after CJK's), or one
# ending it: a question or an exclamation before the call is a button's ("Liked it? Tell us on Facebook")
_INNER_STOP = re.compile("[" + re.escape("".join(FULL_STOPS)) + r"]\s+\S|\u3002(?=\w)")
_SENTENCE_SIGN = re.compile(rf"\s[{_ARROWS}\u203a]\s*$")        # one arrow or chevron after a space, not "»"
_FRAMED = re.compile(r"^(\*+)[ \t]+(?P<text>\S(?:.*\S)?)[ \t]+\*+$")
_POINTED = re.compile(r"^(?P<text>\S.*?)\s+(?:https?://|www\.)[^\s<>]+$")
_LABEL = re.compile(rf"^[^\s{COLON[1:-1]}]+(?:\s[^\s{COLON[1:-1]}]+)?\s?{COLON}")   # "UPDATE:", "Editor's note:"
_INNER_SENTENCE = re.compile(rf"[{stop_class('!?')}]\s*\S")     # a stop of any script: "?", "؟", "？", "፧"
_LINK_ALONE = re.compile(r"^\W{0,3}\[([^\[\]\n]{1,120})\]\(([^()\s]+)\)\W{0,3}$")


def _sign(c: str) -> bool:
    """A pictograph, an arrow or a guillemet (not "=" or "+", which a wiki's heading or a list wears)."""
    return c in _SIGNS or unicodedata.category(c) == "So" or "\u2190" <= c <= "\u21ff" or "\u27f0" <= c <= "\u27ff"


def _short_call(core: str) -> bool:
    """Short (a Thai or Japanese clause counted by its letters, `_word_size`), some letters, no statement: no full stop
    inside or at its end."""
    return len(core) <= MAX_CHARS and statement_words(core) <= MAX_WORDS and \
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


def _sentence_call(text: str) -> bool:
    """Some letters, `MIN_SENTENCE_WORDS` to `MAX_SENTENCE_WORDS` words, not quoted."""
    return MIN_SENTENCE_WORDS <= word_count(text) <= MAX_SENTENCE_WORDS \
        and sum(c.isalpha() for c in text) >= MIN_LETTERS and not is_quoted(text)


def sentence_button(text: str) -> bool:
    """One short sentence closed by its stop, then one arrow or chevron (module docstring)."""
    text = text.strip()
    if not (m := _SENTENCE_SIGN.search(text)) or "\u2039" in text:
        return False
    sentence = text[:m.start()].rstrip()
    return ends_sentence(sentence) and not _INNER_SENTENCE.search(sentence[:-1]) and _sentence_call(sentence)


def framed_line(text: str) -> bool:
    """A short line between runs of asterisks set apart by spaces, no label opening it (module docstring)."""
    m = _FRAMED.match(text.strip())
    inner = m.group("text") if m else ""
    return bool(m) and "*" not in inner and not _LABEL.match(inner) and _sentence_call(inner)


def pointed_link(text: str) -> bool:
    """A pictograph or an arrow, a short text and a bare web address closing the line (module docstring)."""
    text = text.strip()
    if not text or not _sign(text[0]) or text[0] in "\u00ab\u00bb\u2039\u203a":
        return False
    m = _POINTED.match(undecorated(text, lambda c: _sign(c) or c.isspace()))
    return bool(m) and _sentence_call(m.group("text"))


def social_link(text: str) -> bool:
    """A line that is only a link to a social network's, a messenger's or an app store's page (module docstring)."""
    m = _LINK_ALONE.match(text.strip())
    return bool(m) and bool(SOCIAL_HOST.match(m.group(2))) and _short_call(m.group(1).strip())


def _sentence_rule(text: str) -> str | None:
    """The rule taking ``text`` as a call printed with its button's sign, its frame or its link, or None."""
    if len(text) > MAX_SENTENCE_CHARS:
        return None
    if sentence_button(text):
        return "sentence-button"
    if framed_line(text):
        return "framed-line"
    return "pointed-link" if pointed_link(text) else None


def button_calls(blocks) -> list[tuple[int, str]]:
    """``(index, rule)`` of the button lines of ``blocks`` (``button-shape``) and of the short line glued under one,
    a blank line after it (``button-widget``: a widget's second call, ">>> Join our channel" / "Get the app")."""
    out = []
    for i, block in enumerate(blocks):
        text = block.text
        if block.kind in ("code", "table") or not text or (text[0].isalnum() and text[-1].isalnum()):
            continue
        if rule := _sentence_rule(text):
            out.append((i, rule))
            continue
        if not button_line(text):
            continue
        out.append((i, "button-shape"))
        k = i + 1
        if k < len(blocks) and blocks[k].gap == 0 and blocks[k].kind not in ("code", "table") \
                and (k + 1 == len(blocks) or blocks[k + 1].gap > 0) and _short_call(blocks[k].text.strip()):
            out.append((k, "button-widget"))
    return out
