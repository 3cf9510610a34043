"""The seventh blind page harness: composition is deterministic, gold holds no furniture, the scorer scores,
and corpus keeps floors on a small sample.

``python -m tests.page_blind7 200 --seed S [--show K]`` measures corpus and bare trafilatura on more pages
(``tests/page_blind7.py``).
"""
from __future__ import annotations

import pytest

from tests.page_blind import run_ours
from tests.page_blind7 import LANGS, compose, kept_junk, lost, measure, token_f1
from tests.page_blind7_genres import GENRES
from tests.page_blind7_markup import MODES, SHAPES


def test_compose_is_deterministic_and_covers_shapes_genres_modes_langs():
    a, b = compose(30, seed=3), compose(30, seed=3)
    assert [p.html for p in a] == [p.html for p in b]
    assert compose(2, seed=4)[0].html != a[0].html
    many = compose(300, seed=3)
    assert {p.shape for p in many} == set(SHAPES)
    assert {p.genre for p in many} == set(GENRES)
    assert {p.mode for p in many} == set(MODES)
    assert {p.lang for p in many} == set(LANGS)
    for p in many:
        assert not lost(p, p.gold) and not kept_junk(p, p.gold), p.key


def test_scorer_rewards_the_article_and_punishes_furniture():
    pages = compose(12, seed=6)
    perfect = {p.key: p.gold for p in pages}
    junk = {p.key: "\n".join(x for _, lines in p.junk for x in lines) for p in pages}
    padded = {p.key: p.gold + "\n" + junk[p.key] for p in pages}
    result = measure(pages, {"perfect": perfect, "junk": junk, "padded": padded})
    assert result["perfect"]["all"]["f1"] == 1.0 and result["perfect"]["all"]["lost"] == 0
    assert not sum(result["perfect"]["junk"].values())
    assert result["junk"]["all"]["f1"] < 0.4 and result["junk"]["all"]["lost"] == 1.0
    assert 0.3 < result["padded"]["all"]["f1"] < 0.97 and result["padded"]["all"]["lost"] == 0
    assert sum(result["padded"]["junk"].values()) == sum(result["padded"]["junk_n"].values())
    assert token_f1("a b c", "") == (0.0, 0.0, 0.0)


def test_corpus_floors_on_a_small_sample():
    pages = compose(24, seed=5)
    r = measure(pages, {"corpus": run_ours(pages)})["corpus"]
    assert r["all"]["f1"] > 0.88
    assert r["all"]["lost"] < 0.30


@pytest.mark.slow
def test_corpus_floors_on_a_larger_sample():
    pages = compose(80, seed=2)
    r = measure(pages, {"corpus": run_ours(pages)})["corpus"]
    assert r["all"]["f1"] > 0.94
    assert r["all"]["lost"] < 0.10
