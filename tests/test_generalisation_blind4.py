"""Default-suite sample of the fourth blind harness (tests/generalisation_blind4.py): the
article stays whole and the share of artefact text removed does not fall below the floor
measured when the harness (and its fixes) landed."""
import random

import pytest

from cleaners import Pipeline
from tests import generalisation_blind4 as gb4

N, SEED = 24, 5


@pytest.fixture(scope="module")
def result():
    return gb4.run(N, SEED, pipeline=Pipeline())


def test_article_text_is_kept(result):
    _gone, kept = gb4.totals(result)
    assert kept >= KEPT, result["lost"][:3]


def test_artefacts_removed_floor(result):
    gone, _kept = gb4.totals(result)
    assert gone >= FLOOR, gone


def test_measure_counts_leftovers():
    doc = gb4.compose(random.Random(1), "en")
    everything = {"body": doc["text"]}
    m = gb4.measure(doc, everything)
    assert all(gone == 0 for _c, _p, _t, gone, _l in m["arts"])
    assert m["kept"][0] == m["kept"][1]
    clean = {"body": "\n\n".join(gb4.LANGS["en"]["paras"])}
    m = gb4.measure(doc, clean)
    assert all(gone == tot for _c, _p, tot, gone, _l in m["arts"])
    assert m["kept"][0] == m["kept"][1] and not m["lost"]


def test_every_language_composes():
    rng = random.Random(2)
    for lang in gb4.LANGS:
        doc = gb4.compose(rng, lang)
        assert doc["article"] and doc["artefacts"] and doc["text"].strip()


FLOOR = 0.88          # 0.737 on main when the harness landed, 0.906 after its fixes
KEPT = 0.995          # 0.990 on main when the harness landed: a paragraph was cut as a notice (fixed)
