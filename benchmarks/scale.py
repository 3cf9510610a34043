"""Scaling: ``corpus clean --workers 1``, ``--workers 2`` and ``--engine ray`` with 2 CPUs,
on the same inputs, in one run.

Inputs: the article-extraction benchmark pages repeated (symbolic links: every copy
is a separate input). Each engine does the same work: clean, dedup, learn site
boilerplate, write (the local runs to ``corpus.jsonl``, Ray to gzip shards; the
records are the same set, which the benchmark checks). Ray runs against a 2-CPU Ray
instance this script starts on 127.0.0.1 beforehand; its start-up time is printed
apart. Prints docs/s, Ray's overhead per document against 2 local workers, and the
ratio against the target (Ray >= 0.85x the local 2-worker speed).

    python benchmarks/scale.py            # 2,000 pages, best of 2 interleaved runs each (several minutes)
    python benchmarks/scale.py --quick    # 600 pages, one run each
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.datasets import benchmark_dir  # noqa: E402

PAGES = benchmark_dir("article-extraction") / "html"
TARGET = 0.85


def build_corpus(directory: Path, count: int, pages: list[Path]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        page = pages[n % len(pages)]
        (directory / f"{n:06d}-{page.name}").symlink_to(page)
    return directory


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall seconds of a command (exit 1, some inputs failed, is a finished run)."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1) or "Traceback" in proc.stderr:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return elapsed


def records(path: Path) -> set[str]:
    if path.is_dir():
        lines = [line for shard in sorted(path.glob("part-*.jsonl.gz"))
                 for line in gzip.decompress(shard.read_bytes()).decode().splitlines()]
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    return {json.dumps(json.loads(line), sort_keys=True) for line in lines}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_ray(temp_dir: Path, cpus: int, env: dict[str, str]) -> tuple[str, float]:
    """A Ray head on 127.0.0.1 with ``cpus`` CPUs in its own temporary directory."""
    port = _free_port()
    started = time.perf_counter()
    proc = subprocess.run([str(Path(sys.executable).parent / "ray"), "start", "--head", f"--port={port}",
                           f"--num-cpus={cpus}", "--num-gpus=0", f"--temp-dir={temp_dir}",
                           "--node-ip-address=127.0.0.1", "--include-dashboard=false", "--disable-usage-stats"],
                          env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"ray start failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return f"127.0.0.1:{port}", time.perf_counter() - started


def stop_ray(temp_dir: Path) -> None:
    """Stop the processes of the Ray instance started here (never anyone else's)."""
    parents: dict[int, int] = {}
    ours: set[int] = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if str(temp_dir) in cmdline:
            ours.add(int(entry))
    grown = True
    while grown:
        more = {pid for pid, ppid in parents.items() if ppid in ours and pid not in ours}
        ours |= more
        grown = bool(more)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in ours:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        time.sleep(2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="600 pages instead of 2,000")
    parser.add_argument("--pages", type=int, help="number of input pages")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each engine, interleaved; the best counts")
    args = parser.parse_args()
    sources = sorted(PAGES.glob("*.html*")) if PAGES.is_dir() else []
    if not sources:
        print(f"benchmark pages not found in {PAGES}", file=sys.stderr)
        return 2
    count = args.pages or (600 if args.quick else 2000)
    if args.quick:
        args.repeat = 1
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    env["RAY_AUTH_MODE"] = "disabled"     # a loopback-only instance, as in tests/cluster
    corpus = [sys.executable, "-m", "cleaners", "clean", "-q", "--no-progress", "--follow-links"]
    tmp = Path(tempfile.mkdtemp(prefix="corpus-scale-", dir="/tmp"))
    try:
        inputs = build_corpus(tmp / "in", count, sources)
        address, startup = start_ray(tmp / "ray", 2, env)
        runs = {"w1": [], "w2": [], "ray": []}
        try:
            for rep in range(args.repeat):    # interleaved, best of each: other load hits all alike
                for name, extra in (("w1", ["--workers", "1"]), ("w2", ["--workers", "2"]),
                                    ("ray", ["--engine", "ray", "--address", address])):
                    out = tmp / f"{name}-{rep}" if name == "ray" else tmp / f"{name}-{rep}.jsonl"
                    runs[name].append(timed([*corpus, str(inputs), "-o", f"{out}/" if name == "ray" else str(out),
                                             *extra], env))
        finally:
            stop_ray(tmp / "ray")
        t1, t2, tr = min(runs["w1"]), min(runs["w2"]), min(runs["ray"])
        written = records(tmp / "w2-0.jsonl")
        others = [records(tmp / "w1-0.jsonl"), records(tmp / "ray-0")]
        same = all(other == written for other in others)
        if len(written) < 0.9 * count:
            raise SystemExit(f"only {len(written)} of {count} pages were cleaned: the benchmark measured nothing")
        r1, r2, rr = count / t1, count / t2, count / tr
        print(f"corpus scale, {count} pages ({len(sources)} distinct), {os.cpu_count()} cores")
        print(f"  corpus clean --workers 1         : {r1:7.1f} docs/s")
        print(f"  corpus clean --workers 2         : {r2:7.1f} docs/s  ratio vs 1 worker {r2 / r1:.2f}")
        print(f"  corpus clean --engine ray, 2 CPUs: {rr:7.1f} docs/s  ratio vs 2 workers {rr / r2:.2f} "
              f"(target >= {TARGET})")
        print(f"  Ray overhead per document        : {(tr - t2) / count * 1000:7.2f} ms "
              f"(Ray start-up, not counted above: {startup:.1f} s)")
        print(f"  same records for all three       : {same} ({len(written)} records; "
              f"{', '.join(str(len(o)) for o in others)} for 1 worker and Ray)")
        return 0 if same else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
