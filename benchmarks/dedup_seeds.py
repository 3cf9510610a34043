#!/usr/bin/env python3
"""The measurements behind the dedup thresholds (docs/dedup.md).

For every pair of seeds: exact word 5-shingle Jaccard and containment (share of the
smaller set inside the larger) of the raw files and of the cleaned bodies, the
MinHash estimates the index uses, and the LSH candidate probability at that Jaccard;
then the clusters `cleaners.dedup.DedupIndex` forms in input order.

    python benchmarks/dedup_seeds.py [SEED_DIR]
"""
from __future__ import annotations

import contextlib
import io
import itertools
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners import dedup  # noqa: E402
from cleaners.cli import main as corpus_main  # noqa: E402


def exact_scores(a: set[str], b: set[str]) -> tuple[float, float]:
    inter = len(a & b)
    return inter / max(1, len(a | b)), inter / max(1, min(len(a), len(b)))


def main(argv: list[str]) -> int:
    seeds = Path(argv[0]) if argv else ROOT / "seeds"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seeds.jsonl"
        with contextlib.redirect_stderr(io.StringIO()):
            corpus_main(["clean", str(seeds), "-o", str(out), "-q", "--dedup", "off", "--workers", "0"])
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    names = [Path(r["source"]).name[:3] for r in records]
    raw = {n: (seeds / Path(r["source"]).name).read_text(encoding="utf-8", errors="replace")
           for n, r in zip(names, records)}
    body = {n: r["body"] for n, r in zip(names, records)}
    sigs = {n: dedup.signature(body[n]) for n in names}
    print(f"word {dedup.SHINGLE}-shingles; MinHash {dedup.NUM_PERM} perms, LSH {dedup.BANDS} bands x {dedup.ROWS} rows; "
          f"containment threshold {dedup.CONTAINMENT}")
    print("shingles raw:  " + "  ".join(f"{n}={len(dedup.shingles(raw[n]))}" for n in names))
    print("shingles body: " + "  ".join(f"{n}={sigs[n].size}" for n in names))
    print(f"{'pair':<9} {'raw J':>6} {'raw C':>6} {'body J':>7} {'body C':>7} {'est J':>6} {'est C':>6} {'P(cand)':>8}")
    for a, b in itertools.combinations(names, 2):
        rj, rc = exact_scores(dedup.shingles(raw[a]), dedup.shingles(raw[b]))
        bj, bc = exact_scores(dedup.shingles(body[a]), dedup.shingles(body[b]))
        ej = dedup.jaccard(sigs[a], sigs[b])
        ec = dedup.containment(ej, sigs[a].size, sigs[b].size)
        p = 1 - (1 - ej ** dedup.ROWS) ** dedup.BANDS
        print(f"{a}-{b:<5} {rj:6.3f} {rc:6.3f} {bj:7.3f} {bc:7.3f} {ej:6.3f} {ec:6.3f} {p:8.3f}")
    index = dedup.DedupIndex()
    print("clusters in input order:")
    for n, r in zip(names, records):
        v = index.see(r["id"], sigs[n])
        first = names[[x["id"] for x in records].index(v.cluster)]
        print(f"  {n}: cluster of {first}" + (f" ({v.kind}, J {v.jaccard}, containment {v.containment})"
                                                 if v.duplicate else " (first seen)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
