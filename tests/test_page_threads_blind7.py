"""The seventh blind comment-page harness (`tests/page_threads_blind7.py`) on a small sample: 21 comment systems or
markups not in the earlier harnesses and 8 look-alikes that must yield no comment, in 10 languages of 5 scripts, with
floors a little under what it measured. Bigger runs: `python -m tests.page_threads_blind7 120 --seed 1` (and
``--seed 2``; marked slow)."""
from __future__ import annotations

import pytest

from tests.page_threads_blind6_score import figures, report, run
from tests.page_threads_blind7 import LANGS, SYSTEMS, compose_all
from tests.page_threads_blind7_negatives import NEGATIVES


def test_harness_covers_its_classes():
    assert len(LANGS) >= 10 and len(SYSTEMS) >= 20 and len(NEGATIVES) >= 8
    pages = compose_all(40, 3)
    assert any(p.gold for p in pages) and any(not p.gold for p in pages)
    for page in pages:
        assert all(g["parent"] is None or g["parent"] < i for i, g in enumerate(page.gold)), page.family


def test_blind7_sample():
    rows = run(compose_all(40, 3), theirs=False)
    f = figures(rows)
    print(report(rows))
    # measured (seed 3, 40 pages) on the main it was written against: body 0.993, comments 0.954, missed 1/33,
    # spurious 0/7, found 0.952, author 0.987, depth and parent 0.944
    assert f["comments"] >= 0.93 and f["body"] >= 0.98
    assert f["missed"] <= 2 and f["spurious"] <= 1
    assert f["found"] >= 0.93 and f["author"] >= 0.97 and f["depth"] >= 0.92 and f["parent"] >= 0.92


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_blind7_full(seed):
    rows = run(compose_all(120, seed), theirs=False)
    f = figures(rows)
    print(report(rows))
    # measured on the main it was written against: seed 1 comments 0.950, missed 2/89, spurious 0/31, depth 0.934;
    # seed 2 comments 0.950, missed 3/84, spurious 1/36, depth 0.933
    assert f["comments"] >= 0.93 and f["body"] >= 0.98
    assert f["spurious"] <= 2
    assert f["found"] >= 0.94 and f["depth"] >= 0.91
