"""Memory of the dedup stage per distinct document, at 10,000 and 100,000 documents.

For each size N, a fresh process runs N distinct small records (synthetic prose of
about 150 words) through the engine's stage list with dedup on (``mark``: the SQLite
state of `cleaners.dedup_store` in a temporary file), and another fresh process runs
the same records with no stage at all (the baseline: making and parsing the records).
The figure is the difference of their peak RSS divided by N. Target: at most 1 KB per
document at both sizes (issue 16: the former in-memory index took about 24 KB).

    python benchmarks/dedup_memory.py [--sizes 10000,100000] [--json]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import random, resource, sys, time
sys.path.insert(0, sys.argv[4])
from cleaners.dedup_store import SqliteDedupStore
from cleaners.stages import StageContext, build_stages

n, dedup, scratch = int(sys.argv[1]), sys.argv[2] == "on", sys.argv[3]
rng = random.Random(7)
vocab = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
         for _ in range(20000)]
store = SqliteDedupStore.temporary(scratch) if dedup else None
stages = build_stages({"dedup": "mark" if dedup else "off"}, StageContext(dedup=store))
started = time.monotonic()
for i in range(n):
    body = " ".join(rng.choice(vocab) for _ in range(150))
    record = {"id": f"{i:064x}", "url": None, "source": f"doc-{i}", "body": body,
              "metadata": {"site": None}, "removed": []}
    stages.process(record)
elapsed = time.monotonic() - started
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, elapsed)
if store is not None:
    store.close()
"""


def measure(n: int, dedup: bool, scratch: str) -> tuple[int, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(n), "on" if dedup else "off", scratch, str(ROOT)],
                         check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for n in (int(s) for s in args.sizes.split(",")):
            base_rss, base_s = measure(n, False, scratch)
            rss, secs = measure(n, True, scratch)
            rows.append({"documents": n, "rss_baseline_mib": round(base_rss / 2**20, 1),
                         "rss_dedup_mib": round(rss / 2**20, 1),
                         "bytes_per_document": round(max(0, rss - base_rss) / n, 1),
                         "dedup_ms_per_document": round(1000 * (secs - base_s) / n, 3)})
    if args.json:
        print(json.dumps(rows))
        return 0
    print("dedup stage memory per distinct document (SQLite state on disk), baseline = same records, no stage")
    for r in rows:
        print(f"  {r['documents']:>7,} documents: peak RSS {r['rss_dedup_mib']:7.1f} MiB vs {r['rss_baseline_mib']:7.1f} MiB "
              f"-> {r['bytes_per_document']:7.1f} bytes/document (target <= 1024); "
              f"{r['dedup_ms_per_document']:.3f} ms/document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
