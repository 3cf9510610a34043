"""Where a `corpus clean` run's CPU goes: each cleaner and each step of the page pipeline clocked, in one process.

    python benchmarks/step_costs.py                          # the 966 Dragnet pages
    python benchmarks/step_costs.py tests/fixtures/multilingual/*.html --top 20
    python benchmarks/step_costs.py --json steps.json        # the figures, for comparing two runs

Every cleaner's ``clean_html``/``clean`` and the steps `Pipeline._extract` calls (lexbor's parse, the page's
metadata, the pruning, trafilatura's extraction, htmldate's date, the audit of what it left out...) are wrapped
for the run with a clock of the thread's CPU time (`time.thread_time`: a busy machine does not inflate it, and
the progress thread's work is not counted). No profiler: the figures are what the run costs, less the wrappers'
own microseconds (about 2 µs a call). Printed: each step's seconds, calls and share of the run, largest first;
the pipeline's whole (``process``), the run (``run``: reading, the stages after the chain -- dedup, site
boilerplate -- and the writing included) and what the run spends outside the pipeline. A nested step is also in
the one around it (the comment stage in ``run_html``, ``run_html`` in ``_extract``)."""
from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.datasets import benchmark_dir  # noqa: E402

# the steps `Pipeline._extract` and `_extracted` call, by their names in `cleaners.pipeline`
PIPELINE_STEPS = ("LexborHTMLParser", "open_shadow_roots", "unwrap_noscript_article", "main_headings",
                  "entry_paragraphs", "main_text", "text_units", "page_order", "log_unextracted", "reanchor",
                  "trim_to_agreement", "author_from_byline", "date_from_byline", "_repaired")
# steps called through a module of `cleaners.pipeline`: (module attribute, function)
MODULE_STEPS = (("page_metadata", "page_metadata"), ("page_metadata", "date_from_html"),
                ("page_metadata", "article_body"), ("extract", "prune_for_extraction"), ("extract", "extract"),
                ("extract", "too_deep"), ("page_authors", "author_from_markup"), ("page_authors", "settled"),
                ("extract_jsonld", "with_declared_body"))
WHOLES = (("Pipeline", "process", "process"), ("Pipeline", "_extract", "_extract"),
          ("Chain", "run_html", "run_html"), ("Chain", "run_text", "run_text"))


class StepClock:
    """Seconds and calls of each clocked step; `installed` wraps the steps for the time of a ``with``."""

    def __init__(self) -> None:
        self.seconds: collections.Counter[str] = collections.Counter()
        self.calls: collections.Counter[str] = collections.Counter()

    def _wrap(self, owner, attr: str, label: str, undo: list) -> None:
        original = owner.__dict__[attr] if isinstance(owner, type) else getattr(owner, attr)
        seconds, calls, clock = self.seconds, self.calls, time.thread_time

        def timed(*args, **kwargs):
            start = clock()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[label] += clock() - start
                calls[label] += 1

        setattr(owner, attr, timed)
        undo.append((owner, attr, original))

    @contextlib.contextmanager
    def installed(self):
        from cleaners import pipeline
        from cleaners.registry import discover
        undo: list = []
        try:
            for name, cls in discover().items():
                for method in ("clean_html", "clean"):
                    if method in cls.__dict__:
                        self._wrap(cls, method, f"{cls.scope} {name}", undo)
            for step in PIPELINE_STEPS:
                self._wrap(pipeline, step, "parse" if step == "LexborHTMLParser" else step, undo)
            for module, step in MODULE_STEPS:
                self._wrap(getattr(pipeline, module), step, step, undo)
            for owner, method, label in WHOLES:
                self._wrap(getattr(pipeline, owner), method, f"({label})", undo)
            yield self
        finally:
            for owner, attr, original in reversed(undo):
                setattr(owner, attr, original)

    def rows(self, run: float) -> list[tuple[str, float, int]]:
        """``(step, seconds, calls)``, largest first, with the run and what it spends outside the pipeline."""
        out = sorted(((k, s, self.calls[k]) for k, s in self.seconds.items()), key=lambda r: -r[1])
        outside = run - self.seconds.get("(process)", 0.0)
        return [("(run)", run, 1), ("(outside the pipeline)", outside, 1), *out]


def clean(paths: list[str], clock: StepClock) -> float:
    """Runs `corpus clean` over ``paths`` (one process, no worker) with the steps clocked; the run's CPU seconds."""
    from cleaners import cli
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stderr(io.StringIO()), clock.installed():
        start = time.thread_time()
        cli.main(["clean", *paths, "-o", str(Path(tmp) / "o.jsonl"), "-q", "--no-progress", "--workers", "0"])
        return time.thread_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="pages (default: the Dragnet pages)")
    parser.add_argument("--top", type=int, default=40, help="steps listed (default 40)")
    parser.add_argument("--json", type=Path, help="also write {step: [seconds, calls]} to this file")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(str(p) for p in (benchmark_dir("dragnet-train") / "html").glob("*.html.gz"))
    from cleaners import cli, pipeline  # noqa: F401  (imported before the clock: the run's figure is the run's)
    clock = StepClock()
    run = clean(paths, clock)
    rows = clock.rows(run)
    print(f"{len(paths)} pages, {run:.2f} s CPU in the run (thread time)")
    for step, seconds, calls in rows[:args.top]:
        print(f"  {seconds:8.3f} s {100 * seconds / run if run else 0:5.1f} % {calls:7d}  {step}")
    if args.json:
        args.json.write_text(json.dumps({step: [seconds, calls] for step, seconds, calls in rows}, indent=1))


if __name__ == "__main__":
    main()
