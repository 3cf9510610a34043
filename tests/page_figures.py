"""The HTML generalisation harness's figures, per furniture class, per thread shape, per article
markup and per language: furniture removed (not in the body), furniture accounted for (in
``removed``, comments or metadata), article texts kept, comments found with author and depth,
comment texts kept out of the body, pages without a thread given no comment.

``python -m tests.page_generalisation [N] [--seed S]`` prints them for N composed pages (default 200).
"""
from __future__ import annotations

import argparse
import random
from collections import defaultdict

from . import page_generalisation as pg

COLUMNS = ("removed", "accounted", "kept", "comments", "c-out", "no-thread")


def figures(n: int = 200, seed: int = 13) -> dict:
    """{"classes"|"threads"|"markups"|"languages": {key: {column: [ok, total]}}, "all": {column: [ok, total]}}."""
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    rng = random.Random(seed)
    tables = {k: defaultdict(lambda: {c: [0, 0] for c in COLUMNS}) for k in ("classes", "threads", "markups", "languages")}
    overall = {c: [0, 0] for c in COLUMNS}

    def count(keys, column, ok, total):
        for table, key in keys:
            cell = tables[table][key][column]
            cell[0] += ok
            cell[1] += total
        overall[column][0] += ok
        overall[column][1] += total

    for _ in range(n):
        page = pg.compose(rng)
        v = pg.judge(page, pg.record(pipeline, page))
        leaked, silent = set(v.leaked), set(v.silent)
        page_keys = [("markups", page.markup), ("languages", page.language)]
        for f in page.furniture:
            keys = page_keys + [("classes", f.cls)]
            count(keys, "removed", sum((f.cls, x) not in leaked for x in f.lines), len(f.lines))
            count(keys, "accounted", sum((f.cls, x) not in silent and (f.cls, x) not in leaked for x in f.lines),
                  len(f.lines))
        count(page_keys, "kept", len(page.article) - len(v.lost), len(page.article))
        if page.thread:
            count(page_keys + [("threads", page.thread)], "comments", v.found_comments, len(page.comments))
            count(page_keys + [("threads", page.thread)], "c-out", len(page.comments) - len(v.comments_in_body),
                  len(page.comments))
        else:
            count(page_keys, "no-thread", not v.spurious_comments, 1)
    return {**{k: dict(t) for k, t in tables.items()}, "all": overall}


def _pct(ok: int, total: int) -> str:
    return f"{ok / total:7.1%}" if total else "      -"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.page_generalisation", description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="?", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not pg.GROUND_TRUTH.exists():
        raise SystemExit(f"benchmark data absent: {pg.GROUND_TRUTH}")
    result = figures(args.pages, args.seed)
    print(f"{args.pages} pages, seed {args.seed}; % of: furniture lines removed from the body, furniture lines\n"
          "accounted for (removed, comments or metadata), article texts kept, comments found with author and\n"
          "depth, comment texts kept out of the body (c-out), pages without a thread given no comment\n")
    for table in ("classes", "threads", "markups", "languages"):
        print(f"{table[:-1]:14s}" + "".join(f"{c:>11s}" for c in COLUMNS))
        for key, cells in sorted(result[table].items()):
            print(f"{key:14s}" + "".join(f"{_pct(*cells[c]):>11s}" for c in COLUMNS))
        print()
    print(f"{'all':14s}" + "".join(f"{_pct(*result['all'][c]):>11s}" for c in COLUMNS))
    print(f"{'(count)':14s}" + "".join(f"{result['all'][c][1]:>11d}" for c in COLUMNS))
