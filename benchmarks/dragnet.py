#!/usr/bin/env python3
"""Body and comment extraction on the Dragnet pages, against bare trafilatura, in one run.

Runs ``corpus clean`` (through ``cleaners.cli.main``, one worker) over
the pages of ``dragnet-train`` and, in the same run, ``trafilatura.bare_extraction``
with ``include_comments=True`` (what ``trafilatura.extract(html, include_comments=True)``
computes: its body text and its comment part). Both are scored with the benchmark
metric (benchmarks/scoring.py: ``\\w+`` tokens, 4-token shingles, per-page P/R averaged):

* body: the record's ``body`` (trafilatura: its main text) against ``articleBody``;
* comments, over the pages whose gold has comments: all comment texts of the page joined
  (``comments F1``), and the same with each comment's author line before its text
  (``+authors``; trafilatura's comment text has no separate author, it is scored as is),
  against the gold ``comments`` (which keeps author/date lines, the annotators copied them);
* ``missed``: pages whose gold has comments and no comment was emitted; ``spurious``:
  pages without gold comments that got comments;
* time (``benchmarks/dragnet_systems.py``): each system runs single-threaded in a fresh
  interpreter of its own (neither runs with the caches, lazily built tables or loaded models
  the other left), from bytecode compiled before the runs (`compile_bytecode`). The two
  processes run in **lockstep** (`benchmarks/lockstep.py`): started together, one at a time,
  the one behind in its share of pages done resumed for a tenth of a second, so that both
  meet the same machine (on a shared host the same code's speed drifts by 15-30 % within
  minutes; ``--one-after-the-other`` runs them one after the other, as sessions before the
  twenty-fourth did). Its CPU time is given whole, **set-up counted** (the interpreter's
  start, the system's imports and construction, then the run: what a user's ``time corpus
  clean`` pays), and split into set-up and run; the run alone (reading and decompressing the
  files included for both; the first pages' lazily built tables too) is the figure earlier
  sessions gave. Ours is the whole ``corpus clean`` run (``cleaners.cli.main``, ``--workers
  0``); trafilatura's, its body + comment extraction of the same files. The ratio is given
  both ways, and (one after the other only) the run's wall time; ``--repeat N`` runs the pair
  N times, alternating which starts first, and gives the median ratios. The CPU time of the
  ``html_comments`` stage on every page is given too (its slowest pages are listed).

The hold-out split is the project's: a page is held out when
``int(sha1(ID).hexdigest(), 16) % 5 == 0``. Figures are printed for the held-out part,
the tuning part and all pages; ``--worst`` lists only tuning pages (never look at the
held-out ones to tune).

``--readability`` adds readability-lxml's body (``benchmarks/baselines.py``; it has no
comment output) as a third system of the same run.

    python benchmarks/dragnet.py [--split all|held-out|tuning] [--worst N] [--readability] [--repeat N]
                                 [--one-after-the-other] [--json] [--save FILE]
"""
from __future__ import annotations

import argparse
import compileall
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.datasets import benchmark_dir, held_out  # noqa: E402
from benchmarks.dragnet_scores import score, worst_pages  # noqa: E402
from benchmarks.dragnet_systems import page_id  # noqa: E402
from benchmarks.lockstep import run_lockstep  # noqa: E402

DEFAULT_DATA = benchmark_dir("dragnet-train")
SYSTEMS = ROOT / "benchmarks" / "dragnet_systems.py"
STAGE_LIMIT = 0.5          # seconds: the comment stage's budget on any development page


def select(ids: list[str], split: str) -> list[str]:
    if split == "held-out":
        return [i for i in ids if held_out(i)]
    if split == "tuning":
        return [i for i in ids if not held_out(i)]
    return list(ids)


# -- the two systems ----------------------------------------------------------------------
def compile_bytecode() -> None:
    """Compile this tree's modules to bytecode (``__pycache__``), as a user's installation holds them
    (pip compiles a package it installs; an editable install writes them on its first run, unless
    PYTHONDONTWRITEBYTECODE is set, as on the development machines): no timed process then compiles
    source, as trafilatura's, compiled at its install, does not either."""
    for package in ("cleaners", "corpus_spiders"):
        compileall.compile_dir(ROOT / package, quiet=1)


def run_pair(order: tuple[str, str], paths: list[Path], lockstep: bool) -> dict[str, tuple]:
    """Each system's run in a new interpreter (`benchmarks/dragnet_systems.py`): outputs, times (``setup``,
    ``run``, ``whole`` CPU seconds, ``run_wall``), log, comment-stage seconds per page. ``lockstep``: both
    started together and run one at a time, page for page (`benchmarks/lockstep.py`); else one after the other,
    in ``order``."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp, "paths.txt")
        listing.write_text("\n".join(map(str, paths)), encoding="utf8")
        commands = {system: [sys.executable, str(SYSTEMS), system, str(listing), str(Path(tmp, f"{system}.json"))]
                    for system in order}
        if lockstep:
            failed = {k: rc for k, rc in run_lockstep(commands, {k: len(paths) for k in order}).items() if rc}
            if failed:
                raise SystemExit(f"benchmark process failed: {failed}")
        else:
            for command in commands.values():
                subprocess.run(command, check=True)
        runs = {}
        for system in order:
            data = json.loads(Path(tmp, f"{system}.json").read_text(encoding="utf8"))
            runs[system] = (data["out"], data["times"], data["log"], data["stage"])
    return runs


# -- scoring --------------------------------------------------------------------------------
def _row(name: str, m: dict) -> str:
    b, c, a = m["body"], m["comments"], m["comments_with_authors"]
    if m.get("body_only"):
        return f"  {name:<12} {m['pages']:>5} {b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f} |  (no comment output)"
    return (f"  {name:<12} {m['pages']:>5} {b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f} | "
            f"{c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f} {a['f1']:8.3f} | "
            f"{m['missed']:>4}/{m['gold_comment_pages']:<4} {m['spurious']:>8} {len(m['no_record']):>9}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="dragnet directory (html/, ground-truth.json)")
    parser.add_argument("--split", choices=("all", "held-out", "tuning"), default="all",
                        help="which pages to run (default all; figures are given per split)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst tuning pages (ours)")
    parser.add_argument("--readability", action="store_true",
                        help="also score readability-lxml's body")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run both systems N times, alternating which runs first; the median ratio is given")
    parser.add_argument("--one-after-the-other", action="store_true",
                        help="time the systems one after the other, not in lockstep (`benchmarks/lockstep.py`)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--save", type=Path, help="write each system's per-page output to this JSON file "
                        "(`benchmarks/extractor_choice.py` reads it)")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data in {args.data}", file=sys.stderr)
        return 2

    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf8"))
    ids = select(sorted(truth, key=lambda k: (len(k), k)), args.split)
    paths = [args.data / "html" / f"{i}.html.gz" for i in ids]
    paths = [p for p in paths if p.exists()]
    ids = [page_id(p.name) for p in paths]

    compile_bytecode()
    ratios, whole_ratios, times = [], [], []
    for n in range(args.repeat):
        order = ("trafilatura", "corpus") if n % 2 == 0 else ("corpus", "trafilatura")
        runs = run_pair(order, paths, not args.one_after_the_other)
        traf, traf_s = runs["trafilatura"][:2]
        ours, ours_s, log, stage_seconds = runs["corpus"]
        times.append((ours_s, traf_s))
        ratios.append(ours_s["run"] / traf_s["run"] if traf_s["run"] else float("nan"))
        whole_ratios.append(ours_s["whole"] / traf_s["whole"] if traf_s["whole"] else float("nan"))
    readability = None
    if args.readability:
        from benchmarks.baselines import run_readability
        texts, _ = run_readability(paths, lambda path: (page_id(path.name), gzip.open(path, "rb").read()))
        readability = {key: {"body": text} for key, text in texts.items()}

    splits = [s for s in ("held-out", "tuning", "all") if args.split in ("all", s)]
    result: dict = {"pages": len(ids),
                    "cpu_seconds": {"corpus": ours_s["run"], "trafilatura": traf_s["run"]},
                    "wall_seconds": {"corpus": ours_s["run_wall"], "trafilatura": traf_s["run_wall"]},
                    "setup_seconds": {"corpus": ours_s["setup"], "trafilatura": traf_s["setup"]},
                    "whole_seconds": {"corpus": ours_s["whole"], "trafilatura": traf_s["whole"]},
                    "time_ratio": statistics.median(ratios), "time_ratios": ratios,
                    "whole_ratio": statistics.median(whole_ratios), "whole_ratios": whole_ratios,
                    "runs_seconds": [{"corpus": o, "trafilatura": t} for o, t in times], "splits": {}}
    for split in splits:
        part = select(ids, split)
        result["splits"][split] = {"corpus": score(truth, ours, part), "trafilatura": score(truth, traf, part)}
        if readability is not None:
            result["splits"][split]["readability"] = {**score(truth, readability, part), "body_only": True}
    stage = sorted(stage_seconds.items(), key=lambda kv: -kv[1])
    result["comment_stage"] = {"total": sum(stage_seconds.values()), "max": stage[0][1] if stage else 0.0,
                               "over_limit": [k for k, v in stage if v > STAGE_LIMIT],
                               "slowest": [{"id": k, "seconds": v} for k, v in stage[:5]]}
    result["worst"] = worst_pages(truth, ours, ids, args.worst) if args.worst else []
    if args.save:
        saved = {"corpus": ours, "trafilatura": traf, "stage_seconds": stage_seconds}
        if readability is not None:
            saved["readability"] = readability
        args.save.write_text(json.dumps(saved, ensure_ascii=False))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0

    print(f"dragnet-train, {len(ids)} pages ({args.split}), both systems in this run")
    print("  comments: all comment texts of a page joined, over pages whose gold has comments; "
          "+authors: each text after its author line")
    print(f"  {'split':<12} {'pages':>5} {'body P':>6} {'R':>6} {'F1':>6} | {'cmt P':>6} {'R':>6} {'F1':>6} "
          f"{'+authors':>8} | {'missed':>9} {'spurious':>8} {'no record':>9}")
    for split, systems in result["splits"].items():
        print(f" {split}")
        print(_row("corpus", systems["corpus"]))
        print(_row("trafilatura", systems["trafilatura"]))
        if "readability" in systems:
            print(_row("readability", systems["readability"]))
    print(f"time (CPU), each system in a fresh process: corpus clean {ours_s['whole']:.1f} s "
          f"(set-up {ours_s['setup']:.2f} s + run {ours_s['run']:.1f} s), trafilatura body+comments "
          f"{traf_s['whole']:.1f} s ({traf_s['setup']:.2f} s + {traf_s['run']:.1f} s)")
    wall = (f"(run's wall {ours_s['run_wall']:.1f} s / {traf_s['run_wall']:.1f} s)" if args.one_after_the_other
            else "(in lockstep: no wall time)")
    print(f"  ratio with set-up {whole_ratios[-1]:.2f}x, run alone {ratios[-1]:.2f}x  {wall}")
    if len(ratios) > 1:
        with_setup = " ".join(f"{r:.2f}" for r in whole_ratios)
        print(f"  {len(ratios)} runs, alternating which starts: with set-up {with_setup}, "
              f"median {result['whole_ratio']:.2f}x; run alone {' '.join(f'{r:.2f}' for r in ratios)}, "
              f"median {result['time_ratio']:.2f}x")
    cs = result["comment_stage"]
    print(f"comment stage: {cs['total']:.1f} s in all, slowest page {cs['max']:.3f} s, "
          f"{len(cs['over_limit'])} pages over {STAGE_LIMIT} s")
    for row in cs["slowest"]:
        print(f"    {row['seconds']:.3f} s  {row['id']}{'  (held out)' if held_out(row['id']) else ''}")
    for split, systems in result["splits"].items():
        if systems["corpus"]["no_record"]:
            print(f"pages without a record ({split}): {' '.join(systems['corpus']['no_record'][:20])}")
    if result["worst"]:
        print(f"\n{args.worst} worst tuning pages (ours): id, body F1, comments F1")
        for row in result["worst"]:
            c = row.get("comments_f1")
            print(f"  {row['id']:<8} {row['body_f1']:.3f} {'-' if c is None else f'{c:.3f}'}")
    if log.strip():
        print("\n" + "\n".join(log.strip().splitlines()[-10:]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
