"""The two map phases of a distributed run: plain functions, run as Ray tasks by
`cleaners.distributed.engine` (and callable without Ray). Both are idempotent: a task
that Ray runs again after its worker died writes the same files, each atomically.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..dedup import Verdict, mark, signature
from ..learn import SiteStatsState, observation
from ..pipeline import Pipeline
from ..run import RunConfig, clean_task, entry_tasks
from ..stages import Drop, LengthGate, SiteBoilerplateStage
from ..writers import dumps, make_temp, write_json_durable
from .plan import RunDir, TaskSpec


@dataclass(frozen=True)
class Job:
    """What every task of a run shares (sent to the cluster once)."""
    config: RunConfig
    directory: str
    min_chars: int = 0
    dedup: bool = True            # compute signatures
    learn: bool = True            # count site paragraphs
    marks: Any = None             # `cleaners.warc.Marks` of the run's archives
    all_responses: bool = False


@dataclass(frozen=True)
class Observed:
    """One cleaned record, as the reduce phase needs it."""
    key: str
    id: str
    url: str | None
    source: str | None
    exact: str | None = None
    size: int = 0
    values: bytes = b""           # MinHash values (uint32, little-endian)
    site: str | None = None
    digest: bytes = b""
    samples: list[str] = field(default_factory=list)


_PIPELINES: dict[str, Pipeline] = {}


def _pipeline(config: RunConfig) -> Pipeline:
    """One pipeline per worker process and configuration (building the chain costs)."""
    key = hashlib.sha1(pickle.dumps(config)).hexdigest()
    if key not in _PIPELINES:
        _PIPELINES.clear()
        _PIPELINES[key] = config.pipeline()
    return _PIPELINES[key]


def atomic_write(path: Path, data: bytes) -> None:
    """``data`` to ``path`` through a temporary file in the same directory, fsynced and renamed."""
    fd, tmp = make_temp(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def clean_batch(spec: TaskSpec, job: Job) -> dict[str, Any]:
    """Map 1: clean the task's documents, gate them, spool the records, save the observations."""
    run = RunDir(job.directory)
    pipeline = _pipeline(job.config)
    gate = LengthGate(job.min_chars) if job.min_chars > 0 else None
    skipped: Counter[str] = Counter()
    failures: list = []
    failed: list[dict[str, str]] = []
    observed: list[Observed] = []
    inputs: list[str] = []
    removed: Counter[str] = Counter()
    decoding: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    degraded: list[dict[str, str]] = []      # written without the cleaners (`cleaners.run.clean`)
    fd, tmp = make_temp(run.state, run.spool(spec.number).name)
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=1) as spool:
            for entry in spec.inputs:
                for task in entry_tasks(entry, job.config.options, skipped, failures, marks=job.marks,
                                        all_responses=job.all_responses):
                    result = clean_task(pipeline, task, job.config)
                    if result.failure is not None:
                        failed.append({"key": task.key, **result.failure.as_record()})
                        continue
                    inputs.append(task.key)
                    if result.degraded:
                        degraded.append({"key": task.key, "source": task.source, "reason": result.degraded})
                    removed.update(result.removed)
                    if result.encoding_errors:
                        decoding.update(documents=1, replaced=result.encoding_errors)
                    record = orjson.loads(result.line)
                    if gate is not None:
                        try:
                            gate.observe(record)
                        except Drop as drop:
                            dropped[drop.reason] += 1
                            continue
                    observed.append(_observe(task.key, record, job))
                    spool.write(result.line)
        os.replace(tmp, run.spool(spec.number))
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    failed += [{"key": f.source, **f.as_record()} for f in failures]   # unreadable archives, pages
    summary = {"task": spec.number, "records": len(observed), "inputs": inputs, "failed": failed,
               "skipped": dict(skipped), "removed": dict(removed), "decoding": dict(decoding),
               "dropped": dict(dropped), "degraded": degraded}
    atomic_write(run.observed(spec.number), pickle.dumps({"summary": summary, "observed": observed}, protocol=5))
    return {k: v for k, v in summary.items() if k != "inputs"}


def _observe(key: str, record: dict[str, Any], job: Job) -> Observed:
    parts: dict[str, Any] = {}
    if job.dedup:
        sig = signature(record.get("body") or "")
        parts.update(exact=sig.exact, size=sig.size, values=sig.to_bytes())
    if job.learn:
        site, digest, samples = observation(record)
        parts.update(site=site, digest=digest, samples=samples)
    return Observed(key, record["id"], record.get("url"), record.get("source"), **parts)


def load_observed(run: RunDir, number: int) -> dict[str, Any]:
    with open(run.observed(number), "rb") as fh:
        return pickle.load(fh)


def write_shard(number: int, job: Job, learned: Any) -> dict[str, Any]:
    """Map 2: apply the task's verdicts and the learned boilerplate to its spooled records;
    write ``part-NNNNN.jsonl.gz``, then its manifest (both atomically); remove the spool."""
    run = RunDir(job.directory)
    with open(run.verdicts(number), "rb") as fh:
        verdicts = pickle.load(fh)
    summary = load_observed(run, number)["summary"]
    boilerplate = SiteBoilerplateStage(SiteStatsState(learned), job.config.options.removed_chars) \
        if learned is not None else None
    written = 0
    fd, tmp = make_temp(run.root, f".{run.shard(number).name}")
    try:
        with os.fdopen(fd, "wb") as raw:
            with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out, gzip.open(run.spool(number), "rb") as spool:
                for line, verdict in zip(spool, verdicts, strict=True):
                    if verdict is None:          # left out by the reduce phase (unchanged, duplicate)
                        continue
                    record = orjson.loads(line)
                    if verdict != ():            # () = no dedup stage
                        version, duplicate_of, cluster = verdict
                        record["metadata"]["version"] = version
                        mark(record, Verdict(duplicate_of, cluster))
                    if boilerplate is not None:
                        record = boilerplate.apply(record)
                    out.write(dumps(record))
                    written += 1
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, run.shard(number))
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    write_json_durable(run.manifest(number), {
        "shard": run.shard(number).name, "records": written, "inputs": summary["inputs"],
        "failed": summary["failed"], "degraded": summary.get("degraded", []),
        "written": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
    if run.spool(number).exists():
        run.spool(number).unlink()
    return {"task": number, "written": written,
            "removed": dict(boilerplate.removed) if boilerplate is not None else {}}
