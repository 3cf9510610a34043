"""Ninth blind harness: news articles as text dumps in 18 languages (Yoruba, Icelandic and Khmer had no file in
cleaners/lang/ when it was written; Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Han, Japanese,
Hangul, Thai and Khmer scripts), carrying the seeds' artefact classes, printed by dump tools nobody tuned for.

Written from the seeds, their gold, the README and docs/cleaners.md's record format, without reading any rule of
cleaners/ or any other harness's data (the eighth harness's driver was read for its API). A document is a title
and five to seven article paragraphs of the language's story (quotes, numbers, a question, a one-sentence
paragraph, one opening with a place or a date, a list, and one about subscribers, comments or copyright in the
news' own sense), with six to nine block artefacts (tests/blind9_shapes.py) before, between and after them, some
printed twice; a dateline may be glued before the first paragraph, a call to action or legal line after one, a
markdown link inside one (tests/blind9_tools.py). One of nine tools prints it: lynx -dump, w3m -dump, a JSON-lines
CMS export, a forwarded e-mail newsletter, OCR of the printed page, subtitle-like short lines, newsboat, a
WordPress block export, a copy-paste with single line breaks. German has twice the weight of the others.
The scorer checks that every article paragraph is in the body whole, that each artefact's probe left it (per
class, place, tool and language) and that the comments' texts are in `comments`.

    python -m tests.generalisation_blind9 200 --seed 1 --show 3
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict

from cleaners import lang
from tests import blind_report
from tests import blind9_shapes as shapes
from tests import blind9_tools as tools
from tests.blind_report import norm
from tests.blind9_langs_a import LANGS_A
from tests.blind9_langs_b import LANGS_B
from tests.blind9_langs_c import LANGS_C
from tests.blind9_langs_d import LANGS_D

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C, **LANGS_D}
NO_FILE = frozenset(c for c in LANGS if c not in lang.available())
WEIGHTED = sorted(LANGS) + ["de"]


def _text(p) -> list[str]:
    """The pieces of an article paragraph: its text, or a list paragraph's lead and items."""
    return [p[0], *p[1]] if isinstance(p, tuple) else [p]


def build(rng: random.Random, code: str) -> tuple[str, list[list[str]], list, str]:
    """(text, pieces of each article paragraph, (class, probe, place) probes, tool) of one document."""
    d = {**LANGS[code], "code": code}
    d["site"] = rng.choice(shapes.SITES)
    tool = rng.choice(tools.TOOLS)
    paras = list(d["paras"])
    keep = sorted(rng.sample(range(len(paras)), min(len(paras), rng.randrange(5, 8))))
    body = [paras[k] for k in keep]
    n = len(body)
    pieces = [_text(p) for p in body]
    probes: list = [("title:head", d["title"], "head")]
    plain = [i for i, p in enumerate(body) if isinstance(p, str)]
    if rng.random() < 0.35 and isinstance(body[0], str):
        body[0], (c, p) = tools.glue_dateline(rng, d, body[0])
        probes.append((c, p, "prefix"))
    if rng.random() < 0.4:
        k = rng.choice(plain[1:] or plain)
        body[k], pieces[k], (c, p) = tools.link_inside(rng, d, body[k])
        probes.append((c, p, "inside"))
        plain.remove(k)
    if rng.random() < 0.35 and plain:
        k = rng.choice(plain)
        body[k], (c, p) = tools.glue_end(rng, d, body[k])
        probes.append((c, p, "glued"))
    slots, top, placed = blind_report.place_blocks(rng, d, n, shapes.BLOCK_MAKERS, (6, 10), shapes.HEAD_MAKERS, 0.3,
                                                shapes.TAIL_MAKERS, shapes.comments, 0.1)
    probes += placed
    items = [("art", t) for t in top] + [("title", d["title"])]
    for i in range(n + 1):
        items += [("art", t) for t in slots[i]]
        if i < n:
            items.append(("para", body[i]))
    text = tools.layout(rng, d, tool, items)
    article = [norm(x) for p in paras for x in _text(p)]           # a header word the story uses is no probe
    return text, pieces, [p for p in probes if p[1].strip() and not any(norm(p[1]) in a for a in article)], tool


def _tally(tallies: list, ok: bool) -> None:
    for t in tallies:
        t[0] += ok
        t[1] += 1


def run(n: int, seed: int, pipeline=None, examples: dict | None = None, docs: list | None = None,
        records: list | None = None, only: frozenset | None = None, show: int = 0) -> dict:
    """Tallies (done, total) per class, place, tool and language; fills examples with failures, docs with the
    first ``show`` documents' (code, tool, input, record) and records with one (record id, code, tool, paragraphs, kept,
    probes, removed) a document, if given. ``only``: score the documents printed by these tools only (the
    others are composed all the same, so a seed gives the same documents)."""
    from cleaners.pipeline import Pipeline
    pipe = pipeline or Pipeline()
    rng = random.Random(seed)
    t: dict = {k: defaultdict(lambda: [0, 0]) for k in ("classes", "places", "tools", "shapes")}
    per_lang: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    order = sorted(LANGS)
    for i in range(n):
        code = order[i] if i < len(order) else rng.choice(WEIGHTED)
        text, pieces, probes, tool = build(rng, code)
        if only and tool not in only:
            continue
        doc = pipe.process(pipe.document(f"blind9/{seed}/{i}.txt", text.encode(), "text"))
        rec = doc.record()                                     # scored as the corpus writes it
        b = norm(rec["body"])
        found = norm(" \n ".join(c["text"] for c in rec["comments"]))
        if docs is not None and len(docs) < show:
            docs.append((code, tool, text, rec))
        kept_n = removed_n = 0
        for ps in pieces:
            kept = all(norm(p) in b for p in ps)
            kept_n += kept
            _tally([t["classes"]["article"], per_lang[code]["article"], t["tools"][tool + ":article"]], kept)
            if not kept and examples is not None:
                miss = next(p for p in ps if norm(p) not in b)
                where = "comments" if norm(miss) in found else "gone"
                examples.setdefault("article", Counter())[f"{code}/{tool} ({where}): {miss[:70]}"] += 1
        for shape, probe, where in probes:
            cls = shape.partition(":")[0]
            gone = norm(probe) not in b
            removed_n += gone
            _tally([t["classes"][cls], t["places"][where], t["tools"][tool], t["shapes"][shape],
                    per_lang[code]["removed"]], gone)
            if cls == "comments" and any(probe == c for _, c in LANGS[code]["comments"]):
                _tally([t["classes"]["comments found"]], norm(probe) in found)
            if not gone and examples is not None:
                examples.setdefault(cls, Counter())[f"{shape} {where}/{tool}/{code}: " + probe.replace("\n", "⏎")[:60]] += 1
        if records is not None:
            records.append((rec["id"], code, tool, len(pieces), kept_n, len(probes), removed_n))
    out = {k: {c: tuple(v) for c, v in x.items()} for k, x in t.items()}
    out["languages"] = {k: {m: tuple(x) for m, x in v.items()} for k, v in per_lang.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--tools", default="", help="comma-separated tools to score (default: all)")
    mine, rest = ap.parse_known_args(argv)
    if mine.show:
        rest += ["--show", str(mine.show)]
    docs: list = []
    results: list = []
    only = frozenset(mine.tools.split(",")) if mine.tools else None

    def scored(n, seed, examples=None):
        results.append(run(n, seed, examples=examples, docs=docs, only=only, show=mine.show))
        return results[-1]

    rc = blind_report.main("blind9", __doc__, scored, NO_FILE, rest)
    print(" per shape (class:shape), most artefacts left first:")
    for k, v in sorted(results[0]["shapes"].items(), key=lambda kv: (kv[1][0] - kv[1][1], kv[0])):
        print(f"  {k:28s} {100 * v[0] / max(v[1], 1):5.1f} % of {v[1]:4d}  ({v[1] - v[0]} left)")
    for code, tool, text, rec in docs:
        print(f"\n===== document {rec['id'][:12]} {code}/{tool}: input\n{text}\n----- body")
        print(rec["body"])
        m = rec["metadata"]
        print(f"----- title: {m.get('title')!r}; language: {m.get('language')}; related: {len(m.get('related') or [])}; "
              f"comments: {len(rec['comments'])}")
        for c in rec["comments"]:
            print(f"  [{c['author']}] d{c['depth']} {c['text'][:100]}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
