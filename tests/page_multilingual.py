"""Hand-written non-English article pages (German mostly; French, Spanish, Italian, Polish, Dutch,
Portuguese, Russian, Czech, Swedish, Turkish, Chinese, Japanese): our body
against bare ``trafilatura.extract`` on the benchmarks' token F1.

The pages in tests/fixtures/multilingual/ were written by hand for this harness (never copied from a
benchmark or a web page), in the shapes regional and national papers, magazines, public broadcasters
and blogs print: bold teasers, subheadings, captions with credits, "read also" and "more on this"
boxes, ad labels, newsletter and paywall boxes, author boxes, share rows, wire datelines, fact boxes,
lists, tables, quotes, interviews, live tickers, comment sections and cookie banners; and in the
shapes of the web at large: old table layouts, div soup without semantic tags, ``<article>`` with many
``<aside>`` boxes, pages without a ``lang`` attribute, a short article beside long boilerplate, long
comment sections, an article that is a list or a table, image galleries, forum questions with their
answers (the answers are the page's text), press releases and shop magazine pages. Each ``NAME.html``
has its gold article text in ``NAME.txt`` (the text paragraphs, subheadings, list items and interview
lines; no headline, caption, credit or furniture), written before either extractor was run on it.
``python -m tests.page_multilingual`` prints F1 per language and per page.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.scoring import PageScore, aggregate, score_page

PAGES = Path(__file__).parent / "fixtures" / "multilingual"


def pages() -> list[tuple[str, str, str]]:
    """(name, html, gold) of every page, sorted by name."""
    return [(p.stem, p.read_text(encoding="utf-8"), p.with_suffix(".txt").read_text(encoding="utf-8"))
            for p in sorted(PAGES.glob("*.html"))]


def ours(pipeline, name: str, html: str) -> dict:
    return pipeline.record(pipeline.document(f"{name}.html", html.encode(), "html"))


def theirs(html: str) -> str:
    import trafilatura
    return trafilatura.extract(html, include_comments=False) or ""


def scores() -> dict[str, tuple[PageScore, PageScore]]:
    """Per page: (our score, trafilatura's score)."""
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    return {name: (score_page(gold, ours(pipeline, name, html).get("body", "")), score_page(gold, theirs(html)))
            for name, html, gold in pages()}


def by_language(per_page: dict[str, tuple[PageScore, PageScore]]) -> dict[str, tuple[float, float, int]]:
    """Language (the name's prefix) -> (our F1, trafilatura's F1, pages), F1 as the benchmarks
    aggregate it (`benchmarks.scoring.aggregate`); 'all' over every page."""
    groups = defaultdict(list)
    for name, pair in per_page.items():
        groups[name.split("_")[0]].append(pair)
        groups["all"].append(pair)
    return {lang: (aggregate(a for a, _ in v)["f1"], aggregate(b for _, b in v)["f1"], len(v))
            for lang, v in sorted(groups.items())}


def main(argv: list[str]) -> None:
    per_page = scores()
    if "-v" in argv:
        for name, (a, b) in per_page.items():
            fa, fb = aggregate([a])["f1"], aggregate([b])["f1"]
            print(f"{name:32} ours {fa:.3f}  trafilatura {fb:.3f}{'  <' if fa < fb - 0.001 else ''}")
    for lang, (a, b, n) in by_language(per_page).items():
        print(f"{lang:4} {n:3} pages  ours {a:.3f}  trafilatura {b:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
