#!/usr/bin/env python3
"""Our whole `corpus clean` against bare trafilatura over a multilingual set of pages, each in a fresh process.

The pages: the hand-written ones of `tests.page_multilingual` and the composed pages of the page harnesses that
write many languages (`tests.page_blind`, `page_blind2`, `page_blind3`, `page_blind6`: about half German, and
`tests.page_generalisation`: nine languages), plus the five text files of ``seeds/``; written to a temporary
directory. Each system runs over them single-threaded in a fresh interpreter, timed as
`benchmarks/dragnet_systems.py` times it (CPU of the process: ``setup`` the interpreter's start and the imports,
``run`` the run, its lazily compiled patterns included, ``whole`` both); trafilatura is ``bare_extraction`` with
comments on the same bytes.

    python benchmarks/multilingual_time.py                 # one round
    python benchmarks/multilingual_time.py --repeat 3      # medians of 3 rounds, the systems alternating
    python benchmarks/multilingual_time.py --keep DIR      # also keep our output (DIR/out.jsonl; its records
                                                           # without the id and cluster the folder's name changes)
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYSTEMS = ("corpus", "trafilatura")
HARNESSES = ("page_blind", "page_blind2", "page_blind3", "page_blind6")


def pages(per_harness: int, seed: int) -> list[tuple[str, str, str]]:
    """(file name, language, text) of every page of the set."""
    import importlib
    from tests import page_generalisation, page_multilingual
    out = [(f"ml_{name}.html", name.split("_")[0], html) for name, html, _ in page_multilingual.pages()]
    for harness in HARNESSES:
        module = importlib.import_module(f"tests.{harness}")
        out += [(f"{harness}_{i:04d}.html", p.lang, p.html) for i, p in enumerate(module.compose(per_harness, seed))]
    rng = random.Random(seed)
    for i in range(per_harness):
        page = page_generalisation.compose(rng)
        out.append((f"page_generalisation_{i:04d}.html", page.language, page.html))
    out += [(f"seed_{p.name}", "?", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return out


def _times(start: float) -> dict:
    end = time.process_time()
    return {"setup": start, "run": end - start, "whole": end}


def child_trafilatura(paths: list[Path]) -> dict:
    import trafilatura
    start = time.process_time()
    for path in paths:
        trafilatura.bare_extraction(path.read_bytes(), include_comments=True, with_metadata=False)
    return _times(start)


def child_corpus(paths: list[Path], output: str) -> dict:
    import contextlib
    import importlib
    import io
    from benchmarks.dragnet_systems import CORPUS_MODULES
    for module in CORPUS_MODULES:
        importlib.import_module(module)
    from cleaners import cli, minhash
    minhash.minhash_class()
    argv = ["clean", *map(str, paths), "-o", output, "-q", "--no-progress", "--workers", "0"]
    with contextlib.redirect_stderr(io.StringIO()):
        start = time.process_time()
        cli.main(argv)
        return _times(start)


def _portable(records: list[dict], folder: str) -> list[dict]:
    """Our records without what the temporary folder's name changes: the ids (a hash of the path) go, and the
    ids of other records in metadata (``cluster``, ``duplicate_of``) are written as those records' sources."""
    sources = {r["id"]: r["source"].replace(folder, "PAGES") for r in records}
    for record in records:
        del record["id"]
        record["source"] = record["source"].replace(folder, "PAGES")
        metadata = record.get("metadata") or {}
        for key in ("cluster", "duplicate_of"):
            if metadata.get(key) in sources:
                metadata[key] = sources[metadata[key]]
    return records


def measure(system: str, paths_file: Path, output: Path) -> dict:
    args = [sys.executable, __file__, "--child", system, str(paths_file), str(output)]
    out = subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="fresh processes per system (medians)")
    parser.add_argument("--pages", type=int, default=60, help="pages composed per harness")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="a directory where our output of the last round is kept (out.jsonl)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.child:
        system, paths_file, output = args.child
        paths = [Path(p) for p in Path(paths_file).read_text(encoding="utf-8").splitlines() if p]
        times = child_corpus(paths, output) if system == "corpus" else child_trafilatura(paths)
        print(json.dumps(times))
        return
    found = pages(args.pages, args.seed)
    langs = collections.Counter(lang for _, lang, _ in found)
    print(f"{len(found)} pages, {len(langs)} languages: "
          + ", ".join(f"{lang} {n}" for lang, n in langs.most_common()))
    runs: dict[str, list[dict]] = {system: [] for system in SYSTEMS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for name, _, text in found:
            (folder / name).write_text(text, encoding="utf-8")
            paths.append(str(folder / name))
        paths_file = folder / "paths.txt"
        paths_file.write_text("\n".join(paths), encoding="utf-8")
        output = folder / "out.jsonl"
        for _ in range(args.repeat):            # the systems alternate, round by round
            for system in SYSTEMS:
                runs[system].append(measure(system, paths_file, output))
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=True)
            with open(output, encoding="utf-8") as f:
                records = _portable([json.loads(line) for line in f], tmp)
            with open(Path(args.keep) / "out.jsonl", "w", encoding="utf-8") as out:
                out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    figures = {system: {key: statistics.median(r[key] for r in rs) for key in ("setup", "run", "whole")}
               for system, rs in runs.items()}
    ours, theirs = figures["corpus"], figures["trafilatura"]
    for system, fig in figures.items():
        each = " ".join(f"{r['whole']:.2f}" for r in runs[system])
        print(f"{system:12} setup {fig['setup']:6.2f} s  run {fig['run']:6.2f} s  whole {fig['whole']:6.2f} s"
              f"   (whole of each round: {each})")
    print(f"ratio corpus/trafilatura: run {ours['run'] / theirs['run']:.2f}x, "
          f"whole {ours['whole'] / theirs['whole']:.2f}x "
          f"({args.repeat} round{'s' if args.repeat > 1 else ''}, medians)")


if __name__ == "__main__":
    main(sys.argv[1:])
