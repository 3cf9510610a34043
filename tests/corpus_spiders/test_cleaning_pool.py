"""`CleaningPool`: the engine's worker pool on the crawl's event loop (asyncio here, as
under Scrapy's default reactor): every page's coroutine gets its result, failures
included, the loop's readers follow the workers, and cancelling answers what is left."""
from __future__ import annotations

import asyncio
import time

from cleaners.run import RunConfig, Task
from cleaners.workers import FORK
from corpus_spiders.cleaning.pool import CleaningPool

from ..slow_plugin import install_plugin
from ..test_run import _corpus


def _tasks(directory):
    return [Task(str(p), str(p), "text", path=str(p)) for p in sorted(directory.iterdir())]


def _no_readers_left(loop, fds) -> bool:
    return not any(loop.remove_reader(fd) for fd in fds)


def test_pages_are_cleaned_on_the_loop_and_failures_are_results(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    tasks = _tasks(_corpus(tmp_path / "in", 6, {1: "CRASH-THE-WORKER\n", 3: "HANG-WITH-SIGNALS-BLOCKED\n"}))

    async def crawl():
        cleaning = CleaningPool(RunConfig(timeout=3.0), 2, grace=1.0, start_method=FORK)
        cleaning.start()
        seen = set(cleaning.pool.fds())
        try:
            started = time.monotonic()
            results = await asyncio.wait_for(asyncio.gather(*(cleaning.clean(t) for t in tasks)), 30)
            assert time.monotonic() - started < 20
            seen |= set(cleaning.pool.fds())
        finally:
            cleaning.close()
        assert cleaning.timer is None and _no_readers_left(asyncio.get_running_loop(), seen)
        assert (await cleaning.clean(tasks[0])).failure.error == "Cancelled"    # closed: nothing more
        return results

    results = asyncio.run(crawl())
    assert [r.task.key for r in results] == [t.key for t in tasks]
    failures = {n: (r.failure.stage, r.failure.error) for n, r in enumerate(results) if r.failure is not None}
    assert failures == {1: ("worker", "WorkerCrash"), 3: ("timeout", "DocumentTimeout")}


def test_cancel_all_answers_every_waiting_page_at_once(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    tasks = _tasks(_corpus(tmp_path / "in", 3, {0: "SLEEP-IN-PYTHON\n"}))

    async def crawl():
        cleaning = CleaningPool(RunConfig(), 1, start_method=FORK)
        try:
            pages = [asyncio.ensure_future(cleaning.clean(t)) for t in tasks]
            await asyncio.sleep(0.2)             # the first page sleeps in the worker, two wait
            assert cleaning.cancel_all() == 3
            return await asyncio.wait_for(asyncio.gather(*pages), 10)
        finally:
            cleaning.close()

    results = asyncio.run(crawl())
    assert [(r.task.key, r.failure.stage) for r in results] == [(t.key, "cancelled") for t in tasks]
