#!/usr/bin/env python3
"""How much a page-level choice between extractors could gain: per-page body scores of
corpus, bare trafilatura and readability-lxml, and the oracle that takes, on every page,
the text of whichever system scores best there (an upper bound no real selector reaches).

Reads the per-page output a benchmark run saved (`benchmarks/dragnet.py --readability
--save F`, or `benchmarks/extraction.py --readability --save F` for the ScrapingHub set)
and scores it with the benchmark metric (benchmarks/scoring.py). Only tuning pages are
scored (the project's hold-out rule, `benchmarks.datasets.held_out`), split into the
simulated held-out folds: D (``int(md5(ID), 16) % 2 == 0``, the half one may look at) and
C (the other half, only measured). ``--selector`` also scores named page-level choices
(module `SELECTORS`) against corpus alone, fold by fold.

    python benchmarks/extractor_choice.py SAVED.json [--set dragnet|scrapinghub] [--selector NAME ...] [--json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.datasets import benchmark_dir, held_out  # noqa: E402
from benchmarks.scoring import PageScore, aggregate, score_page, shingles  # noqa: E402

SYSTEMS = ("corpus", "trafilatura", "readability")
DATASETS = {"dragnet": "dragnet-train", "scrapinghub": "article-extraction"}


def fold(page: str) -> str:
    """The simulated held-out fold of a tuning page: "D" (looked at) or "C" (only measured)."""
    return "D" if int(hashlib.md5(page.encode()).hexdigest(), 16) % 2 == 0 else "C"


def page_f1(s: PageScore) -> float:
    p, r = s.precision or 0.0, s.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def bodies(saved: dict) -> dict[str, dict[str, str]]:
    """``{system: {page: body}}`` from a saved run (dragnet's records or extraction's texts)."""
    out = {}
    for system in SYSTEMS:
        pages = saved.get(system)
        if pages is not None:
            out[system] = {k: (v.get("body") if isinstance(v, dict) else v) or "" for k, v in pages.items()}
    return out


def _similarity(a: str, b: str) -> float:
    x, y = shingles(a), shingles(b)
    n = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / n if n else 0.0


def medoid(texts: dict[str, str]) -> str:
    """The system whose text agrees most with the others' (shingle Dice), corpus on ties."""
    return max(texts, key=lambda s: (sum(_similarity(texts[s], texts[o]) for o in texts if o != s), s == "corpus"))


def others_agree(texts: dict[str, str], apart: float = 0.4, together: float = 0.8) -> str:
    """The shorter of trafilatura's and readability's texts when those two agree (Dice >=
    ``together``) and corpus's agrees with neither (Dice < ``apart``), else corpus."""
    t, r = texts.get("trafilatura", ""), texts.get("readability", "")
    mine = texts["corpus"]
    if max(_similarity(mine, t), _similarity(mine, r)) < apart and _similarity(t, r) >= together:
        return "trafilatura" if len(t) <= len(r) else "readability"
    return "corpus"


SELECTORS: dict[str, Callable[[dict[str, str]], str]] = {"medoid": medoid, "others-agree": others_agree}


def evaluate(truth: dict[str, str], texts: dict[str, dict[str, str]], pages: list[str],
             selectors: list[str] = ()) -> dict[str, dict]:
    """Aggregate body scores of each system, of the oracle of every pair and of all three, and
    of the named selectors (with the pages they switched), over ``pages``."""
    systems = [s for s in SYSTEMS if s in texts]
    scores = {s: {p: score_page(truth[p], texts[s].get(p)) for p in pages} for s in systems}
    out: dict[str, dict] = {s: aggregate(scores[s].values()) for s in systems}
    for k in range(2, len(systems) + 1):
        for combo in combinations(systems, k):
            if "corpus" in combo:
                out["oracle:" + "+".join(combo)] = aggregate(
                    max((scores[s][p] for s in combo), key=page_f1) for p in pages)
    for name in selectors:
        chosen = {p: SELECTORS[name]({s: texts[s].get(p, "") for s in systems}) for p in pages}
        out["selector:" + name] = {**aggregate(scores[chosen[p]][p] for p in pages),
                                   "switched": sorted(p for p in pages if chosen[p] != "corpus")}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("saved", type=Path, help="a --save file of benchmarks/dragnet.py or benchmarks/extraction.py")
    parser.add_argument("--set", choices=sorted(DATASETS), default="dragnet", help="which benchmark saved it")
    parser.add_argument("--data", type=Path, help="the benchmark directory (default: the set's usual place)")
    parser.add_argument("--selector", action="append", default=[], choices=sorted(SELECTORS),
                        help="also score this page-level choice (repeatable)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    data = args.data or benchmark_dir(DATASETS[args.set])
    truth = {k: v.get("articleBody", "") for k, v in
             json.loads((data / "ground-truth.json").read_text(encoding="utf8")).items()}
    texts = bodies(json.loads(args.saved.read_text(encoding="utf8")))
    tuning = sorted(p for p in truth if not held_out(p) and p in texts["corpus"])
    parts = {"C": [p for p in tuning if fold(p) == "C"], "D": [p for p in tuning if fold(p) == "D"], "tuning": tuning}
    result = {name: {"pages": len(pages), **evaluate(truth, texts, pages, args.selector)} for name, pages in parts.items()}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for name, rows in result.items():
        print(f"{name} ({rows['pages']} pages)")
        base = rows["corpus"]["f1"]
        for system, m in rows.items():
            if system == "pages":
                continue
            switched = f"  switched {len(m['switched'])}" if "switched" in m else ""
            print(f"  {system:<36} P {m['precision']:.4f} R {m['recall']:.4f} F1 {m['f1']:.4f} "
                  f"({m['f1'] - base:+.4f}){switched}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
