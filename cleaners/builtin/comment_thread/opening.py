"""A commenter's picture printed as a line of its own, and the chrome between a thread's header and its first comment.

A page's text dump prints each commenter's picture as a markdown image ("![Ann](https://.../avatar.png)") or as
the picture's alt text: the commenter's name with a word or two, on the line above the name ("Ann Lee avatar",
"Profilbild Ann Lee"; rule `commenter-picture`, known by the name repeated, in any language). A markdown picture whose
alt text runs to more than `MAX_AVATAR_ALT_WORDS` words without the commenter's name is the article's picture over
the thread, its alt a caption ("![Firefighters on the town hall's roof after the storm](...)"), and stays. Between
the header ("4 Comments") and the first comment, a sort control may stand: a short label, a colon and a choice
("Sort by: Newest", "Rendit: Më të rejat"; rule `comment-sort`, known by its shape and place, under a header).
"""
from __future__ import annotations

import re

from ...lines import ends_sentence, word_count
from .heads import AVATAR

MAX_LABEL_WORDS = 3       # words beside the name in a picture's alt text
MAX_AVATAR_ALT_WORDS = 5  # of a markdown picture's alt text that does not hold the name ("Profilbild des Nutzers")
MAX_SORT_WORDS = 6
MAX_SORT_CHOICE_WORDS = 3
_LABEL_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*$")


def is_picture(text: str, name: str | None = None) -> bool:
    """A commenter's picture alone on a line: a markdown image, or ``name`` (the next head's commenter) with one
    to `MAX_LABEL_WORDS` words of letters before or after it ("Ann Lee avatar", "Avatar von Ann Lee")."""
    text = text.strip()
    if AVATAR.match(text):      # (an alt text of a caption's length without the name: the article's last picture)
        alt = text[2:text.index("]")]
        return len(alt.split()) <= MAX_AVATAR_ALT_WORDS or bool(name and name.casefold() in alt.casefold())
    if not name:
        return False
    tokens, named = text.split(), name.split()
    k = len(named)
    if not named or len(tokens) <= k or len(tokens) > k + MAX_LABEL_WORDS:
        return False
    if tokens[:k] == named:
        rest = tokens[k:]
    elif tokens[-k:] == named:
        rest = tokens[:-k]
    else:
        return False
    return all(_LABEL_WORD.match(word) for word in rest)


def picture_above(blocks, heads: dict, i: int) -> bool:
    """Whether block ``i`` is the picture of the commenter whose head (in ``heads``, by index) is under it."""
    return i + 1 in heads and i not in heads and is_picture(blocks[i].text, heads[i + 1].author)


def is_sort_control(text: str) -> bool:
    """A sort control's shape: a label of letters, a colon, a choice of at most `MAX_SORT_CHOICE_WORDS` words,
    no digit, no sentence ("Sortieren nach: Neueste", "Trier par : les plus récents")."""
    text = text.strip()
    label, colon, choice = text.partition(":")
    if not colon or not label.strip() or not choice.strip() or any(c.isdigit() for c in text):
        return False
    return word_count(text) <= MAX_SORT_WORDS and word_count(choice) <= MAX_SORT_CHOICE_WORDS \
        and not ends_sentence(choice.strip()) and not any(c in text for c in ",;()[]")


def drop_opening_chrome(edit, first_author: str | None, is_header) -> None:
    """Drops what stands between the body and the first comment's head, last line first: the first commenter's
    picture, a sort control right under the thread's header, and the header (``is_header(text)``: the header's
    rule name, or None)."""
    if edit.blocks and is_picture(edit.blocks[-1].text, first_author):
        edit.drop(edit.blocks.pop(), "comment-chrome")
    if len(edit.blocks) >= 2 and is_sort_control(edit.blocks[-1].text) and is_header(edit.blocks[-2].text):
        edit.drop(edit.blocks.pop(), "comment-sort")
    if edit.blocks and (rule := is_header(edit.blocks[-1].text)):
        edit.drop(edit.blocks.pop(), rule)
