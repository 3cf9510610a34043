"""What a corpus-level stage is, and the ordered list the three paths run.

A stage works on records (the dicts of the JSONL schema) after the cleaner chain,
like a Scrapy item pipeline or a datatrove step: it is small, named, built by
``from_settings(settings, context)`` (raising `cleaners.errors.NotConfigured` to opt
out), and leaves a record out by raising `Drop` with a named reason. A stage has two
phases, so that a stage that needs the whole corpus can see it before it acts:

* ``observe(record)``: take the record in (store its signature, count its paragraphs);
  may drop it (a gate) or annotate it;
* ``apply(record)``: act on it with what has been observed (mark a duplicate, cut
  boilerplate).

`StageList.process` runs both phases of each stage in turn on one record (a crawl,
``corpus ingest``, a single-pass ``corpus clean``); `StageList.observe` then
`StageList.apply` run them over the whole corpus in two passes (``corpus clean``
learning site boilerplate; a distributed run: map, reduce, map). docs/stages.md.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, ClassVar, Mapping

from ..errors import CorpusError


class Drop(CorpusError):
    """A stage leaves the record out. ``reason`` is counted by name in summaries and
    stats (``too-short``, ``duplicate``, ``unchanged``)."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass
class StageContext:
    """The state stages keep between records, handed in by the path that runs them.

    ``dedup``: a `cleaners.dedup.DedupStore` (seen ids, signatures, LSH buckets);
    ``site_stats``: a `cleaners.learn.SiteStatsState` (paragraph counts per site).
    Both have on-disk or in-memory implementations now and room for shared ones
    (Redis) in distributed runs."""
    dedup: Any = None
    site_stats: Any = None


class Stage:
    """A corpus-level step: a name, ``from_settings``, ``observe`` and ``apply``."""

    name: ClassVar[str] = ""

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], context: StageContext) -> "Stage":
        return cls()

    def observe(self, record: dict[str, Any]) -> dict[str, Any]:
        return record

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        return record

    def summary(self) -> dict[str, Any]:
        return {}

    @property
    def changes_records(self) -> bool:
        """False when the stage never alters or drops a record (its work can be skipped)."""
        return True


class StageList:
    """The stages in their fixed order. ``dropped`` counts records left out, by reason."""

    def __init__(self, stages: list[Stage]):
        self.stages = stages
        self.dropped: Counter[str] = Counter()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def get(self, name: str) -> Stage | None:
        return next((s for s in self.stages if s.name == name), None)

    @property
    def changes_records(self) -> bool:
        return any(s.changes_records for s in self.stages)

    def process(self, record: dict[str, Any]) -> dict[str, Any]:
        """Both phases of every stage, stage after stage (raises `Drop`)."""
        with self._counting():
            for stage in self.stages:
                record = stage.apply(stage.observe(record))
        return record

    def observe(self, record: dict[str, Any]) -> dict[str, Any]:
        """Pass 1 of a two-pass run (raises `Drop`)."""
        with self._counting():
            for stage in self.stages:
                record = stage.observe(record)
        return record

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        """Pass 2 of a two-pass run, in the order of pass 1 (raises `Drop`)."""
        with self._counting():
            for stage in self.stages:
                record = stage.apply(record)
        return record

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {s.name: s.summary() for s in self.stages if s.summary()}
        out["dropped"] = dict(self.dropped)
        return out

    def _counting(self) -> "_Count":
        return _Count(self.dropped)


class _Count:
    def __init__(self, counter: Counter):
        self.counter = counter

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        if isinstance(exc, Drop):
            self.counter[exc.reason] += 1
        return False
