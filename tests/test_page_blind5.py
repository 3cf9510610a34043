"""The fifth blind page harness: composition is deterministic, gold holds no furniture, the scorer scores.

``python -m tests.page_blind5 200 --seed S [--show K]`` measures corpus and bare trafilatura on more pages
(``tests/page_blind5.py``).
"""
from __future__ import annotations

from tests.page_blind import run_ours
from tests.page_blind5 import compose, flat, kept_junk, lost, measure, token_f1
from tests.page_blind5_compose import SHAPES
from tests.page_blind5_kit import LANGS


def test_compose_is_deterministic_and_covers_shapes_and_languages():
    a, b = compose(60, seed=3), compose(60, seed=3)
    assert [p.html for p in a] == [p.html for p in b]
    assert compose(2, seed=4)[0].html != a[0].html
    many = compose(150, seed=3)
    assert {p.template for p in many} == set(SHAPES)
    assert {p.lang for p in many} == set(LANGS)
    for p in many:
        gold = flat(p.gold)
        assert not lost(p, p.gold) and not kept_junk(p, p.gold), p.key
        for cls, lines in p.junk:
            for line in lines:
                if cls != "toc" and len(flat(line).split()) > 3:
                    assert flat(line) not in gold, (p.key, cls, line)


def test_scorer_rewards_the_article_and_punishes_furniture():
    pages = compose(12, seed=6)
    perfect = {p.key: p.gold for p in pages}
    junk = {p.key: "\n".join(x for _, lines in p.junk for x in lines) for p in pages}
    padded = {p.key: p.gold + "\n" + junk[p.key] for p in pages}
    result = measure(pages, {"perfect": perfect, "junk": junk, "padded": padded})
    assert result["perfect"]["all"]["f1"] == 1.0 and result["perfect"]["all"]["lost"] == 0
    assert not sum(result["perfect"]["junk"].values())
    assert result["junk"]["all"]["f1"] < 0.3 and result["junk"]["all"]["lost"] == 1.0
    assert 0.3 < result["padded"]["all"]["f1"] < 0.95 and result["padded"]["all"]["lost"] == 0
    assert sum(result["padded"]["junk"].values()) >= sum(result["padded"]["junk_n"].values()) * 0.9
    assert token_f1("a b c", "") == (0.0, 0.0, 0.0)


def test_corpus_runs_on_a_few_pages():
    pages = compose(6, seed=7)
    ours = run_ours(pages)
    assert all(ours.get(p.key) for p in pages)
    assert measure(pages, {"corpus": ours})["corpus"]["all"]["f1"] > 0.8
