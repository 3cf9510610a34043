"""The sixth blind page harness: composition is deterministic, gold holds no furniture, the scorer scores.

``python -m tests.page_blind6 200 --seed S [--show K]`` measures corpus and bare trafilatura on more pages
(``tests/page_blind6.py``).
"""
from __future__ import annotations

from collections import Counter

from tests.page_blind import run_ours
from tests.page_blind6 import compose, kept_junk, lost, measure, token_f1
from tests.page_blind6_prose import LANGS
from tests.page_blind6_shapes import SHAPES


def test_compose_is_deterministic_mostly_german_and_covers_shapes():
    a, b = compose(40, seed=3), compose(40, seed=3)
    assert [p.html for p in a] == [p.html for p in b]
    assert compose(2, seed=4)[0].html != a[0].html
    many = compose(300, seed=3)
    assert {p.shape for p in many} == set(SHAPES)
    assert {p.lang for p in many} == set(LANGS)
    assert 0.5 < Counter(p.lang for p in many)["de"] / len(many) < 0.7
    for p in many:
        assert not lost(p, p.gold) and not kept_junk(p, p.gold), p.key
        assert p.article.title not in p.gold


def test_scorer_rewards_the_article_and_punishes_furniture():
    pages = compose(12, seed=6)
    perfect = {p.key: p.gold for p in pages}
    junk = {p.key: "\n".join(x for _, lines in p.junk for x in lines) for p in pages}
    padded = {p.key: p.gold + "\n" + junk[p.key] for p in pages}
    result = measure(pages, {"perfect": perfect, "junk": junk, "padded": padded})
    assert result["perfect"]["all"]["f1"] == 1.0 and result["perfect"]["all"]["lost"] == 0
    assert not sum(result["perfect"]["junk"].values())
    assert result["junk"]["all"]["f1"] < 0.4 and result["junk"]["all"]["lost"] == 1.0
    assert 0.3 < result["padded"]["all"]["f1"] < 0.95 and result["padded"]["all"]["lost"] == 0
    assert sum(result["padded"]["junk"].values()) == sum(result["padded"]["junk_n"].values())
    assert token_f1("a b c", "") == (0.0, 0.0, 0.0)


def test_corpus_runs_on_a_few_pages():
    pages = compose(6, seed=7)
    ours = run_ours(pages)
    assert all(ours.get(p.key) for p in pages)
    assert measure(pages, {"corpus": ours})["corpus"]["all"]["f1"] > 0.8
