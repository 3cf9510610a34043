"""Throughput of `corpus clean` against bare trafilatura, measured in one run.

Builds a corpus of at least 5,000 pages by repeating the article-extraction
benchmark pages (symbolic links, so every copy is a separate input), then measures:

* bare ``trafilatura.extract`` on one process (read + gunzip + decode + extract),
* our pipeline (``corpus clean``) with 1 worker and with N workers: docs/s, peak RSS
  of the whole process tree,
* peak RSS at 2,000 and at 20,000 documents (memory must stay flat),

and prints the ratios against the targets (1 worker >= 0.8x trafilatura, N workers
>= 1.7x 1 worker for N = 2, RSS(20k) <= 1.1x RSS(2k)).

    python benchmarks/throughput.py               # full run (several minutes)
    python benchmarks/throughput.py --quick       # smaller corpus, same measurements
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.datasets import benchmark_dir  # noqa: E402

PAGES = benchmark_dir("article-extraction") / "html"


def build_corpus(directory: Path, count: int, pages: list[Path]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        page = pages[n % len(pages)]
        link = directory / f"{n:06d}-{page.name}"
        if not link.exists():
            link.symlink_to(page)
    return directory


def _tree_rss_kib(pgid: int) -> int:
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            if int(fields[2]) != pgid:      # field 5 of stat: process group
                continue
            with open(f"/proc/{entry}/status", "rb") as fh:
                for line in fh:
                    if line.startswith(b"VmRSS:"):
                        total += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total


def run_measured(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, summed over the process tree) of a command."""
    peak = 0
    done = threading.Event()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def poll() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    watcher.join()
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return elapsed, peak


def bare_trafilatura(directory: Path) -> float:
    """Docs/s of bare trafilatura.extract on this process, same files, same reading."""
    import trafilatura
    files = sorted(directory.iterdir())
    started = time.perf_counter()
    for path in files:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        trafilatura.extract(html, include_comments=False)
    return len(files) / (time.perf_counter() - started)


def ours(directory: Path, workers: int, out: Path) -> tuple[float, int]:
    count = sum(1 for _ in directory.iterdir())
    seconds, peak = run_measured([sys.executable, "-m", "cleaners", "clean", str(directory), "-o", str(out),
                                  "--workers", str(workers), "-q", "--follow-links"])   # the corpus is links
    return count / seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000, help="corpus size for the speed runs (default 5000)")
    parser.add_argument("--small", type=int, default=2000, help="small corpus for the memory check (default 2000)")
    parser.add_argument("--large", type=int, default=20000, help="large corpus for the memory check (default 20000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--quick", action="store_true", help="1,000 pages; memory check at 500 and 5,000")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.small, args.large = 1000, 500, 5000
    pages = sorted(PAGES.glob("*.html.gz"))
    if not pages:
        raise SystemExit(f"benchmark pages not found in {PAGES}")
    with tempfile.TemporaryDirectory(prefix="corpus-throughput-") as tmp:
        tmp_path = Path(tmp)
        speed = build_corpus(tmp_path / "speed", args.pages, pages)
        traf = bare_trafilatura(speed)
        one, rss_one = ours(speed, 1, tmp_path / "one.jsonl")
        many, rss_many = ours(speed, args.workers, tmp_path / "many.jsonl")
        identical = (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "many.jsonl").read_bytes()
        _, rss_small = ours(build_corpus(tmp_path / "small", args.small, pages), args.workers, tmp_path / "s.jsonl")
        _, rss_large = ours(build_corpus(tmp_path / "large", args.large, pages), args.workers, tmp_path / "l.jsonl")
    result = {
        "pages": args.pages, "workers": args.workers,
        "trafilatura_docs_per_s": round(traf, 1), "ours_1_worker_docs_per_s": round(one, 1),
        f"ours_{args.workers}_workers_docs_per_s": round(many, 1),
        "ratio_1_worker_vs_trafilatura": round(one / traf, 3),
        f"ratio_{args.workers}_workers_vs_1": round(many / one, 3),
        "peak_rss_mib_1_worker": round(rss_one / 1024, 1), f"peak_rss_mib_{args.workers}_workers": round(rss_many / 1024, 1),
        f"peak_rss_mib_at_{args.small}": round(rss_small / 1024, 1), f"peak_rss_mib_at_{args.large}": round(rss_large / 1024, 1),
        "rss_ratio_large_vs_small": round(rss_large / rss_small, 3),
        "output_identical_1_vs_n_workers": identical,
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"corpus throughput, {args.pages} pages ({len(pages)} distinct), {os.cpu_count()} cores")
    print(f"  bare trafilatura.extract, 1 process : {traf:7.1f} docs/s")
    print(f"  corpus clean --workers 1            : {one:7.1f} docs/s  peak RSS {rss_one / 1024:6.0f} MiB"
          f"  ratio vs trafilatura {one / traf:.2f} (target >= 0.80)")
    print(f"  corpus clean --workers {args.workers:<13}: {many:7.1f} docs/s  peak RSS {rss_many / 1024:6.0f} MiB"
          f"  ratio vs 1 worker {many / one:.2f} (target >= 1.70 for 2 workers)")
    print(f"  peak RSS at {args.small} docs {rss_small / 1024:.0f} MiB, at {args.large} docs {rss_large / 1024:.0f} MiB:"
          f" ratio {rss_large / rss_small:.2f} (target <= 1.10)")
    print(f"  output identical for 1 and {args.workers} workers: {identical}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
