"""A fourth blind part of the comment-page harness (`tests/page_threads_blind.py`): Q&A pages of
two more engines (comments under each answer), the Facebook comments box rendered into the page
(nested and a plugin's flat copy), phpBB 2 and 3 topics with signatures and quoted posts, and
two look-alikes (related questions, a reader question answered in the article); the systems are
in `page_threads_blind_systems4.py`. Written from knowledge of real pages before reading the
comment rules; scored as the main harness (`page_threads_blind_score.py`).

    python -m tests.page_threads_blind_more [N] [--seed S] [--no-trafilatura] [--show SYSTEM]
"""
from __future__ import annotations

import argparse
import sys

from tests.page_threads_blind import compose_all
from tests.page_threads_blind_systems4 import IN_ARTICLE4, NEGATIVES4, SYSTEMS4

TABLES = {"systems": SYSTEMS4, "negatives": NEGATIVES4, "in_article": IN_ARTICLE4}


def pages(n: int, seed: int):
    return compose_all(n, seed, **TABLES)


def main(argv: list[str] | None = None) -> int:
    from tests.page_threads_blind_score import report, run
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=120)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--show", default=None, help="print the pages of one system (or 'negative') that fail")
    args = ap.parse_args(argv)
    print(report(run(pages(args.n, args.seed), trafilatura=not args.no_trafilatura), show=args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
