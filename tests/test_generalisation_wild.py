"""The wild text harness (tests/generalisation_wild.py): its documents hold every class in every
language, its look-alike article sentences stay in the body, its judge sees a leak, and its
figures on 150 documents hold (docs/languages.md)."""
from __future__ import annotations

import random

import pytest

from . import generalisation_wild as wild

CLASSES = {"call-to-action", "comment-thread", "credit", "dateline", "donation", "dump", "inline-debris", "legal",
           "markdown-debris", "repeat"}


@pytest.fixture(scope="module")
def pipeline():
    from cleaners.pipeline import Pipeline
    return Pipeline()


def test_every_class_in_every_language():
    rng = random.Random(2)
    seen = {(a.cls, c.language) for c in (wild.compose(rng) for _ in range(1500)) for a in c.artefacts}
    assert seen == {(k, code) for k in CLASSES for code in wild.LANGS}


def test_look_alikes_stay(pipeline):
    rng = random.Random(5)
    for _ in range(120):
        composed = wild.compose(rng)
        verdict = wild.gen.judge(composed, pipeline.record(wild.gen.document(pipeline, composed)))
        assert not set(verdict.changed) & set(composed.negatives), composed.text


def test_the_judge_sees_a_leak():
    composed = wild.compose(random.Random(4))
    leaky = {"body": "\n\n".join(line for a in composed.artefacts for line in a.lines), "metadata": {}, "comments": []}
    verdict = wild.gen.judge(composed, leaky)
    assert verdict.leaked and set(verdict.changed) == set(composed.article + composed.negatives)


def test_the_wild_figures_hold():
    from .generalisation_figures import figures
    result = figures(150, 7, wild.compose)["all"]
    share = {column: ok / total for column, (ok, total) in result.items() if total}
    assert share["artefacts"] >= 0.97 and share["article"] >= 0.97, share
    assert share["negatives"] == share["threads"] == share["comments"] == share["related"] == 1.0, share

