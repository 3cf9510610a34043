"""What a fetched response is, and whether an HTML page is an article.

* `corpus_spiders.detect.kinds`: `kind_of` sorts a response into ``html``, ``sitemap``,
  ``feed``, ``robots`` or ``other`` from its body and type, not from its URL; the links
  of feeds and robots.txt files.
* `corpus_spiders.detect.signals`: `article_signals` scores an HTML page as article,
  hub or undecided from its markup, its URL and its paragraph text.
* `corpus_spiders.detect.body`: `chain_says_article` decides an undecided page from the
  body the cleaner chain made of it (a date, or an article's shape: prose paragraphs).
"""
from __future__ import annotations

from .body import BodyShape, article_shape, body_shape, chain_says_article
from .kinds import (BINARY_TYPES, TOO_LARGE, TooLarge, feed_links, is_robots, kind_of, payload, robots_sitemaps,
                    xml_root)
from .signals import HUB_SIGNALS, Verdict, article_signals, jsonld_types, paragraph_text, url_shape

__all__ = ["BINARY_TYPES", "BodyShape", "article_shape", "body_shape", "HUB_SIGNALS", "TOO_LARGE", "TooLarge", "Verdict", "article_signals", "chain_says_article",
           "feed_links", "is_robots", "jsonld_types", "kind_of", "paragraph_text", "payload", "robots_sitemaps",
           "url_shape", "xml_root"]
