"""Default-suite sample of the fifth blind harness (tests/generalisation_blind5.py): every
article paragraph stays whole, and the share of each artefact class removed does not fall
below the floor measured when the harness (and its fixes) landed."""
from tests.generalisation_blind5 import run, summary

# floors: the sample's figures when the harness landed, rounded down
FLOORS = {"removed": 0.77, "comments": 0.90, "comments_meta": 0.90, "cta": 0.25, "glued": 0.14}


def test_blind5_sample_keeps_the_article_and_removes_artefacts(pipeline):
    s = summary(run(14, seed=5, pipeline=pipeline))
    assert s["article"] == 1.0, s
    for key, floor in FLOORS.items():
        assert s[key] >= floor, (key, s[key], s)
