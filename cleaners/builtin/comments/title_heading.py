"""Comment headings that put the post's title first (rule `title-first-heading`).

WordPress and its kin title a comment section "3 thoughts on “<title>”"; languages that set the object before the
counted noun write it title first: "「<title>」への1件のフィードバック" (Japanese), "“<title>”上有2条评论". Such a
heading opens with the title, so the heading words are at its end: a closing quotation mark, a few letters, a count
and the counted noun (a heading noun of the page's languages: `Vocabulary.heading_nouns`)."""
from __future__ import annotations

import re

_TITLE_THEN_COUNT = re.compile(r"[」』”»》\"]\s*[^\d\"“”「」]{0,8}?\d+\s*[^\d]{1,16}$")


def title_first(text: str, last_word: str, nouns: frozenset) -> bool:
    """``text`` (spaces folded) is a title-first comment heading: its last word a heading noun after a count, after
    the closing mark of the quoted title ("「駅前広場」への1件のフィードバック"); a sentence that ends with a count of
    comments, without a quoted title before it, is none."""
    return last_word in nouns and _TITLE_THEN_COUNT.search(text) is not None
