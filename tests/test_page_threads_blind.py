"""The blind comment-page harness (`tests/page_threads_blind.py`) on a small sample: comment
sections of 27 systems in eight languages, and pages with thread-like blocks that are not
comments. Bigger runs: `python -m tests.page_threads_blind 270 --seed 2`."""
from __future__ import annotations

import random

import pytest

from tests.page_threads_blind import ALL_SYSTEMS, LANGS, compose, compose_all
from tests.page_threads_blind_score import figures, run

SAMPLE, SEED = 54, 3


@pytest.fixture(scope="module")
def sample_figures():
    return figures(run(compose_all(SAMPLE, SEED), trafilatura=False))


@pytest.mark.parametrize("system", sorted(ALL_SYSTEMS))
def test_every_system_renders_its_gold(system):
    """The harness's own consistency: every gold text and author is on the page, parents come first."""
    for lang in sorted(LANGS):
        page = compose(random.Random(7), lang, system=system, negative=False)
        assert page.gold
        for i, c in enumerate(page.gold):
            first = c["text"].split("\n\n")[0][-30:]
            assert first.replace("'", "&#x27;") in page.html or first in page.html
            if c["parent"] is not None:
                assert c["parent"] < i and page.gold[c["parent"]]["depth"] == c["depth"] - 1
            else:
                assert c["depth"] == 0


def test_pages_without_thread_have_no_gold():
    page = compose(random.Random(3), "en", negative=True)
    assert page.system is None and not page.gold and len(page.negatives) == 2


def test_article_kept_and_no_comment_in_body(sample_figures):
    assert sample_figures["article"] == 1.0
    assert sample_figures["keep"] == 1.0
    assert sample_figures["leaked"] == 0.0


def test_comments_found(sample_figures):
    assert sample_figures["f1"] >= 0.90
    assert sample_figures["found"] >= 0.85
    assert sample_figures["author"] >= 0.80
    assert sample_figures["depth"] >= 0.80


def test_no_spurious_comments(sample_figures):
    assert sample_figures["spurious"] == 0
