"""The generalisation harness: real article paragraphs (read from the ScrapingHub ground truth at
test time, skipped when absent) interleaved with artefacts of every class, in many shapes and
every supported language, and with tricky negatives (tests/generalisation.py).

Property: every artefact's text leaves the body (to metadata, comments or removed), every
article paragraph and every negative stays unchanged, dump stories reach metadata.related
and every comment is found with its author and depth.
``CORPUS_HYPOTHESIS_PROFILE=long`` runs many more examples."""
from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import generalisation as gen

pytestmark = pytest.mark.skipif(not gen.GROUND_TRUTH.exists(),
                                reason=f"benchmark data absent: {gen.GROUND_TRUTH}")
LONG = os.environ.get("CORPUS_HYPOTHESIS_PROFILE") == "long"
EXAMPLES = 5000 if LONG else 150      # about 10 ms each


@pytest.fixture(scope="module")
def pipeline():
    from cleaners.pipeline import Pipeline
    return Pipeline()


@settings(derandomize=True, max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_artefacts_leave_and_article_stays(pipeline, seed):
    composed = gen.compose(random.Random(seed))
    record = pipeline.record(gen.document(pipeline, composed))
    verdict = gen.judge(composed, record)
    assert verdict.leaked == [], composed.text
    assert verdict.changed == [], composed.text
    assert verdict.missing_related == [], composed.text
    assert verdict.missing_comments == [], (composed.text, record["comments"])
    assert verdict.missing_captions == [], (composed.text, record["metadata"]["captions"])
    assert verdict.wrong_dates == [] and verdict.wrong_authors == [], composed.text
    assert verdict.wrong_comment_dates == [], (composed.text, record["comments"])


CLASSES = {"date-line", "byline", "reading-time", "source-line", "photo-credit", "caption-prompt", "donation",
           "call-to-action", "legal", "dump", "comment-thread", "related-list", "breadcrumb", "share-row", "image",
           "chart-credit"}


def test_every_class_and_language_is_generated():
    rng = random.Random(1)
    seen = [gen.compose(rng) for _ in range(900)]
    classes = {a.cls for c in seen for a in c.artefacts}
    assert classes == CLASSES
    assert {c.language for c in seen} == set(gen.LANGS)
    # every class in every language, markdown exports (breadcrumbs, share rows, images, chart credits) too
    assert {(a.cls, a.language) for c in seen for a in c.artefacts} == {(k, code) for k in CLASSES for code in gen.LANGS}
    assert {n for c in seen for n in c.negatives} >= set(gen.NEGATIVES) | {line for lines in gen.exports.CLOSING_LISTS
                                                                            for line in lines}
    cross = {n for c in seen for n in c.negatives} & set(gen.CROSS_LANGUAGE)
    assert cross and all(gen.foreign_to(n, c.language) for c in seen for n in c.negatives if n in cross)
    assert not gen.foreign_to("Door Prize Winners Announced", "nl") and gen.foreign_to("Door Prize Winners Announced", "de")


def test_the_judge_can_fail():
    composed = gen.compose(random.Random(3))
    leaky = {"body": "\n\n".join([composed.artefacts[0].lines[0]] + composed.article[1:]),
             "metadata": {"related": []}, "comments": []}
    verdict = gen.judge(composed, leaky)
    assert verdict.leaked and verdict.changed == [composed.article[0]] + composed.negatives


def test_the_judge_sees_missing_captions_and_rendered_leaks():
    image = gen.Artefact("image", "en", ["![Firefighters on the roof at dawn](x.jpg)"],
                         captions=["Firefighters on the roof at dawn"])
    share = gen.Artefact("share-row", "en", ["Share: [Facebook](https://f.example) [Twitter](https://t.example)"])
    composed = gen.Composed("", "en", [], [image, share], [])
    verdict = gen.judge(composed, {"body": "Share: Facebook Twitter", "metadata": {"captions": []}, "comments": []})
    assert verdict.missing_captions == ["Firefighters on the roof at dawn"]
    assert [cls for cls, _, _ in verdict.leaked] == ["share-row"]


def test_every_shape_of_a_class_is_generated():
    from . import generalisation_shapes as shapes
    rng = random.Random(2)
    threads = [shapes.thread(rng, code) for code in gen.LANGS for _ in range(60)]
    lines = [line for thread, _, _ in threads for line in thread]
    assert any(line.startswith("\t") for line in lines) and any(line.startswith("    ") for line in lines)
    assert {b for b in shapes.BULLETS if any(line.lstrip().startswith(b + " ") for line in lines)} == set(shapes.BULLETS)
    assert any(line.lstrip().startswith("1.1") for line in lines) and any(line.startswith("   1) ") for line in lines)
    assert any(gold == (None, 1) for _, golds, _ in threads for gold in golds)          # reply words
    dumps = [shapes.dump(rng, code)[0] for code in gen.LANGS for _ in range(40)]
    firsts = [d[0] for d in dumps]
    for prefix in ("string(", "array(", "Array", "a:", "[{", '{"status"', '{"data"'):
        assert any(f.startswith(prefix) for f in firsts), prefix
    assert any(f in ("[", "{") for f in firsts)                                      # pretty-printed JSON
    assert any("object(stdClass)" in line or "stdClass Object" in line for d in dumps for line in d)
    assert any("\\u" in line for d in dumps for line in d)                         # JSON with \uXXXX escapes


def test_the_figures_entry_prints_every_class_and_language(capsys):
    from .generalisation_figures import main
    main(["30", "--seed", "5"])
    out = capsys.readouterr().out
    assert "comment-thread" in out and "\nall " in out and sum(f"\n{code} " in out for code in gen.LANGS) >= 5
    assert "threads" in out and "dates" in out and "related" in out


def test_the_judge_sees_wrong_dates_authors_and_comment_dates():
    thread = gen.Artefact("comment-thread", "de", ["Anna Schmidt schrieb am 3. März 2019:", "Gut."],
                          comments=[("Anna Schmidt", 0)], comment_dates=["2019-03-03"])
    head = gen.Artefact("date-line", "de", ["3. März 2019"], date="2019-03-03")
    by = gen.Artefact("byline", "de", ["Von Jan Vogel, dpa"], author="Jan Vogel")
    composed = gen.Composed("", "de", [], [thread, head, by], [])
    record = {"body": "", "metadata": {"date": "2019-03-04", "author": "Jan Vogel, dpa"},
              "comments": [{"author": "Anna Schmidt", "depth": 0, "date": None}]}
    verdict = gen.judge(composed, record)
    assert verdict.wrong_dates == [("2019-03-03", "2019-03-04")]
    assert verdict.wrong_authors == [("Jan Vogel", "Jan Vogel, dpa")]
    assert verdict.wrong_comment_dates == [("2019-03-03", None)] and verdict.missing_comments == []
