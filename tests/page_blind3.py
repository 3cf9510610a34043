"""A third blind page harness: ten article layouts neither page_blind nor page_blind2 has, in eleven languages.

Written without reading the cleaners' rules: a paywalled regional paper (free lead paragraphs, a faded
teaser, the offer box; the locked rest left out, hidden or scrambled), a listicle (numbered headings,
each with a picture, credit and paragraph), an interview (bold questions: gold), a press release
(dateline, "About <Company>", media contact), a long-form feature (drop cap, pull quotes repeating a
sentence, ``***`` breaks, author bio), page 1 of a multi-page article, an old Blogger/WordPress post
(sidebar widgets, "Posted by", comments, comment form), a recipe (ingredients and steps: gold; nutrition,
rating, "jump to recipe": not), an AMP page or app shell (custom elements, a sticky related carousel)
and a science explainer (footnote marks ``[n]``, references, related topics). German about 40 %.
Prose, furniture and layouts: ``tests/page_blind3_*.py``; gold: ``tests.page_blind3_compose``.

Judgement calls: the explainer's references list is NOT gold (bibliographic apparatus like a photo
credit, not the article's prose; an extractor that keeps it pays in precision), its ``[n]`` marks ARE
(visible inline text of the paragraph); the paywall teaser paragraph cut with "…" IS gold (visible);
the recipe card's "Ingredients"/"Method" headings ARE gold (the recipe's own subheadings), its dish
name, times, rating and nutrition are not. Scored like ``tests.page_blind`` (same metric and table):

    python -m tests.page_blind3 [N] [--seed S] [--no-readability] [--show K]
"""
from __future__ import annotations

import random

from tests import page_blind
from tests.page_blind import Page
from tests.page_blind3_compose import CHROME3, compose_article, pick_lang
from tests.page_blind3_layouts_a import feature, interview, listicle, paywall, press_release
from tests.page_blind3_layouts_b import amp_shell, explainer, multipage, old_blog, recipe

LAYOUTS = {f.__name__: f for f in (paywall, listicle, interview, press_release, feature, multipage, old_blog,
                                   recipe, amp_shell, explainer)}


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed)
    names = sorted(LAYOUTS)
    pages = []
    for i in range(n):
        lang = pick_lang(rng)
        layout = rng.choice(names)
        date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        art = compose_article(rng, lang, layout, date)
        html = LAYOUTS[layout](rng, art, CHROME3[lang], f"blind{seed}r{i}.example", date)
        pages.append(Page(f"r{seed}_{i:04d}", lang, layout, html, art))
    return pages


def main(argv: list[str] | None = None) -> int:
    return page_blind.main(argv, compose, __doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
