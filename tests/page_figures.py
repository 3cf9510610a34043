"""The HTML generalisation harness's figures, per furniture class, per thread shape, per article
markup and per language: furniture removed (not in the body), furniture accounted for (in
``removed``, comments or metadata), article texts kept, comments found with author and depth,
comment texts kept out of the body, pages without a thread given no comment.

``python -m tests.page_generalisation [N] [--seed S] [--unseen|--seen]`` prints them for N composed
pages (default 200); ``--unseen`` composes only pages of the out-of-sample shapes
(``page_generalisation.UNSEEN``), ``--seen`` only pages of the first ones.
"""
from __future__ import annotations

import random

from . import page_generalisation as pg
from .figure_tables import arguments, cells, count as add, print_rows, table

COLUMNS = ("removed", "accounted", "kept", "comments", "c-out", "no-thread")


TABLES = ("classes", "threads", "lookalikes", "markups", "languages")


def figures(n: int = 200, seed: int = 13, unseen: bool | None = None) -> dict:
    """{table: {key: {column: [ok, total]}}, "all": {column: [ok, total]}} for each of ``TABLES``."""
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    rng = random.Random(seed)
    tables = {k: table(COLUMNS) for k in TABLES}
    overall = cells(COLUMNS)

    def count(keys, column, ok, total):
        for name, key in keys:
            add(tables[name][key], column, ok, total)
        add(overall, column, ok, total)

    for _ in range(n):
        page = pg.compose(rng, unseen=unseen)
        v = pg.judge(page, pg.record(pipeline, page))
        leaked, silent = set(v.leaked), set(v.silent)
        page_keys = [("markups", page.markup), ("languages", page.language)]
        page_keys += [("lookalikes", page.lookalike)] if page.lookalike else []
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


def main(argv: list[str]) -> None:
    unseen = True if "--unseen" in argv else False if "--seen" in argv else None
    argv = [a for a in argv if a not in ("--unseen", "--seen")]
    args = arguments(argv, "python -m tests.page_generalisation", __doc__, "pages", 200, pg.GROUND_TRUTH)
    result = figures(args.pages, args.seed, unseen)
    which = {True: "out-of-sample shapes only", False: "first shapes only", None: "all shapes"}[unseen]
    print(f"{args.pages} pages ({which}), seed {args.seed}; % of: furniture lines removed from the body, furniture lines\n"
          "accounted for (removed, comments or metadata), article texts kept, comments found with author and\n"
          "depth, comment texts kept out of the body (c-out), pages without a thread given no comment\n")
    for name in TABLES:
        print_rows(result[name], COLUMNS, result["all"], name[:-1], 14)
        print()
