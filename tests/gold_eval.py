"""Judge records against the seed gold files, with the rules of tests/gold/README.md."""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

GOLD_DIR = Path(__file__).parent / "gold" / "seeds"


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


@dataclass
class Report:
    found: int = 0          # body_with snippets present
    missed: list = field(default_factory=list)
    leaks: list = field(default_factory=list)    # body_without snippets present
    clean: int = 0          # body_without snippets absent
    comments_expected: int = 0
    comments_missing: list = field(default_factory=list)
    titles_ok: int = 0
    titles_bad: list = field(default_factory=list)
    dates_ok: int = 0
    dates_bad: list = field(default_factory=list)
    related_expected: int = 0
    related_found: int = 0
    documents: int = 0
    missing_documents: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / (self.found + len(self.leaks)) if self.found + len(self.leaks) else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + len(self.missed)) if self.found + len(self.missed) else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def related_recall(self) -> float:
        return self.related_found / self.related_expected if self.related_expected else 1.0


def load_gold(gold_dir: Path = GOLD_DIR) -> dict[str, dict]:
    return {p.name.removesuffix(".gold.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(gold_dir.glob("*.gold.json"))}


def evaluate(records: list[dict], gold: dict[str, dict] | None = None) -> Report:
    gold = gold if gold is not None else load_gold()
    by_name = {Path(r["source"]).name.rsplit(".", 1)[0]: r for r in records}
    report = Report()
    for name, spec in gold.items():
        record = by_name.get(name)
        if record is None:
            report.missing_documents.append(name)
            continue
        report.documents += 1
        body = norm(record["body"])
        for snippet in spec["body_with"]:
            if norm(snippet) in body:
                report.found += 1
            else:
                report.missed.append((name, snippet))
        for snippet in spec["body_without"]:
            if norm(snippet) in body:
                report.leaks.append((name, snippet))
            else:
                report.clean += 1
        meta = record["metadata"]
        if norm(meta.get("title")) == norm(spec["title"]):
            report.titles_ok += 1
        else:
            report.titles_bad.append((name, meta.get("title"), spec["title"]))
        date = meta.get("date")
        if (spec["date"] is None and date is None) or (spec["date"] and (date or "").startswith(spec["date"])):
            report.dates_ok += 1
        else:
            report.dates_bad.append((name, date, spec["date"]))
        for want in spec["comments"]:
            ok = any(norm(want["snippet"]) in norm(c["text"])
                     and norm(c["author"]).casefold() == norm(want["author"]).casefold()
                     and c["depth"] == want["depth"] for c in record["comments"])
            report.comments_expected += 1
            if not ok:
                report.comments_missing.append((name, want))
        related = {norm(r["title"]) for r in meta.get("related", [])}
        for title in spec["related_titles"]:
            report.related_expected += 1
            report.related_found += norm(title) in related
    return report
