"""A fifth blind page harness: 2010-2015 news and blog article pages with furniture of many classes.

Written blind (before reading the cleaners or the other page harnesses' page shapes): article prose of
twelve languages in six scripts (Latin, Cyrillic, kana and Han, Han, Arabic, Devanagari;
``tests/page_blind5_prose_*.py``), furniture labels per language (``tests/page_blind5_words.py``), twenty
furniture classes in several markup shapes each (``tests/page_blind5_furniture.py``) put in seven slots
(before the article, its head, between its paragraphs, its tail, after it, the sidebar, the footer), in six
page shapes (WordPress, Blogger, Drupal, a newspaper grid, an app of nested divs, an old table layout)
with five class naming styles (the CMS's own, semantic, generic, hashed, none;
``tests/page_blind5_compose.py``).

Gold: the article's paragraphs and subheadings. Scores per page: token-level bag F1 (``\\w+`` tokens, Han
and kana one token a character), averaged over pages, and the project's 4-shingle F1
(``benchmarks.scoring``); ``lost`` is the share of gold paragraphs not found whole in the body. Furniture
left in the body: per class, the share of instances one of whose lines the body holds more often than the
gold does.

    python -m tests.page_blind5 [N] [--seed S] [--show K]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks.scoring import aggregate, score_page
from tests.page_blind import run_ours, run_trafilatura
from tests.page_blind5_compose import SHAPES, Article, compose_page
from tests.page_blind5_kit import LANGS

TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|[\w\u0900-\u097f]+")


@dataclass
class Page:
    key: str
    lang: str
    template: str
    style: str
    html: str
    article: Article
    junk: list = field(default_factory=list)

    @property
    def gold(self) -> str:
        return self.article.gold()


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random_for(seed)
    shapes = sorted(SHAPES)
    pages = []
    for i in range(n):
        lang, shape = rng.choice(LANGS), rng.choice(shapes)
        html, art, kit = compose_page(rng, lang, shape, f"b5s{seed}n{i}.example")
        pages.append(Page(f"v{seed}_{i:04d}", lang, shape, kit.style, html, art, kit.junk))
    return pages


def random_for(seed: int):
    import random
    return random.Random(seed * 7919 + 5)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text or "")]


def flat(text: str) -> str:
    return " " + " ".join(tokens(text)) + " "


def token_f1(gold: str, body: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the body's token multiset against the gold's."""
    g, b = Counter(tokens(gold)), Counter(tokens(body))
    tp = sum((g & b).values())
    p = tp / sum(b.values()) if b else 0.0
    r = tp / sum(g.values()) if g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def lost(page: Page, body: str) -> list[tuple[str, str]]:
    f = flat(body)
    return [(k, t) for k, t in page.article.items if flat(t) not in f]


def kept_junk(page: Page, body: str) -> list[tuple[str, str]]:
    """``(class, line)`` of the furniture instances one of whose lines the body holds more often than the gold."""
    f, g = flat(body), flat(page.gold)
    out = []
    for cls, lines in page.junk:
        for line in lines:
            t = flat(line)
            if len(t.split()) >= 2 and f.count(t) > g.count(t):
                out.append((cls, line))
                break
    return out


def measure(pages: list[Page], systems: dict[str, dict[str, str]]) -> dict:
    """``{system: {group: {f1, p, r, sh4, lost, n}, "junk": Counter, "junk_n": Counter}}``."""
    result = {}
    for name, bodies in systems.items():
        groups, shingles = defaultdict(list), defaultdict(list)
        gone, total = Counter(), Counter()
        junk, junk_n = Counter(), Counter()
        for p in pages:
            body = bodies.get(p.key, "")
            score = token_f1(p.gold, body)
            for g in ("all", f"lang:{p.lang}", f"shape:{p.template}", f"style:{p.style}"):
                groups[g].append(score)
                shingles[g].append(score_page(p.gold, body))
                gone[g] += len([k for k, _ in lost(p, body) if k == "p"])
                total[g] += sum(1 for k, _ in p.article.items if k == "p")
            junk.update(c for c, _ in kept_junk(p, body))
            junk_n.update(c for c, lines in p.junk if lines)
        result[name] = {g: {"p": sum(s[0] for s in v) / len(v), "r": sum(s[1] for s in v) / len(v),
                            "f1": sum(s[2] for s in v) / len(v), "sh4": aggregate(shingles[g])["f1"],
                            "lost": gone[g] / max(1, total[g]), "n": len(v)} for g, v in groups.items()}
        result[name].update(junk=junk, junk_n=junk_n)
    return result


def table(result: dict, out=sys.stdout) -> None:
    systems = list(result)
    first = result[systems[0]]
    groups = sorted((g for g in first if g not in ("junk", "junk_n")), key=lambda g: (g != "all", g))
    print(f"{'group':18} {'n':>4} " + " ".join(f"{s[:11]:>11}  P/R{'':6} sh4  lost%" for s in systems), file=out)
    for g in groups:
        cells = [f"{result[s][g]['f1']:11.3f} {result[s][g]['p']:.2f}/{result[s][g]['r']:.2f} "
                 f"{result[s][g]['sh4']:.3f} {result[s][g]['lost'] * 100:5.1f}" for s in systems]
        print(f"{g:18} {first[g]['n']:4d} " + " ".join(cells), file=out)
    print("\nfurniture left in the body (class: instances kept of all, per system)", file=out)
    for c in sorted(first["junk_n"], key=lambda c: -first["junk"][c] / first["junk_n"][c]):
        print(f"  {c:12} " + " ".join(f"{s[:11]:>11} {result[s]['junk'][c]:4d}/{first['junk_n'][c]:<4d}"
                                      f"{result[s]['junk'][c] / first['junk_n'][c] * 100:5.1f}%"
                                      for s in systems), file=out)


def show(pages: list[Page], bodies: dict[str, str], k: int, out=sys.stdout) -> None:
    """The lost gold and kept furniture of the ``k`` worst pages."""
    for p in sorted(pages, key=lambda p: token_f1(p.gold, bodies.get(p.key, ""))[2])[:k]:
        body = bodies.get(p.key, "")
        print(f"\n== {p.key} {p.template} {p.style} {p.lang} F1 {token_f1(p.gold, body)[2]:.3f}", file=out)
        for kind, line in lost(p, body):
            print(f"  LOST {kind}: {line[:110]}", file=out)
        for cls, line in kept_junk(p, body):
            print(f"  KEPT {cls}: {line[:110]}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print the lost lines and kept furniture of K worst pages")
    args = ap.parse_args(argv)
    pages = compose(args.n, args.seed)
    systems = {"corpus": run_ours(pages), "trafilatura": run_trafilatura(pages)}
    table(measure(pages, systems))
    if args.show:
        show(pages, systems["corpus"], args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
