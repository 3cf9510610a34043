"""The attribution and link lines an embedded social post leaves in a text dump (read by reader_calls.py).

A page that embeds a post prints, once its widget's script is gone, the post's text, then its signature and its
picture link as lines of their own. Anywhere in the body, not quoted:

* ``embed-attribution``: a dash, a name of `MAX_NAME_WORDS` words at most and the account's handle in brackets, maybe a
  date after it (`MAX_DATE_WORDS` words, a digit among them), nothing else ("— Jane Doe (@janedoe) March 3, 2024",
  "— Anna Lehmann (@annalehmann) 3. März 2024"); or a line that opens with the embed widget's words of the language
  (cleaners/lang ``embed_post``: "A post shared by", "Ein Beitrag geteilt von", "View this post on Instagram"),
  `MAX_REST_WORDS` words at most after them and no full stop at the end;
* ``embed-link``: a line that is only a picture or short link of the network ("pic.twitter.com/AbC123",
  "https://t.co/xYz"), one or more.

Text inputs only: on HTML pages the Dragnet gold keeps the signature under a quoted post on four pages of seven
(tuning body F1 0.94547 -> 0.94542 when HTML pages were read too). The post's own text stays (it is what the article quotes). "— the mayor said on Tuesday" and a sentence naming a
handle ("She wrote as @janedoe (her old account) on March 3, 2024.") stay.
"""
from __future__ import annotations

import re

from .. import lang
from ..lines import is_quoted, word_count

MAX_NAME_WORDS = 6
MAX_DATE_WORDS = 6
MAX_REST_WORDS = 8
_SIGNATURE = re.compile(r"^[-\u2013\u2014\u2015~]+\s*(?P<name>[^\s()@][^()@\n]{0,80}?)\s*\(@\w{1,30}\)"
                        r"\s*(?P<date>[^()\n]{0,40})$")
_LINK = re.compile(r"^(?:\s*(?:https?://)?(?:pic\.twitter\.com|t\.co|pic\.x\.com)/\w+)+\s*$", re.I)
_STOPS = (".", "!", "?", "\u3002")


def embed_rule(text: str, langs: tuple[str, ...]) -> str | None:
    """``embed-attribution`` or ``embed-link`` for a line of an embedded post's furniture (module docstring), or None."""
    text = text.strip()
    if not text or len(text) > 200 or is_quoted(text):
        return None
    if _LINK.match(text):
        return "embed-link"
    m = _SIGNATURE.match(text)
    if m and word_count(m.group("name")) <= MAX_NAME_WORDS:
        date = m.group("date").strip()
        if not date or word_count(date) <= MAX_DATE_WORDS and any(c.isdigit() for c in date):
            return "embed-attribution"
    opening = lang.pattern("embed_post", langs, where="start").match(text)
    if opening and word_count(text[opening.end(1):]) <= MAX_REST_WORDS and not text.endswith(_STOPS):
        return "embed-attribution"
    return None


def embed_lines(blocks, langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """(index, rule) of the blocks that are an embedded post's attribution or link lines."""
    return [(i, rule) for i, block in enumerate(blocks)
            if block.kind not in ("code", "table") and (rule := embed_rule(block.text, langs))]
