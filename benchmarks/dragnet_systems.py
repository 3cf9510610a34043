#!/usr/bin/env python3
"""The two systems of `benchmarks/dragnet.py`, each run in a fresh interpreter of its own.

    python benchmarks/dragnet_systems.py corpus|trafilatura PATHS_FILE OUT_JSON

reads the page paths (one a line) from PATHS_FILE, runs the system over them single-threaded
and writes its per-page output and its times to OUT_JSON. Nothing is imported at the top of
this module but the standard library, so that the process's CPU clock (`time.process_time`,
counted from the process's start) holds exactly what a user's run of the system pays:

* ``setup``: the interpreter's start, the system's imports and its construction (trafilatura's
  package; ours: the CLI, the pipeline, the libraries it imports on first use and the cleaner
  registry), read when the run's clock starts;
* ``run``: the run itself (reading and decompressing the files included for both); the lazily
  built tables of the first pages fall in it;
* ``whole``: both, the process's CPU time when the last page is done (what ``time`` of a whole
  ``corpus clean`` run, one process, measures, less the writing of this file).
"""
from __future__ import annotations

import time

import contextlib
import gzip
import io
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = "html_comments"
# what `corpus clean` imports on its first page (imported before the run's clock starts, as
# trafilatura's package is: the run's figure compares the runs alone)
CORPUS_MODULES = ("cleaners.cli", "cleaners.cli.clean", "cleaners.pipeline", "cleaners.run.clean", "cleaners.minhash",
                  "readability", "htmldate", "py3langid.langid", "dateutil.parser")


def page_id(source: str) -> str:
    return Path(source).name.split(".")[0]


def run_trafilatura(paths: list[Path], progress) -> tuple[dict[str, dict], dict]:
    import trafilatura
    out: dict[str, dict] = {}
    start, wall = time.process_time(), time.perf_counter()
    for path in paths:
        with gzip.open(path, "rb") as f:
            data = f.read()
        doc = trafilatura.bare_extraction(data, include_comments=True, with_metadata=False)
        body = (doc.text or "") if doc is not None else ""
        comments = (doc.comments or "") if doc is not None else ""
        out[page_id(path.name)] = {"body": body, "comments": comments, "authored": comments,
                                   "count": 1 if comments.strip() else 0}
        progress.step()
    return out, _times(start, wall)


def _times(start: float, wall: float) -> dict:
    end = time.process_time()
    return {"setup": start, "run": end - start, "whole": end, "run_wall": time.perf_counter() - wall}


class StageClock:
    """Times the comment stage of every page (a wrapper around the cleaner's method), in CPU time of
    the calling thread: process time would add whatever another thread of the run does meanwhile (the
    progress counter walks the inputs in a daemon thread while the first pages are cleaned)."""

    def __init__(self, progress) -> None:
        self.seconds: dict[str, float] = {}
        self.progress = progress      # (`lockstep.Progress`: told when each page is done)

    @contextlib.contextmanager
    def installed(self):
        from cleaners.pipeline import Pipeline
        from cleaners.registry import discover
        cls = discover().get(STAGE)
        original, process = (cls.clean_html if cls is not None else None), Pipeline.process
        clock = self

        def timed(cleaner, doc):
            start = time.thread_time()
            try:
                return original(cleaner, doc)
            finally:
                clock.seconds[page_id(doc.source)] = time.thread_time() - start

        def counted(pipeline, doc):
            try:
                return process(pipeline, doc)
            finally:
                clock.progress.step()

        if cls is not None:
            cls.clean_html = timed
        Pipeline.process = counted
        try:
            yield
        finally:
            Pipeline.process = process
            if cls is not None:
                cls.clean_html = original


def run_corpus(paths: list[Path], clock: StageClock) -> tuple[dict[str, dict], dict, str]:
    import importlib
    for module in CORPUS_MODULES:
        importlib.import_module(module)
    from cleaners import cli, minhash
    minhash.minhash_class()           # (datasketch's MinHash, as the dedup stage loads it)
    with tempfile.TemporaryDirectory() as tmp:
        output = os.path.join(tmp, "out.jsonl")
        err = io.StringIO()
        argv = ["clean", *map(str, paths), "-o", output, "-q", "--no-progress", "--workers", "0"]
        with clock.installed(), contextlib.redirect_stderr(err):
            start, wall = time.process_time(), time.perf_counter()
            cli.main(argv)
            times = _times(start, wall)
        out: dict[str, dict] = {}
        with open(output, encoding="utf8") as f:
            for line in f:
                record = json.loads(line)
                comments = record.get("comments") or []
                out[page_id(record["source"])] = {
                    "body": record["body"],
                    "comments": "\n\n".join(c["text"] for c in comments),
                    "authored": "\n\n".join(f"{c['author']}\n{c['text']}" if c.get("author") else c["text"]
                                            for c in comments),
                    "count": len(comments),
                }
    return out, times, err.getvalue()


def main(argv: list[str]) -> int:
    system, paths_file, out_file = argv
    sys.path.insert(0, str(ROOT))
    paths = [Path(p) for p in Path(paths_file).read_text(encoding="utf8").splitlines() if p]
    from benchmarks.lockstep import Progress
    progress = Progress()
    if system == "trafilatura":
        (out, times), log, stage = run_trafilatura(paths, progress), "", {}
    elif system == "corpus":
        clock = StageClock(progress)
        out, times, log = run_corpus(paths, clock)
        stage = clock.seconds
    else:
        raise SystemExit(f"unknown system {system!r}")
    Path(out_file).write_text(json.dumps({"out": out, "times": times, "log": log, "stage": stage}), encoding="utf8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
