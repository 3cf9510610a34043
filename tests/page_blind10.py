"""A tenth blind page harness: article text where extractors rarely look for it, body and comments, scored against
bare trafilatura and readability-lxml.

Written blind (before reading the HTML-stage rules). Seventeen page kinds (``tests/page_blind10_kinds.py``): a story
split over sibling containers, ``<br>`` text in a layout table cell, a definition list, an inline related box and
pull quote, a fact box, print-style columns, ``<section>`` parts, a short story beside prose-like footer text,
``<noscript>``/``<template>`` copies, a frameset's content page, text in ``<span>`` only, an ad-block notice in an
``overlay`` element, ``<pre>`` text, a press release quoted in a ``<blockquote>``, an ordered list of paragraphs,
a timed update box, a ``<center>``/``<font>`` page. Page chrome: a header with navigation, a title, a sidebar of related links and a footer, in a
semantic (``header``/``main``/``aside``/``footer``) or an old (``div`` ids) skeleton. Comments on about four pages
in ten: a list of two (``commentlist``) or a classless box holding one. Languages: German (about 55 %, three
stories, ``tests/page_blind10_prose_de.py``), English, French, Spanish, Italian, Dutch, Polish, Czech, Swedish,
Russian (``tests/page_blind10_prose_a.py``, ``_b``).

Gold: body = the story's paragraphs, subheadings and fact lines (not the title); comments = the readers' texts.
Scores: the project's 4-shingle F1 (``benchmarks.scoring``) of the body per system, grouped by kind and language;
``lost``: gold paragraphs not found whole in our body; comments: 4-shingle F1 over pages with comments, ``miss``
(pages with comments and none emitted), ``spur`` (pages without and some emitted).

    python -m tests.page_blind10 [N] [--seed S] [--show K]
"""
from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from html import escape as e

from benchmarks.scoring import aggregate, score_page
from tests.harness_run import clean_bodies_comments, trafilatura_bodies_comments
from tests.page_blind10_kinds import KINDS
from tests.page_blind10_prose_a import LATIN_A
from tests.page_blind10_prose_b import LATIN_B
from tests.page_blind10_prose_de import STORIES as DE_STORIES, WORDS as DE_WORDS

LANGS = {"de": {"stories": DE_STORIES, "words": DE_WORDS}, **LATIN_A, **LATIN_B}
OTHER = [k for k in LANGS if k != "de"]


@dataclass
class Page:
    key: str
    lang: str
    kind: str
    skeleton: str
    html: str
    items: list = field(default_factory=list)
    comments: list = field(default_factory=list)

    @property
    def gold(self) -> str:
        return "\n".join(t for _, t in self.items)


def _comments(rng, st, w, shape: str) -> tuple[str, list]:
    said = st["comments"]
    if shape == "single":
        name, text = said[0]
        return (f'<div><h3>{e(w["comments"])}</h3><div><b>{e(name)}</b> <span>12.03.2012 14:22</span>'
                f'<p>{e(text)}</p></div></div>'), [text]
    if shape == "list":
        lis = "".join(f'<li class="comment"><div class="comment-author">{e(n)}</div><div class="comment-meta">'
                      f'{3 + i}. März 2012</div><div class="comment-body"><p>{e(t)}</p></div></li>'
                      for i, (n, t) in enumerate(said))
        return (f'<div id="comments"><h3>{len(said)} {e(w["comments"])}</h3>'
                f'<ol class="commentlist">{lis}</ol></div>'), [t for _, t in said]
    return "", []


def _page(rng, lang: str, kind: str, skeleton: str, st, w, main: str, comments: str) -> str:
    title = e(st["title"])
    head = f'<head><meta charset="utf-8"><title>{title} | Zeitung</title></head>'
    if kind in ("frame", "pre"):
        return f'<html>{head}<body bgcolor="#ffffff" text="#000000">{main}</body></html>'
    nav = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(w["nav"]))
    rel = "".join(f'<li><a href="/s{i}">{e(x)}</a></li>' for i, x in enumerate(w["related_items"]))
    foot = '<p>&copy; 2013 Verlag &middot; <a href="/imp">Impressum</a> &middot; <a href="/d">Datenschutz</a></p>'
    if kind == "footer":
        foot = f'<p>{e(w["footer"])}</p>' + foot
    top = f'<h1>{title}</h1><p class="byline">07.03.2012, 09:14</p>'
    if skeleton == "semantic":
        return (f'<html lang="{lang}">{head}<body><header><nav><ul>{nav}</ul></nav></header><main>{top}{main}'
                f'{comments}</main><aside><h3>{e(w["related"])}</h3><ul>{rel}</ul></aside>'
                f'<footer>{foot}</footer></body></html>')
    return (f'<html lang="{lang}">{head}<body><div id="wrap"><div id="header"><ul class="menu">{nav}</ul></div>'
            f'<div id="main"><div id="left">{top}{main}{comments}</div><div id="right"><h3>{e(w["related"])}</h3>'
            f'<ul>{rel}</ul></div></div><div id="footer">{foot}</div></div></body></html>')


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed)
    kinds = sorted(KINDS)
    pages = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        lang = "de" if rng.random() < 0.55 else rng.choice(OTHER)
        st, w = rng.choice(LANGS[lang]["stories"]), LANGS[lang]["words"]
        main, items = KINDS[kind](rng, st, w)
        cshape = rng.choice(["single", "list", "none", "none", "none"])
        cshape = "none" if kind in ("frame", "pre") else cshape       # (a frameset content page, a plain-text page: no comment form)
        chtml, gold_c = _comments(rng, st, w, cshape)
        skeleton = rng.choice(["semantic", "old"])
        pages.append(Page(f"p{i:03d}", lang, kind, skeleton, _page(rng, lang, kind, skeleton, st, w, main, chtml),
                          items, gold_c))
    return pages


run_ours, run_trafilatura = clean_bodies_comments, trafilatura_bodies_comments


def run_readability(pages) -> dict:
    from benchmarks.baselines import readability_text
    return {p.key: (readability_text(p.html), []) for p in pages}


def _flat(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", (text or "").lower())) + " "


def lost(page: Page, body: str) -> list[str]:
    f = _flat(body)
    return [t for k, t in page.items if k != "H" and _flat(t) not in f]


def report(pages, systems: dict, out=None) -> None:
    names = list(systems)
    for group in ("kind", "lang", "all"):
        rows = defaultdict(list)
        for p in pages:
            rows["all" if group == "all" else getattr(p, group)].append(p)
        print(f"\n{group:10s} {'n':>3s} " + " ".join(f"{n[:11]:>11s}" for n in names) + "   lost  cF1  miss spur")
        for key in sorted(rows):
            ps = rows[key]
            f1 = [aggregate(score_page(p.gold, systems[n][p.key][0]) for p in ps)["f1"] for n in names]
            ours = systems[names[0]]
            nlost = sum(len(lost(p, ours[p.key][0])) for p in ps)
            npar = sum(sum(k != "H" for k, _ in p.items) for p in ps)
            withc = [p for p in ps if p.comments]
            cf1 = aggregate(score_page("\n".join(p.comments), "\n".join(ours[p.key][1])) for p in withc)["f1"] \
                if withc else float("nan")
            miss = sum(not ours[p.key][1] for p in withc)
            spur = sum(bool(ours[p.key][1]) for p in ps if not p.comments)
            print(f"{key:10s} {len(ps):3d} " + " ".join(f"{x:11.3f}" for x in f1)
                  + f"  {nlost / max(npar, 1):5.3f} {cf1:5.3f} {miss:4d} {spur:4d}")


def show(pages, ours: dict, k: int) -> None:
    worst = sorted(pages, key=lambda p: score_page(p.gold, ours[p.key][0]).tp)[:k]
    for p in worst:
        body, comments = ours[p.key]
        print(f"\n== {p.key} {p.kind} {p.lang} {p.skeleton} sh4={score_page(p.gold, body).tp:.3f}")
        for t in lost(p, body):
            print(f"  LOST {t[:100]}")
        g = _flat(p.gold)
        for line in body.splitlines():
            if line.strip() and _flat(line) not in g:
                print(f"  KEPT {line[:100]}")
        if p.comments and not comments:
            print("  COMMENTS MISSED")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=136)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--no-baselines", action="store_true")
    args = ap.parse_args(argv)
    pages = compose(args.n, args.seed)
    systems = {"corpus": run_ours(pages)}
    if not args.no_baselines:
        systems["trafilatura"] = run_trafilatura(pages)
        systems["readability"] = run_readability(pages)
    report(pages, systems)
    if args.show:
        show(pages, systems["corpus"], args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
