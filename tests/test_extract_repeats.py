"""Rule ``repeated-run`` (cleaners/extract_repeats.py): a run of the extraction's blocks printed
again is dropped and logged; a line printed twice, or a short pair, stays."""
import time

import trafilatura
from hypothesis import given, settings, strategies as st

from cleaners.document import Block
from cleaners.extract_repeats import drop_repeated_runs
from cleaners.pipeline import Pipeline

PARAGRAPHS = ["The pool reopens on Tuesday after the repairs.",
              "\u201cWe waited long enough,\u201d said the chair of the swimming club.",
              "The council will review the costs in spring."]
# an old layout: a table of a menu cell and a content cell, a short article in it
PAGE = ("<html lang='en'><head><title>Pool reopens</title></head><body><table width='100%'><tr><td class='menu'>"
        "<a href='/1'>Home</a><br><a href='/2'>News</a><br><a href='/3'>Sport</a></td><td><div id='content'>"
        "<span class='date'>2026-06-02</span><h2 class='title'>The town pool reopens after a long repair</h2>"
        f"<p align='justify'>{PARAGRAPHS[0]}</p><p><i>{PARAGRAPHS[1]}</i></p><p align='justify'>{PARAGRAPHS[2]}</p>"
        "<p class='author'>By Ann Lee</p></div></td></tr></table></body></html>")


def test_an_article_the_extraction_prints_twice_comes_once():
    bare = trafilatura.bare_extraction(PAGE, favor_recall=True)
    assert bare.text.count(PARAGRAPHS[0]) == 2           # the trap: recall mode's wild-text recovery
    pipeline = Pipeline()
    doc = pipeline.process(pipeline.document("page.html", PAGE.encode(), "html"))
    assert [doc.body.count(p) for p in PARAGRAPHS] == [1, 1, 1]
    assert PARAGRAPHS[0] in [r.text for r in doc.removed if r.rule == "repeated-run"]


def test_a_repeated_run_is_dropped_where_it_repeats():
    blocks = tuple(Block(t) for t in ["Headline of the story", *PARAGRAPHS, "Headline of the story", *PARAGRAPHS,
                                      "A closing line."])
    kept, cut = drop_repeated_runs(blocks)
    assert [b.text for b in kept] == ["Headline of the story", *PARAGRAPHS, "A closing line."]
    assert [r.text for r in cut] == ["Headline of the story", *PARAGRAPHS]


def test_lines_printed_twice_and_short_pairs_stay():
    credit = "Photo: Ann Lee"
    blocks = tuple(Block(t) for t in [PARAGRAPHS[0], credit, PARAGRAPHS[1], credit, "Advertisement", "Read on",
                                      PARAGRAPHS[2], "Advertisement", "Read on"])
    kept, cut = drop_repeated_runs(blocks)
    assert kept == blocks and cut == ()
    # a chorus of a song quoted twice, a line each time, far apart: single lines stay
    chorus = tuple(Block(t) for t in ["Oh river, carry me home.", PARAGRAPHS[0], "Oh river, carry me home."])
    assert drop_repeated_runs(chorus) == (chorus, ())


def test_a_run_that_recurs_after_other_blocks_stays():
    """A meal plan prints the same lines under each day, a deals page the same features under each offer: the run
    is not printed again right after itself, so it is the article's."""
    snack = ["Afternoon snack", "Eat two to three hours before dinner",
             "Greek yoghurt, 1 cup berries, 1 tbsp. honey and a handful of walnuts or almonds, unsalted",
             "Containers: 1 Red, 1 Purple"]
    blocks = tuple(Block(t) for t in ["Day 1", "Oat porridge with apple and cinnamon", *snack,
                                      "Day 2", "Scrambled eggs on rye toast", *snack, "Day 3", *snack])
    assert drop_repeated_runs(blocks) == (blocks, ())


def _reference(texts: list[str]) -> list[bool]:
    """The rule read literally, block by block (quadratic on thousands of alike lines): which blocks stay."""
    first: dict[str, int] = {}
    keep, j = [True] * len(texts), 0
    while j < len(texts):
        i = first.setdefault(texts[j], j)
        run = 0
        while j + run < len(texts) and i + run < j and texts[i + run] == texts[j + run]:
            run += 1
        if i < j and run >= 2 and i + run == j and sum(len(texts[j + k]) for k in range(run)) >= 150:
            keep[j:j + run] = [False] * run
            j += run
        else:
            j += 1
    return keep


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["A line of the story, forty characters...", "Photo: Ann Lee", "Read on", "x",
                                 PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]]), max_size=60))
def test_the_runs_dropped_are_the_ones_the_rule_names(texts):
    kept, cut = drop_repeated_runs(tuple(Block(t) for t in texts))
    assert [b.text for b in kept] == [t for t, k in zip(texts, _reference(texts)) if k]
    assert len(kept) + len(cut) == len(texts)


def test_alike_lines_around_an_odd_one_keep_the_rule():
    """Hundreds of alike lines with one odd line between two halves (a list, a spam block): the shape whose
    literal reading compares the rest of the page again for every line after the odd one (its growth is measured
    by ``benchmarks/adversarial.py``'s ``repeated-lines`` shape and ``tests/benchmarks/test_adversarial.py``)."""
    line, n = "Line of text here.", 300
    texts = [line] * n + ["An odd line between the halves."] + [line] * n
    kept, cut = drop_repeated_runs(tuple(Block(t) for t in texts))
    assert [b.text for b in kept] == [t for t, k in zip(texts, _reference(texts)) if k]
    assert cut and len(kept) + len(cut) == len(texts)


def test_the_work_grows_with_the_lines_not_their_square():
    """time(2n) / time(n) on the shape above, both measured in this run (best of interleaved rounds, so a burst of
    load hits both sizes alike): about 2 for a pass, 4 for the literal reading (never an absolute time)."""
    def shape(n: int) -> tuple[Block, ...]:
        line = Block("Line of text here.")
        return (line,) * n + (Block("An odd line between the halves."),) + (line,) * n

    small, big = shape(3000), shape(6000)
    times: dict[int, list[float]] = {3000: [], 6000: []}
    for _ in range(7):
        for n, blocks in ((3000, small), (6000, big)):
            start = time.perf_counter()
            drop_repeated_runs(blocks)
            times[n].append(time.perf_counter() - start)
    assert min(times[6000]) / min(times[3000]) < 3
