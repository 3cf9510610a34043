"""The sixth blind comment-page harness (`tests/page_threads_blind6.py`) on a small sample: 16 comment systems not
in the earlier harnesses and 10 look-alikes that must yield no comment, in 12 languages, with floors a little under
what it measured. Bigger runs: `python -m tests.page_threads_blind6 120 --seed 1` (and ``--seed 2``; marked slow)."""
from __future__ import annotations

import pytest

from tests.page_threads_blind6 import LANGS, SYSTEMS, compose_all
from tests.page_threads_blind6_negatives import NEGATIVES
from tests.page_threads_blind6_score import figures, report, run


def test_harness_covers_its_classes():
    assert len(LANGS) >= 12 and len(SYSTEMS) >= 16 and len(NEGATIVES) >= 10
    pages = compose_all(40, 3)
    assert any(p.gold for p in pages) and any(not p.gold for p in pages)
    for page in pages:
        assert all(g["parent"] is None or g["parent"] < i for i, g in enumerate(page.gold)), page.family


def test_blind6_sample():
    rows = run(compose_all(40, 3), theirs=False)
    f = figures(rows)
    print(report(rows))
    # measured (seed 3, 40 pages) after the rules of its landing session: body 0.982, comments 0.956, missed 2/31,
    # spurious 0/9, found 0.929, author, depth and parent 1.000
    assert f["comments"] >= 0.94 and f["body"] >= 0.97
    assert f["missed"] <= 3 and f["spurious"] <= 1
    assert f["found"] >= 0.90 and f["author"] >= 0.97 and f["depth"] >= 0.97 and f["parent"] >= 0.97


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_blind6_full(seed):
    rows = run(compose_all(120, seed), theirs=False)
    f = figures(rows)
    print(report(rows))
    # measured after the rules of its landing session: seed 1 comments 0.952, spurious 0/43, depth 1.000;
    # seed 2 comments 0.944, spurious 0/37, depth 1.000
    assert f["comments"] >= 0.93 and f["body"] >= 0.96
    assert f["spurious"] <= 2
    assert f["found"] >= 0.90 and f["depth"] >= 0.97
