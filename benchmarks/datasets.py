"""Where the development sets live, and the project's hold-out rule.

The sets are not in the repository (licences): they sit in ``shared/benchmarks/`` beside
the checkout (``../shared`` of the main checkout, ``../../shared`` of a worktree under
``wt/``), or wherever ``CORPUS_BENCHMARKS`` points.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def benchmark_dir(name: str) -> Path:
    """The directory of the development set ``name`` (the first that exists, else the usual place)."""
    candidates = []
    if env := os.environ.get("CORPUS_BENCHMARKS"):
        candidates.append(Path(env) / name)
    candidates += [ROOT.parent / "shared" / "benchmarks" / name, ROOT.parent.parent / "shared" / "benchmarks" / name]
    return next((c for c in candidates if c.exists()), candidates[0])


def held_out(page: str) -> bool:
    """The project's hold-out rule, the same for everyone: tune only on the pages it rejects."""
    return int(hashlib.sha1(page.encode()).hexdigest(), 16) % 5 == 0
