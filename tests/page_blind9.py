"""A ninth blind page harness: article pages of 2018-2026 news sites and blogs, in markup no earlier harness composed.

Shapes (``tests/page_blind9_shapes.py``): WordPress block themes, Next.js / Arc XP pages with hashed classes and
``data-testid``, headless-CMS ``data-component`` blocks (text straight in divs half of the time), Nuxt with
``data-v-`` attributes, Ghost, Substack, Medium, AMP carousels and Tailwind ``prose`` articles. In-article
furniture of the period (``tests/page_blind9_furniture.py``): "listen to this article" bars, key-point boxes,
tables of contents, newsletter sign-up boxes, author cards, "most read" rails, tag lists, share rows, "updated"
stamps, paywall prompts, embed consent placeholders, "read also" links and cookie banners. Genres: ``news``,
``explainer`` (key points, table of contents, list, table), ``photo`` (captions are the story), ``opinion`` (a
quotation, an author card). Languages: English, German, French, Spanish, Portuguese, Polish, Russian,
Ukrainian, Arabic, Hebrew, Hindi, Japanese, Chinese, Korean, Greek (original prose, ``tests/page_blind9_prose_*``).

Gold: the story's paragraphs, subheadings, list items, quotations, table rows and (photo pages) captions; not
the title. Scoring and the report are page_blind7's (token F1, P/R, 4-shingle F1, lost paragraphs, furniture
kept per class); groups: ``shape``, ``genre``, ``lang``, ``mode`` (``p`` or ``div`` text), ``wrap`` (``paywall``
when the story stops at a subscription prompt, else ``open``). Bare trafilatura on the same pages.

    python -m tests.page_blind9 [N] [--seed S] [--show K] [--kept CLASS]
"""
from __future__ import annotations

import random

from tests import page_blind9_furniture as F
from tests import page_blind7
from tests.page_blind7 import Page     # (the same page record and gold)
from tests.page_blind9_furniture import Kit
from tests.page_blind9_prose_a import LATIN
from tests.page_blind9_prose_b import SCRIPTS
from tests.page_blind9_shapes import SHAPES, STYLE, body as render_body, page as render_page

STORIES = {**LATIN, **SCRIPTS}
GENRES = ("news", "news", "explainer", "photo", "opinion")


def parse(story: str) -> dict:
    out = {k: [] for k in "PHLQCRK"}
    out["T"] = ""
    for line in story.strip().splitlines():
        kind, _, text = line.partition(": ")
        if kind == "T":
            out["T"] = text.strip()
        else:
            out[kind].append(text.strip())
    return out


def _story(rng: random.Random, st: dict, genre: str) -> list:
    """The story's blocks in reading order (the gold is read from them)."""
    paras = [p for p in st["P"] if rng.random() > 0.12] or st["P"][:3]
    if genre == "photo":        # a gallery: the captions are the story, a short lead at most
        blocks = [("fig", c) for c in st["C"]]
        return ([("p", min(paras, key=len))] if rng.random() < 0.3 else []) + blocks
    half = max(1, len(paras) // 2)
    blocks = [("p", p) for p in paras[:half]]
    if genre != "opinion" and rng.random() < 0.5:
        blocks.append(("fig", ""))
    blocks += [("h", h) for h in st["H"]]
    if st["L"] and genre in ("explainer", "news"):
        blocks.append(("ul", st["L"]))
    if st["Q"] and genre in ("opinion", "news"):
        blocks.append(("q", st["Q"][0]))
    blocks += [("p", p) for p in paras[half:]]
    if st["R"] and genre == "explainer":
        blocks.insert(rng.randint(len(blocks) - 2, len(blocks)), ("table", st["R"]))
    return blocks


def _gold_from(blocks: list) -> list:
    gold = []
    for kind, x in blocks:
        if kind == "p":
            gold.append(("P", x))
        elif kind == "h":
            gold.append(("H", x))
        elif kind == "ul":
            gold += [("L", t) for t in x]
        elif kind == "q":
            gold.append(("Q", x))
        elif kind == "table":
            gold += [("R", r) for r in x]
        elif kind == "fig" and x:
            gold.append(("C", x))
    return gold


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed * 6151 + 9)
    langs = sorted(STORIES)
    pages = []
    for i in range(n):
        key, shape, genre = rng.choice(langs), rng.choice(SHAPES), rng.choice(GENRES)
        lang = key[:2]
        st = parse(STORIES[key])
        kit = Kit(rng, lang, STYLE[shape], keypoints=st["K"], heads=st["H"])
        kit.vhash, kit.divtext, kit.carousel = kit.hash(8), rng.random() < 0.5, rng.random() < 0.6
        blocks = _story(rng, st, genre)
        gold = _gold_from(blocks)
        top = []
        if rng.random() < 0.4:
            top.append(("raw", F.updated(kit)))
        if rng.random() < 0.4:
            top.append(("raw", F.listen(kit)))
        if genre == "explainer":
            top.append(("raw", F.keypoints(kit)))
            top.append(("raw", F.toc(kit)))
        inside = [f for f in F.INSIDE if not (genre == "explainer" and f is F.keypoints)]
        for fur in rng.sample(inside, rng.randint(1, 3)):
            blocks.insert(rng.randint(1, max(1, len(blocks) - 1)), ("raw", fur(kit)))
        wrap = "open"
        if genre == "news" and rng.random() < 0.25:
            blocks.append(("raw", F.paywall(kit)))
            wrap = "paywall"
        if rng.random() < 0.3:
            blocks.append(("raw", F.consent(kit)))
        inner = render_body(kit, shape, top + blocks)
        after = [F.author_card(kit)] if genre == "opinion" else []
        after += [f(kit) for f in rng.sample(F.AFTER, rng.randint(1, 2)) if not (f is F.author_card and after)]
        byline = f"{kit.w('names')} · {rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2019, 2026)}"
        html = render_page(kit, shape, st["T"], inner, "".join(after), byline)
        mode = "div" if shape == "headless" and kit.divtext else "p"
        pages.append(Page(f"n{seed}_{i:04d}", lang, shape, genre, mode, wrap, html, gold, kit.junk))
    return pages


def main(argv: list[str] | None = None) -> int:
    return page_blind7.main(argv, compose, __doc__)     # (scored and shown as page_blind7's pages)


if __name__ == "__main__":
    raise SystemExit(main())
