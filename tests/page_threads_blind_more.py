"""A fourth blind part of the comment-page harness (`tests/page_threads_blind.py`): Q&A pages of
two more engines (comments under each answer), the Facebook comments box rendered into the page
(nested and a plugin's flat copy), phpBB 2 and 3 topics with signatures and quoted posts, and
two look-alikes (related questions, a reader question answered in the article); the systems are
in `page_threads_blind_systems4.py`. Written from knowledge of real pages before reading the
comment rules; scored as the main harness (`page_threads_blind_score.py`).

    python -m tests.page_threads_blind_more [N] [--seed S] [--no-trafilatura] [--show SYSTEM]
"""
from __future__ import annotations

import sys

from tests import page_threads_blind as blind
from tests.page_threads_blind_systems4 import IN_ARTICLE4, NEGATIVES4, SYSTEMS4

TABLES = {"systems": SYSTEMS4, "negatives": NEGATIVES4, "in_article": IN_ARTICLE4}


def pages(n: int, seed: int):
    return blind.compose_all(n, seed, **TABLES)


def main(argv: list[str] | None = None) -> int:
    return blind.main(argv, default_n=120, doc=__doc__, **TABLES)

if __name__ == "__main__":
    sys.exit(main())
