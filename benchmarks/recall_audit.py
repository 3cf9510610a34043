#!/usr/bin/env python3
"""Recall audit: where the gold body text that a reference system kept and we lack went, fold D only.

For every Dragnet tuning page of fold **D** (``int(md5(ID), 16) % 2 == 0``, not held out: the
only pages that may be inspected; fold C and the held-out pages are never read), takes the
gold body's 4-token shingles (`benchmarks/scoring.py`) that the reference system's body has
and ours lacks, runs ``corpus clean`` on the page (in process, one worker, the path of
`benchmarks/dragnet.py`) and attributes each lost shingle to a cause:

* ``metadata``: it is in the record's metadata (title, byline, description, captions ... moved
  on purpose, not body text for the project), ``metadata <- cleaner/rule`` when a cut of the
  chain took it there;
* ``comments``: it is in the record's comments (the page's text taken as a comment; the same
  ``<- cleaner/rule`` suffix);
* ``cleaner/rule``: the first entry of the record's ``removed`` whose text holds the shingle
  (a cut of the chain);
* ``never extracted``: none of these (the extraction path, ``cleaners/extract*.py``, lost it).

A shingle that straddles a cut's edge is matched by its first or last two tokens when the whole
shingle is in no text (three for metadata and comments: their many short fields share pairs of
words with any text). Each page's loss counts as the share of its gold shingles it holds
divided by the number of fold D pages: the figures add up to the mean recall the reference has
over us on those shingles (``--gained`` gives the other way round, unattributed).

    python benchmarks/recall_audit.py [--reference trafilatura] [--pages FILE] [--top N] [--json]

``--pages FILE`` reads the reference's bodies from a `benchmarks/dragnet.py --save` file
(only the fold D entries are read); without it the reference (trafilatura, bare
``bare_extraction``) is run on the fold D pages. ``--reference gold`` audits all the gold text we lack.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ablation import fold, page_id  # noqa: E402
from benchmarks.datasets import benchmark_dir, held_out  # noqa: E402
from benchmarks.scoring import shingles  # noqa: E402

DRAGNET = benchmark_dir("dragnet-train")
COMMENTS, METADATA, NEVER = "comments", "metadata", "never extracted"


def fold_d_pages(data: Path) -> tuple[dict[str, str], list[Path]]:
    """Gold bodies and files of the fold D tuning pages (the only ones this module reads)."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf8"))
    ids = [k for k in sorted(truth) if not held_out(k) and fold(k) == "D"]
    paths = [data / "html" / f"{k}.html.gz" for k in ids]
    return {k: truth[k].get("articleBody", "") or "" for k in ids}, [p for p in paths if p.exists()]


def reference_bodies(paths: list[Path], saved: Path | None, system: str) -> dict[str, str]:
    if saved is not None:
        bodies = json.loads(saved.read_text(encoding="utf8"))[system]
        return {page_id(p.name): (bodies.get(page_id(p.name)) or {}).get("body", "") for p in paths}
    import trafilatura
    out = {}
    for path in paths:
        with gzip.open(path, "rb") as f:
            doc = trafilatura.bare_extraction(f.read(), include_comments=True, with_metadata=False)
        out[page_id(path.name)] = (doc.text or "") if doc is not None else ""
    return out


def our_records(paths: list[Path]) -> dict[str, dict]:
    """``corpus clean`` over ``paths``: the whole record of every page."""
    from cleaners import cli
    with tempfile.TemporaryDirectory() as tmp:
        output = os.path.join(tmp, "out.jsonl")
        argv = ["clean", *map(str, paths), "-o", output, "-q", "--no-progress", "--workers", "0"]
        with contextlib.redirect_stderr(io.StringIO()):
            cli.main(argv)
        with open(output, encoding="utf8") as f:
            return {page_id(r["source"]): r for r in map(json.loads, f)}


def _strings(value) -> list[str]:
    """Every string inside a JSON value (metadata's nested fields)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


class Sources:
    """The texts a lost shingle may be found in: the record's cuts, its comments and its metadata."""

    def __init__(self, record: dict) -> None:
        self.cuts: list[tuple[str, set, set, int]] = []
        for entry in record.get("removed") or []:
            self._add(self.cuts, f"{entry.get('cleaner')}/{entry.get('rule')}", entry.get("text") or "", 2)
        self.kept: list[tuple[str, set, set, int]] = []
        self._add(self.kept, COMMENTS, "\n".join(c.get("text") or "" for c in record.get("comments") or []), 3)
        self._add(self.kept, METADATA, "\n".join(_strings(record.get("metadata"))), 3)

    @staticmethod
    def _add(places: list, name: str, text: str, edge: int) -> None:
        if text.strip():
            places.append((name, set(shingles(text)), set(shingles(text, edge)), edge))

    @staticmethod
    def _find(places: list, shingle: tuple) -> str | None:
        for name, fours, _, _ in places:
            if shingle in fours:
                return name
        for name, _, edges, size in places:
            if len(shingle) == 4 and (shingle[:size] in edges or shingle[-size:] in edges):
                return name
        return None

    def cause(self, shingle: tuple) -> str:
        """``metadata`` / ``comments`` (with the rule that cut it, when one did: the text was moved),
        else the cut's ``cleaner/rule``, else ``never extracted``."""
        cut, kept = self._find(self.cuts, shingle), self._find(self.kept, shingle)
        if kept is not None:
            return f"{kept} <- {cut}" if cut else kept
        return cut or NEVER


def cause_class(cause: str) -> str:
    """The four kinds of loss: moved to metadata, moved to comments, lost by the extraction, cut by the chain."""
    if cause.startswith((METADATA, COMMENTS)):
        return cause.split(" ")[0]
    if cause == NEVER or cause.startswith("extract/"):
        return "extraction"
    return "chain cuts"


def audit(gold: dict[str, str], reference: dict[str, str], records: dict[str, dict]) -> dict:
    """Per cause: recall lost over fold D and pages; per page: its loss and causes."""
    n = len(gold)
    causes: dict[str, list] = {}
    pages: dict[str, dict] = {}
    gained = 0.0
    for key, text in gold.items():
        truth = shingles(text)
        total = sum(truth.values())
        if not total:
            continue
        record = records.get(key) or {}
        ours = shingles(record.get("body"))
        ref = shingles(reference.get(key))
        lost = (truth & ref) - ours
        gained += sum(((truth & ours) - ref).values()) / total / n
        if not lost:
            continue
        sources = Sources(record)
        per: Counter = Counter()
        for shingle, count in lost.items():
            per[sources.cause(shingle)] += count
        for cause, count in per.items():
            row = causes.setdefault(cause, [0.0, 0])
            row[0] += count / total / n
            row[1] += 1
        pages[key] = {"lost": sum(lost.values()) / total,
                      "ours": sum((truth & ours).values()) / total, "reference": sum((truth & ref).values()) / total,
                      "causes": {c: k / total for c, k in per.most_common()}}
    classes: dict[str, float] = {}
    for cause, row in causes.items():
        classes[cause_class(cause)] = classes.get(cause_class(cause), 0.0) + row[0]
    return {"pages": n, "lost": sum(r[0] for r in causes.values()), "gained": gained,
            "classes": dict(sorted(classes.items(), key=lambda x: -x[1])),
            "causes": {c: {"recall": r[0], "pages": r[1]} for c, r in sorted(causes.items(), key=lambda x: -x[1][0])},
            "per_page": dict(sorted(pages.items(), key=lambda x: -x[1]["lost"]))}


def print_report(result: dict, system: str, top: int) -> None:
    print(f"fold D: {result['pages']} pages; mean recall {system} has and we lack {result['lost']:.4f}, "
          f"we have and {system} lacks {result['gained']:.4f}")
    print("by kind: " + ", ".join(f"{k} {v:.4f}" for k, v in result["classes"].items()))
    print(f"{'cause':<48} {'recall lost':>11} {'pages':>6}")
    for cause, row in result["causes"].items():
        print(f"{cause:<48} {row['recall']:>11.4f} {row['pages']:>6}")
    if top:
        print(f"\nfold D pages losing most (page: recall ours / {system}, share lost, causes)")
        for key, page in list(result["per_page"].items())[:top]:
            causes = ", ".join(f"{c} {v:.2f}" for c, v in list(page["causes"].items())[:3])
            print(f"  {key:<8} {page['ours']:.2f} / {page['reference']:.2f}  {page['lost']:.2f}  {causes}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dragnet", type=Path, default=DRAGNET, help="dragnet directory (html/, ground-truth.json)")
    parser.add_argument("--reference", default="trafilatura",
                        help="the system of --pages to compare with; gold: all the gold text we lack")
    parser.add_argument("--pages", type=Path, help="a benchmarks/dragnet.py --save file (reference bodies)")
    parser.add_argument("--only", help="comma-separated fold D page ids to audit (default: all of fold D)")
    parser.add_argument("--top", type=int, default=20, help="fold D pages listed (0: none)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    if not (args.dragnet / "ground-truth.json").exists():
        print(f"no benchmark data in {args.dragnet}", file=sys.stderr)
        return 2
    gold, paths = fold_d_pages(args.dragnet)
    if args.only:
        wanted = {k.strip() for k in args.only.split(",")}
        paths = [p for p in paths if page_id(p.name) in wanted]
    if args.pages is None and args.reference not in ("trafilatura", "gold"):
        print("--reference other than trafilatura or gold needs --pages", file=sys.stderr)
        return 2
    if args.reference == "gold":
        reference = gold
    else:
        reference = reference_bodies(paths, args.pages, args.reference)
    records = our_records(paths)
    result = audit({k: gold[k] for k in records}, reference, records)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_report(result, args.reference, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
