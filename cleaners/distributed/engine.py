"""The driver of ``corpus clean --engine ray``: plan, map, reduce, map, on a Ray cluster.

``address``: ``None`` starts a Ray instance on this machine with ``cpus`` CPUs;
``auto`` or ``HOST:PORT`` joins a running cluster (``ray start --head`` ...). Every
node must have corpus installed (the same version) and see the inputs and the output
directory at the same paths (shared storage). Ray runs a task again when its worker
dies (``max_retries``); a task that still fails gives its inputs to ``errors.jsonl``
and the run goes on (exit code 1).
"""
from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..readers import InputFile, iter_inputs
from ..run import Failure
from ..writers import write_json_durable
from . import phases
from .plan import RunDir, TaskSpec, plan, prepare
from .reduce import Reducer

log = logging.getLogger(__name__)

MAX_RETRIES = 3        # runs of a task after its worker died


@dataclass
class Outcome:
    """What the run did, for ``corpus clean``'s summary."""
    written: int = 0
    skipped: Counter = field(default_factory=Counter)
    failures: list[dict[str, str]] = field(default_factory=list)
    removed_chars: Counter = field(default_factory=Counter)
    decoding: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)
    degraded: list[dict[str, str]] = field(default_factory=list)   # records written without the cleaners
    dedup: dict[str, Any] = field(default_factory=dict)
    tasks: int = 0
    resumed: int = 0


def _ray():
    try:
        import ray
    except ImportError:
        raise ConfigError("--engine ray needs Ray: pip install 'corpus[cluster]'") from None
    return ray


def connect(address: str | None, cpus: int) -> Any:
    ray = _ray()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if ray.is_initialized():
        return ray
    kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING,
                              "log_to_driver": False, "configure_logging": False}
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=max(1, cpus), **kwargs)
    except ConnectionError as exc:   # no cluster there, or one this driver may not join (authentication)
        raise ConfigError(f"cannot join the Ray cluster at {address}: {exc}") from None
    return ray


def run(paths: list[str], output: str, job_args: dict[str, Any], settings: dict[str, Any], *,
        address: str | None = None, cpus: int = 1, batch_size: int = 100, resume: bool = False,
        scan_workers: int = 1, follow_links: bool = False) -> Outcome:
    """Clean ``paths`` into the shards of ``output`` on Ray; ``settings``: the stage settings
    (``min_chars``, ``dedup``, ``keep_unchanged``); ``job_args``: `phases.Job` fields."""
    out = Outcome()
    directory = RunDir(output)
    directory.root.mkdir(parents=True, exist_ok=True)
    failures: list[Failure] = []
    tasks = plan(paths, batch_size, out.skipped, failures, follow_links)
    out.failures += [{"key": f.source, **f.as_record()} for f in failures]
    if not tasks and not failures and not out.skipped:
        raise ConfigError("no input files found")
    prepare(directory, tasks, batch_size, resume)
    out.tasks = len(tasks)
    todo = [t for t in tasks if not directory.written(t.number)]
    if not todo:      # a finished run: its failures are in the shard manifests
        out.resumed = len(tasks)
        for t in tasks:
            manifest = json.loads(directory.manifest(t.number).read_text(encoding="utf-8"))
            out.failures += manifest["failed"]
            out.degraded += manifest.get("degraded", [])
        _finish(directory, tasks, out, resumed_only=True)
        return out
    missing = [t.number for t in tasks if directory.written(t.number) and not directory.observed(t.number).exists()]
    if missing:
        raise ConfigError(f"{output}: the state of shards {missing[:5]} is missing ({directory.state}/); start afresh")
    job = phases.Job(directory=str(directory.root.resolve()), min_chars=int(settings.get("min_chars") or 0),
                     dedup=settings.get("dedup", "mark") != "off", marks=_marks(paths, scan_workers, follow_links),
                     **job_args)
    ray = connect(address, cpus)
    clean = ray.remote(max_retries=MAX_RETRIES, retry_exceptions=False)(phases.clean_batch)
    write = ray.remote(max_retries=MAX_RETRIES, retry_exceptions=False)(phases.write_shard)
    job_ref = ray.put(job)
    pending = {clean.remote(t, job_ref): t for t in tasks if not directory.cleaned(t.number)}
    out.resumed = len(tasks) - len(pending)
    log.info("ray: %d tasks, %d to clean, %d shards to write", len(tasks), len(pending), len(todo))
    lost = _wait_all(ray, pending, "clean")
    if lost:      # the reduce needs every task: stop here, --resume cleans the lost ones again
        for number, message in lost.items():
            _lose(out, tasks[number], message)
        _finish(directory, tasks, out)
        return out
    reducer = Reducer(settings, str(directory.state), job.learn)
    try:
        for spec in tasks:                  # reduce, in input order
            observed = phases.load_observed(directory, spec.number)
            _account(out, observed["summary"])
            verdicts = reducer.reduce(observed["observed"])
            if not directory.written(spec.number):
                phases.atomic_write(directory.verdicts(spec.number), pickle.dumps(verdicts, protocol=5))
        log.info("ray: reduced %d tasks; writing %d shards", len(tasks), len(todo))
        learned = ray.put(reducer.learned())
        out.dedup = reducer.summary()
        out.dropped.update(reducer.dropped)
    finally:
        reducer.close()
    writing = {write.remote(t.number, job_ref, learned): t for t in todo}
    for result in _results(ray, writing, "write", lost):
        out.removed_chars.update(result["removed"])
    for number, message in lost.items():
        _lose(out, tasks[number], message)
    _finish(directory, tasks, out)
    return out


def _marks(paths: list[str], workers: int, follow_links: bool) -> Any:
    """The crawl marks of the run's archives (read once, by the driver), or None."""
    archives = [e for e in iter_inputs(paths, follow_links) if isinstance(e, InputFile) and e.kind == "warc"]
    if not archives:
        return None
    from ..warc import scan_marks
    return scan_marks(archives, workers)


def _wait_all(ray: Any, pending: dict, phase: str) -> dict[int, str]:
    lost: dict[int, str] = {}
    for _ in _results(ray, pending, phase, lost):
        pass
    return lost


def _results(ray: Any, pending: dict, phase: str, lost: dict[int, str]):
    """Results as tasks finish; a task that failed for good goes to ``lost``."""
    refs = list(pending)
    while refs:
        done, refs = ray.wait(refs, num_returns=1)
        spec = pending[done[0]]
        log.info("ray: %s task %d done, %d to go", phase, spec.number, len(refs))
        try:
            yield ray.get(done[0])
        except Exception as exc:    # the task's worker died MAX_RETRIES + 1 times, or the task raised
            message = f"{phase} task {spec.number} failed: " \
                      f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else ''}"
            log.error(message)
            lost[spec.number] = message


def _lose(out: Outcome, spec: TaskSpec, message: str) -> None:
    for item in spec.inputs:
        out.failures.append({"key": item.source, "source": item.source, "stage": "worker",
                             "error": "TaskFailed", "message": message, "task": spec.number})


def _account(out: Outcome, summary: dict[str, Any]) -> None:
    out.skipped.update(summary["skipped"])
    out.failures += summary["failed"]
    out.removed_chars.update(summary["removed"])
    out.decoding.update(summary["decoding"])
    out.dropped.update(summary["dropped"])
    out.degraded += summary.get("degraded", [])


def _finish(directory: RunDir, tasks: list[TaskSpec], out: Outcome, resumed_only: bool = False) -> None:
    """``manifest.json`` when every shard is written; the run's state is then removed."""
    shards = [directory.shard(t.number).name for t in tasks if directory.written(t.number)]
    records = 0
    for t in tasks:
        if directory.written(t.number):
            records += json.loads(directory.manifest(t.number).read_text(encoding="utf-8"))["records"]
    out.written = records
    if len(shards) < len(tasks):
        return       # a task failed for good: --resume tries it again
    if resumed_only and (directory.root / "manifest.json").exists():
        return
    write_json_durable(directory.root / "manifest.json", {
        "complete": True, "engine": "ray", "shards": shards, "records": records, "tasks": len(tasks),
        "skipped": dict(out.skipped), "failed": len(out.failures), "degraded": len(out.degraded), "dropped": dict(out.dropped),
        "dedup": out.dedup, "removed_chars": dict(out.removed_chars)})
    shutil.rmtree(directory.state, ignore_errors=True)
