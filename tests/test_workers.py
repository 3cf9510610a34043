"""The one worker pool (`cleaners.workers.WorkerPool`) driven the way an event loop drives
it: submit, watch the announced pipes, ``readable``, ``expire`` at ``deadline``; every
document gets exactly one result, whatever happens to its worker."""
from __future__ import annotations

import select
import time

import pytest

from cleaners.run import RunConfig, Task, run_inline
from cleaners.workers import FORK, FORKSERVER, WorkerPool

from .conftest import SEEDS
from .slow_plugin import install_plugin
from .test_run import _corpus


class Watcher:
    """What an event loop keeps: the pipes it watches, in the order the pool announced them."""

    def __init__(self):
        self.watched: list[int] = []
        self.spawned = self.retired = 0

    def spawn(self, fd: int) -> None:
        assert fd not in self.watched, "a pipe announced twice without being retired"
        self.watched.append(fd)
        self.spawned += 1

    def retire(self, fd: int) -> None:
        self.watched.remove(fd)
        self.retired += 1


def drive(pool: WorkerPool, watcher: Watcher, expected: int, limit: float = 30) -> dict:
    """A select() loop over the watched pipes until ``expected`` results are in."""
    results: dict = {}
    give_up = time.monotonic() + limit
    while len(results) < expected:
        assert time.monotonic() < give_up, f"only {len(results)} of {expected} results"
        deadline = pool.deadline()
        timeout = 1.0 if deadline is None else max(0.0, min(1.0, deadline - time.monotonic()))
        ready, _, _ = select.select(list(watcher.watched), [], [], timeout)
        done = [c for fd in ready for c in pool.readable(fd)] + pool.expire()
        for token, result in done:
            assert token not in results, f"two results for {token}"
            results[token] = result
    return results


def tasks_of(directory):
    return [Task(str(p), str(p), "text", path=str(p)) for p in sorted(directory.iterdir())]


def test_every_document_gets_one_result_and_each_pipe_is_retired_before_it_closes(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 8, {1: "CRASH-THE-WORKER\n", 3: "HANG-WITH-SIGNALS-BLOCKED\n",
                                       5: "ALLOCATE-PAST-THE-LIMIT\n"})
    tasks = tasks_of(src)
    watcher = Watcher()
    pool = WorkerPool(RunConfig(timeout=0.5, max_memory=2 << 30), 2, grace=1.0, start_method=FORK,
                      on_spawn=watcher.spawn, on_retire=watcher.retire)
    try:
        for n, task in enumerate(tasks):
            pool.submit(task, n)
        results = drive(pool, watcher, len(tasks))
    finally:
        pool.close()
    assert [results[n].task.key for n in range(len(tasks))] == [t.key for t in tasks]   # each its own task back
    failures = {n: (r.failure.stage, r.failure.error) for n, r in results.items() if r.failure is not None}
    assert failures == {1: ("worker", "WorkerCrash"), 3: ("timeout", "DocumentTimeout"), 5: ("clean", "MemoryError")}
    assert "exit code 3" in results[1].failure.message and "worker killed" in results[3].failure.message
    assert results[1].failure.source.endswith("doc001.txt") and results[5].failure.source.endswith("doc005.txt")
    # two workers, replaced when work comes after a crash, hang or memory failure; all retired at the end
    assert watcher.watched == [] and watcher.spawned == watcher.retired >= 3


def test_cancel_all_answers_queued_and_running_documents_and_the_pool_goes_on(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 3, {0: "SLEEP-IN-PYTHON\n"})
    tasks = tasks_of(src)
    watcher = Watcher()
    pool = WorkerPool(RunConfig(), 1, start_method=FORK, on_spawn=watcher.spawn, on_retire=watcher.retire)
    try:
        for n, task in enumerate(tasks):
            pool.submit(task, n)
        assert [t.key for t in pool.running()] == [tasks[0].key] and pool.idle() == 0
        started = time.monotonic()
        cancelled = pool.cancel_all()
        assert time.monotonic() - started < 10        # the sleeping worker is killed, not waited for
        assert sorted(n for n, _ in cancelled) == [0, 1, 2]
        assert {(r.failure.stage, r.failure.error) for _, r in cancelled} == {("cancelled", "Cancelled")}
        assert pool.running() == [] and watcher.watched == []
        pool.submit(tasks[1], "again")                # a fresh worker takes the next document
        [(token, result)] = drive(pool, watcher, 1).items()
        assert token == "again" and result.failure is None
    finally:
        pool.close()
    assert watcher.watched == [] and pool.fds() == []
    with pytest.raises(RuntimeError):
        pool.submit(tasks[2], "late")


def test_a_worker_that_died_idle_is_replaced_and_its_next_document_cleaned(tmp_path):
    tasks = tasks_of(_corpus(tmp_path / "in", 2))
    watcher = Watcher()
    pool = WorkerPool(RunConfig(), 1, start_method=FORK, on_spawn=watcher.spawn, on_retire=watcher.retire)
    try:
        pool.submit(tasks[0], 0)
        assert drive(pool, watcher, 1)[0].failure is None
        [worker] = [w for w in pool.slots if w is not None]
        worker.process.kill()
        worker.process.join(5)
        pool.submit(tasks[1], 1)
        assert drive(pool, watcher, 1)[1].failure is None
        assert watcher.spawned == 2 and watcher.retired == 1
    finally:
        pool.close()


def test_no_hard_limit_without_a_time_limit():
    pool = WorkerPool(RunConfig(timeout=0), 1)
    assert pool.limit is None and pool.deadline() is None and pool.expire() == []


def test_fork_server_workers_clean_as_forked_ones_and_in_process_cleaning_do():
    tasks = tasks_of(SEEDS)
    config = RunConfig(signature=True)
    inline = [(r.line, r.signature) for r in run_inline(config, tasks)]
    assert len(inline) == len(tasks) == 5 and all(line for line, _ in inline)    # else both sides could be empty
    for method in (FORK, FORKSERVER):
        assert [(r.line, r.signature) for r in WorkerPool(config, 2, start_method=method).map(tasks)] == inline


def test_results_come_back_in_input_order_whatever_the_number_of_workers(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    monkeypatch.setenv("CORPUS_TEST_DELAY", "0.1")
    src = _corpus(tmp_path / "in", 10, {0: "SLOW-DOWN\n", 4: "SLOW-DOWN\n", 6: "CRASH-THE-WORKER\n"})
    tasks = tasks_of(src)
    runs = [list(WorkerPool(RunConfig(), workers, window=3).map(tasks)) for workers in (1, 3)]
    for results in runs:
        assert [r.task.key for r in results] == [t.key for t in tasks]
        assert [n for n, r in enumerate(results) if r.failure is not None] == [6]
    assert [r.line for r in runs[0]] == [r.line for r in runs[1]]
