"""The run and the command line the text-dump blind harnesses share (generalisation_blind10, generalisation_blind11):
each harness composes its documents (``build``) in its languages; this cleans them and tallies what stayed."""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict

from tests import blind_report


def _tally(tallies: list, ok: bool) -> None:
    for t in tallies:
        t[0] += ok
        t[1] += 1


def run(name: str, build, langs: dict, norm, n: int, seed: int, pipeline=None, examples: dict | None = None,
        docs: list | None = None, records: list | None = None, show: int = 0) -> dict:
    """Tallies (done, total) per class, place, layout ("tools") and language of ``n`` documents of ``build`` (rng,
    language code) -> (text, pieces, probes, tool) compared by ``norm``; fills examples with failures, docs with the
    first ``show`` documents' (code, layout, input, record), records with one (id, code, layout, pieces, kept,
    probes, removed) a document, if given."""
    from cleaners.pipeline import Pipeline
    pipe = pipeline or Pipeline()
    rng = random.Random(seed)
    t: dict = {k: defaultdict(lambda: [0, 0]) for k in ("classes", "places", "tools", "shapes")}
    per_lang: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    order = sorted(langs)
    for i in range(n):
        code = order[i % len(order)] if i < 2 * len(order) else rng.choice(order)
        text, pieces, probes, tool = build(rng, code)
        doc = pipe.process(pipe.document(f"{name}/{seed}/{i}.txt", text.encode(), "text"))
        rec = doc.record()
        b = norm(rec["body"])
        found = norm(" \n ".join(c["text"] for c in rec["comments"]))
        if docs is not None and len(docs) < show:
            docs.append((code, tool, text, rec))
        kept_n = removed_n = 0
        for p in pieces:
            kept = norm(p) in b
            kept_n += kept
            _tally([t["classes"]["article"], per_lang[code]["article"], t["tools"][tool + ":article"]], kept)
            if not kept and examples is not None:
                where = "comments" if norm(p) in found else "gone"
                examples.setdefault("article", Counter())[f"{code}/{tool} ({where}): {p[:70]}"] += 1
        for shape, probe, where in probes:
            cls = shape.partition(":")[0]
            gone = norm(probe) not in b
            removed_n += gone
            _tally([t["classes"][cls], t["places"][where], t["tools"][tool], t["shapes"][shape],
                    per_lang[code]["removed"]], gone)
            if shape == "comments:text":
                _tally([t["classes"]["comments found"]], norm(probe) in found)
            if not gone and examples is not None:
                examples.setdefault(cls, Counter())[f"{shape} {where}/{tool}/{code}: " + probe.replace("\n", "⏎")[:60]] += 1
        if records is not None:
            records.append((rec["id"], code, tool, len(pieces), kept_n, len(probes), removed_n))
    out = {k: {c: tuple(v) for c, v in x.items()} for k, x in t.items()}
    out["languages"] = {k: {m: tuple(x) for m, x in v.items()} for k, v in per_lang.items()}
    return out


def main(name: str, doc: str, run, no_file: frozenset[str], argv: list[str] | None = None) -> int:
    """The harness's command line: `blind_report.main`'s report, then the shapes and the documents asked for."""
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--docs", type=int, default=0, help="print this many documents with their body")
    mine, rest = ap.parse_known_args(argv)
    if mine.show:
        rest += ["--show", str(mine.show)]
    docs: list = []
    results: list = []

    def scored(n, seed, examples=None):
        results.append(run(n, seed, examples=examples, docs=docs, show=mine.docs))
        return results[-1]

    rc = blind_report.main(name, doc, scored, no_file, rest)
    print(" per shape (class:shape), most artefacts left first:")
    for k, v in sorted(results[0]["shapes"].items(), key=lambda kv: (kv[1][0] - kv[1][1], kv[0])):
        print(f"  {k:28s} {100 * v[0] / max(v[1], 1):5.1f} % of {v[1]:4d}  ({v[1] - v[0]} left)")
    for code, tool, text, rec in docs:
        print(f"\n===== document {rec['id'][:12]} {code}/{tool}: input\n{text}\n----- body")
        print(rec["body"])
        m = rec["metadata"]
        print(f"----- title: {m.get('title')!r}; related: {len(m.get('related') or [])}; comments: {len(rec['comments'])}")
    return rc
