"""The reduce phase of a distributed run: the corpus-level stages over the observations,
in input order, in one process (the driver).

It runs the engine's own dedup stage (`cleaners.stages.dedup.Dedup`, on a SQLite store
beside the output) on records reduced to their id, URL and signature, and counts site
paragraphs with the same `cleaners.learn.SiteStatsState` as one machine does, so the
verdicts and the learned boilerplate are those of ``corpus clean --workers N``:

* dedup: observe (id as key: unchanged copy, new version) then judge against the
  documents before it; a record is judged only after every earlier one was, as in the
  second pass of one machine;
* site statistics: counted for every record dedup observed (a duplicate dropped by
  ``--dedup drop`` was counted too, as in pass 1 of one machine).

Memory: the dedup store's page cache and the site statistics (bounded by lossy
counting); the verdicts of each task go to a file as soon as the task is reduced.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..boilerplate import ParagraphStats, SiteCounter
from ..dedup import Signature
from ..dedup_store import SqliteDedupStore
from ..learn import SiteStatsState
from ..stages import Drop, StageContext, build_stages

Verdicts = list[Any]      # per spooled record: None (left out), () (no dedup), (version, duplicate_of, cluster)


class Reducer:
    def __init__(self, settings: dict[str, Any], scratch: str, learn: bool):
        dedup_on = settings.get("dedup", "mark") != "off"
        self.store = SqliteDedupStore.temporary(scratch) if dedup_on else None
        self.stages = build_stages({**settings, "min_chars": 0}, StageContext(dedup=self.store))
        self.dedup = self.stages.get("dedup")
        self.site_stats = SiteStatsState() if learn else None
        self.dropped: Counter[str] = Counter()

    def reduce(self, observed: list[Any]) -> Verdicts:
        """The verdicts of one task's records (tasks in input order)."""
        out: Verdicts = []
        for o in observed:
            if self.dedup is None:
                if self.site_stats is not None:
                    self.site_stats.observe_parts(o.site, 1, o.digest, o.samples)
                out.append(())
                continue
            record = {"id": o.id, "url": o.url, "source": o.source, "metadata": {}}
            try:
                self.dedup.observe_signed(record, Signature.from_parts(o.exact, o.size, o.values))
            except Drop as drop:
                self.dropped[drop.reason] += 1
                out.append(None)
                continue
            meta = record["metadata"]
            if self.site_stats is not None:
                self.site_stats.observe_parts(o.site, meta["version"], o.digest, o.samples)
            try:
                self.dedup.apply(record)
            except Drop as drop:
                self.dropped[drop.reason] += 1
                out.append(None)
                continue
            out.append((meta["version"], meta["duplicate_of"], meta["cluster"]))
        return out

    def learned(self) -> ParagraphStats | None:
        """The site statistics the second map phase needs: only the paragraphs judged
        boilerplate, with their sites' document counts (what judging reads)."""
        if self.site_stats is None:
            return None
        stats = self.site_stats.judging
        out = ParagraphStats(stats.thresholds, stats.epsilon)
        for site, counter in stats.sites.items():
            keep = {k: e for k, e in counter.entries.items() if counter.judge(e, stats.thresholds)}
            if keep:
                out.sites[site] = SiteCounter(counter.epsilon, counter.docs, keep)
                out.entries += len(keep)
        return out if out.sites else None

    def summary(self) -> dict[str, Any]:
        return self.dedup.summary() if self.dedup is not None else {}

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
