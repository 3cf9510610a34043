"""A blind page harness of comment sections: whole HTML pages composed at random, an article in
one of eight languages (Icelandic and Albanian without a file in `cleaners/lang`) followed by
the comment section of one of 27 systems as its server renders it (`page_threads_blind_systems*.py`),
or by blocks that look like a thread and are not one (`page_threads_blind_negatives.py`).

Written from the mission and knowledge of real pages before reading the chain's comment rules
or the older page harnesses. Scored by `page_threads_blind_score.py`: comment text F1 (the
project metric, `benchmarks/scoring.py`), comments found, authors, depths and parents right,
pages missed, spurious comments on pages without a thread, article texts kept, comment texts
left in the body; bare trafilatura (`bare_extraction(include_comments=True)`) in the same run.

    python -m tests.page_threads_blind [N] [--seed S] [--no-trafilatura] [--show SYSTEM]
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from html import escape as e

from tests.page_threads_blind_negatives import IN_ARTICLE, NEGATIVES
from tests.page_threads_blind_systems import SYSTEMS
from tests.page_threads_blind_systems2 import SYSTEMS2
from tests.page_threads_blind_systems3 import SYSTEMS3
from tests.page_threads_blind_text import LANGS_A
from tests.page_threads_blind_text2 import LANGS_B

LANGS = {**LANGS_A, **LANGS_B}
ALL_SYSTEMS = {**SYSTEMS, **SYSTEMS2, **SYSTEMS3}
MAX_DEPTH = {"flat": 0, "dom": 3, "dom1": 1, "qa": 1, "indent": 3, "link": 2, "mention": 2}
NEGATIVE_SHARE = 0.25


@dataclass
class Page:
    html: str
    lang: str
    system: str | None              # None: a page without comments
    nesting: str | None
    negatives: list[str]
    article: list[str]              # paragraphs of the article (must stay in the body)
    keep: list[str]                 # texts of look-alike blocks inside the article (must stay, never comments)
    gold: list[dict] = field(default_factory=list)   # author, text, depth, parent


def _thread(rng: random.Random, lang: dict, nesting: str) -> list[dict]:
    w, pool = lang["words"], rng.sample(lang["comments"], len(lang["comments"]))
    n = rng.randint(2, min(8, len(pool)))
    spare = len(pool) - n
    roots: list[dict] = []
    made: list[dict] = []
    for k in range(n):
        take = 2 if spare > 0 and rng.random() < 0.3 else 1
        spare -= take - 1
        texts = [pool.pop() for _ in range(take)]
        date = (w["date"].format(d=rng.randint(1, 28), h=rng.randint(1, 11), m=f"{rng.randint(0, 59):02d}")
                if rng.random() < 0.6 else w["ago"].format(n=rng.randint(2, 20)))
        node = {"author": rng.choice(lang["names"]), "date": date, "paras": texts, "votes": rng.randint(0, 40), "kids": []}
        eligible = [m for m in made if m["depth"] < MAX_DEPTH[nesting]]
        if eligible and rng.random() < 0.5:
            parent = rng.choice(eligible)
            node["depth"] = parent["depth"] + 1
            parent["kids"].append(node)
        else:
            node["depth"] = 0
            roots.append(node)
        made.append(node)
    order: list[dict] = []

    def walk(node, parent):
        node["parent"] = parent
        me = len(order)
        order.append(node)
        for kid in node["kids"]:
            walk(kid, me)
    for root in roots:
        walk(root, None)
    for i, c in enumerate(order):
        c["id"] = 100 + i
        if nesting == "mention" and c["parent"] is not None:
            c["paras"] = [f'@{order[c["parent"]]["author"]} {c["paras"][0]}', *c["paras"][1:]]
    return order


def _article(rng: random.Random, lang: dict) -> tuple[str, list[str]]:
    sentences = rng.sample(lang["article"], len(lang["article"]))
    title = " ".join(sentences.pop().split()[:7]).rstrip(",.")
    paragraphs, i = [], 0
    while i < len(sentences):
        k = rng.choice((2, 3))
        paragraphs.append(" ".join(sentences[i:i + k]))
        i += k
    return title, paragraphs


def _layout(rng, lang_code, title, body_html, section, aside, meta) -> str:
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ("Home", "News", "Sport", "Culture", "Contact"))
    head = f'<!DOCTYPE html><html lang="{lang_code}"><head><meta charset="utf-8"><title>{e(title)} | Example Daily</title></head><body>'
    top = f'<header class="site-header"><a class="logo" href="/">Example Daily</a><nav class="main-nav"><ul>{nav}</ul></nav></header>'
    foot = '<footer class="site-footer"><p>© 2024 Example Daily</p><a href="/privacy">Privacy</a></footer></body></html>'
    shape = rng.randrange(3)
    if shape == 0:
        return (f'{head}{top}<main id="main"><article class="post hentry"><h1 class="entry-title">{e(title)}</h1>{meta}'
                f'<div class="entry-content">{body_html}</div></article>{section}</main><aside class="sidebar">{aside}</aside>{foot}')
    if shape == 1:
        return (f'{head}<div id="wrapper">{top}<div id="content"><div class="story"><h1>{e(title)}</h1>{meta}<div class="story-body">'
                f'{body_html}</div></div><div id="comments-wrap">{section}</div></div><div id="sidebar">{aside}</div></div>{foot}')
    return (f'{head}{top}<div class="page"><article><header><h1>{e(title)}</h1>{meta}</header><div class="article-body">{body_html}'
            f'</div><footer class="article-footer"><ul class="tags"><li><a href="/tag/town">town</a></li></ul></footer>{section}'
            f'</article><div class="rail">{aside}</div></div>{foot}')


def compose(rng: random.Random, lang_code: str | None = None, system: str | None = None, negative: bool | None = None,
            systems: dict | None = None, negatives: dict | None = None, in_article: set | None = None) -> Page:
    """One page; ``systems``, ``negatives`` and ``in_article`` replace the harness's own tables (other parts)."""
    systems, negatives, in_article = systems or ALL_SYSTEMS, negatives or NEGATIVES, in_article or IN_ARTICLE
    lang_code = lang_code or rng.choice(sorted(LANGS))
    lang = LANGS[lang_code]
    if negative is None:
        negative = system is None and rng.random() < NEGATIVE_SHARE
    title, paragraphs = _article(rng, lang)
    kinds = rng.sample(sorted(negatives), 2) if negative else ([rng.choice(sorted(negatives))] if rng.random() < 0.3 else [])
    inside, outside, keep = [], [], []
    pool = rng.sample(lang["comments"], len(lang["comments"]))      # disjoint sentences for each block and the thread
    share = len(pool) // (len(kinds) + (0 if negative else 1))
    for k, kind in enumerate(kinds):
        html, texts = negatives[kind](dict(lang, comments=pool[k * share:(k + 1) * share]), rng)
        (inside if kind in in_article else outside).append(html)
        keep += texts
    body_html = "".join(f"<p>{e(p)}</p>" for p in paragraphs[:2]) + "".join(inside) + "".join(f"<p>{e(p)}</p>" for p in paragraphs[2:])
    meta = f'<p class="byline">{e(rng.choice(lang["names"]))} · {e(lang["words"]["date"].format(d=3, h=9, m="15"))}</p>'
    if negative:
        section, gold, nesting, system = "", [], None, None
    else:
        system = system or rng.choice(sorted(systems))
        render, nesting = systems[system]
        thread = _thread(rng, dict(lang, comments=pool[len(kinds) * share:]), nesting)
        section = render(thread, lang["words"], title)
        gold = [{"author": c["author"], "text": "\n\n".join(c["paras"]), "depth": c["depth"], "parent": c["parent"]} for c in thread]
    html = _layout(rng, lang_code, title, body_html, section, "".join(outside), meta)
    return Page(html, lang_code, system, nesting, kinds, paragraphs, keep, gold)


def compose_all(n: int, seed: int, **tables) -> list[Page]:
    """``n`` pages: every system and every language in turn, a quarter of them without comments
    (``tables``: another part's ``systems``, ``negatives``, ``in_article``)."""
    rng = random.Random(seed)
    systems, langs = sorted(tables.get("systems") or ALL_SYSTEMS), sorted(LANGS)
    pages = []
    for i in range(n):
        lang = langs[i % len(langs)]
        if rng.random() < NEGATIVE_SHARE:
            pages.append(compose(rng, lang, negative=True, **tables))
        else:
            pages.append(compose(rng, lang, system=systems[i % len(systems)], negative=False, **tables))
    return pages


def main(argv: list[str] | None = None, default_n: int = 200, doc: str | None = None, **tables) -> int:
    """The command line of this harness and of its other parts (``tables``, ``doc``: a part's own)."""
    from tests.page_threads_blind_score import report, run
    ap = argparse.ArgumentParser(description=(doc or __doc__).splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=default_n)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--show", default=None, help="print the pages of one system (or 'negative') that fail")
    args = ap.parse_args(argv)
    results = run(compose_all(args.n, args.seed, **tables), trafilatura=not args.no_trafilatura)
    print(report(results, show=args.show))
    return 0

if __name__ == "__main__":
    sys.exit(main())
