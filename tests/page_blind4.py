"""A fourth blind page harness: article pages in seventeen layouts no earlier page harness has, fifteen languages.

Written without reading the cleaners or the other blind harnesses' content: prose and furniture of fifteen
languages in eight scripts (Latin, Cyrillic, Arabic and Hebrew right to left, Devanagari, Thai, Han and
kana, Hangul; ``tests/page_blind4_prose_*.py``), composed (``tests.page_blind4_compose``) into an AMP page,
a hydrated Next.js page (the article also in ``__NEXT_DATA__``), Ghost, a Medium-like story, a Substack-like
newsletter, a government press release, an academic blog post (footnotes, references, a cite box), a
wiki-like page (infobox, contents, edit links, see also), a listicle, a recipe, a live blog (times, key
events), a photo essay whose captions carry the story, a long-form feature (drop cap, pull quote), a data
story (a table), an old table layout with <font>, an article of <div>s without <p> and text parted by
<br><br> (``tests/page_blind4_layouts_*.py``). Two to four inline boxes (ads, newsletter, paywall teaser,
cookie banner, related rail, most read, share bar, comment counter, read-also line, tags) sit in the
article's middle.

Gold: the article's paragraphs, its headings (listicle numbers, live entries' headings, the recipe's
ingredients/method headings), lists (ingredients, steps), quoted voices, a photo essay's story captions,
a data table's rows (cells joined by spaces). Not gold: title, subtitle, byline, date, times, decorative
captions and credits, pull quotes, footnotes (their marks in the text are gold), references, contents, infobox, and every box.
Scores (``benchmarks.scoring``: per page 4-token shingle P/R, averaged) for corpus, bare trafilatura and
readability-lxml in one run, per layout and language; then the gold lines lost by kind and the furniture
kept by class (a furniture text counts as kept when the body holds it more often than the gold does).

    python -m tests.page_blind4 [N] [--seed S] [--no-readability] [--show K]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks.scoring import aggregate, score_page
from tests.page_blind import run_ours, run_readability, run_trafilatura
from tests.page_blind4_compose import LANGS, WEIGHTS, Article, Kit, compose_article
from tests.page_blind4_layouts_a import LAYOUTS_A
from tests.page_blind4_layouts_b import LAYOUTS_B

LAYOUTS = {**LAYOUTS_A, **LAYOUTS_B}
TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    key: str
    lang: str
    template: str
    html: str
    article: Article
    junk: list = field(default_factory=list)

    @property
    def gold(self) -> str:
        return self.article.gold_text()


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed)
    names, langs = sorted(LAYOUTS), sorted(LANGS)
    pages = []
    for i in range(n):
        lang = rng.choices(langs, weights=[WEIGHTS[x] for x in langs])[0]
        layout = rng.choice(names)
        date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        art, spare = compose_article(rng, lang, layout)
        kit = Kit(rng, lang, f"b4s{seed}n{i}.example", date)
        kit.author = art.author
        html = LAYOUTS[layout](kit, art, spare)
        pages.append(Page(f"q{seed}_{i:04d}", lang, layout, html, art, kit.junk))
    return pages


def flat(text: str) -> str:
    """The text's ``\\w+`` tokens between spaces (punctuation and markup differences do not count)."""
    return " " + " ".join(TOKEN.findall(text or "")) + " "


def lost(page: Page, body: str) -> list[tuple[str, str]]:
    """``(kind, line)`` of the gold lines not found whole in the body."""
    f = flat(body)
    return [(k, x) for k, x in page.article.gold_items() if flat(x) not in f]


def kept_junk(page: Page, body: str) -> list[tuple[str, str]]:
    """``(class, text)`` of the furniture texts the body holds more often than the gold."""
    f, g = flat(body), flat(page.gold)
    out = []
    for cls, text in page.junk:
        t = flat(text)
        if t.strip() and f.count(t) > g.count(t):
            out.append((cls, text))
    return out


def measure(pages: list[Page], systems: dict[str, dict[str, str]]) -> dict:
    """``{system: {group: {f1, precision, recall, kept, n}, "lost": Counter, "junk": Counter}}``."""
    result: dict = {}
    for name, bodies in systems.items():
        groups: dict[str, list] = defaultdict(list)
        kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        lost_by, junk_by, gold_n, junk_n = Counter(), Counter(), Counter(), Counter()
        for p in pages:
            body = bodies.get(p.key, "")
            score = score_page(p.gold, body)
            gone = lost(p, body)
            n = len(p.article.gold_items())
            for g in ("all", f"lang:{p.lang}", f"tpl:{p.template}"):
                groups[g].append(score)
                kept[g][0] += n - len(gone)
                kept[g][1] += n
            lost_by.update(f"{p.template}/{k}" for k, _ in gone)
            gold_n.update(f"{p.template}/{k}" for k, _ in p.article.gold_items())
            junk_by.update(c for c, _ in kept_junk(p, body))
            junk_n.update(c for c, _ in p.junk)
        result[name] = {g: {**aggregate(s), "kept": kept[g][0] / max(1, kept[g][1]), "n": len(s)}
                        for g, s in groups.items()}
        result[name].update(lost=lost_by, gold_n=gold_n, junk=junk_by, junk_n=junk_n)
    return result


def table(result: dict, out=sys.stdout) -> None:
    systems = list(result)
    groups = sorted((g for g in result[systems[0]] if ":" in g or g == "all"), key=lambda g: (g != "all", g))
    print(f"{'group':20} {'n':>4} " + " ".join(f"{s[:11]:>11} P/R{'':6} kept" for s in systems), file=out)
    for g in groups:
        cells = [f"{result[s][g]['f1']:11.3f} {result[s][g]['precision']:.2f}/{result[s][g]['recall']:.2f} "
                 f"{result[s][g]['kept'] * 100:5.1f}" for s in systems]
        print(f"{g:20} {result[systems[0]][g]['n']:4d} " + " ".join(cells), file=out)
    print("\ngold lines lost (layout/kind: lost of all, per system)", file=out)
    first = result[systems[0]]
    rows = sorted(first["gold_n"], key=lambda k: -first["lost"][k])
    for k in rows:
        if any(result[s]["lost"][k] for s in systems):
            print(f"  {k:26} " + " ".join(f"{s[:11]:>11} {result[s]['lost'][k]:3d}/{first['gold_n'][k]:<4d}"
                                          for s in systems), file=out)
    print("\nfurniture kept in the body (class: kept of all, per system)", file=out)
    for c in sorted(first["junk_n"], key=lambda c: -first["junk"][c]):
        print(f"  {c:26} " + " ".join(f"{s[:11]:>11} {result[s]['junk'][c]:3d}/{first['junk_n'][c]:<4d}"
                                      for s in systems), file=out)


def show(pages: list[Page], bodies: dict[str, str], k: int, out=sys.stdout) -> None:
    """The lost gold and kept furniture of the ``k`` worst pages."""
    scored = sorted(pages, key=lambda p: aggregate([score_page(p.gold, bodies.get(p.key, ""))])["f1"])
    for p in scored[:k]:
        body = bodies.get(p.key, "")
        f1 = aggregate([score_page(p.gold, body)])["f1"]
        print(f"\n== {p.key} {p.template} {p.lang} F1 {f1:.3f}", file=out)
        for kind, line in lost(p, body):
            print(f"  LOST {kind}: {line[:110]}", file=out)
        for cls, text in kept_junk(p, body):
            print(f"  KEPT {cls}: {text[:110]}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-readability", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print the lost lines and kept furniture of K worst pages")
    args = ap.parse_args(argv)
    pages = compose(args.n, args.seed)
    systems = {"corpus": run_ours(pages), "trafilatura": run_trafilatura(pages)}
    if not args.no_readability:
        systems["readability"] = run_readability(pages)
    table(measure(pages, systems))
    if args.show:
        show(pages, systems["corpus"], args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
