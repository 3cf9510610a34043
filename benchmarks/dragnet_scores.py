"""The Dragnet benchmark's figures of one system: body and comment scores over a set of pages,
and its worst tuning pages (`benchmarks/dragnet.py`)."""
from __future__ import annotations

from benchmarks.datasets import held_out
from benchmarks.scoring import aggregate, score_page


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(truth: dict[str, dict], predicted: dict[str, dict], ids: list[str]) -> dict:
    body = aggregate(score_page(truth[i].get("articleBody", ""), predicted.get(i, {}).get("body")) for i in ids)
    with_gold = [i for i in ids if (truth[i].get("comments") or "").strip()]
    comments = aggregate(score_page(truth[i]["comments"], predicted.get(i, {}).get("comments")) for i in with_gold)
    authored = aggregate(score_page(truth[i]["comments"], predicted.get(i, {}).get("authored")) for i in with_gold)
    missed = sum(1 for i in with_gold if not predicted.get(i, {}).get("count"))
    spurious = sum(1 for i in ids if i not in with_gold and predicted.get(i, {}).get("count"))
    return {"pages": len(ids), "gold_comment_pages": len(with_gold), "body": body, "comments": comments,
            "comments_with_authors": authored, "missed": missed, "spurious": spurious,
            "no_record": sorted(i for i in ids if i not in predicted)}


def worst_pages(truth: dict, predicted: dict, ids: list[str], n: int) -> list[dict]:
    rows = []
    for i in ids:
        if held_out(i):
            continue
        gold = truth[i]
        b = score_page(gold.get("articleBody", ""), predicted.get(i, {}).get("body"))
        row = {"id": i, "body_f1": _f1(b.precision or 0.0, b.recall or 0.0)}
        if (gold.get("comments") or "").strip():
            c = score_page(gold["comments"], predicted.get(i, {}).get("comments"))
            row["comments_f1"] = _f1(c.precision or 0.0, c.recall or 0.0)
        rows.append(row)
    return sorted(rows, key=lambda r: min(r["body_f1"], r.get("comments_f1", 1.0)))[:n]
