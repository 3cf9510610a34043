"""Sixth blind harness: text dumps written to the seeds' artefact classes, in 16 languages (Thai had no
file in cleaners/lang/ when it was written; Greek, Cyrillic, Arabic, Hebrew, Devanagari, Bengali, Thai, Japanese and
Hangul scripts), in shapes the older harnesses do not use.

Written from the seeds, their gold and the README before reading the rules of cleaners/. A document
is a title, four article paragraphs and six to ten artefacts of the seeds' classes placed anywhere
(before the title, between paragraphs, at the end, glued to a paragraph's end with no stop or
newline), some printed twice, some cut off; a quarter of the sites print their chrome (share rows,
calls to action, reading times, subscribe lines) in English around an article in another language,
and a third write markdown (a '#' title, bold labels, link rows). The scorer checks that every article
paragraph is in the body whole and that each artefact's probe left the body, per class and language.

    python -m tests.generalisation_blind6 300 --seed 3
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict

from cleaners import lang
from tests import blind6_shapes as shapes
from tests.blind6_langs_a import LANGS_A
from tests.blind6_langs_b import LANGS_B
from tests.blind6_langs_c import LANGS_C

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
NO_FILE = frozenset(c for c in ("th",) if c not in lang.available())     # (Thai has a file since 04 Dec)
CHROME_KEYS = ("cta", "share", "subscribe", "reading", "appeal", "other_amount", "donate_button", "read_also",
               "related_head", "legal", "legal_label")
MAKERS = (shapes.var_dump, shapes.related_json, shapes.donation, shapes.comments, shapes.caption, shapes.dateline,
          shapes.reading, shapes.cta, shapes.share, shapes.legal, shapes.markdown)
TAIL_MAKERS = (shapes.var_dump, shapes.related_json, shapes.comments, shapes.legal)


def build(rng: random.Random, code: str) -> tuple[str, list[str], list]:
    """(text, article paragraphs, probes) of one document."""
    d = LANGS[code]
    if code != "en" and rng.random() < 0.25:              # a site whose chrome is in English
        d = {**d, **{k: LANGS["en"][k] for k in CHROME_KEYS}}
    md = rng.random() < 0.33
    paras = list(d["paras"])
    probes: list = [("title", d["title"])]
    blocks: list[list[str]] = [[] for _ in range(len(paras) + 1)]   # blocks[i] goes before paragraph i
    body = list(paras)
    if rng.random() < 0.45:
        k = rng.randrange(len(body))
        body[k], pr = shapes.glued(rng, d, body[k])
        probes += pr
    if rng.random() < 0.35:                               # the title printed again inside the text
        blocks[rng.randrange(1, len(paras) + 1)].append(d["title"])
    for maker in rng.sample(MAKERS, rng.randrange(6, 11)):
        text, pr = maker(rng, d)
        if md and maker is shapes.cta:
            text = f"**{text}**"
        first = 1 if maker is shapes.comments else 0      # a comment section follows some of the article
        if maker in TAIL_MAKERS and rng.random() < 0.6:
            slot = len(paras)
        else:
            slot = rng.randrange(first, len(paras) + 1)
        blocks[slot].append(text)
        if rng.random() < 0.15 and maker is not shapes.comments:    # the same widget printed twice
            blocks[rng.randrange(first, len(paras) + 1)].append(text)
        probes += pr
    head = [f"# {d['title']}" if md else d["title"]]
    if rng.random() < 0.2:
        head.insert(0, d["title"])
    out: list[str] = head
    for i in range(len(paras) + 1):
        out += blocks[i]
        if i < len(paras):
            out.append(body[i])
    return "\n\n".join(out) + "\n", paras, [(c, p) for c, p in probes if p and p.strip()]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def score(body: str, paras: list[str], probes: list, tally: dict, lang: dict) -> None:
    b = _norm(body)
    kept = sum(_norm(p) in b for p in paras)
    tally["article"][0] += kept
    tally["article"][1] += len(paras)
    lang["article"][0] += kept
    lang["article"][1] += len(paras)
    for cls, probe in probes:
        gone = _norm(probe) not in b
        tally[cls][0] += gone
        tally[cls][1] += 1
        lang["removed"][0] += gone
        lang["removed"][1] += 1


def run(n: int, seed: int, pipeline=None, show: int = 0, only: str | None = None) -> dict:
    from cleaners.pipeline import Pipeline
    pipe = pipeline or Pipeline()
    rng = random.Random(seed)
    tally: dict = defaultdict(lambda: [0, 0])
    per_lang: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    codes = sorted(LANGS)
    for i in range(n):
        code = codes[i % len(codes)] if i < len(codes) else rng.choice(codes)
        text, paras, probes = build(rng, code)
        doc = pipe.process(pipe.document(f"blind6/{seed}/{i}.txt", text.encode(), "text"))
        score(doc.body, paras, probes, tally, per_lang[code])
        if show > 0:
            b = _norm(doc.body)
            missing = [p[:60] for p in paras if _norm(p) not in b]
            left = [f"{c}: {p[:70]}" for c, p in probes if _norm(p) in b and (only is None or c == only)]
            if missing or left:
                show -= 1
                print(f"--- {i} {code}\n  cut article: {missing}\n  kept: {left}", file=sys.stderr)
    return {"classes": {k: tuple(v) for k, v in tally.items()},
            "languages": {k: {m: tuple(x) for m, x in v.items()} for k, v in per_lang.items()}}


def summary(res: dict) -> dict:
    c = res["classes"]
    art = c.get("article", (0, 1))
    arts = [v for k, v in c.items() if k != "article"]
    out = {"article": art[0] / max(art[1], 1),
           "removed": sum(v[0] for v in arts) / max(sum(v[1] for v in arts), 1)}
    for k, v in c.items():
        if k != "article":
            out[k] = v[0] / max(v[1], 1)
    for code, v in res["languages"].items():
        out["lang_" + code] = v["removed"][0] / max(v["removed"][1], 1)
        out["kept_" + code] = v["article"][0] / max(v["article"][1], 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=160)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--show", type=int, default=0, help="print this many failing documents")
    ap.add_argument("--class", dest="only", default=None, help="with --show: only this class's leftovers")
    a = ap.parse_args(argv)
    t0 = time.time()
    res = run(a.n, a.seed, show=a.show, only=a.only)
    s = summary(res)
    print(f"blind6: {a.n} documents, seed {a.seed}, {time.time() - t0:.1f} s")
    print(f"  article paragraphs kept: {100 * s['article']:.1f} %   artefacts removed: {100 * s['removed']:.1f} %")
    for k, v in sorted(res["classes"].items()):
        if k != "article":
            print(f"  {k:13s} {100 * v[0] / max(v[1], 1):5.1f} % of {v[1]:4d}")
    for code, v in sorted(res["languages"].items()):
        flag = " (no file)" if code in NO_FILE else ""
        rem, art = v["removed"], v["article"]
        print(f"  lang {code}{flag}: removed {100 * rem[0] / max(rem[1], 1):5.1f} % of {rem[1]:4d}, "
              f"article kept {100 * art[0] / max(art[1], 1):5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
