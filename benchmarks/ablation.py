#!/usr/bin/env python3
"""Ablation: what each cleaner of the default chain is worth on the tuning pages, one off at a time.

For every cleaner of the default chain (the html-scope DOM stages among them, each can be
switched off as ``--disable NAME`` / ``{name: false}`` does, docs/cleaners.md), runs
``corpus clean`` (in process, one worker, the same path as `benchmarks/dragnet.py` and
`benchmarks/extraction.py`) with that one cleaner off, and prints the change of body F1
(and comment F1) against the full chain, scored with the benchmark metric
(`benchmarks/scoring.py` through `benchmarks/dragnet_scores.py`):

* Dragnet tuning pages, in the project's two folds, ``int(md5(ID), 16) % 2``: fold D (0,
  may be inspected) and fold C (1, measured only);
* ScrapingHub tuning pages (body only).

Held-out pages (`benchmarks.datasets.held_out`) are never run. A positive delta means the
chain does BETTER without the cleaner: its cuts cost more article text than they remove
boilerplate on those pages. The R columns are the change of body recall (gold words kept).

``--rules N`` lists the N rules of the full chain (no switch turns a single rule off) whose cuts
hold most of the gold body's text the body lacks on fold D, with fold C's aggregate beside
them. ``--inspect NAME`` lists the fold D pages whose body F1 changes most with NAME off (the
only per-page output; fold C is measured, never listed).

    python benchmarks/ablation.py [--only a,b] [--jobs N] [--json] [--save FILE] [--rules N] [--inspect NAME [--top N]]
    python benchmarks/ablation.py --load FILE ...   (the table of a --save run, no new run)
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.datasets import benchmark_dir, held_out  # noqa: E402
from benchmarks.dragnet_scores import score  # noqa: E402
from benchmarks.scoring import aggregate, score_page, shingles  # noqa: E402

DRAGNET = benchmark_dir("dragnet-train")
SCRAPINGHUB = benchmark_dir("article-extraction")
FULL = "(full chain)"


def fold(page: str) -> str:
    """The tuning fold of a page: D (may be inspected) or C (measured only)."""
    return "D" if int(hashlib.md5(page.encode()).hexdigest(), 16) % 2 == 0 else "C"


def page_id(source: str) -> str:
    return Path(source).name.split(".")[0]


def tuning_paths(data: Path) -> tuple[dict, list[Path]]:
    """The set's gold and the files of its tuning pages (held-out pages left out)."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf8"))
    paths = [data / "html" / f"{key}.html.gz" for key in sorted(truth) if not held_out(key)]
    return truth, [p for p in paths if p.exists()]


def default_chain() -> list[tuple[str, str]]:
    """(name, scope) of every cleaner the default chain runs, in order."""
    from cleaners.config import effective_chain
    return [(e.name, e.scope) for e in effective_chain({}) if e.order is not None]


def run_clean(paths: list[Path], disable: str | None) -> dict[str, dict]:
    """`corpus clean` over ``paths`` with one cleaner off: per page, body and comments."""
    from cleaners import cli
    with tempfile.TemporaryDirectory() as tmp:
        output = os.path.join(tmp, "out.jsonl")
        argv = ["clean", *map(str, paths), "-o", output, "-q", "--no-progress", "--workers", "0"]
        if disable:
            argv += ["--disable", disable]
        with contextlib.redirect_stderr(io.StringIO()):
            cli.main(argv)
        out: dict[str, dict] = {}
        with open(output, encoding="utf8") as f:
            for line in f:
                record = json.loads(line)
                comments = record.get("comments") or []
                out[page_id(record["source"])] = {"body": record["body"],
                                                  "comments": "\n\n".join(c["text"] for c in comments),
                                                  "count": len(comments),
                                                  "removed": [(r["cleaner"], r["rule"], r.get("text") or "")
                                                              for r in record.get("removed") or []]}
    return out


def rule_costs(truth: dict, ours: dict, ids: list[str]) -> dict[str, list[int]]:
    """Per cleaner/rule over ``ids``: cuts, 4-token shingles cut, and of them shingles of the gold body
    that the body lacks (article text the rule may have cost; the gold's own choices count too)."""
    costs: dict[str, list[int]] = {}
    for i in ids:
        gold = shingles(truth[i].get("articleBody", "")) - shingles(ours.get(i, {}).get("body"))
        for cleaner, rule, text in ours.get(i, {}).get("removed", []):
            cut = shingles(text)
            row = costs.setdefault(f"{cleaner}/{rule}", [0, 0, 0])
            row[0] += 1
            row[1] += sum(cut.values())
            row[2] += sum((cut & gold).values())
    return costs


def _f1(s) -> float:
    p, r = s.precision or 0.0, s.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def measure(variant: str, dragnet: tuple[dict, list[Path]], hub: tuple[dict, list[Path]]) -> dict:
    """Scores of one variant: per Dragnet fold (body, comments), ScrapingHub body, fold D pages."""
    disable = None if variant == FULL else variant
    truth, paths = dragnet
    ours = run_clean(paths, disable)
    ids = [page_id(p.name) for p in paths]
    result: dict = {}
    for name in ("D", "C"):
        part = [i for i in ids if fold(i) == name]
        s = score(truth, ours, part)
        result[name] = {"body": s["body"], "comments": s["comments"], "missed": s["missed"],
                        "spurious": s["spurious"], "pages": len(part)}
        if variant == FULL:
            result[name]["rules"] = rule_costs(truth, ours, part)
    # fold D only, per page: what --inspect lists
    result["D_pages"] = {i: _f1(score_page(truth[i].get("articleBody", ""), ours.get(i, {}).get("body")))
                         for i in ids if fold(i) == "D"}
    htruth, hpaths = hub
    hub_out = run_clean(hpaths, disable)
    hids = [page_id(p.name) for p in hpaths]
    result["SH"] = {"body": aggregate(score_page(htruth[i].get("articleBody", ""), hub_out.get(i, {}).get("body"))
                                      for i in hids), "pages": len(hids)}
    return result


def _measure_job(variant: str, dragnet_dir: str, hub_dir: str) -> tuple[str, dict]:
    return variant, measure(variant, tuning_paths(Path(dragnet_dir)), tuning_paths(Path(hub_dir)))


def run_all(variants: list[str], jobs: int, dragnet_dir: Path, hub_dir: Path) -> dict[str, dict]:
    """Every variant's scores; a line on stderr as each one is done."""
    results: dict[str, dict] = {}
    if jobs <= 1:
        done = (_measure_job(v, str(dragnet_dir), str(hub_dir)) for v in variants)
        for n, (variant, result) in enumerate(done, 1):
            results[variant] = result
            print(f"  [{n}/{len(variants)}] {variant}", file=sys.stderr)
        return results
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(_measure_job, v, str(dragnet_dir), str(hub_dir)) for v in variants]
        for n, future in enumerate(as_completed(futures), 1):
            variant, result = future.result()
            results[variant] = result
            print(f"  [{n}/{len(variants)}] {variant}", file=sys.stderr)
    return results


def deltas(base: dict, other: dict) -> dict:
    """Variant minus full chain: body F1 and recall per fold, comment F1, ScrapingHub F1 and recall."""
    d = {}
    for name in ("D", "C"):
        d[f"{name}_f1"] = other[name]["body"]["f1"] - base[name]["body"]["f1"]
        d[f"{name}_r"] = other[name]["body"]["recall"] - base[name]["body"]["recall"]
        d[f"{name}_cf1"] = other[name]["comments"]["f1"] - base[name]["comments"]["f1"]
    d["SH_f1"] = other["SH"]["body"]["f1"] - base["SH"]["body"]["f1"]
    d["SH_r"] = other["SH"]["body"]["recall"] - base["SH"]["body"]["recall"]
    d["D_changed"] = sum(1 for k, v in other["D_pages"].items() if abs(v - base["D_pages"].get(k, 0.0)) > 1e-9)
    return d


def suspect(d: dict, eps: float = 5e-5) -> bool:
    """Off is better on both Dragnet folds; or neutral on Dragnet, no help on ScrapingHub, and its
    cuts cost gold words (recall up with it off)."""
    if d["D_f1"] > eps and d["C_f1"] > eps:
        return True
    neutral = abs(d["D_f1"]) <= eps and abs(d["C_f1"]) <= eps and d["SH_f1"] >= -eps
    return neutral and (d["D_r"] > eps or d["C_r"] > eps or d["SH_r"] > eps)


def table(results: dict[str, dict], chain: list[tuple[str, str]]) -> list[dict]:
    base = results[FULL]
    return [{"cleaner": name, "scope": scope, **deltas(base, results[name])}
            for name, scope in chain if name in results]


def print_table(results: dict, rows: list[dict]) -> None:
    base = results[FULL]
    print("Dragnet tuning pages: fold D {} pages, fold C {}; ScrapingHub tuning {} pages (held-out pages not run)"
          .format(base["D"]["pages"], base["C"]["pages"], base["SH"]["pages"]))
    print("full chain: body F1 D {:.4f}  C {:.4f}  SH {:.4f};  comments F1 D {:.4f}  C {:.4f}".format(
        base["D"]["body"]["f1"], base["C"]["body"]["f1"], base["SH"]["body"]["f1"],
        base["D"]["comments"]["f1"], base["C"]["comments"]["f1"]))
    print("delta = (chain without the cleaner) - (full chain), x1000; + means the chain does better without it")
    head = f"{'cleaner':<18} {'scope':<5} {'D F1':>7} {'D R':>7} {'C F1':>7} {'C R':>7} {'SH F1':>7} {'SH R':>7} " \
           f"{'D cF1':>7} {'C cF1':>7} {'D pg':>5}"
    print(head)
    for row in rows:
        cells = " ".join(f"{1000 * row[k]:+7.2f}" for k in ("D_f1", "D_r", "C_f1", "C_r", "SH_f1", "SH_r",
                                                            "D_cf1", "C_cf1"))
        flag = "  suspect" if suspect(row) else ""
        print(f"{row['cleaner']:<18} {row['scope']:<5} {cells} {row['D_changed']:>5}{flag}")


def print_rules(results: dict, top: int) -> None:
    d, c = results[FULL]["D"]["rules"], results[FULL]["C"]["rules"]
    print(f"\nfull chain, rules by gold shingles cut on fold D (cuts, shingles cut, gold shingles the body lacks)")
    print(f"{'cleaner/rule':<40} {'D cuts':>7} {'D cut':>7} {'D gold':>7} {'C cuts':>7} {'C cut':>7} {'C gold':>7}")
    for rule in sorted(d, key=lambda r: -d[r][2])[:top]:
        print(f"{rule:<40} " + " ".join(f"{n:>7}" for n in (*d[rule], *c.get(rule, (0, 0, 0)))))


def print_inspect(results: dict, name: str, top: int) -> None:
    base, other = results[FULL]["D_pages"], results[name]["D_pages"]
    changed = sorted(((other[k] - base[k], k) for k in base if k in other and abs(other[k] - base[k]) > 1e-9),
                     reverse=True)
    print(f"\nfold D pages whose body F1 changes with {name} off ({len(changed)}): id, full, off, delta")
    for delta, key in changed if len(changed) <= 2 * top else changed[:top] + changed[-top:]:
        print(f"  {key:<10} {base[key]:.4f} {other[key]:.4f} {delta:+.4f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dragnet", type=Path, default=DRAGNET, help="dragnet directory (html/, ground-truth.json)")
    parser.add_argument("--scrapinghub", type=Path, default=SCRAPINGHUB, help="article-extraction directory")
    parser.add_argument("--only", help="comma-separated cleaners to ablate (default: every cleaner of the chain)")
    parser.add_argument("--jobs", type=int, default=1, help="variants run in parallel processes (default 1)")
    parser.add_argument("--inspect", metavar="NAME", help="list the fold D pages whose body F1 changes with NAME off")
    parser.add_argument("--top", type=int, default=15, help="with --inspect: how many pages each way")
    parser.add_argument("--rules", type=int, default=0, metavar="N",
                        help="also list the N rules of the full chain that cut most gold text on fold D")
    parser.add_argument("--json", action="store_true", help="machine-readable table")
    parser.add_argument("--save", type=Path, help="write the scores of every variant to this JSON file")
    parser.add_argument("--load", type=Path, help="read the scores from a --save file instead of running")
    args = parser.parse_args(argv)
    for data in (args.dragnet, args.scrapinghub):
        if not (data / "ground-truth.json").exists():
            print(f"no benchmark data in {data}", file=sys.stderr)
            return 2
    chain = default_chain()
    names = [n for n, _ in chain]
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            print(f"not in the default chain: {', '.join(unknown)}", file=sys.stderr)
            return 2
        chain = [(n, s) for n, s in chain if n in wanted]
    if args.inspect and args.inspect not in names:
        print(f"not in the default chain: {args.inspect}", file=sys.stderr)
        return 2
    if args.load:
        results = json.loads(args.load.read_text(encoding="utf8"))
    else:
        variants = [FULL, *(n for n, _ in chain)]
        if args.inspect and args.inspect not in variants:
            variants.append(args.inspect)
        results = run_all(variants, args.jobs, args.dragnet, args.scrapinghub)
    if args.save:
        args.save.write_text(json.dumps(results))
    rows = table(results, chain)
    if args.json:
        print(json.dumps({"full": {k: results[FULL][k] for k in ("D", "C", "SH")}, "rows": rows}, indent=2))
    else:
        print_table(results, rows)
    if args.rules:
        print_rules(results, args.rules)
    if args.inspect:
        print_inspect(results, args.inspect, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
