"""A document written without the cleaners under ``--engine ray`` is counted and named as under
``corpus clean`` (`cleaners.distributed`): the map phase's summary, the run's outcome and manifest,
a resumed finished run, and the command's summary on stderr. The phases are plain functions, run
here without a cluster (tests/cluster/test_ray_engine.py runs them on one)."""
from __future__ import annotations

import json
from collections import Counter

from cleaners.cli.summary import print_summary, warn_degraded
from cleaners.distributed import engine, phases
from cleaners.distributed.plan import RunDir, plan, prepare
from cleaners.run import RunConfig

from .slow_plugin import install_plugin

ARTICLE = ("The river ferry will run every twenty minutes from Monday, the transport office said, after "
           "a new landing stage opened on the eastern bank and the old one was closed for repairs.")


def _inputs(directory, trap: str):
    directory.mkdir()
    (directory / "a.txt").write_text(f"{trap}{ARTICLE}\n", encoding="utf-8")
    (directory / "b.txt").write_text(ARTICLE.replace("eastern", "western") + "\n", encoding="utf-8")
    return directory


def _map(tmp_path, monkeypatch, trap: str):
    install_plugin(tmp_path, monkeypatch)        # its cleaner sleeps on a text holding SLEEP-IN-PYTHON
    monkeypatch.setenv("CORPUS_TEST_STUCK", "30")
    src = _inputs(tmp_path / "in", trap)
    run = RunDir(tmp_path / "out")
    run.root.mkdir()
    tasks = plan([str(src)], 10, Counter(), [])
    prepare(run, tasks, 10, resume=False)
    job = phases.Job(config=RunConfig(timeout=1), directory=str(run.root), dedup=False, learn=False)
    phases._PIPELINES.clear()                    # the plugin's cleaner joins the chain of this test only
    try:
        return tasks, run, phases.clean_batch(tasks[0], job)
    finally:
        phases._PIPELINES.clear()


def test_the_map_phase_names_the_documents_written_without_the_cleaners(tmp_path, monkeypatch):
    _, _, summary = _map(tmp_path, monkeypatch, "SLEEP-IN-PYTHON ")
    assert summary["records"] == 2 and summary["failed"] == []
    [item] = summary["degraded"]
    assert item["source"].endswith("a.txt") and item["reason"] == "time limit of 1 s exceeded"
    out = engine.Outcome()
    engine._account(out, summary)
    assert [d["source"] for d in out.degraded] == [item["source"]]


def test_a_run_where_every_document_was_cleaned_names_none(tmp_path, monkeypatch):
    _, _, summary = _map(tmp_path, monkeypatch, "")
    assert summary["records"] == 2 and summary["degraded"] == []


def test_the_shard_manifest_keeps_them_for_a_resumed_finished_run(tmp_path, monkeypatch):
    tasks, run, summary = _map(tmp_path, monkeypatch, "SLEEP-IN-PYTHON ")
    (run.verdicts(0)).write_bytes(phases.pickle.dumps([(), ()]))
    phases.write_shard(0, phases.Job(config=RunConfig(), directory=str(run.root), dedup=False, learn=False), None)
    manifest = json.loads(run.manifest(0).read_text(encoding="utf-8"))
    assert [d["source"] for d in manifest["degraded"]] == [d["source"] for d in summary["degraded"]]
    out = engine.Outcome()
    engine._account(out, summary)
    engine._finish(run, tasks, out)
    assert json.loads((run.root / "manifest.json").read_text(encoding="utf-8"))["degraded"] == 1


def test_the_summary_says_how_many_of_the_written_were_not_cleaned(capsys):
    warn_degraded("in/a.txt", "time limit of 1 s exceeded")
    print_summary(2, Counter(), [], Counter(), "out/", degraded=1)
    print_summary(2, Counter(), [], Counter(), "out/")
    first, summary, plain = capsys.readouterr().err.splitlines()
    assert first == ("corpus: warning: in/a.txt: time limit of 1 s exceeded: written from the bare extraction, "
                     "not cleaned (metadata.degraded)")
    assert summary.endswith("0 failed; 1 of the written not cleaned (metadata.degraded)")
    assert "not cleaned" not in plain
