"""Worker pool: deterministic order, watchdog, crash recovery, errors.jsonl, limits."""
from __future__ import annotations

import json
import os
import time

from cleaners.cli import main
from cleaners.pipeline import Options
from cleaners.run import RunConfig, Task, run_inline
from cleaners.workers import WorkerPool

from .conftest import SEEDS, read_jsonl
from .slow_plugin import install_plugin

PARAGRAPH = ("Volunteers planted {n} trees along the northern bank of the river on Saturday, "
             "the local conservation group said in a statement on its website.\n\n"
             "The group plans a second planting day in the spring if the weather allows it.\n")


def _corpus(directory, count: int, extra: dict[int, str] | None = None):
    directory.mkdir(exist_ok=True)
    for n in range(count):
        text = PARAGRAPH.format(n=n) + (extra or {}).get(n, "")
        (directory / f"doc{n:03d}.txt").write_text(text)
    return directory


def test_workers_1_and_2_give_identical_output(tmp_path):
    src = _corpus(tmp_path / "in", 30)
    for workers in (0, 1, 2):
        assert main(["clean", str(src), str(SEEDS), "-o", str(tmp_path / f"w{workers}.jsonl"), "-q",
                     "--workers", str(workers)]) == 0
    one = (tmp_path / "w1.jsonl").read_bytes()
    assert one == (tmp_path / "w2.jsonl").read_bytes() == (tmp_path / "w0.jsonl").read_bytes()
    assert len(one.splitlines()) == 35


def test_pool_keeps_input_order_with_uneven_work(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 12, {0: "SLOW-DOWN\n", 5: "SLOW-DOWN\n"})
    tasks = [Task(str(p), str(p), "text", path=str(p)) for p in sorted(src.iterdir())]
    results = list(WorkerPool(RunConfig(), workers=2, window=4).map(tasks))
    assert [r.task.key for r in results] == [t.key for t in tasks]
    assert all(r.failure is None for r in results)


def test_python_level_hang_is_interrupted_and_run_goes_on(tmp_path, monkeypatch, capsys):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 4, {1: "SLEEP-IN-PYTHON\n"})
    out = tmp_path / "o.jsonl"
    started = time.monotonic()
    assert main(["clean", str(src), "-o", str(out), "--no-progress", "--timeout", "1", "--workers", "2"]) == 0
    assert time.monotonic() - started < 20
    records = read_jsonl(out)
    assert len(records) == 4 and not (tmp_path / "o.errors.jsonl").exists()
    # the page that overran is written as it came, not cleaned, and says so
    assert [r["source"][-10:] for r in records if r["metadata"].get("degraded")] == ["doc001.txt"]
    assert "not cleaned" in capsys.readouterr().err


def test_uninterruptible_hang_gets_its_worker_killed(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 3, {0: "HANG-WITH-SIGNALS-BLOCKED\n"})
    tasks = [Task(str(p), str(p), "text", path=str(p)) for p in sorted(src.iterdir())]
    started = time.monotonic()
    results = list(WorkerPool(RunConfig(timeout=0.5), workers=1, grace=1.0).map(tasks))
    assert time.monotonic() - started < 20
    assert results[0].failure.stage == "timeout" and "worker killed" in results[0].failure.message
    assert [r.failure for r in results[1:]] == [None, None]


def test_worker_crash_is_one_error_and_the_pool_recovers(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 5, {2: "CRASH-THE-WORKER\n"})
    tasks = [Task(str(p), str(p), "text", path=str(p)) for p in sorted(src.iterdir())]
    results = list(WorkerPool(RunConfig(), workers=2).map(tasks))
    assert results[2].failure.error == "WorkerCrash" and "exit code 3" in results[2].failure.message
    assert sum(r.failure is None for r in results) == 4


def test_output_size_limit(tmp_path):
    src = _corpus(tmp_path / "in", 2)
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(src), "-o", str(out), "-q", "--max-output", "300"]) == 1
    errors = read_jsonl(tmp_path / "o.errors.jsonl")
    assert {e["stage"] for e in errors} == {"output"} and len(errors) == 2


def test_errors_file_lists_every_failure_and_stale_one_is_removed(tmp_path):
    src = _corpus(tmp_path / "in", 2)
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "o.jsonl"
    # (a path that does not exist at all is a usage error: exit 2, nothing written; a dangling link is a read error)
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "missing.txt")
    assert main(["clean", str(src), str(tmp_path / "missing.txt"), "-o", str(out), "-q"]) == 1
    errors = read_jsonl(tmp_path / "o.errors.jsonl")
    assert sorted((e["source"].rsplit("/", 1)[-1], e["stage"], e["error"], e["message"]) for e in errors) == [
        ("empty.txt", "decode", "EmptyFile", "empty file"), ("missing.txt", "read", "NotFound", "broken symbolic link")]
    assert all(set(e) == {"source", "stage", "error", "message"} for e in errors)
    (src / "empty.txt").unlink()
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 0
    assert not (tmp_path / "o.errors.jsonl").exists()


def test_inline_and_pool_agree(tmp_path):
    tasks = [Task(str(p), str(p), "text", path=str(p)) for p in sorted(SEEDS.iterdir())]
    config = RunConfig(options=Options())
    assert [r.line for r in run_inline(config, tasks)] == [r.line for r in WorkerPool(config, 2).map(tasks)]
    assert json.loads(next(run_inline(config, tasks[:1])).line)["source"] == tasks[0].source


def test_pool_hands_out_the_next_document_before_the_caller_gets_a_result(tmp_path):
    src = _corpus(tmp_path / "in", 3)
    tasks = [Task(str(p), str(p), "text", path=str(p)) for p in sorted(src.iterdir())]
    pool = WorkerPool(RunConfig(), 1)
    results = pool.map(tasks)
    try:
        first = next(results)
        # while the caller writes this result, the worker is already cleaning the next one
        assert first.line is not None and [t.key for t in pool.running()] == [tasks[1].key]
        assert [r.task.key for r in results] == [t.key for t in tasks[1:]]
    finally:
        results.close()


def test_a_document_over_the_memory_limit_is_a_counted_failure_and_the_next_is_cleaned(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 4, {1: "ALLOCATE-PAST-THE-LIMIT\n"})
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(src), "-o", str(out), "-q", "--workers", "1", "--max-memory", "2G"]) == 1
    assert [r["source"].rsplit("/", 1)[-1] for r in read_jsonl(out)] == ["doc000.txt", "doc002.txt", "doc003.txt"]
    [error] = read_jsonl(tmp_path / "o.errors.jsonl")
    assert error["source"].endswith("doc001.txt")
    assert error["stage"] == "clean" and error["error"] == "MemoryError" and "2 GiB" in error["message"]
    # with no limit the same document is cleaned: the failure above is the limit's
    assert main(["clean", str(src), "-o", str(out), "-q", "--workers", "1", "--max-memory", "0"]) == 0
    assert len(read_jsonl(out)) == 4


def test_memory_sizes_parse():
    import argparse
    import pytest
    from cleaners.memory import format_size, parse_size, size_argument
    assert parse_size("2G") == parse_size("2GiB") == 2 << 30 and parse_size("512m") == 512 << 20
    assert parse_size("0") == 0 and parse_size(1000) == 1000 and format_size(2 << 30) == "2 GiB"
    for bad in ("-1G", "two", "5X"):
        with pytest.raises(argparse.ArgumentTypeError):
            size_argument(bad)


def test_the_memory_limit_counts_from_what_a_worker_maps_when_it_starts():
    # a worker forked from a large process (a long crawl, a test session) starts with its parent's
    # address space: the limit is what the worker may add, so a modest document still fits
    import subprocess
    import sys
    code = ("import sys\nfrom cleaners.memory import limit_memory\n"
            "parent = bytes(3 << 30)\n"                     # 3 GiB mapped before the cap (calloc: no page touched)
            "assert limit_memory(1 << 30)\n"
            "document = bytes(256 << 20)\n"                 # fits under the 1 GiB the worker may add
            "try:\n    bytes(2 << 30)\nexcept MemoryError:\n    sys.exit(0)\nsys.exit(5)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_a_worker_signs_the_body_when_asked_and_the_dedup_stage_takes_its_signature(tmp_path):
    import orjson
    from cleaners.dedup import Signature, signature
    from cleaners.stages import StageContext, build_stages
    from cleaners.stages.dedup import SIGNATURE_KEY
    from cleaners.dedup_store import SqliteDedupStore
    src = _corpus(tmp_path / "in", 1)
    [task] = [Task(str(p), str(p), "text", path=str(p)) for p in sorted(src.iterdir())]
    assert run_inline(RunConfig(), [task]).__next__().signature is None
    [result] = list(run_inline(RunConfig(signature=True), [task]))
    record = orjson.loads(result.line)
    made = signature(record["body"])
    assert result.signature == (made.exact, made.size, made.to_bytes())
    stages = build_stages({"dedup": "mark"}, StageContext(dedup=SqliteDedupStore.memory()))
    record[SIGNATURE_KEY] = Signature.from_parts(*result.signature)
    out = stages.process(record)
    assert SIGNATURE_KEY not in out and out["metadata"]["cluster"] == out["id"]
