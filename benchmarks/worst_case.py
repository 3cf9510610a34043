#!/usr/bin/env python3
"""Worst cases by construction: adversarial families of inputs at growing sizes.

Every family of `benchmarks/worst_case_families.py` (comment threads flat and deep, 10k-row
tables, a 1 MB paragraph, thousands of tiny paragraphs or inline elements, nesting under and
over the depth limit, giant attributes, scripts and JSON-LD, long tokens, var_dump and JSON
dumps, regex-hostile runs, ...) is built at scales 1x, 4x, 16x (``--scales``) and cleaned by
``Pipeline.process`` in a forked child (a runaway costs its ``--cap``, not the run). Printed
per family and scale: the seconds of the whole pipeline (decoding included), of the
extraction (``extract.extract``: trafilatura and our reading of its tree), of the comment
stage (``html_comments``), of the other html cleaners, of the text chain, the slowest
cleaner, and of bare ``trafilatura.extract`` on the same page (html only); then the growth
exponent between the last two scales (``log(t2/t1) / log(k2/k1)``: 1 linear, 2 quadratic).

``--pool`` then writes the largest inputs of every family and a set of broken encodings to a
folder and runs ``corpus clean`` over it the way users run it (worker pool, per-page
``--timeout``), and checks that every input has a record or an error line naming it.

    python benchmarks/worst_case.py [--scales 1,4,16] [--only NAME,...] [--cap 60] [--pool] [--timeout 60]
"""
from __future__ import annotations

import argparse
import gc
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.capped import ChildError, run_capped  # noqa: E402
from benchmarks.worst_case_families import ARTICLE, PARA, page, text  # noqa: E402
from benchmarks.worst_case_bombs import FAMILIES  # noqa: E402

COMMENT_STAGE = "html_comments"
COLUMNS = ("total", "extract", "comments", "html", "text", "trafilatura")


def broken_encodings() -> dict[str, bytes]:
    """Single inputs with broken bytes (not scaled): each must give a record or a clear error."""
    html = page(f"<p>Café, naïve — “quoted” {PARA}</p>")
    return {
        "utf16-no-bom.html": html.decode().encode("utf-16-le"),
        "utf16-bom-meta-utf8.html": b"\xff\xfe" + html.decode().encode("utf-16-le"),
        "mixed-cp1252-utf8.html": html.replace("Café".encode(), "Café".encode("cp1252")),
        "nul-bytes.html": html.replace(b"<p>", b"<p>\x00\x00"),
        "nul-text.txt": text(PARA.replace(" ", "\x00 ")),
        "bom-wrong-meta.html": b"\xef\xbb\xbf" + html.replace(b'charset="utf-8"', b'charset="shift_jis"'),
        "latin1-meta-utf8.html": html.decode().encode("latin-1", "replace"),
        "only-nul.txt": b"\x00" * 4096,
        "binary.html": random.Random(3).randbytes(65536),
        "truncated-utf8.txt": text(PARA + " 预算")[:-2],
        "cut-in-tag.html": page(ARTICLE)[:300] + b'<a href="',
        "empty.html": b"",
        "whitespace.txt": b" \n\t\n  \n",
    }


class StageClock:
    """Wraps ``extract.extract`` and every cleaner's methods; sums seconds per stage."""

    def __init__(self, chain) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.slowest: dict[str, float] = defaultdict(float)
        from cleaners import extract
        original = extract.extract

        def timed_extract(*a, **kw):
            start = time.perf_counter()
            try:
                return original(*a, **kw)
            finally:
                self.seconds["extract"] += time.perf_counter() - start
        extract.extract = timed_extract
        for cleaner in chain.cleaners:
            for method in ("clean_html", "clean"):
                if method == "clean_html" and cleaner.scope == "text" or method == "clean" and cleaner.scope == "html":
                    continue
                stage = "comments" if cleaner.name == COMMENT_STAGE else ("html" if method == "clean_html" else "text")
                setattr(cleaner, method, self._wrap(getattr(cleaner, method), stage, cleaner.name))

    def _wrap(self, fn, stage: str, name: str):
        def timed(doc):
            start = time.perf_counter()
            try:
                return fn(doc)
            finally:
                spent = time.perf_counter() - start
                self.seconds[stage] += spent
                self.slowest[name] += spent
        return timed


_STATE: dict = {}


def warm_up() -> None:
    """Build the pipeline and clean one small input of each kind before forking the children."""
    from cleaners.pipeline import Pipeline
    import trafilatura
    pipeline = Pipeline()
    _STATE["clock"] = StageClock(pipeline.chain)
    _STATE["pipeline"] = pipeline
    for name in ("flat-comments", "text-var-dump"):
        kind, data = FAMILIES[name].make(1)
        pipeline.process(pipeline.document(f"warm.{kind}", data, kind))
    trafilatura.extract(FAMILIES["flat-comments"].make(1)[1].decode(), include_comments=True)
    gc.freeze()


def measure_once(name: str, scale: int) -> dict:
    pipeline, clock = _STATE["pipeline"], _STATE["clock"]
    kind, data = FAMILIES[name].make(scale)
    clock.seconds.clear()
    clock.slowest.clear()
    gc.collect()
    start = time.perf_counter()
    doc = pipeline.document(f"worst/{name}.{'html' if kind == 'html' else 'txt'}", data, kind)
    out = pipeline.process(doc)
    result = dict(clock.seconds, total=time.perf_counter() - start, bytes=len(data), kind=kind,
                  comment_count=len(out.comments))
    result["slowest"], result["slowest_s"] = max(clock.slowest.items(), key=lambda kv: kv[1], default=("-", 0.0))
    return result


def trafilatura_once(name: str, scale: int) -> float:
    import trafilatura
    data = FAMILIES[name].make(scale)[1]
    gc.collect()
    start = time.perf_counter()
    trafilatura.extract(data.decode("utf-8", "replace"), include_comments=True)
    return time.perf_counter() - start


def measure(fn, name: str, scale: int, cap: float):
    """``fn(name, scale)`` in a forked child: its result, an error message, or None past ``cap``."""
    try:
        return run_capped(fn, (name, scale), cap)
    except ChildError as exc:
        return str(exc)


def exponent(t1: float, t2: float, k1: int, k2: int) -> float | None:
    if t1 < 0.01 or t2 <= 0:          # under 10 ms the ratio is noise
        return None
    return math.log(t2 / t1) / math.log(k2 / k1)


def run_scales(names: list[str], scales: list[int], cap: float) -> list[dict]:
    rows = []
    print(f"{'family':17s} {'k':>3s} {'bytes':>9s} " + " ".join(f"{c:>8s}" for c in COLUMNS)
          + f" {'exp':>5s} {'texp':>5s}  slowest cleaner", flush=True)
    for name in names:
        previous = None
        for k in scales:
            r = measure(measure_once, name, k, cap)
            if not isinstance(r, dict):
                print(f"{name:17s} {k:3d} {'':9s} {'>' + str(cap) + ' s' if r is None else r}", flush=True)
                rows.append({"family": name, "k": k, "error": r or f"over {cap} s"})
                break
            if r["kind"] == "html":
                t = measure(trafilatura_once, name, k, cap)
                r["trafilatura"] = t if isinstance(t, float) else float("inf")
            exp = exponent(previous["total"], r["total"], previous["k"], k) if previous else None
            texp = exponent(previous.get("trafilatura", 0), r.get("trafilatura", 0), previous["k"], k) \
                if previous and "trafilatura" in r else None
            r.update(family=name, k=k, exp=exp, texp=texp)
            cells = " ".join(f"{r[c]:8.3f}" if c in r else f"{'-':>8s}" for c in COLUMNS)
            fmt = lambda e: f"{e:5.2f}" if e is not None else f"{'':5s}"  # noqa: E731
            print(f"{name:17s} {k:3d} {r['bytes']:9d} {cells} {fmt(exp)} {fmt(texp)}  "
                  f"{r['slowest']} {r['slowest_s']:.3f}", flush=True)
            rows.append(r)
            previous = r
    return rows


def run_pool(names: list[str], scale: int, timeout: float, workers: int) -> int:
    """`corpus clean` over the largest inputs and the broken encodings: every input accounted for."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for name in names:
            kind, data = FAMILIES[name].make(scale)
            (folder / f"{name}.{'html' if kind == 'html' else 'txt'}").write_bytes(data)
        for name, data in broken_encodings().items():
            (folder / name).write_bytes(data)
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-m", "cleaners", "clean", str(folder), "-o", str(out), "--no-progress",
               "--workers", str(workers), "--timeout", str(timeout), "--force"]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout * (len(names) + 20))
        wall = time.perf_counter() - start
        records = {Path(json.loads(line)["source"]).name for line in out.read_text().splitlines()} \
            if out.exists() else set()
        errors_file = Path(tmp) / "out.errors.jsonl"
        errors = {Path(e["source"]).name: e for e in map(json.loads, errors_file.read_text().splitlines())} \
            if errors_file.exists() else {}
        inputs = sorted(p.name for p in folder.iterdir())
        missing = [n for n in inputs if n not in records and n not in errors]
        print(f"\ncorpus clean --workers {workers} --timeout {timeout}: {len(inputs)} inputs, {len(records)} records, "
              f"{len(errors)} errors, exit {proc.returncode}, {wall:.1f} s wall")
        for n, e in sorted(errors.items()):
            print(f"  error {n}: stage {e.get('stage')} {e.get('error')}: {str(e.get('message'))[:120]}")
        for n in missing:
            print(f"  MISSING {n}: neither a record nor an error")
        print(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "(no summary)")
        return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,4,16")
    parser.add_argument("--only", default="", help="comma-separated family names")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds allowed per measurement")
    parser.add_argument("--pool", action="store_true", help="then run corpus clean over the largest inputs")
    parser.add_argument("--pool-only", action="store_true", help="only the corpus clean check")
    parser.add_argument("--timeout", type=float, default=60.0, help="corpus clean --timeout for --pool")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", metavar="FILE", help="write the rows as JSON")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(FAMILIES)
    unknown = [n for n in names if n not in FAMILIES]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}; known: {', '.join(FAMILIES)}")
    scales = [int(s) for s in args.scales.split(",")]
    status = 0
    if not args.pool_only:
        warm_up()
        rows = run_scales(names, scales, args.cap)
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1))
        worst = [r for r in rows if r.get("exp") is not None and r["exp"] > 1.5 or "error" in r]
        print("\nsuper-linear or failed:", ", ".join(f"{r['family']}@{r['k']}" for r in worst) or "none")
        status = 1 if worst else 0
    if args.pool or args.pool_only:
        status |= run_pool(names, scales[-1], args.timeout, args.workers)
    return status


if __name__ == "__main__":
    sys.exit(main())
