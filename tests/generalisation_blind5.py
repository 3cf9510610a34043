"""Fifth blind harness: text dumps written to the seeds' artefact classes, weighted toward
comment threads pasted into dumps, calls to action and artefacts glued to a paragraph,
in 14 languages (Icelandic, Albanian, Macedonian and Tamil had no file in cleaners/lang/ when it was written; Tamil
has one since 04 Dec).

Written before reading the rules of cleaners/ or any older harness. A document is a title,
a byline/date, a reading time, four article paragraphs with calls to action between them
(and sometimes an appeal glued to a paragraph's end), a caption, a related-story dump and a
comment thread in one of seven shapes. The scorer checks that every article paragraph is in
the body whole, that each artefact's probe left the body, and that the information-bearing
ones reached the record (comments to `comments`, related titles to `metadata.related`, the
byline's name to `metadata.author`).

    python -m tests.generalisation_blind5 300 --seed 9
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict

from cleaners import lang
from tests import blind5_shapes as shapes
from tests.blind5_langs_a import LANGS_A
from tests.blind5_langs_b import LANGS_B
from tests.blind5_langs_c import LANGS_C

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
NO_FILE = frozenset(c for c in LANGS_C if c not in lang.available())
META_CLASSES = ("comments", "related", "byline")


def build(rng: random.Random, code: str) -> tuple[str, list[str], list]:
    """(text, article paragraphs, probes) of one document."""
    d = LANGS[code]
    title = rng.choice(d["title"])
    paras = list(d["paras"])
    probes: list = []
    head = [title]
    if rng.random() < 0.3:
        head.append(title)                       # the title printed twice
    probes.append(("title", title, "title"))
    for maker, p in ((shapes.byline, 0.8), (shapes.reading, 0.5)):
        if rng.random() < p:
            text, pr = maker(rng, d)
            head.append(text)
            probes += pr
    body = list(paras)
    if rng.random() < 0.45:
        k = rng.randrange(len(body))
        body[k], pr = shapes.glued(rng, d, body[k])
        probes += pr
    if rng.random() < 0.5:
        text, pr = shapes.caption(rng, d)
        body.insert(1, text)
        probes += pr
    for _ in range(rng.choice((1, 2, 2, 3))):
        text, pr = shapes.cta(rng, d)
        where = rng.choice(("start", "middle", "end"))
        body.insert({"start": 0, "middle": 2, "end": len(body)}[where], text)
        probes += [(c, p, m) for c, p, m in pr]
    tail = []
    if rng.random() < 0.5:
        text, pr = shapes.related(rng, d, title)
        tail.append(text)
        probes += pr
    if rng.random() < 0.85:
        text, pr = shapes.comments(rng, d)
        tail.append(text)
        probes += pr
    return "\n\n".join(head + body + tail) + "\n", paras, [(c, p, m) for c, p, m in probes if p]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _meta_texts(record: dict, where: str) -> str:
    if where == "comments":
        return " ".join(c.get("text") or "" for c in record["comments"])
    if where == "related":
        return " ".join((r.get("title") or "") for r in record["metadata"].get("related") or [])
    return str(record["metadata"].get(where) or "")


def score(record: dict, paras: list[str], probes: list, tally: dict) -> None:
    body = _norm(record["body"])
    kept = sum(_norm(p) in body for p in paras)
    tally["article"][0] += kept
    tally["article"][1] += len(paras)
    for cls, probe, meta in probes:
        t = tally[cls]
        gone = _norm(probe) not in body
        t[0] += gone
        t[1] += 1
        if meta:
            hay = _norm(_meta_texts(record, meta))
            want = _norm(probe if meta != "author" else probe.split()[-1])
            t[2] += want in hay
            t[3] += 1


def run(n: int, seed: int, pipeline=None, show: int = 0) -> dict:
    from cleaners.document import Document  # noqa: F401  (import cost outside the timing)
    from cleaners.pipeline import Pipeline
    pipe = pipeline or Pipeline()
    rng = random.Random(seed)
    tally: dict = defaultdict(lambda: [0, 0, 0, 0])
    per_lang: dict = defaultdict(lambda: [0, 0])
    codes = sorted(LANGS)
    for i in range(n):
        code = codes[i % len(codes)] if i < len(codes) else rng.choice(codes)
        text, paras, probes = build(rng, code)
        doc = pipe.process(pipe.document(f"blind5/{seed}/{i}.txt", text.encode(), "text"))
        record = {"body": doc.body, "metadata": doc.metadata,
                  "comments": [{"text": c.text, "author": c.author} for c in doc.comments]}
        before = {k: list(v) for k, v in tally.items()}
        score(record, paras, probes, tally)
        for cls, v in tally.items():
            if cls != "article":
                per_lang[code][0] += v[0] - before.get(cls, [0, 0])[0]
                per_lang[code][1] += v[1] - before.get(cls, [0, 0])[1]
        missing = [p for p in paras if _norm(p) not in _norm(doc.body)]
        left = [f"{c}: {p[:70]}" for c, p, _ in probes if _norm(p) in _norm(doc.body)]
        if show and (missing or left) and show > 0:
            show -= 1
            print(f"--- {i} {code}  cut article: {[m[:60] for m in missing]}\n  kept: {left}", file=sys.stderr)
    return {"classes": {k: tuple(v) for k, v in tally.items()}, "languages": {k: tuple(v) for k, v in per_lang.items()}}


def summary(res: dict) -> dict:
    c = res["classes"]
    art = c.get("article", (0, 1))
    removed = [v for k, v in c.items() if k != "article"]
    out = {"article": art[0] / max(art[1], 1),
           "removed": sum(v[0] for v in removed) / max(sum(v[1] for v in removed), 1)}
    for k, v in sorted(c.items()):
        if k != "article":
            out[k] = v[0] / max(v[1], 1)
            if v[3]:
                out[k + "_meta"] = v[2] / v[3]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=140)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", type=int, default=0, help="print this many failing documents")
    a = ap.parse_args(argv)
    t0 = time.time()
    res = run(a.n, a.seed, show=a.show)
    s = summary(res)
    print(f"blind5: {a.n} documents, seed {a.seed}, {time.time() - t0:.1f} s")
    print(f"  article paragraphs kept: {100 * s['article']:.1f} %   artefacts removed: {100 * s['removed']:.1f} %")
    for k, v in sorted(res["classes"].items()):
        if k == "article":
            continue
        meta = f"   to metadata {100 * v[2] / v[3]:5.1f} %" if v[3] else ""
        print(f"  {k:15s} {100 * v[0] / max(v[1], 1):5.1f} % of {v[1]:4d}{meta}")
    for code, v in sorted(res["languages"].items()):
        flag = " (no file)" if code in NO_FILE else ""
        print(f"  lang {code}{flag}: {100 * v[0] / max(v[1], 1):5.1f} % of {v[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
