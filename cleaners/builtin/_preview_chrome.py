"""A content management system's preview chrome pasted with the article (read by markdown.py, before its rules).

A story copied from the editor's preview carries the editor's status lines around it: "PREVIEW · Draft · Last
saved 14:02 by Ann Lee", "Slug: harbour-ferry | Section: Local", "Word count: 612 · SEO score: 81/100", and its row
of buttons, "[Edit] [Schedule] [Publish]"; a read-later app's export ends with its link to the original ("View original
· https://..."). In any language:

* `preview-buttons`: a line of `MIN_BUTTONS` bracketed labels or more and nothing else, each label of
  `MAX_BUTTON_WORDS` words at most with a letter and no digit ("[Edit] [Preview] [Publish]"); a line of footnote
  numbers ("[1] [2]") or a link's brackets stay;
* `preview-status`: a status line parted into fields by "·", "|" or "•", each of `MAX_FIELD_WORDS` words at most,
  one at least opened by a phrase of the editor's chrome (`preview_chrome` in `cleaners/lang`: "preview", "draft
  saved", "word count", "slug:", "Entwurf gespeichert", "brouillon") and every other one such a field too or a
  label with its value ("Section: Local") or a web address; a line of one field opened by such a phrase goes too when it stands in
  the first or last `EDGE` blocks of the body, with no sentence stop, `MAX_FIELD_WORDS` words at most ("Draft saved
  at 14:02", "Edit post").

"Preview · Bayern against Dortmund" (a field that is neither), "The draft was saved by the council in May." (a
sentence) and a chrome phrase in the middle of the body alone on its line ("Preview") stay.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re, screen
from ..document import Document
from ..lines import FIELD_BREAK, ends_sentence, word_count
from ..screen import SparseEditor

MIN_BUTTONS = 2
MAX_BUTTON_WORDS = 3
MAX_FIELD_WORDS = 10
EDGE = 3
_BUTTONS = re.compile(r"^\s*(?:\[[^\[\]\d\n]{1,30}\]\s*){2,}$")
_BUTTON = re.compile(r"\[([^\[\]]+)\]")
_LABEL = re.compile(r"^[^\W\d_][^:\n]{0,30}:\s+\S")
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")     # a field that is a web address: the original's, in an export


@lru_cache(maxsize=64)
def _chrome(langs: tuple[str, ...]):
    """The pattern of a field opened by a chrome phrase, and the screen of the lines a rule could take."""
    phrases = lang.alternation(lang.words("preview_chrome", langs))
    return (linear_re.compile(r"^" + phrases + r"(?:$|" + lang.NOT_WORD + ")", ignore_case=True),
            screen.compile(r"^[ \t]*\[|(?:^|[·|•][ \t]*)" + phrases + r"(?:$|" + lang.NOT_WORD + ")"))


def _buttons(text: str) -> bool:
    labels = _BUTTON.findall(text)
    return len(labels) >= MIN_BUTTONS and all(word_count(x) <= MAX_BUTTON_WORDS and re.search(r"[^\W\d_]", x)
                                              for x in labels)


def _status(text: str, chrome, edge: bool) -> bool:
    fields = FIELD_BREAK.split(text.strip())
    if any(word_count(f) > MAX_FIELD_WORDS for f in fields):
        return False
    known = [bool(chrome.search(f)) for f in fields]
    if len(fields) == 1:
        return edge and known[0] and not ends_sentence(text)
    return any(known) and all(k or _LABEL.match(f) or _ADDRESS.match(f) for k, f in zip(known, fields))


def preview_chrome(doc: Document, cleaner: str) -> Document:
    """``doc`` without its editor's status lines and button rows (module docstring)."""
    blocks = doc.blocks
    if doc.kind != "text" or not blocks:
        return doc
    chrome, screened = _chrome(lang.document_languages(doc))
    edit = SparseEditor(doc, cleaner)
    n = len(blocks)
    for i in screen.candidates(blocks, screened):
        b = blocks[i]
        text = b.text
        if b.kind == "code" or len(text) > 300:
            continue
        if text[:1] == "[" or text.lstrip()[:1] == "[":
            if _BUTTONS.match(text) and _buttons(text):
                edit.drop(i, "preview-buttons")
            continue
        if _status(text, chrome, i < EDGE or i >= n - EDGE):
            edit.drop(i, "preview-status")
    return edit.done()
