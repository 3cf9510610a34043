"""What the two generalisation harnesses' figure printers share: the command line, the
``[ok, total]`` cells and the percentage tables (`tests.generalisation_figures`,
`tests.page_figures`)."""
from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path


def cells(columns: tuple[str, ...]) -> dict[str, list[int]]:
    """One row of ``[ok, total]`` cells."""
    return {c: [0, 0] for c in columns}


def table(columns: tuple[str, ...]) -> defaultdict:
    """Rows of ``[ok, total]`` cells by key, made when first counted."""
    return defaultdict(lambda: cells(columns))


def count(row: dict[str, list[int]], column: str, ok: int, total: int) -> None:
    row[column][0] += ok
    row[column][1] += total


def pct(ok: int, total: int) -> str:
    return f"{ok / total:7.1%}" if total else "      -"


def arguments(argv: list[str], prog: str, description: str, noun: str, default: int,
              data: Path) -> argparse.Namespace:
    """``[N] [--seed S]``; exits with a message when the benchmark data the harness reads is absent."""
    parser = argparse.ArgumentParser(prog=prog, description=description.split("\n\n")[0])
    parser.add_argument(noun, nargs="?", type=int, default=default)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not data.exists():
        raise SystemExit(f"benchmark data absent: {data}")
    return args


def print_rows(rows: dict, columns: tuple[str, ...], overall: dict, label: str, width: int) -> None:
    """A percentage table: a header, one line per key in order, then ``all`` and the counts."""
    print(f"{label:{width}s}" + "".join(f"{c:>11s}" for c in columns))
    for key, row in sorted(rows.items()):
        print(f"{key:{width}s}" + "".join(f"{pct(*row[c]):>11s}" for c in columns))
    print(f"{'all':{width}s}" + "".join(f"{pct(*overall[c]):>11s}" for c in columns))
    print(f"{'(count)':{width}s}" + "".join(f"{overall[c][1]:>11d}" for c in columns))
