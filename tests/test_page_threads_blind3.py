"""The third blind comment-page harness (`tests/page_threads_blind3.py`) on a small sample: 25
comment systems the older harnesses do not render, twelve languages, three page eras, article
bodies of signed units that are not comments, comment areas with a form only. Bigger runs:
`python -m tests.page_threads_blind3 120 --seed 1` (and ``--seed 2``)."""
from __future__ import annotations

import random

import pytest

from tests.page_threads_blind3 import LANGS3, SYSTEMS3, compose, compose_all
from tests.page_threads_blind3_negatives import NEGATIVES3
from tests.page_threads_blind_score import figures, run

SAMPLE, SEED = 30, 3


@pytest.fixture(scope="module")
def sample_figures():
    return figures(run(compose_all(SAMPLE, SEED), trafilatura=False))


def _on_page(text, html):
    return text in html or text.replace("'", "&#x27;") in html


@pytest.mark.parametrize("system", sorted(SYSTEMS3))
def test_every_system_renders_its_gold(system):
    """The harness's own consistency: every gold text and author is on the page, parents come first,
    a system shown flat has a flat gold."""
    for code in sorted(LANGS3):
        page = compose(random.Random(11), code, system)
        assert page.gold and page.system == system
        for i, c in enumerate(page.gold):
            for para in c["text"].split("\n\n"):
                assert _on_page(para[-30:], page.html), (code, para)
            assert _on_page(c["author"], page.html), (code, c["author"])
            if c["parent"] is not None:
                assert c["parent"] < i and page.gold[c["parent"]]["depth"] == c["depth"] - 1
            if SYSTEMS3[system][1] == "flat":
                assert c["depth"] == 0


@pytest.mark.parametrize("kind", ["lookalike", "form"])
def test_pages_without_a_thread_have_no_gold(kind):
    for code in sorted(LANGS3):
        page = compose(random.Random(5), code, kind=kind)
        assert not page.gold and page.system is None
        assert all(_on_page(p[-30:], page.html) for p in page.article)
        if kind == "lookalike":
            assert page.negatives[0] in NEGATIVES3 and page.keep


def test_article_kept_and_no_comment_in_body(sample_figures):
    assert sample_figures["article"] == 1.0
    assert sample_figures["keep"] == 1.0          # (look-alike texts: 0.84 / 0.87 at seeds 1 / 2 of 120 pages)
    assert sample_figures["leaked"] == 0.0


def test_comments_found(sample_figures):
    """Floors a little under the figures measured when the harness landed (f1 0.905, found 0.89,
    authors 0.48, depth 0.70, parent 0.80), before any rule was read off it."""
    assert sample_figures["f1"] >= 0.87
    assert sample_figures["found"] >= 0.85
    assert sample_figures["author"] >= 0.43
    assert sample_figures["depth"] >= 0.65
    assert sample_figures["parent"] >= 0.75


def test_no_spurious_comments(sample_figures):
    assert sample_figures["spurious"] == 0
