"""A story line of a related-story list (read by related_list.py and its helpers): one headline, a markdown link
(``[Floods cut off villages](/a/1)``, maybe after a thumbnail ``![](/t.jpg)`` and before a short tail such as a date)
or a plain headline-shaped line (3 words of letters to 20 words, no full stop at the end, no ``Label:`` line), maybe
after a bullet or a number, before a bare URL."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lines import COLON, COLON_MARKS, LETTER_WORD, is_headline_like, opens_lower, word_count
from ._related_rows import table_cell
from ._related_shapes import TWO_SENTENCES as _TWO_SENTENCES
from ._word_size import han_words

BULLET = re.compile(r"^(?:[\u00bb\u203a\u2022\u25cf\u25e6\u25aa\u2023\u2219\u00b7*+\-\u2013\u2014\u25b8\u25ba\u2192]"
                    r"|\d{1,3}[.)])\s+")
_IMAGE = re.compile(r'^!\[[^\[\]\n]*\]\(([^()\s]+)(?:\s+"[^"\n]*")?\)\s*')
LINK = re.compile(r'^\[([^\[\]\n]+)\]\(([^()\s]+)(?:\s+"[^"\n]*")?\)')
_URL_TAIL = re.compile(r"\s*(?:[-\u2013\u2014|:]\s*)?"
                       r"(?:<(https?://[^\s<>]+)>|\((https?://[^\s<>()]+)\)|(https?://[^\s<>]+))$")
_TAIL_SEPARATOR = re.compile(r"^\s*[-\u2013\u2014|\u00b7,(]")
# "Tags:", "Photo credit:": one or two words and a colon
_LABEL = re.compile(rf"^[^\s{COLON_MARKS}]+(?:\s[^\s{COLON_MARKS}]+)?\s*{COLON}")
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS, MAX_WORDS = 3, 20
MAX_TAIL_WORDS = 6
TITLE_CASE_SHARE = 0.8    # of the words of four letters or more, the share that is capitalised


@dataclass(frozen=True)
class Story:
    title: str
    url: str | None = None
    image: str | None = None
    bullet: bool = False

    def item(self) -> dict:
        return {"title": self.title, "url": self.url, "id": None, "image": self.image}


def story(text: str) -> Story | None:
    """The story ``text`` is a line of (a table row's linked cell: `table_cell`), or None."""
    text, least = table_cell(text.strip(), MIN_WORDS)
    bullet = BULLET.match(text)
    if bullet:
        text = text[bullet.end():]
    image = None
    m = _IMAGE.match(text)
    if m:
        image, text = m.group(1), text[m.end():]
    m = LINK.match(text)
    if m:
        title, url, tail = m.group(1).strip(), m.group(2), text[m.end():].strip()
        if tail and not (_TAIL_SEPARATOR.match(tail) and word_count(tail) <= MAX_TAIL_WORDS):
            return None     # a link inside a sentence
    else:
        url = None
        # "Title https://…", "Title (https://…)", "Title <https://…>"
        if (m := _URL_TAIL.search(text)) and m.start() > 0:
            text, url = text[:m.start()], m.group(1) or m.group(2) or m.group(3)
        title = text.strip()
        if (label := _LABEL.match(title)) and not _media_label(label.group()):
            return None
    title = " ".join(title.strip("*_ ").split())
    if not (least <= len(LETTER_WORD.findall(title)) and han_words(title) <= MAX_WORDS) \
            or not is_headline_like(title) \
            or title.endswith((*COLON_MARKS, ",", ";")):
        return None
    if opens_lower(title) or _TWO_SENTENCES.search(title):
        return None
    return Story(title, url, image, bool(bullet))


def _media_label(label: str) -> bool:
    """A one-word label in capitals before a headline, as story lists print a story's medium: "VIDEO: ...",
    "FOTO: ...", "LIVE: ..." (a "Tags:" or "Photo credit:" line is no story)."""
    word = label.rstrip(COLON_MARKS + " ")
    return " " not in word and len(word) >= 2 and word.isalpha() and word.isupper()


def title_case(title: str) -> bool:
    long_words = [w for w in _WORD.findall(title) if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[:1].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)
