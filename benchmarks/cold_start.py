"""Cold start: what a fresh process pays on the first document of each language.

A cron job or a worker over a multilingual feed starts a process and meets each language
for the first time: our cleaners compile that language's patterns then (Python ``re`` and
RE2), so the first document of a language costs far more than the next ones. This runs,
in a fresh subprocess per system, the hand-written multilingual pages
(`tests/fixtures/multilingual`, one or more per language) once cold, in an order that puts
the first page of every language first, then the same pages again warm; and prints the
CPU seconds (``time.process_time`` in the child, less noisy than wall time on a shared
machine) of the imports, of the first document of each language, and the cold and warm
totals, against bare ``trafilatura.extract`` measured in the same run (its own cold
start, imports included).

    python benchmarks/cold_start.py               # 3 rounds, median per figure
    python benchmarks/cold_start.py --rounds 1 --json
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "multilingual"
SYSTEMS = ("ours", "trafilatura")


def ordered_pages() -> list[tuple[str, str, str]]:
    """(language, name, html): the first page of every language (by name) first, then the rest."""
    pages = [(p.stem.split("_")[0], p.stem, p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.html"))]
    seen: set[str] = set()
    firsts, rest = [], []
    for page in pages:
        (rest if page[0] in seen else firsts).append(page)
        seen.add(page[0])
    return firsts + rest


def child(system: str) -> dict:
    """Runs in the fresh subprocess: imports, one cold pass, one warm pass, CPU seconds each."""
    pages = ordered_pages()
    start = time.process_time()
    if system == "ours":
        from cleaners.pipeline import Pipeline
        pipeline = Pipeline()

        def run(name: str, html: str) -> None:
            pipeline.record(pipeline.document(f"{name}.html", html.encode(), "html"))
    else:
        import trafilatura

        def run(name: str, html: str) -> None:
            trafilatura.extract(html, include_comments=False)
    imports = time.process_time() - start
    first: dict[str, float] = {}
    cold = 0.0
    for lang, name, html in pages:
        t = time.process_time()
        run(name, html)
        spent = time.process_time() - t
        first.setdefault(lang, spent)
        cold += spent
    warm = 0.0
    for _, name, html in pages:
        t = time.process_time()
        run(name, html)
        warm += time.process_time() - t
    return {"imports": imports, "first": first, "cold": cold, "warm": warm, "pages": len(pages)}


def measure(system: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", system], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def median(runs: list[dict]) -> dict:
    langs = runs[0]["first"]
    return {"imports": statistics.median(r["imports"] for r in runs),
            "first": {lang: statistics.median(r["first"][lang] for r in runs) for lang in langs},
            "cold": statistics.median(r["cold"] for r in runs),
            "warm": statistics.median(r["warm"] for r in runs), "pages": runs[0]["pages"]}


def report(figures: dict[str, dict]) -> None:
    ours, theirs = figures["ours"], figures["trafilatura"]
    print(f"{'lang':6}{'ours first doc s':>18}{'trafilatura s':>15}")
    for lang, spent in ours["first"].items():
        print(f"{lang:6}{spent:18.3f}{theirs['first'][lang]:15.3f}")
    for label, key in (("imports", "imports"), ("cold pass", "cold"), ("warm pass", "warm")):
        print(f"{label:10} ours {ours[key]:7.3f} s   trafilatura {theirs[key]:7.3f} s")
    cold_ours, cold_theirs = ours["imports"] + ours["cold"], theirs["imports"] + theirs["cold"]
    print(f"cold (imports + first pass, {ours['pages']} pages): ours {cold_ours:.3f} s, trafilatura "
          f"{cold_theirs:.3f} s, ratio {cold_ours / cold_theirs:.2f}x")
    print(f"warm pass: ratio {ours['warm'] / theirs['warm']:.2f}x; ours cold/warm "
          f"{ours['cold'] / ours['warm']:.1f}x, first documents of the {len(ours['first'])} languages "
          f"{sum(ours['first'].values()):.3f} s")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per system (median)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", choices=SYSTEMS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(child(args.child)))
        return
    runs: dict[str, list[dict]] = {system: [] for system in SYSTEMS}
    for _ in range(args.rounds):            # alternate the systems, round by round
        for system in SYSTEMS:
            runs[system].append(measure(system))
    figures = {system: median(r) for system, r in runs.items()}
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        report(figures)


if __name__ == "__main__":
    main(sys.argv[1:])
