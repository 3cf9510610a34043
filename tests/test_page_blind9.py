"""The ninth blind page harness: composition is deterministic and covers its shapes, genres and languages, gold
holds no furniture, the scorer punishes furniture, and corpus keeps floors on a small sample.

``python -m tests.page_blind9 200 --seed S [--show K]`` measures corpus and bare trafilatura on more pages
(``tests/page_blind9.py``).
"""
from __future__ import annotations

import pytest

from tests.page_blind7 import kept_junk, lost, measure
from tests.page_blind9 import GENRES, STORIES, compose
from tests.page_blind9_shapes import SHAPES


def test_compose_is_deterministic_and_covers_shapes_genres_langs():
    a, b = compose(20, seed=3), compose(20, seed=3)
    assert [p.html for p in a] == [p.html for p in b]
    assert compose(2, seed=4)[0].html != a[0].html
    many = compose(300, seed=3)
    assert {p.shape for p in many} == set(SHAPES)
    assert {p.genre for p in many} == set(GENRES)
    assert {p.lang for p in many} == {k[:2] for k in STORIES}
    for p in many:
        assert p.items and not lost(p, p.gold) and not kept_junk(p, p.gold), p.key


def test_scorer_rewards_the_article_and_punishes_furniture():
    pages = compose(12, seed=6)
    perfect = {p.key: p.gold for p in pages}
    junk = {p.key: "\n".join(x for _, lines in p.junk for x in lines) for p in pages}
    padded = {p.key: p.gold + "\n" + junk[p.key] for p in pages}
    result = measure(pages, {"perfect": perfect, "junk": junk, "padded": padded})
    assert result["perfect"]["all"]["f1"] == 1.0 and not sum(result["perfect"]["junk"].values())
    assert result["junk"]["all"]["f1"] < 0.4
    assert 0.3 < result["padded"]["all"]["f1"] < 0.97
    assert sum(result["padded"]["junk"].values()) == sum(result["padded"]["junk_n"].values())


def test_corpus_floors_on_a_small_sample():
    from tests.page_blind import run_ours
    pages = compose(24, seed=5)
    assert measure(pages, {"corpus": run_ours(pages)})["corpus"]["all"]["f1"] > FLOOR_SMALL


@pytest.mark.slow
def test_corpus_floors_on_a_larger_sample():
    from tests.page_blind import run_ours
    pages = compose(80, seed=2)
    assert measure(pages, {"corpus": run_ours(pages)})["corpus"]["all"]["f1"] > FLOOR_LARGE


FLOOR_SMALL = 0.93     # measured on this branch: 0.960 (main: 0.888)
FLOOR_LARGE = 0.93     # measured on this branch: 0.962 (main: 0.875)
