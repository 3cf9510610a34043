"""Fast structural check of the ninth blind harness (tests/generalisation_blind9.py): documents are composed
deterministically, no probe is article text, every article piece is in the dump, and a short run on a few
documents gives one record a document whose counts add up. No quality floor: the harness measures, the numbers
are in its report, not here."""
import random
import re

from tests import blind_report
from tests.generalisation_blind9 import LANGS, NO_FILE, WEIGHTED, _text, build, norm, run

_LINK = re.compile(r"\]\(https://[^)]*\)")


def test_blind9_has_enough_languages_and_double_german():
    assert len(LANGS) >= 16 and WEIGHTED.count("de") == 2
    assert all(len(v["paras"]) >= 5 and len(v["comments"]) >= 3 for v in LANGS.values())
    for code, v in LANGS.items():
        for key in ("donate", "comments_head", "reply", "cta", "legal", "related_head"):
            assert len(set(v["w"][key])) >= 3, (code, key)
    assert NO_FILE <= set(LANGS)


def test_blind9_composition_is_deterministic_and_probes_are_not_article_text():
    for i in range(2 * len(LANGS)):
        code = sorted(LANGS)[i % len(LANGS)]
        a, b = build(random.Random(i), code), build(random.Random(i), code)
        assert a == b
        text, pieces, probes, tool = a
        article = [norm(x) for p in LANGS[code]["paras"] for x in _text(p)]
        assert probes and all(not any(norm(p) in x for x in article) for _, p, _ in probes), code
        if tool not in ("jsonl", "gutenberg"):
            flat = norm(_LINK.sub("", text).replace("[", ""))
            assert all(norm(p) in flat for ps in pieces for p in ps), (code, tool)


def test_blind9_runs_and_every_document_gets_a_record(pipeline):
    records: list = []
    res = run(6, seed=3, pipeline=pipeline, records=records)
    assert len(records) == 6 and len({r[0] for r in records}) == 6          # one record a document
    art = res["classes"]["article"]
    assert art[1] == sum(r[3] for r in records) and art[0] == sum(r[4] for r in records)
    arts = [v for k, v in res["classes"].items() if k not in blind_report.NOT_ARTEFACTS]
    assert sum(v[1] for v in arts) == sum(r[5] for r in records)
    assert sum(v[0] for v in arts) == sum(r[6] for r in records)
    assert sum(v[1] for v in res["places"].values()) == sum(r[5] for r in records)
    assert sum(v[1] for k, v in res["tools"].items() if not k.endswith(":article")) == sum(r[5] for r in records)
    assert sum(v["article"][1] for v in res["languages"].values()) == art[1]
    s = blind_report.summary(res)
    assert 0 <= s["article"] <= 1 and 0 <= s["removed"] <= 1
