"""The blind page harness on a small sample: article text kept, F1 not below bare trafilatura's.

``python -m tests.page_blind N --seed S`` measures more pages (``tests/page_blind.py``).
"""
from __future__ import annotations

import pytest

from tests.page_blind import compose, kept_share, measure, norm, run_ours, run_trafilatura
from tests.page_blind_chrome import CHROME

SAMPLE = 30


@pytest.fixture(scope="module")
def sample():
    pages = compose(SAMPLE, seed=5)
    return pages, run_ours(pages), run_trafilatura(pages)


def test_compose_is_deterministic_and_gold_holds_no_chrome():
    a, b = compose(6, seed=3), compose(6, seed=3)
    assert [p.html for p in a] == [p.html for p in b]
    for p in a:
        chrome = CHROME[p.lang]
        gold = norm(p.gold)
        for text in (chrome["newsletter"][0], chrome["paywall"][0], chrome["cookie"]):
            assert norm(text) not in gold
        assert p.article.title not in p.article.gold_lines()


def test_article_text_is_kept(sample):
    pages, ours, _ = sample
    kept = [kept_share(p, ours.get(p.key, "")) for p in pages]
    assert sum(k for k, _ in kept) / sum(n for _, n in kept) >= 0.95
    assert all(ours.get(p.key) for p in pages)


def test_f1_at_least_trafilatura(sample):
    pages, ours, theirs = sample
    result = measure(pages, {"corpus": ours, "trafilatura": theirs})
    assert result["corpus"]["all"]["f1"] >= 0.95
    assert result["corpus"]["all"]["f1"] >= result["trafilatura"]["all"]["f1"] - 0.01
