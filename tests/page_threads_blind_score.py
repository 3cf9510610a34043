"""Scores of the blind comment-page harness (`tests/page_threads_blind.py`).

Per page with a thread: comment text scored by the project metric (`benchmarks/scoring.py`,
the comments' texts joined) for us and for bare trafilatura; each gold comment matched to the
emitted comment sharing most of its words (at least half): found, author right, depth right,
parent right (depth and parent not scored on ``mention`` systems, where only the text names
the parent). Per page: missed (a thread, no comment emitted), spurious (no thread, a comment
emitted), article paragraphs and look-alike texts kept in the body, comment texts left in it.
"""
from __future__ import annotations

import re
from collections import defaultdict

from benchmarks.scoring import aggregate, score_page
from tests.harness_run import trafilatura_bare

WORD = re.compile(r"\w+")


def _words(text: str | None) -> list[str]:
    return [t.lower() for t in WORD.findall(text or "")]


def _norm(text: str | None) -> str:
    return " ".join(_words(text))


def _contains(haystack: str, needle: str) -> bool:
    return _norm(needle) in haystack


def _match(gold: list[dict], pred: list[dict]) -> list[int | None]:
    sets = [set(_words(p.get("text"))) for p in pred]
    out: list[int | None] = []
    for g in gold:
        words = set(_words(g["text"]))
        best, best_share = None, 0.5
        for j, s in enumerate(sets):
            share = len(words & s) / max(1, len(words | s))
            if share >= best_share:
                best, best_share = j, share
        out.append(best)
    return out


def _ours(pipeline, page) -> dict:
    doc = pipeline.document(f"blind/{id(page)}.html", page.html.encode("utf8"), "html")
    record = pipeline.record(doc)
    return {"body": record["body"], "comments": record["comments"]}


def _theirs(page) -> dict:
    text, comments = trafilatura_bare(page.html)
    return {"body": text, "comments_text": comments}


def judge(page, ours: dict) -> dict:
    """The figures of one page for our record's body and comments."""
    body = _norm(ours["body"])
    pred = ours["comments"]
    pred_text = "\n\n".join(c.get("text") or "" for c in pred)
    row = {"page": page, "article": [_contains(body, p) for p in page.article],
           "keep": [_contains(body, t) and not any(_contains(_norm(c.get("text")), t) for c in pred) for t in page.keep],
           "emitted": len(pred)}
    if not page.gold:
        return row
    row["score"] = score_page("\n\n".join(g["text"] for g in page.gold), pred_text)
    match = _match(page.gold, pred)
    row["found"] = [m is not None for m in match]
    row["author"] = [m is not None and _norm(pred[m].get("author")) == _norm(g["author"]) for g, m in zip(page.gold, match)]
    if page.nesting != "mention":
        row["depth"] = [m is not None and pred[m].get("depth") == g["depth"] for g, m in zip(page.gold, match)]
        row["parent"] = [m is not None and ((g["parent"] is None and pred[m].get("parent") is None)
                                            or (g["parent"] is not None and pred[m].get("parent") is not None
                                                and pred[m]["parent"] == match[g["parent"]]))
                         for g, m in zip(page.gold, match)]
    row["leaked"] = [_contains(body, g["text"]) for g in page.gold]
    return row


def run(pages, trafilatura: bool = True) -> list[dict]:
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    rows = []
    for page in pages:
        row = judge(page, _ours(pipeline, page))
        if trafilatura:
            t = _theirs(page)
            tbody = _norm(t["body"])
            row["t_article"] = [_contains(tbody, p) for p in page.article]
            row["t_keep"] = [_contains(tbody, k) and not _contains(_norm(t["comments_text"]), k) for k in page.keep]
            row["t_emitted"] = bool(t["comments_text"].strip())
            if page.gold:
                row["t_score"] = score_page("\n\n".join(g["text"] for g in page.gold), t["comments_text"])
        rows.append(row)
    return rows


def _share(rows, key) -> str:
    flat = [x for r in rows for x in r.get(key, [])]
    return f"{100 * sum(flat) / len(flat):5.1f}" if flat else "    -"


def _f1(rows, key) -> str:
    scores = [r[key] for r in rows if key in r]
    return f"{aggregate(scores)['f1']:.3f}" if scores else "    -"


def _line(name, rows) -> str:
    pos = [r for r in rows if r["page"].gold]
    neg = [r for r in rows if not r["page"].gold]
    missed = sum(1 for r in pos if not r["emitted"])
    spurious = sum(1 for r in neg if r["emitted"])
    t_spur = sum(1 for r in neg if r.get("t_emitted"))
    t_missed = sum(1 for r in pos if "t_emitted" in r and not r["t_emitted"])
    return (f"{name:18} {len(rows):4} {_f1(pos, 'score'):>6} {_f1(pos, 't_score'):>6} {_share(pos, 'found')} {_share(pos, 'author')} "
            f"{_share(pos, 'depth')} {_share(pos, 'parent')} {missed:3}/{t_missed:<3} {spurious:3}/{t_spur:<3} "
            f"{_share(rows, 'article')} {_share(rows, 't_article')} {_share(rows, 'keep')} {_share(rows, 't_keep')} {_share(pos, 'leaked')}")


def figures(rows) -> dict:
    """The headline figures (for the default-suite test and the README)."""
    pos = [r for r in rows if r["page"].gold]
    neg = [r for r in rows if not r["page"].gold]

    def share(rs, key):
        flat = [x for r in rs for x in r.get(key, [])]
        return sum(flat) / len(flat) if flat else 1.0
    return {"f1": aggregate(r["score"] for r in pos)["f1"] if pos else 1.0, "found": share(pos, "found"),
            "author": share(pos, "author"), "depth": share(pos, "depth"), "parent": share(pos, "parent"),
            "missed": sum(1 for r in pos if not r["emitted"]), "spurious": sum(1 for r in neg if r["emitted"]),
            "article": share(rows, "article"), "keep": share(rows, "keep"), "leaked": share(pos, "leaked")}


def report(rows, show: str | None = None) -> str:
    head = (f"{'':18} {'pages':>4} {'F1':>6} {'trafF1':>6} {'found':>5} {'auth':>5} {'depth':>5} {'par':>5} {'missed':>7} "
            f"{'spurious':>7} {'art':>5} {'tArt':>5} {'keep':>5} {'tKeep':>5} {'leak':>5}")
    lines = [head, _line("ALL", rows)]
    for label, key in (("system", lambda r: r["page"].system or "(no thread)"), ("lang", lambda r: r["page"].lang)):
        groups = defaultdict(list)
        for r in rows:
            groups[key(r)].append(r)
        lines.append(f"-- by {label}")
        lines += [_line(name, rs) for name, rs in sorted(groups.items())]
    negs = defaultdict(list)
    for r in rows:
        for kind in r["page"].negatives:
            negs[kind].append(r)
    lines.append("-- pages carrying a look-alike block (spurious counts pages without a thread only)")
    lines += [_line(name, rs) for name, rs in sorted(negs.items())]
    if show:
        for r in rows:
            p = r["page"]
            if (p.system or "negative") != show:
                continue
            f = r.get("score")
            lines.append(f"=== {p.system} {p.lang} negatives={p.negatives} emitted={r['emitted']} "
                         f"F1={(2 * f.precision * f.recall / (f.precision + f.recall)) if f and f.precision and f.recall else 0:.2f}")
            lines.append(f"   found={r.get('found')} author={r.get('author')} depth={r.get('depth')} parent={r.get('parent')}")
            lines.append(f"   article={r['article']} keep={r['keep']}")
    return "\n".join(lines)
