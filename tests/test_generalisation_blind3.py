"""The third blind harness (tests.generalisation_blind3) on 70 documents, seed 5: floors a little under what the
rules reach after its fixes (03 Dec: artefacts 90.6 %, article 100 %, comments found 91.1 %, titles read 90.0 %;
with the button and glued-notice shapes: artefacts 94.1 %, calls to action 91.5 %, legal 81.2 %),
so a rule that loses ground on these dumps (14 languages, 4 without a file, 5 scripts) fails here."""
from tests.generalisation_blind3 import CLASSES, run, share

FLOORS = {"vardump": 98.0, "related": 94.0, "donation": 92.0, "comments": 85.0, "captions": 87.0, "titles": 91.0,
          "dateline": 93.0, "cta": 86.0, "legal": 76.0, "markdown": 98.0, "ARTEFACTS": 91.5, "article": 99.5,
          "comments-found": 88.0, "title-read": 87.0}


def test_blind3_floors(pipeline):
    tally, fails, _ = run(70, 5, pipeline=pipeline)
    pct = {k: share(tally, CLASSES if k == "ARTEFACTS" else k) for k in FLOORS}
    low = {k: round(v, 1) for k, v in pct.items() if v is None or v < FLOORS[k]}
    assert not low, (low, {k: fails.get(k, [])[:3] for k in low})


def test_article_is_never_traded_for_artefacts(pipeline):
    tally, fails, _ = run(28, 11, pipeline=pipeline)
    assert share(tally, "article") >= 99.0, fails["article"][:5]
