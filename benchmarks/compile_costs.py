"""What a `corpus clean` run pays compiling regular expressions: every real compile of Python ``re`` (its
compiler, called on a miss of ``re``'s own cache) and of RE2 (``re2.compile``), its CPU time (thread time, so a
busy machine does not inflate it as wall time does) and its caller, over the Dragnet pages in one process.

    python benchmarks/compile_costs.py                       # the 966 Dragnet pages
    python benchmarks/compile_costs.py tests/fixtures/multilingual/*.html --top 20

Prints, per engine, the compiles, their CPU seconds, the patterns compiled more than once (``re``: its cache of
``re._MAXCACHE`` patterns evicted them; RE2: hits of ``re2``'s own cache, no new compile) and the callers that
compile most. The first use of an RE2 pattern also builds its reverse program and DFA states: not counted here."""
from __future__ import annotations

import argparse
import collections
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

import re2
import re._compiler as sre_compiler

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.datasets import benchmark_dir  # noqa: E402

_SKIP = ("/re/", "/re2/", "lazy_re.py", "linear_re.py", "functools.py", "/lang/__init__.py", "/enum.py", __file__)


def _caller() -> str:
    frame = sys._getframe(2)
    while frame is not None and any(s in frame.f_code.co_filename for s in _SKIP):
        frame = frame.f_back
    if frame is None:
        return "?"
    name = frame.f_code.co_filename
    name = name[len(str(ROOT)) + 1:] if name.startswith(str(ROOT)) else name.rsplit("site-packages/", 1)[-1]
    return f"{name}:{frame.f_lineno}"


def _hooked(rows: list) -> None:
    sre, make = sre_compiler.compile, re2.compile

    def sre_compile(pattern, flags=0):
        start = time.thread_time()
        compiled = sre(pattern, flags)
        rows.append(("re", time.thread_time() - start, pattern, int(flags), _caller()))
        return compiled

    def re2_compile(pattern, options=None):
        start = time.thread_time()
        compiled = make(pattern, options)
        ignore_case = int(options is not None and not options.case_sensitive)
        rows.append(("re2", time.thread_time() - start, pattern, ignore_case, _caller()))
        return compiled

    sre_compiler.compile, re2.compile = sre_compile, re2_compile


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="pages (default: the Dragnet pages)")
    parser.add_argument("--top", type=int, default=12, help="callers listed per engine")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(str(p) for p in (benchmark_dir("dragnet-train") / "html").glob("*.html.gz"))
    rows: list = []
    _hooked(rows)
    from cleaners import cli
    start = time.process_time()
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stderr(io.StringIO()):
        cli.main(["clean", *paths, "-o", str(Path(tmp) / "o.jsonl"), "-q", "--no-progress", "--workers", "0"])
    print(f"{len(paths)} pages, {time.process_time() - start:.2f} s CPU (imports of the cleaners included)")
    for engine in ("re", "re2"):
        found = [r for r in rows if r[0] == engine]
        seen = collections.Counter((r[2], r[3]) for r in found)
        again = sum(n - 1 for n in seen.values() if n > 1)
        print(f"{engine}: {len(found)} compiles, {sum(r[1] for r in found):.3f} s; {len(seen)} distinct, "
              f"{again} compiled again ({sum(1 for n in seen.values() if n > 1)} patterns)")
        by: dict[str, list] = collections.defaultdict(lambda: [0, 0.0, 0])
        for row in found:
            entry = by[row[4]]
            entry[0] += 1
            entry[1] += row[1]
            entry[2] += len(row[2])
        for caller, (count, seconds, chars) in sorted(by.items(), key=lambda kv: -kv[1][1])[:args.top]:
            print(f"  {seconds:7.3f} s {count:5d} compiles {chars:9d} chars  {caller}")


if __name__ == "__main__":
    main()
