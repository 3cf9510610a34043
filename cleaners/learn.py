"""Learning a site's boilerplate from the corpus itself.

`SiteStatsState` is the state of the site-boilerplate stage (`cleaners.stages`): each
site's paragraph statistics (bounded: lossy counting, `cleaners.boilerplate`), counted
as records are observed and judged when they are applied. ``corpus profile learn``
writes a site's learned boilerplate as a reviewable profile (`learn_site`,
`write_profile`); ``--boilerplate`` reads reviewed ones back (`load_learned`).
"""
from __future__ import annotations

import hashlib
import os
import tomllib
from pathlib import Path
from typing import Any, Mapping

from .boilerplate import ParagraphStats, Thresholds, sample_of
from .errors import ConfigError
from .records import iter_records
from .sites import site_of


def record_site(record: Mapping[str, Any]) -> str | None:
    meta = record.get("metadata") or {}
    return site_of(record.get("url") or meta.get("url"), meta.get("site"))


def paragraphs(record: Mapping[str, Any]) -> list[str]:
    return [p for p in (record.get("body") or "").split("\n\n") if p.strip()]


def paragraphs_before(record: Mapping[str, Any], cleaner: str = "site_boilerplate") -> list[str]:
    """The body paragraphs as they were before ``cleaner`` cut any: the kept paragraphs
    with the cleaner's cuts (their 200-character samples, which is all a paragraph is
    compared on) put back where they stood (``at``). Counting these keeps learned
    boilerplate learned once the cleaner removes it from new records."""
    body = paragraphs(record)
    cuts: dict[int, list[str]] = {}
    for cut in record.get("removed") or []:
        if cut.get("cleaner") == cleaner and not cut.get("inline") and cut.get("at") is not None:
            cuts.setdefault(min(int(cut["at"]), len(body)), []).append(cut["text"])
    if not cuts:
        return body
    out: list[str] = []
    for i, text in enumerate(body):
        out += cuts.get(i, [])
        out.append(text)
    return out + cuts.get(len(body), [])


class BloomFilter:
    """Approximate set of strings in fixed memory (default 16 MiB: 1 % false positives at
    about 14 million items); a false positive only means one document is not counted."""

    def __init__(self, bits: int = 1 << 27, hashes: int = 7):
        self.bits = bits
        self.hashes = hashes
        self.array = bytearray(bits // 8)

    def add(self, item: str) -> bool:
        """Add ``item``; True when it was (probably) there already."""
        return self.add_digest(self.digest(item))

    @staticmethod
    def digest(item: str) -> bytes:
        """What `add_digest` takes: the item's 16-byte hash (computed where the item is)."""
        return hashlib.blake2b(item.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def add_digest(self, digest: bytes) -> bool:
        """`add` for an item hashed elsewhere (a distributed run's map phase)."""
        h1, h2 = int.from_bytes(digest[:8], "big"), int.from_bytes(digest[8:], "big") | 1
        present = True
        for i in range(self.hashes):
            bit = (h1 + i * h2) % self.bits
            byte, mask = bit >> 3, 1 << (bit & 7)
            if not self.array[byte] & mask:
                present = False
                self.array[byte] |= mask
        return present


def observation(record: Mapping[str, Any]) -> tuple[str | None, bytes, list[str]]:
    """What `SiteStatsState.observe_parts` needs of a record, compact: its site, the digest
    of its site and body (each body counted once per site), the samples of its paragraphs
    as they were before any site-boilerplate cut (a sample is all a paragraph is counted by)."""
    site = record_site(record)
    body = " ".join((record.get("body") or "").split())
    return site, BloomFilter.digest(f"{site}\0{body}"), [sample_of(p) for p in paragraphs_before(record)]


class SiteStatsState:
    """Per-site paragraph statistics behind the site-boilerplate stage.

    ``observe`` counts a record's paragraphs into ``counting`` (each distinct body
    once per site, and a page's later versions not at all); ``is_boilerplate`` judges
    from ``judging``. ``corpus clean`` counts and judges with the same statistics (all
    of the run, in two passes); ``corpus ingest`` judges with what the committed runs
    learned and stages this run's counts for its commit (`StagedParagraphs`)."""

    def __init__(self, judging: ParagraphStats | None = None, counting: Any = None):
        self.judging = judging if judging is not None else ParagraphStats(Thresholds())
        self.counting = counting if counting is not None else self.judging
        self.seen = BloomFilter()
        self._sites: set[str] | None = None

    def observe(self, record: Mapping[str, Any]) -> None:
        site = record_site(record)
        if site is None or ((record.get("metadata") or {}).get("version") or 1) > 1:
            return
        body = " ".join((record.get("body") or "").split())
        self.observe_parts(site, 1, BloomFilter.digest(f"{site}\0{body}"), paragraphs_before(record))

    def observe_parts(self, site: str | None, version: int, digest: bytes, paragraphs: list[str]) -> None:
        """`observe` from parts computed elsewhere (`observation`: a distributed run's map
        phase computes them, the reduce phase counts them in input order)."""
        if site is None or version > 1:
            return
        # a document seen twice (re-crawled, copied, under another URL) must not make
        # its own paragraphs look like the site's boilerplate: count each body once
        if self.seen.add_digest(digest):
            return
        self.counting.add(site, paragraphs)
        if self.counting is self.judging:
            self._sites = None

    def sites(self) -> set[str]:
        """Sites that have learned boilerplate."""
        if self._sites is None:
            self._sites = {site for site in self.judging.sites if self.judging.learned(site)}
        return self._sites


class StagedParagraphs:
    """Counts kept aside until a run commits: ``[site, [paragraph samples]]`` rows."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []

    def add(self, site: str | None, paragraphs: list[str]) -> None:
        if site:
            self.rows.append([site, [sample_of(p) for p in paragraphs]])


def load_learned(paths: list[str]) -> dict[str, list[str]]:
    """``{site: lines}`` from reviewed ``*.boilerplate.toml`` files (files or directories)."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files += sorted(path.glob("*.boilerplate.toml"))
        elif path.is_file():
            files.append(path)
        else:
            raise ConfigError(f"{given}: no such boilerplate file or directory")
    learned: dict[str, list[str]] = {}
    for file in files:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
            site = data["site"]
            lines = data.get("settings", {}).get("boilerplate", [])
        except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{file}: not a boilerplate file: {exc}") from None
        learned.setdefault(site, []).extend(str(line) for line in lines)
    return learned


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def learn_site(site: str, corpus: str, thresholds: Thresholds | None = None) -> tuple[list[tuple[str, int, int]], int]:
    """The boilerplate of ``site`` learned from a corpus: rows and the site's document count."""
    stats = ParagraphStats(thresholds or Thresholds())
    for record in iter_records(corpus):
        if record_site(record) == site:
            stats.add(site, paragraphs(record))
    counter = stats.sites.get(site)
    return stats.learned(site), (counter.docs if counter else 0)


def write_profile(path: str, site: str, corpus: str, rows: list[tuple[str, int, int]], docs: int) -> None:
    """A reviewable profile fragment: one line per boilerplate paragraph, with its count."""
    lines = [f"# Boilerplate of {site}, learned by `corpus profile learn` from {corpus}",
             f"# ({docs} documents). Review it: delete every line that is real article text,",
             "# then commit this file; `corpus clean --boilerplate FILE` (or the [settings] of",
             "# the site's crawl profile) removes these lines from every page, even the first.",
             f"site = {_toml_string(site)}", f"documents = {docs}", "", "[settings]", "boilerplate = ["]
    for sample, count, total in rows:
        lines.append(f"    {_toml_string(sample)},  # in {count} of {total} documents")
    lines.append("]")
    tmp = f"{path}.tmp"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, path)
