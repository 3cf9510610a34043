#!/usr/bin/env python3
"""Article-extraction quality and speed of the real pipeline against bare trafilatura.

Runs ``corpus clean`` (in process, through ``cleaners.cli.main``) over the
ScrapingHub/Zyte benchmark pages, maps every record back to its page id (the file
name), scores its ``body`` with the benchmark's metric (benchmarks/scoring.py) and,
in the same run, scores ``trafilatura.extract(html, include_comments=False)``.
Both systems are timed in alternating rounds in this one process, in CPU seconds of the
process (both run single-threaded in it, so other processes on the machine do not skew
the ratio); the best round of each is reported (ms per page, reading and decompressing
the page included for both).

``--readability`` adds readability-lxml (``benchmarks/baselines.py``) as a third system,
scored the same way and timed in one round.

    python benchmarks/extraction.py [--data DIR] [--rounds N] [--worst N] [--readability] [--json] [--save FILE]
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.baselines import run_readability  # noqa: E402
from benchmarks.datasets import benchmark_dir, held_out  # noqa: E402
from benchmarks.scoring import evaluate  # noqa: E402

DEFAULT_DATA = benchmark_dir("article-extraction")


def page_id(source: str) -> str:
    return Path(source).name.split(".")[0]


def run_trafilatura(paths: list[Path]) -> tuple[dict[str, str], float]:
    import trafilatura
    out: dict[str, str] = {}
    start = time.process_time()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf8") as f:
            html = f.read()
        out[page_id(path.name)] = trafilatura.extract(html, include_comments=False) or ""
    return out, time.process_time() - start


def run_pipeline(html_dir: Path) -> tuple[dict[str, str], float]:
    from cleaners import cli
    with tempfile.TemporaryDirectory() as tmp:
        output = os.path.join(tmp, "out.jsonl")
        err = io.StringIO()
        start = time.process_time()
        argv = ["clean", str(html_dir), "-o", output, "-q", "--no-progress", "--workers", "0"]   # in this process
        with contextlib.redirect_stderr(err):
            code = cli.main(argv)
        elapsed = time.process_time() - start
        if code != 0:
            print(err.getvalue(), file=sys.stderr)
        out: dict[str, str] = {}
        with open(output, encoding="utf8") as f:
            for line in f:
                record = json.loads(line)
                out[page_id(record["source"])] = record["body"]
    return out, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark directory (html/, ground-truth.json)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timing rounds per system (default 3)")
    parser.add_argument("--worst", type=int, default=10, help="how many worst tuning pages to list")
    parser.add_argument("--readability", action="store_true",
                        help="also score readability-lxml")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--save", type=Path, help="write each system's per-page body to this JSON file "
                        "(`benchmarks/extractor_choice.py --set scrapinghub` reads it)")
    args = parser.parse_args(argv)

    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf8"))
    expected = {key: value.get("articleBody", "") for key, value in truth.items()}
    html_dir = args.data / "html"
    paths = sorted(html_dir.glob("*.html.gz"))
    n = len(paths)

    ours_times, traf_times = [], []
    ours = traf = {}
    for i in range(max(1, args.rounds)):
        # alternate which system goes first, so neither always runs on a warmer machine
        order = (("ours", "traf") if i % 2 == 0 else ("traf", "ours"))
        for system in order:
            if system == "ours":
                ours, t = run_pipeline(html_dir)
                ours_times.append(t)
            else:
                traf, t = run_trafilatura(paths)
                traf_times.append(t)

    systems = {}
    saved = {"corpus": ours, "trafilatura": traf}
    if args.readability:
        texts, seconds = run_readability(paths, lambda path: (page_id(path.name), gzip.open(path, "rb").read()))
        saved["readability"] = texts
        metrics, _ = evaluate(expected, texts)
        held_metrics, _ = evaluate({k: v for k, v in expected.items() if held_out(k)}, texts)
        systems["readability"] = {**metrics, "ms_per_page": 1000 * seconds / n, "held_out": held_metrics}

    if args.save:
        args.save.write_text(json.dumps(saved, ensure_ascii=False))
    ours_metrics, ours_pages = evaluate(expected, ours)
    traf_metrics, _ = evaluate(expected, traf)
    held = {k: v for k, v in expected.items() if held_out(k)}     # the project's hold-out part of the set
    ours_held, _ = evaluate(held, ours)
    traf_held, _ = evaluate(held, traf)
    ours_ms = 1000 * min(ours_times) / n
    traf_ms = 1000 * min(traf_times) / n

    def page_f1(s):
        p, r = s.precision or 0.0, s.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    # tuning pages only: the held-out part is measured, never looked at
    worst = sorted(((k, s) for k, s in ours_pages.items() if not held_out(k)), key=lambda kv: page_f1(kv[1]))[:args.worst]
    result = {
        "pages": n,
        "missing": sorted(set(expected) - set(ours)),
        "ours": {**ours_metrics, "ms_per_page": ours_ms, "round_seconds": ours_times},
        "trafilatura": {**traf_metrics, "ms_per_page": traf_ms, "round_seconds": traf_times},
        "time_ratio": ours_ms / traf_ms,
        "held_out": {"pages": len(held), "ours": ours_held, "trafilatura": traf_held},
        **systems,
        "worst": [{"id": key, "url": truth[key].get("url"), "precision": s.precision, "recall": s.recall}
                  for key, s in worst],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{n} pages, {args.rounds} alternating timing rounds (best round reported), single process, CPU time")
    print(f"{'system':<28} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'ms/page':>8}")
    for name, m, ms in (("corpus clean (ours)", ours_metrics, ours_ms),
                        ("trafilatura.extract (bare)", traf_metrics, traf_ms),
                        *((("readability-lxml (1 round)", m, m["ms_per_page"]),) if (m := systems.get("readability")) else ())):
        print(f"{name:<28} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} {m['accuracy']:6.3f} {ms:8.1f}")
    print(f"time ratio ours / trafilatura: {result['time_ratio']:.2f}x")
    readability_held = f", readability-lxml {m['held_out']['f1']:.3f}" if (m := systems.get("readability")) else ""
    print(f"held-out part ({len(held)} pages): F1 ours {ours_held['f1']:.3f}, trafilatura {traf_held['f1']:.3f}"
          f"{readability_held}")
    if result["missing"]:
        print(f"pages without a record: {len(result['missing'])}")
    print(f"\n{args.worst} worst tuning pages (ours):")
    for row in result["worst"]:
        p = "  -  " if row["precision"] is None else f"{row['precision']:.3f}"
        print(f"  P {p}  R {row['recall']:.3f}  {row['id'][:16]}  {row['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
