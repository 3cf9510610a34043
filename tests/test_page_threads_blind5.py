"""The fifth blind comment-page harness (`tests/page_threads_blind5.py`) on a small sample: 25 comment systems
other than the usual blog ones and furniture that looks like comments, in 20 languages, with floors a little under
what it measured. Bigger runs: `python -m tests.page_threads_blind5 120 --seed 1` (and ``--seed 2``; marked slow)."""
from __future__ import annotations

import random
import re
from html import unescape

import pytest

from tests.page_threads_blind5 import LANGS, SYSTEMS, compose, compose_all
from tests.page_threads_blind5_negatives import NEGATIVES
from tests.page_threads_blind5_score import figures, report, run
from tests.page_threads_blind5_text_a import WORDS


def _visible(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_languages_have_every_text():
    assert len(LANGS) >= 20
    for code, lang in LANGS.items():
        assert len(lang["article"]) >= 4 and len(lang["comments"]) >= 8 and len(lang["names"]) >= 6, code
        assert set(lang["w"]) == set(WORDS) and "{n}" in lang["w"]["count"] and "{d}" in lang["w"]["date"], code
        assert len(set(lang["comments"])) == len(lang["comments"]), code


@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_every_system_shows_its_thread(system):
    """Each gold comment's text and author are on the page; the gold tree points backwards."""
    page = compose(random.Random(7), "en", system)
    text = _visible(page.html)
    assert len(page.gold) >= 3
    for i, g in enumerate(page.gold):
        assert all(p in text for p in g["text"].split("\n\n")), g
        assert g["author"] in text
        assert g["parent"] is None or (g["parent"] < i and g["depth"] == page.gold[g["parent"]]["depth"] + 1)


@pytest.mark.parametrize("kind", sorted(NEGATIVES))
def test_every_furniture_keeps_the_article(kind):
    page = compose(random.Random(3), "ru", None, [kind])
    assert not page.gold and page.body.startswith(LANGS[page.lang]["article"][0])


def test_blind5_sample():
    rows = run(compose_all(40, 3))
    f = figures(rows)
    print(report(rows))
    # measured at landing (seed 3, 40 pages): body 0.992, comments 0.963, missed 2/28, spurious 0/12, found 0.927,
    # author 0.980, depth and parent 0.946; after rules custom-element and depth-class: comments 0.982, missed 1/28,
    # found 0.963, depth and parent 1.000
    assert f["comments"] >= 0.96 and f["body"] >= 0.97
    assert f["missed"] <= 2 and f["spurious"] <= 1
    assert f["found"] >= 0.94 and f["author"] >= 0.95 and f["depth"] >= 0.97 and f["parent"] >= 0.97


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_blind5_full(seed):
    rows = run(compose_all(120, seed))
    f = figures(rows)
    print(report(rows))
    # measured at landing: seed 1 comments 0.945, body 0.992, missed 7/86, spurious 0/34, depth 0.938;
    # seed 2 comments 0.948, body 0.993, missed 7/89, spurious 0/31, depth 0.909; after rules custom-element and
    # depth-class: seed 1 comments 0.970, missed 3/86, found 0.960, depth 0.990; seed 2 0.972, 3/89, 0.969, 0.980
    assert f["comments"] >= 0.95 and f["body"] >= 0.98
    assert f["missed"] <= 5 and f["spurious"] <= 2
    assert f["found"] >= 0.94 and f["author"] >= 0.95 and f["depth"] >= 0.96
