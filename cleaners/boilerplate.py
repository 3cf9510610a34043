"""Per-site paragraph statistics: which paragraphs a site prints on many of its pages.

For each site (registered domain) we count, per paragraph, in how many distinct
documents it appears and how often at the document's edges (first or last
paragraphs, where boilerplate sits). Counting is *lossy counting* (Manku & Motwani):
memory stays bounded however many documents stream past, and every count is exact
to within ``epsilon`` x documents, far below the share that makes a paragraph
boilerplate. Paragraphs are keyed by a 64-bit hash of their first 200 characters, normalised
(case, digits, spacing and compatibility forms folded); that sample is kept for
review and is what a learned profile line holds.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

from .document import REMOVED_SAMPLE
from .lines import word_count

_DIGITS = re.compile(r"\d+")
KEY_CHARS = REMOVED_SAMPLE # paragraphs are compared on their first 200 characters, the
                           # sample a record keeps of a removed text: counts can be rebuilt from records
LEAD, TAIL = 2, 3          # paragraphs that count as the document's edges
MAX_ENTRIES = 2_000_000    # across all sites; past it, epsilon doubles and counters prune


def sample_of(text: str) -> str:
    """What is kept of a paragraph, and what a profile line holds: its first 200 characters."""
    return " ".join(text.split())[:KEY_CHARS]


def paragraph_key(text: str) -> int:
    """64-bit key of a paragraph's sample, with case, digits and compatibility forms folded."""
    norm = unicodedata.normalize("NFKC", sample_of(text)).casefold()
    norm = " ".join(_DIGITS.sub("0", norm).split())
    return int.from_bytes(hashlib.blake2b(norm.encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class Thresholds:
    """When a repeated paragraph counts as a site's boilerplate. See docs/site-boilerplate.md."""
    min_site_docs: int = 8       # the cleaner does nothing for a site with fewer documents
    min_docs: int = 4            # K: documents the paragraph must appear in
    min_share: float = 0.25      # S: share of the site's documents it must appear in
    edge_share: float = 0.6      # ... and sit at a document edge in this share of them,
    strong_share: float = 0.6    # ... unless it appears in at least this share of all documents
    min_words: int = 1


@dataclass
class Entry:
    count: int
    delta: int
    edge: int
    sample: str


@dataclass
class SiteCounter:
    epsilon: float = 0.001
    docs: int = 0
    entries: dict[int, Entry] = field(default_factory=dict)

    def add(self, paragraphs: list[str]) -> int:
        """Count one document's paragraphs; returns the change in the number of entries."""
        before = len(self.entries)
        self.docs += 1
        bucket = math.ceil(self.docs * self.epsilon)
        seen: set[int] = set()
        last = len(paragraphs) - 1
        for i, text in enumerate(paragraphs):
            k = paragraph_key(text)
            if k in seen:
                continue
            seen.add(k)
            edge = i < LEAD or i > last - TAIL
            entry = self.entries.get(k)
            if entry is None:
                self.entries[k] = Entry(1, bucket - 1, int(edge), sample_of(text))
            else:
                entry.count += 1
                entry.edge += edge
        if self.docs % math.ceil(1 / self.epsilon) == 0:   # end of a bucket
            self.prune()
        return len(self.entries) - before

    def prune(self) -> None:
        """Forget entries that cannot be frequent (count + delta <= current bucket)."""
        bucket = math.ceil(self.docs * self.epsilon)
        self.entries = {k: e for k, e in self.entries.items() if e.count + e.delta > bucket}

    def judge(self, entry: Entry, t: Thresholds) -> bool:
        if self.docs < t.min_site_docs or entry.count < t.min_docs:
            return False
        share = entry.count / self.docs
        if share < t.min_share:
            return False
        return share >= t.strong_share or entry.edge / entry.count >= t.edge_share


@dataclass
class ParagraphStats:
    thresholds: Thresholds = field(default_factory=Thresholds)
    epsilon: float = 0.001
    sites: dict[str, SiteCounter] = field(default_factory=dict)

    entries: int = 0

    def add(self, site: str | None, paragraphs: Iterable[str]) -> None:
        if not site:
            return
        counter = self.sites.get(site)
        if counter is None:
            counter = self.sites[site] = SiteCounter(self.epsilon)
        self.entries += counter.add([p for p in paragraphs if p.strip()])
        if self.entries > MAX_ENTRIES:
            self.coarsen()

    def coarsen(self) -> None:
        """Bound memory across many sites: double epsilon and prune every counter."""
        self.epsilon = min(self.epsilon * 2, 0.05)
        for counter in self.sites.values():
            counter.epsilon = self.epsilon
            counter.prune()
        self.entries = sum(len(c.entries) for c in self.sites.values())

    def is_boilerplate(self, site: str | None, text: str) -> bool:
        counter = self.sites.get(site or "")
        if counter is None or word_count(text) < self.thresholds.min_words:
            return False
        entry = counter.entries.get(paragraph_key(text))
        return entry is not None and counter.judge(entry, self.thresholds)

    def learned(self, site: str) -> list[tuple[str, int, int]]:
        """``(sample, documents, site documents)`` of a site's boilerplate, most frequent first."""
        counter = self.sites.get(site)
        if counter is None:
            return []
        rows = [(e.sample, e.count, counter.docs) for e in counter.entries.values() if counter.judge(e, self.thresholds)]
        return sorted(rows, key=lambda r: (-r[1], r[0]))

    def to_dict(self) -> dict[str, Any]:
        return {"epsilon": self.epsilon, "sites": {
            site: {"docs": c.docs, "entries": {str(k): [e.count, e.delta, e.edge, e.sample] for k, e in c.entries.items()}}
            for site, c in self.sites.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, Any], thresholds: Thresholds | None = None) -> "ParagraphStats":
        stats = cls(thresholds or Thresholds(), data.get("epsilon", 0.001))
        for site, body in data.get("sites", {}).items():
            counter = SiteCounter(stats.epsilon, body["docs"])
            counter.entries = {int(k): Entry(*v) for k, v in body["entries"].items()}
            stats.sites[site] = counter
            stats.entries += len(counter.entries)
        return stats
