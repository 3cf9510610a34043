"""A blind page harness: whole article pages of modern and older CMS templates in eleven languages.

Written before reading the cleaners or the older page harnesses (see ``docs/languages.md`` for
the blind rule). Each page is an article composed at random (``tests.page_blind_compose``) in a
template at random (``tests.page_blind_templates``) with the furniture of its language
(``tests.page_blind_chrome``). Gold: the lead, paragraphs, subheadings, list items and quotes.

Scores, with the project's metric (``benchmarks.scoring``), in the same run: corpus (the whole
``corpus clean`` pipeline, in process), bare ``trafilatura.extract`` and readability-lxml; per
language and per template; ``kept`` is the share of gold lines found whole in the body.

    python -m tests.page_blind [N] [--seed S] [--no-readability] [--show K]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from benchmarks.scoring import aggregate, score_page
from tests.harness_run import clean_bodies
from tests.page_blind_chrome import CHROME
from tests.page_blind_compose import Article, compose_article, pick_lang
from tests.page_blind_templates import TEMPLATES


@dataclass
class Page:
    key: str
    lang: str
    template: str
    html: str
    article: Article

    @property
    def gold(self) -> str:
        return self.article.gold_text()


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed)
    pages = []
    names = sorted(TEMPLATES)
    for i in range(n):
        lang = pick_lang(rng)
        template = rng.choice(names)
        art = compose_article(rng, lang)
        date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        site = f"site{seed}x{i}.example"
        html = TEMPLATES[template](rng, art, CHROME[lang], site, date)
        pages.append(Page(f"p{seed}_{i:04d}", lang, template, html, art))
    return pages


def run_ours(pages: list[Page]) -> dict[str, str]:
    """``{key: body}`` from ``corpus clean`` over the pages written as files, in this process."""
    return clean_bodies(pages)


def run_trafilatura(pages: list[Page]) -> dict[str, str]:
    import trafilatura
    return {p.key: trafilatura.extract(p.html, include_comments=False) or "" for p in pages}


def run_readability(pages: list[Page]) -> dict[str, str]:
    from benchmarks.baselines import readability_text
    return {p.key: readability_text(p.html) for p in pages}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()


def kept_share(page: Page, body: str) -> tuple[int, int]:
    """(gold lines found whole in the body, gold lines)."""
    flat = norm(body)
    lines = [norm(x) for x in page.article.gold_lines()]
    return sum(1 for x in lines if x in flat), len(lines)


def lost_lines(page: Page, body: str) -> list[str]:
    flat = norm(body)
    return [x for x in page.article.gold_lines() if norm(x) not in flat]


def measure(pages: list[Page], systems: dict[str, dict[str, str]]) -> dict[str, dict[str, dict[str, float]]]:
    """``{system: {group: {f1, precision, recall, kept, n}}}``; groups: all, lang:xx, tpl:name."""
    result: dict[str, dict[str, dict[str, float]]] = {}
    for name, bodies in systems.items():
        groups: dict[str, list] = defaultdict(list)
        kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for p in pages:
            score = score_page(p.gold, bodies.get(p.key, ""))
            k, total = kept_share(p, bodies.get(p.key, ""))
            for g in ("all", f"lang:{p.lang}", f"tpl:{p.template}"):
                groups[g].append(score)
                kept[g][0] += k
                kept[g][1] += total
        result[name] = {g: {**aggregate(s), "kept": kept[g][0] / max(1, kept[g][1]), "n": len(s)} for g, s in groups.items()}
    return result


def table(result: dict, out=sys.stdout) -> None:
    systems = list(result)
    groups = sorted(result[systems[0]], key=lambda g: (g != "all", g))
    print(f"{'group':16} {'n':>4} " + " ".join(f"{s[:10]:>10} P/R{'':6} kept" for s in systems), file=out)
    for g in groups:
        cells = []
        for s in systems:
            r = result[s][g]
            cells.append(f"{r['f1']:10.3f} {r['precision']:.2f}/{r['recall']:.2f} {r['kept'] * 100:5.1f}")
        print(f"{g:16} {result[systems[0]][g]['n']:4d} " + " ".join(cells), file=out)


def main(argv: list[str] | None = None, compose_pages=None, description: str | None = None) -> int:
    """The harness's command line; ``compose_pages(n, seed)`` and ``description`` (another page
    harness's) default to this one's."""
    ap = argparse.ArgumentParser(description=description or __doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-readability", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print the lost lines and extra text of K worst pages")
    args = ap.parse_args(argv)
    pages = (compose_pages or compose)(args.n, args.seed)
    systems = {"corpus": run_ours(pages), "trafilatura": run_trafilatura(pages)}
    if not args.no_readability:
        systems["readability"] = run_readability(pages)
    table(measure(pages, systems))
    if args.show:
        from tests.page_blind_show import show
        show(pages, systems["corpus"], systems["trafilatura"], args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
