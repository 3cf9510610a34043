"""A second blind page harness: article pages of ten layouts page_blind does not have, in twelve languages.

Written before reading the cleaners' rules: a regional paper with teaser boxes between paragraphs and
a "more on the topic" box, a portal with an ``<aside>`` of most-read stories, a cookie banner with a
newsletter box in the text, a photo gallery with captions, breadcrumbs and a ranking list, a live
ticker of timestamped updates, schema.org microdata with ``itemprop="articleBody"``, a text in
``<section>``s under ``<h2>``s, a table and a tweet embed, end matter (author box, tags, comment count,
share bar). German is the largest share. Prose, furniture and layouts: ``tests/page_blind2_*.py``.
Gold: ``tests.page_blind2_compose``. Scored like ``tests.page_blind`` (same metric and table):

    python -m tests.page_blind2 [N] [--seed S] [--no-readability] [--show K]
"""
from __future__ import annotations

import random

from tests import page_blind
from tests.page_blind import Page
from tests.page_blind2_chrome import CHROME2
from tests.page_blind2_compose import compose_article, pick_lang
from tests.page_blind2_layouts_a import consent_newsletter, photo_gallery, portal_aside, ranking_page, regional_teasers
from tests.page_blind2_layouts_b import end_matter, live_ticker, microdata, sectioned, table_tweet

LAYOUTS = {f.__name__: f for f in (regional_teasers, portal_aside, consent_newsletter, photo_gallery, ranking_page,
                                   live_ticker, microdata, sectioned, table_tweet, end_matter)}


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed)
    names = sorted(LAYOUTS)
    pages = []
    for i in range(n):
        lang = pick_lang(rng)
        layout = rng.choice(names)
        art = compose_article(rng, lang, ticker=layout == "live_ticker", table=layout == "table_tweet",
                              boxes=rng.choice((1, 2, 2, 3)))
        date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        html = LAYOUTS[layout](rng, art, CHROME2[lang], f"news{seed}n{i}.example", date)
        pages.append(Page(f"q{seed}_{i:04d}", lang, layout, html, art))
    return pages


def main(argv: list[str] | None = None) -> int:
    return page_blind.main(argv, compose, __doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
