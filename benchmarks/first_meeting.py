#!/usr/bin/env python3
"""Where a `corpus clean` run's time goes, first meeting and warm apart: the same pages cleaned twice in one process.

The first pass pays what a fresh process pays once per language met (compiling its patterns: Python ``re`` and RE2,
RE2's reverse programs and DFA states, word lists, locale data); the second pass, over the same pages, pays only the
work of each page. Per pass it prints the process CPU, the thread CPU of every stage (each cleaner's ``clean_html`` or
``clean``, the pipeline's steps, the corpus stages, and what lies outside the pipeline: reading, records, writing),
and what the regular expressions cost: Python ``re`` compiles, RE2 compiles, RE2's reverse programs built during the
pass (RE2 builds one, as costly as the pattern's own compile, at the first unanchored search that finds a match: it
runs the pattern backwards from the match's end to find its start; estimated by compiling a copy's reverse program)
and RE2's matching (the first pass's matching less the second's: DFA states built).

    python benchmarks/first_meeting.py                      # the multilingual set of benchmarks/multilingual_time.py
    python benchmarks/first_meeting.py --dragnet 5          # every 5th Dragnet page
    python benchmarks/first_meeting.py PAGE... --top 30     # given pages, 30 rows a table
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import importlib
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_PIPELINE_STEPS = ("reanchor", "trim_to_agreement", "text_units", "page_order", "log_unextracted", "author_from_byline",
                   "date_from_byline", "main_headings", "main_text", "LexborHTMLParser", "_repaired", "decode_bytes",
                   "read_text", "repair_blocks")
_MODULE_STEPS = (("page_metadata", "page_metadata"), ("page_metadata", "date_from_html"),
                 ("page_metadata", "article_body"), ("extract", "extract"), ("extract", "prune_for_extraction"),
                 ("page_authors", "author_from_markup"), ("page_authors", "settled"), ("lang", "document_language"),
                 ("extract_jsonld", "with_declared_body"))


class Clock:
    """Thread CPU per key, into the current pass's counter (outermost call of a key only)."""

    def __init__(self, passes: int):
        self.passes = [collections.Counter() for _ in range(passes)]
        self.current = 0
        self.depth: collections.Counter = collections.Counter()

    def wrap(self, function, key: str):
        clock, depth = self, self.depth

        def timed(*args, **kwargs):
            depth[key] += 1
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                depth[key] -= 1
                if not depth[key]:
                    clock.passes[clock.current][key] += time.thread_time() - start
        return timed


def _instrument_stages(clock: Clock) -> None:
    import cleaners.pipeline as pl
    from cleaners.registry import discover
    from cleaners.stages.base import StageList
    for name, cls in discover().items():
        for method in ("clean_html", "clean"):
            if method in cls.__dict__:
                setattr(cls, method, clock.wrap(cls.__dict__[method], f"cleaner {name}.{method}"))
    for name in _PIPELINE_STEPS:
        if hasattr(pl, name):
            setattr(pl, name, clock.wrap(getattr(pl, name), f"pipeline {name}"))
    for module, name in _MODULE_STEPS:
        owner = getattr(pl, module)
        setattr(owner, name, clock.wrap(getattr(owner, name), f"pipeline {module}.{name}"))
    pl.Chain.run_html = clock.wrap(pl.Chain.run_html, "chain: html stage")
    pl.Chain.run_text = clock.wrap(pl.Chain.run_text, "chain: text stage")
    pl.Pipeline.process = clock.wrap(pl.Pipeline.process, "Pipeline.process")
    for method in ("process", "observe", "apply"):
        setattr(StageList, method, clock.wrap(getattr(StageList, method), "corpus stages"))


class Engines:
    """Python ``re`` and RE2 compiles, RE2 matching, and the RE2 patterns compiled in each pass."""

    def __init__(self, clock: Clock):
        import re._compiler as sre_compiler

        from cleaners import linear_re
        self.clock, self.made = clock, [[] for _ in clock.passes]
        compile_re, compile_re2 = sre_compiler.compile, linear_re.compile
        engines = self

        def timed_re(pattern, flags=0):
            start = time.thread_time()
            try:
                return compile_re(pattern, flags)
            finally:
                clock.passes[clock.current]["re: compile"] += time.thread_time() - start

        def timed_re2(pattern, ignore_case=False):
            start = time.thread_time()
            compiled = compile_re2(pattern, ignore_case)
            clock.passes[clock.current]["RE2: compile"] += time.thread_time() - start
            engines.made[clock.current].append((compiled, pattern, ignore_case))
            compiled._wrapped = _TimedRE2(compiled._wrapped, clock)
            return compiled

        self.compile_re2 = compile_re2
        sre_compiler.compile, linear_re.compile = timed_re, timed_re2

    def reverse_cost(self, index: int) -> tuple[int, float]:
        """The RE2 patterns of pass ``index`` whose reverse program was built during it, and its estimated cost."""
        built, seconds = 0, 0.0
        for compiled, pattern, ignore_case in self.made[index]:
            start = time.thread_time()
            compiled._wrapped.reverseprogramsize
            if time.thread_time() - start < 1e-4:     # already there: built by a search of the pass
                copy = self.compile_re2(pattern + "(?:)", ignore_case)      # (a new object: re2's cache not hit)
                start = time.thread_time()
                copy._wrapped.reverseprogramsize
                seconds += time.thread_time() - start
                built += 1
        return built, seconds


class _TimedRE2:
    """An ``re2`` pattern whose searches add their time to the clock's current pass."""
    __slots__ = ("compiled", "clock")

    def __init__(self, compiled, clock: Clock):
        self.compiled, self.clock = compiled, clock

    def _timed(self, how, *args):
        start = time.thread_time()
        try:
            return how(*args)
        finally:
            self.clock.passes[self.clock.current]["RE2: matching"] += time.thread_time() - start

    def search(self, *args):
        return self._timed(self.compiled.search, *args)

    def match(self, *args):
        return self._timed(self.compiled.match, *args)

    def fullmatch(self, *args):
        return self._timed(self.compiled.fullmatch, *args)

    def __getattr__(self, name):
        return getattr(self.compiled, name)


def _pages(args) -> list[str]:
    if args.paths:
        return args.paths
    if args.dragnet:
        from benchmarks.datasets import benchmark_dir
        return sorted(str(p) for p in (benchmark_dir("dragnet-train") / "html").glob("*.html.gz"))[::args.dragnet]
    folder = tempfile.mkdtemp(prefix="first_meeting_")     # (composed in another process: the harnesses that
    subprocess.run([sys.executable, __file__, "--compose", folder], check=True)     # write them read our word lists)
    return (Path(folder) / "paths.txt").read_text(encoding="utf-8").splitlines()


def _compose(folder: str) -> None:
    """The multilingual set of benchmarks/multilingual_time.py, in its order, written to ``folder``."""
    from benchmarks.multilingual_time import pages
    paths = []
    for name, _, text in pages(60, 1):
        (Path(folder) / name).write_text(text, encoding="utf-8")
        paths.append(str(Path(folder) / name))
    (Path(folder) / "paths.txt").write_text("\n".join(paths), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="pages (default: the multilingual set)")
    parser.add_argument("--dragnet", type=int, help="every Nth Dragnet page in place of the multilingual set")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--top", type=int, default=25, help="rows of the stage table")
    parser.add_argument("--no-engines", action="store_true", help="no regex accounting (less overhead)")
    parser.add_argument("--compose", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.compose:
        return _compose(args.compose)
    paths = _pages(args)
    clock = Clock(args.passes + 1)      # [0]: the imports, before the first pass
    engines = None if args.no_engines else Engines(clock)
    start = time.process_time()
    from benchmarks.dragnet_systems import CORPUS_MODULES
    for module in CORPUS_MODULES:
        importlib.import_module(module)
    from cleaners import cli, minhash
    minhash.minhash_class()
    _instrument_stages(clock)       # (imports every cleaner's module: `corpus clean` does at its start)
    totals = [time.process_time() - start]
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(1, args.passes + 1):
            clock.current = index
            start = time.process_time()
            with contextlib.redirect_stderr(io.StringIO()):
                cli.main(["clean", *paths, "-o", f"{tmp}/out{index}.jsonl", "-q", "--no-progress", "--workers", "0"])
            totals.append(time.process_time() - start)
    _report(paths, clock, engines, totals, args.top)


def _report(paths, clock: Clock, engines: Engines | None, totals: list[float], top: int) -> None:
    print(f"{len(paths)} pages, {len(totals) - 1} passes in one process after the imports; CPU s (thread time "
          "for the rows; 1 - 2: the first meeting)")
    passes = clock.passes
    for index, counter in enumerate(passes):
        counter["TOTAL (process CPU)"] = totals[index]
        if index:
            counter["outside Pipeline.process (reading, records, stages, writing)"] = \
                totals[index] - counter["Pipeline.process"]
    if engines is not None:
        for index, counter in enumerate(passes):
            built, seconds = engines.reverse_cost(index)
            counter["RE2: reverse programs (estimated)"] = seconds
            counter["RE2: reverse programs built"] = built
            counter["RE2: patterns compiled"] = len(engines.made[index])
    header = "   imports" + "".join(f"  pass {i:<3}" for i in range(1, len(passes))) + \
        ("     1 - 2" if len(passes) > 2 else "")
    keys = sorted(set().union(*passes), key=lambda k: -passes[1][k])
    engine_rows = [k for k in keys if k.startswith(("re:", "RE2:"))]
    stage_rows = [k for k in keys if k not in engine_rows]
    for title, rows in (("stages", stage_rows[:top]), ("regular expressions", engine_rows)):
        print(f"\n{title:62}{header}")
        for key in rows:
            values = [counter[key] for counter in passes]
            count = key.endswith(("built", "compiled"))
            cells = "".join(f"{v:10.0f}" if count else f"{v:10.3f}" for v in values)
            diff = f"{values[1] - values[2]:10.3f}" if len(values) > 2 and not count else ""
            print(f"{key[:62]:62}{cells}{diff}")


if __name__ == "__main__":
    main()
