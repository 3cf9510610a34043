"""`corpus stats`: a summary of a JSONL corpus (streamed; memory grows with the
number of sites and distinct bodies, not with text size)."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import IO, Any, Iterable

from .sites import site_of


@dataclass
class SiteStats:
    documents: int = 0
    body_chars: int = 0
    comments: int = 0
    empty: int = 0


@dataclass
class CorpusStats:
    documents: int = 0
    sites: dict[str, SiteStats] = field(default_factory=lambda: defaultdict(SiteStats))
    languages: Counter = field(default_factory=Counter)
    removed_by_cleaner: Counter = field(default_factory=Counter)
    removed_by_rule: Counter = field(default_factory=Counter)
    exact_duplicates: int = 0
    marked_duplicates: int = 0
    empty_bodies: int = 0
    comments: int = 0
    encoding_errors: int = 0          # invalid byte sequences replaced when decoding
    encoding_error_documents: int = 0
    _bodies: set = field(default_factory=set)

    def add(self, record: dict[str, Any]) -> None:
        meta = record.get("metadata") or {}
        body = record.get("body") or ""
        site = site_of(record.get("url") or meta.get("url"), meta.get("site")) or "(unknown)"
        stats = self.sites[site]
        self.documents += 1
        stats.documents += 1
        stats.body_chars += len(body)
        n_comments = len(record.get("comments") or [])
        stats.comments += n_comments
        self.comments += n_comments
        if not body.strip():
            stats.empty += 1
            self.empty_bodies += 1
        else:
            digest = hashlib.blake2b(" ".join(body.split()).encode(), digest_size=12).digest()
            if digest in self._bodies:
                self.exact_duplicates += 1
            self._bodies.add(digest)
        if meta.get("duplicate_of"):
            self.marked_duplicates += 1
        self.languages[meta.get("language") or "(unknown)"] += 1
        if meta.get("encoding_errors"):
            self.encoding_errors += meta["encoding_errors"]
            self.encoding_error_documents += 1
        for cut in record.get("removed") or []:
            self.removed_by_cleaner[cut["cleaner"]] += cut["chars"]
            self.removed_by_rule[f"{cut['cleaner']}/{cut['rule']}"] += cut["chars"]


def collect(records: Iterable[dict[str, Any]]) -> CorpusStats:
    stats = CorpusStats()
    for record in records:
        stats.add(record)
    return stats


def _table(headers: list[str], rows: list[list[Any]], out: IO[str]) -> None:
    cells = [[str(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        out.write("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip())
        out.write("\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def render(stats: CorpusStats, out: IO[str], top: int = 20) -> None:
    out.write(f"documents: {stats.documents}   sites: {len(stats.sites)}   comments: {stats.comments}   "
              f"empty bodies: {stats.empty_bodies}   exact duplicate bodies: {stats.exact_duplicates}   "
              f"marked near-duplicates: {stats.marked_duplicates}\n")
    if stats.encoding_errors:
        out.write(f"encoding errors: {stats.encoding_errors:,} invalid byte sequences replaced (U+FFFD) in "
                  f"{stats.encoding_error_documents:,} documents\n")
    out.write("\n")
    rows = [[site, s.documents, round(s.body_chars / s.documents) if s.documents else 0, s.comments, s.empty]
            for site, s in sorted(stats.sites.items(), key=lambda kv: (-kv[1].documents, kv[0]))]
    _table(["site", "docs", "mean body chars", "comments", "empty"], rows, out)
    out.write("\n")
    _table(["language", "docs"], [[lang, n] for lang, n in stats.languages.most_common()], out)
    if stats.removed_by_cleaner:
        out.write("\n")
        _table(["cleaner", "chars removed"], [[c, f"{n:,}"] for c, n in stats.removed_by_cleaner.most_common()], out)
        out.write("\n")
        _table(["cleaner/rule", "chars removed"],
               [[r, f"{n:,}"] for r, n in stats.removed_by_rule.most_common(top)], out)
