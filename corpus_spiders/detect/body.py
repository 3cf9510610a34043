"""The body the cleaner chain made of an undecided page decides whether it is an article.

A page the markup and the URL leave undecided (a table layout, a class-less page, an
unremarkable URL) is an article when its cleaned body is long enough and either

* **dated**: a publication date in its metadata, or a date written near the top of the
  body (a news article is dated); or
* **shaped like an article** (`article_shape`): several prose paragraphs -- each of at
  least two sentences and ``PROSE_COLUMNS`` display columns -- that hold most of the
  text, and fewer headline lines (short, with no sentence end) than prose paragraphs.
  A hub's body is the opposite: lists of titles, each with a one-sentence teaser. The
  shape does not overrule the page's own markup: an undated page that declares itself
  something else (``og:type`` website or profile, a JSON-LD collection: an About page
  written in prose) stays out.

Lengths are display columns (`cleaners.stages.text_length`: a CJK character counts two)
and sentences end with Western or CJK punctuation, so Chinese, Japanese and Korean text,
which has no spaces between words (or few), is measured by its characters, not words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from cleaners.dates import find_date
from cleaners.stages import text_length


DATE_NEAR_TOP = 400     # characters of the body where a written date counts as the article's
PROSE_COLUMNS = 120     # shortest prose paragraph (display columns: 60 CJK characters)
PROSE_PARAGRAPHS = 3    # prose paragraphs an undated article has at least
PROSE_SHARE = 0.6       # share of the body's columns its prose paragraphs hold at least
HEADLINE_COLUMNS = 100  # a line shorter than this with no sentence end is a headline (a title, a link)

# a sentence end: . ! ? … (with closing quotes or brackets) before a space or the end,
# or a CJK full stop, exclamation or question mark anywhere
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*(?=\s|$)|[\u3002\uff01\uff1f]")


@dataclass(frozen=True)
class BodyShape:
    """Counts of a body's paragraphs: prose paragraphs, headline lines, and the share of
    the body's display columns the prose paragraphs hold."""
    prose: int
    headlines: int
    prose_share: float

    @property
    def article(self) -> bool:
        return self.prose >= PROSE_PARAGRAPHS and self.prose_share >= PROSE_SHARE and self.headlines < self.prose


def sentences(paragraph: str) -> int:
    """Sentence ends in ``paragraph`` (a paragraph without a closing mark counts one fewer)."""
    return len(_SENTENCE_END.findall(paragraph.strip()))


def body_shape(body: str) -> BodyShape:
    """The shape of a cleaned body (paragraphs are separated by blank lines, as the chain writes them)."""
    prose = headlines = prose_columns = total = 0
    for paragraph in body.split("\n\n"):
        for line in ([paragraph] if sentences(paragraph) >= 2 else paragraph.splitlines()):
            line = " ".join(line.split())
            if not line:
                continue
            columns = text_length(line)
            total += columns
            ends = sentences(line)
            if ends >= 2 and columns >= PROSE_COLUMNS:
                prose += 1
                prose_columns += columns
            elif ends == 0 and columns < HEADLINE_COLUMNS:
                headlines += 1
    return BodyShape(prose, headlines, prose_columns / total if total else 0.0)


def article_shape(body: str) -> bool:
    """True when ``body`` reads as an article's: several prose paragraphs holding most of
    it, fewer headline lines than prose paragraphs (`body_shape`)."""
    return body_shape(body).article


NOT_ARTICLE_MARKUP = ("og:type=website", "og:type=profile", "og:type=object", "jsonld-hub:")   # signal prefixes


def chain_says_article(record: dict, min_chars: int, signals: Iterable[str] = ()) -> bool:
    """For a page the markup and URL left undecided: the body the cleaner chain made is an
    article's when it is at least ``min_chars`` long (CJK counting two; 200 at least) and
    the page is dated -- a publication date in its metadata, or a date written near the
    top of the body -- or, undated, the body has an article's shape (`article_shape`:
    a contact page is a paragraph or two, a listing is titles and teasers) and none of
    the spider's ``signals`` (`corpus_spiders.detect.signals`) says the markup declares
    another kind of page."""
    body = record.get("body") or ""
    if text_length(body) < max(min_chars, 200):
        return False
    if (record.get("metadata") or {}).get("date") or find_date(body[:DATE_NEAR_TOP]) is not None:
        return True
    if any(signal.startswith(NOT_ARTICLE_MARKUP) for signal in signals):
        return False
    return article_shape(body)
