"""benchmarks/step_costs: every cleaner and pipeline step is clocked once a page, and the run is left as it was."""
from pathlib import Path

from benchmarks.step_costs import StepClock, clean
from cleaners import extract, pipeline
from cleaners.registry import discover

PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "multilingual" / "de_altcms_br.html"


def test_each_step_clocked_once_a_page_and_unwrapped_after():
    cls = discover()["dom_boilerplate"]
    before = (cls.__dict__["clean_html"], extract.extract, pipeline.LexborHTMLParser, pipeline.Pipeline.process)
    clock = StepClock()
    run = clean([str(PAGE), str(PAGE)], clock)
    assert clock.calls["html dom_boilerplate"] == 2 and clock.calls["parse"] == 2
    assert clock.calls["(process)"] == 2 and clock.calls["prune_for_extraction"] == 2
    assert clock.calls["extract"] >= 2
    rows = dict((step, seconds) for step, seconds, _ in clock.rows(run))
    assert rows["(run)"] == run >= rows["(process)"] >= rows["(_extract)"] >= rows["(run_html)"] > 0
    assert abs(rows["(outside the pipeline)"] - (run - rows["(process)"])) < 1e-9
    assert (cls.__dict__["clean_html"], extract.extract, pipeline.LexborHTMLParser,
            pipeline.Pipeline.process) == before
