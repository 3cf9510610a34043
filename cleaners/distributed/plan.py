"""The tasks of a distributed run and where their files go.

Inputs are walked in the order of ``corpus clean`` (`cleaners.readers.iter_inputs`).
Each WARC/ARC file is a task of its own; other files are grouped in batches of
``batch_size`` consecutive inputs. The plan (the inputs of each task) is saved in
``DIR/.ray/plan.json``, so that ``--resume`` finds the same tasks, or says the
inputs changed.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..readers import InputFile, Skipped, iter_inputs
from ..run import Failure, failure_of
from ..shards import SHARD
from ..writers import write_json_durable

STATE = ".ray"
DEFAULT_BATCH = 100


@dataclass(frozen=True)
class TaskSpec:
    number: int
    inputs: tuple[InputFile, ...]

    @property
    def sources(self) -> list[str]:
        return [item.source for item in self.inputs]


class RunDir:
    """The output directory of a distributed run: shards, manifests and ``.ray/``."""

    def __init__(self, directory: str | os.PathLike):
        self.root = Path(directory)
        self.state = self.root / STATE

    def shard(self, n: int) -> Path:
        return self.root / SHARD.format(n)

    def manifest(self, n: int) -> Path:
        return self.root / f"part-{n:05d}.manifest.json"

    def spool(self, n: int) -> Path:
        return self.state / f"task-{n:05d}.spool.jsonl.gz"

    def observed(self, n: int) -> Path:
        return self.state / f"task-{n:05d}.observed.pickle"

    def verdicts(self, n: int) -> Path:
        return self.state / f"task-{n:05d}.verdicts.pickle"

    def written(self, n: int) -> bool:
        return self.manifest(n).exists() and self.shard(n).exists()

    def cleaned(self, n: int) -> bool:
        return self.observed(n).exists() and (self.spool(n).exists() or self.written(n))


def plan(paths: list[str], batch_size: int, skipped: Counter, failures: list[Failure],
         follow_links: bool = False) -> list[TaskSpec]:
    """The tasks, in input order; inputs skipped or unreadable are counted."""
    if batch_size < 1:
        raise ConfigError("--batch-size must be at least 1")
    tasks: list[TaskSpec] = []
    batch: list[InputFile] = []

    def close() -> None:
        if batch:
            tasks.append(TaskSpec(len(tasks), tuple(batch)))
            batch.clear()

    for entry in iter_inputs(paths, follow_links):
        if isinstance(entry, Skipped):
            skipped[entry.reason] += 1
        elif not isinstance(entry, InputFile):
            failures.append(failure_of(entry))
        elif entry.kind == "warc":
            close()
            batch.append(entry)
            close()
        else:
            batch.append(entry)
            if len(batch) >= batch_size:
                close()
    close()
    return tasks


def prepare(run: RunDir, tasks: list[TaskSpec], batch_size: int, resume: bool) -> None:
    """Save the plan of a new run, or check that a resumed run has the same tasks."""
    saved = run.state / "plan.json"
    manifests = list(run.root.glob("part-*.manifest.json")) if run.root.exists() else []
    if not resume:
        if saved.exists() or manifests:
            raise ConfigError(f"{run.root} holds shards of an earlier run: use --resume to continue it, "
                              "or choose an empty directory")
    elif saved.exists():
        data = json.loads(saved.read_text(encoding="utf-8"))
        if data.get("batch_size") != batch_size or data.get("tasks") != [t.sources for t in tasks]:
            raise ConfigError(f"{run.root}: the inputs (or --batch-size) differ from the run being resumed")
        return
    elif manifests and (run.root / "manifest.json").exists():
        return   # a completed run: nothing to resume
    elif manifests:
        raise ConfigError(f"{run.root}: the state of the distributed run ({STATE}/) is missing; start afresh")
    run.state.mkdir(parents=True, exist_ok=True)
    write_json_durable(saved, {"batch_size": batch_size, "tasks": [t.sources for t in tasks]})
