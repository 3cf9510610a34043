"""The site-boilerplate stage: paragraphs a site repeats on many of its pages are cut.

``observe`` counts the record's paragraphs into the site statistics
(`cleaners.learn.SiteStatsState`); ``apply`` runs the `site_boilerplate` cleaner with
the statistics on records of sites that have learned boilerplate, so every cut is in
``removed`` (rule ``site-repeat``). Lines listed in a site profile or a reviewed
``--boilerplate`` file are cut by the same cleaner inside the chain.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

from ..builtin.site_boilerplate import SiteBoilerplate
from ..document import REMOVED_SAMPLE, Document
from ..errors import NotConfigured
from ..learn import SiteStatsState, record_site
from .base import Stage, StageContext


class SiteBoilerplateStage(Stage):
    """Paragraphs a site repeats on many of its pages, learned from the corpus, are cut."""

    name = "site_boilerplate"

    def __init__(self, state: SiteStatsState, removed_chars: int = REMOVED_SAMPLE):
        self.state = state
        self.removed_chars = removed_chars     # characters of each new cut its `removed` entry shows (0: all)
        self.cleaner = SiteBoilerplate({"site_stats": state.judging})
        self.removed: Counter[str] = Counter()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], context: StageContext) -> "SiteBoilerplateStage":
        if context.site_stats is None or settings.get("learn") is False:
            raise NotConfigured("no site statistics")
        return cls(context.site_stats, settings.get("removed_chars", REMOVED_SAMPLE))

    def observe(self, record: dict[str, Any]) -> dict[str, Any]:
        self.state.observe(record)
        return record

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        if record_site(record) not in self.state.sites():
            return record
        before = len(record.get("removed") or [])
        out = self.cleaner.clean(Document.from_record(record)).record(removed_chars=0)   # (entries as they were)
        if len(out["removed"]) == before:
            return record
        ours = self.cleaner.name
        for cut in out["removed"]:
            if cut["cleaner"] == ours and self.removed_chars:
                cut["text"] = cut["text"][:self.removed_chars]
        self.removed[ours] += (sum(c["chars"] for c in out["removed"] if c["cleaner"] == ours)
                               - sum(c["chars"] for c in record.get("removed") or [] if c["cleaner"] == ours))
        return out

    def summary(self) -> dict[str, Any]:
        return {"removed_chars": sum(self.removed.values())} if self.removed else {}
