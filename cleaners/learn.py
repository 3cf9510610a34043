"""Learning a site's boilerplate during `corpus clean` (two passes over the output).

Pass 1 writes every record to a spool file and counts each site's paragraphs; pass 2
reads the spool back and runs the `site_boilerplate` cleaner, with the learned
statistics, on the records of sites that have boilerplate. Memory holds only the
(bounded) statistics, never the corpus.
"""
from __future__ import annotations

import hashlib
import os
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any, Mapping

import orjson

from .boilerplate import ParagraphStats, Thresholds
from .builtin.site_boilerplate import SiteBoilerplate
from .document import Document
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
        digest = hashlib.blake2b(item.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        h1, h2 = int.from_bytes(digest[:8], "big"), int.from_bytes(digest[8:], "big") | 1
        present = True
        for i in range(self.hashes):
            bit = (h1 + i * h2) % self.bits
            byte, mask = bit >> 3, 1 << (bit & 7)
            if not self.array[byte] & mask:
                present = False
                self.array[byte] |= mask
        return present


class SiteLearner:
    def __init__(self, settings: Mapping[str, Any] | None = None, thresholds: Thresholds | None = None):
        self.stats = ParagraphStats(thresholds or Thresholds())
        self.seen = BloomFilter()
        self.settings = dict(settings or {})

    def observe(self, line: bytes) -> None:
        record = orjson.loads(line)
        site = record_site(record)
        body = " ".join((record.get("body") or "").split())
        # a document seen twice (re-crawled, copied, under another URL) must not make
        # its own paragraphs look like the site's boilerplate: count each body once
        if site is None or self.seen.add(f"{site}\0{body}"):
            return
        self.stats.add(site, paragraphs(record))

    def sites_with_boilerplate(self) -> list[str]:
        return [site for site in self.stats.sites if self.stats.learned(site)]

    def rewrite(self, spool: str, writer: Any, removed_chars: Counter, signatures: Any = None) -> int:
        """Pass 2: copy the spool to ``writer``, cutting learned boilerplate. Returns chars cut.

        ``signatures``: the dedup signatures of the spool's records, in order (a
        `dedup.SignatureSpool`), handed to the writer with every record left unchanged."""
        sites = set(self.sites_with_boilerplate())
        cleaner = SiteBoilerplate({**self.settings, "site_stats": self.stats})
        cut = 0
        ahead = iter(signatures) if signatures is not None else None
        with open(spool, "rb") as fh:
            for line in fh:
                sig = next(ahead, None) if ahead is not None else None
                record = orjson.loads(line)
                if record_site(record) in sites:
                    before = len(record["removed"])
                    doc = cleaner.clean(Document.from_record(record))
                    record = doc.record()
                    for removal in record["removed"]:
                        if removal["cleaner"] == cleaner.name:
                            removed_chars[cleaner.name] += removal["chars"]
                            cut += removal["chars"]
                    if len(record["removed"]) != before:
                        writer.write_line(orjson.dumps(record) + b"\n", "")
                        continue
                if sig is not None:
                    writer.write_line(line, "", sig)
                else:
                    writer.write_line(line, "")
        return cut


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
