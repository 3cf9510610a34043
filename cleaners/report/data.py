"""What `corpus report` shows, collected in one streaming pass with memory that does not
grow with the number of records: fixed histograms, counters capped at a number of keys
(the rest counted as other), and Space-Saving top-k tables for the most frequent removed
lines of each site and the largest duplicate clusters.
"""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..sites import site_of

OTHER = "(other)"
LENGTH_BINS = [0, 1, 100, 300, 1000, 3000, 10_000, 30_000, 100_000]    # body characters, lower edges
COMMENT_BINS = [0, 1, 2, 3, 5, 10, 20, 50, 100, 500]                    # comments per document
MAX_DEPTH = 10
LINE_TABLE = 20_000       # (site, cleaner, rule, line) entries kept for "most frequent removed lines"
CLUSTER_TABLE = 10_000    # duplicate clusters kept for "largest clusters"
_DATE = re.compile(r"^(\d{4})-(\d{2})")


class CappedCounter(Counter):
    """A Counter of at most ``limit`` keys; later new keys count under `OTHER`."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def add(self, key: str, n: int = 1) -> None:
        if key not in self and len(self) >= self.limit:
            key = OTHER
        self[key] += n


class TopK:
    """The (approximately) most frequent keys of a stream in bounded memory: when the table
    passes ``capacity`` keys, the less frequent half is forgotten (amortised O(1) a key);
    a key frequent enough to matter keeps its count."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.counts: dict[Any, int] = {}
        self.examples: dict[Any, Any] = {}

    def add(self, key: Any, example: Any = None) -> None:
        if key in self.counts:
            self.counts[key] += 1
            return
        if len(self.counts) >= self.capacity:
            keep = sorted(self.counts, key=self.counts.__getitem__, reverse=True)[: self.capacity // 2]
            self.counts = {k: self.counts[k] for k in keep}
            self.examples = {k: self.examples[k] for k in keep}
        self.counts[key] = 1
        self.examples[key] = example

    def most_common(self, n: int | None = None) -> list[tuple[Any, int]]:
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]


def _site(url: str | None, fallback: str | None) -> str:
    """`site_of` asked by host name, so that its cache holds hosts, not every URL of the corpus."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        host = None
    return site_of(f"http://{host}/" if host else None, fallback) or "(unknown)"


def _bin(value: int, edges: list[int]) -> int:
    for i in range(len(edges) - 1, -1, -1):
        if value >= edges[i]:
            return i
    return 0


@dataclass
class ReportData:
    documents: int = 0
    sites: CappedCounter = field(default_factory=lambda: CappedCounter(5000))
    languages: CappedCounter = field(default_factory=lambda: CappedCounter(500))
    lengths: list[int] = field(default_factory=lambda: [0] * len(LENGTH_BINS))
    months: CappedCounter = field(default_factory=lambda: CappedCounter(2400))
    undated: int = 0
    removed_cleaner: CappedCounter = field(default_factory=lambda: CappedCounter(500))
    removed_rule: CappedCounter = field(default_factory=lambda: CappedCounter(2000))
    comments: list[int] = field(default_factory=lambda: [0] * len(COMMENT_BINS))
    depths: list[int] = field(default_factory=lambda: [0] * (MAX_DEPTH + 1))
    duplicates: int = 0
    clusters: TopK = field(default_factory=lambda: TopK(CLUSTER_TABLE))
    removed_lines: TopK = field(default_factory=lambda: TopK(LINE_TABLE))
    encoding_errors: int = 0
    errors: CappedCounter = field(default_factory=lambda: CappedCounter(500))

    def add(self, record: dict[str, Any]) -> None:
        meta = record.get("metadata") or {}
        body = record.get("body") or ""
        site = _site(record.get("url") or meta.get("url"), meta.get("site"))
        self.documents += 1
        self.sites.add(site)
        self.languages.add(meta.get("language") or "(unknown)")
        self.lengths[_bin(len(body), LENGTH_BINS)] += 1
        match = _DATE.match(str(meta.get("date") or ""))
        if match and 1900 <= int(match.group(1)) <= 2200:
            self.months.add(f"{match.group(1)}-{match.group(2)}")
        else:
            self.undated += 1
        for cut in record.get("removed") or []:
            self.removed_cleaner.add(cut["cleaner"], cut["chars"])
            self.removed_rule.add(f"{cut['cleaner']}/{cut['rule']}", cut["chars"])
            text = " ".join((cut.get("text") or "").split())[:200]
            if text:
                self.removed_lines.add((site, cut["cleaner"], cut["rule"], text), record.get("id"))
        comments = record.get("comments") or []
        self.comments[_bin(len(comments), COMMENT_BINS)] += 1
        for comment in comments:
            self.depths[min(int(comment.get("depth") or 0), MAX_DEPTH)] += 1
        if meta.get("duplicate_of"):
            self.duplicates += 1
            self.clusters.add(meta.get("cluster") or meta["duplicate_of"], record.get("id"))
        self.encoding_errors += meta.get("encoding_errors") or 0

    def add_error(self, error: dict[str, Any]) -> None:
        self.errors.add(f"{error.get('stage', '?')} / {error.get('error', '?')}")

    def lines_by_site(self, sites: int = 12, per_site: int = 8) -> list[tuple[str, list[tuple[tuple, int, Any]]]]:
        """The most frequent removed lines of the biggest sites: ``[(site, [(key, count, example id)])]``."""
        top_sites = [s for s, _ in self.sites.most_common() if s != OTHER][:sites]
        grouped: dict[str, list] = {s: [] for s in top_sites}
        for key, count in self.removed_lines.most_common():
            if key[0] in grouped and len(grouped[key[0]]) < per_site and count > 1:
                grouped[key[0]].append((key, count, self.removed_lines.examples.get(key)))
        return [(s, grouped[s]) for s in top_sites if grouped[s]]


def collect(records: Iterable[dict[str, Any]], errors: Iterable[dict[str, Any]] = ()) -> ReportData:
    data = ReportData()
    for record in records:
        data.add(record)
    for error in errors:
        data.add_error(error)
    return data


def log_bins_label(edges: list[int]) -> list[str]:
    labels = []
    for i, lo in enumerate(edges):
        hi = edges[i + 1] - 1 if i + 1 < len(edges) else None
        labels.append(f"{lo:,}" if hi == lo else f"{lo:,}–{hi:,}" if hi is not None else f"{lo:,}+")
    return labels


__all__ = ["COMMENT_BINS", "LENGTH_BINS", "MAX_DEPTH", "OTHER", "CappedCounter", "ReportData", "TopK", "collect",
           "log_bins_label"]
