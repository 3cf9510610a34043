"""Shape probe: 10 languages (seven without a word file in cleaners/lang) x 7 dump layouts weighted to what the
text probe does not cover: odd whitespace (NBSP, zero-width), several artefacts on one line, markdown tables and
links with HTML entities, English chrome around a foreign article and the reverse, name/stamp comment heads, dumps
between paragraphs. Prints per class, per layout and per language: artefacts removed, placed right, article
paragraphs kept whole and prose look-alikes kept.

    python -m benchmarks.shape_probe [--show CLASS|all] [--docs CODE[/LAYOUT]]
"""
from __future__ import annotations

import argparse
import html
import json
from collections import defaultdict

from benchmarks.shape_probe_langs_a import SHAPE_A
from benchmarks.shape_probe_langs_b import SHAPE_B
from benchmarks.probe_report import (count_artefact, count_kept, norm, placed, print_classes, print_languages,
                                     print_layouts, print_misses, print_totals)
from benchmarks.shape_probe_layouts import LAYOUTS, build

LANGS = {**SHAPE_A, **SHAPE_B}


def run(show: str | None = None, docs: str | None = None) -> dict:
    from cleaners.pipeline import Pipeline
    pipe = Pipeline()
    cls = defaultdict(lambda: [0, 0, 0])
    lay = defaultdict(lambda: [0, 0, 0, 0])
    lang = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for code, d in LANGS.items():
        for n in range(len(LAYOUTS)):
            text, paras, looks, gold = build(d, code, n)
            rec = pipe.process(pipe.document(f"shape/{code}/{n}.txt", text.encode(), "text")).record()
            raw = norm(rec["body"])
            body = norm(html.unescape(rec["body"]))
            lines = [norm(x) for x in html.unescape(rec["body"]).splitlines()]
            where = f"{code}/{n}"
            if docs in (code, where):
                print(f"===== {where}\n{rec['body']}\n--- {json.dumps(rec['metadata'], ensure_ascii=False)[:600]}"
                      f"\n--- comments {[(c['author'], c['depth'], c['text'][:30]) for c in rec['comments']]}")
            for kind, pieces in (("article", paras), ("lookalike", looks)):
                for p in pieces:
                    ok = norm(html.unescape(p)) in body
                    count_kept(cls[kind], lang[code], ok)
                    if not ok:
                        misses.append((kind, f"{where} lost: {p[:80]!r}"))
            for c, t, dest in gold:
                gone, good = placed(rec, t, dest, raw if c == "entity" else body, lines)
                count_artefact((cls[c], lay[n]), lang[code], gone, good)
                if not good:
                    extra = f" (title={rec['metadata'].get('title')!r:.50} author={rec['metadata'].get('author')!r})"
                    misses.append((c, f"{where} {'left' if not gone else 'misplaced'} {dest[:2]}: {t[:70]!r}"
                                      + (extra if dest[0] in ("title", "author") else "")))
    print_classes(cls)
    print_layouts([(LAYOUTS[n].__name__, g, p, k) for n, (g, p, k, _) in sorted(lay.items())])
    print_languages(lang, "article+look-alikes kept")
    print_totals(cls, len(LANGS) * len(LAYOUTS))
    print_misses(misses, show)
    return {"classes": dict(cls), "languages": dict(lang)}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    ap.add_argument("--docs")
    a = ap.parse_args()
    run(a.show, a.docs)
