"""Scoring of the sixth blind comment-page harness (`tests/page_threads_blind6.py`).

Per page, with `benchmarks/scoring.py`: body F1 (the record's body, less the optional texts opening its lines,
against the article's paragraphs and the furniture inside the article) and, on a page with a thread, comments F1
(the comments' texts joined against the gold texts joined). A page with a thread and no comment is *missed*; a page
without one and a comment emitted is *spurious*. Each gold comment is matched to the emitted comment holding most of
its shingles (over half); of those matched: author, and where the markup tells the tree (nested, levels, reply)
depth and parent. *Leaked*: gold comments whose text went to the body. Bare trafilatura
(`bare_extraction(include_comments=True)`) is scored on the same pages: comments F1, missed, spurious ("tf" columns).
The report ranks the families by their total loss (the failing classes)."""
from __future__ import annotations

from benchmarks.scoring import aggregate, score_page, shingles
from tests.harness_run import page_record, thread_command_line, trafilatura_bare
from tests.page_threads_blind5_score import _f, _strip, match, norm
from tests.page_threads_blind5_score import report as _report

TREE = {"nested", "levels", "reply"}


def _record(pipeline, page) -> dict:
    return page_record(pipeline, "blind6", page.html)


def _theirs(page) -> str | None:
    return trafilatura_bare(page.html)[1]


def judge(page, record: dict, theirs: str | None) -> dict:
    got = record["comments"]
    body = "\n".join(_strip(x, page.optional) for x in record["body"].split("\n"))
    row = {"page": page, "record": record, "body": score_page(page.body, body), "emitted": len(got), "kept": body}
    if theirs is not None:
        row["tf_emitted"] = bool(theirs.strip())
    if not page.gold:
        row["spurious"] = bool(got)
        if theirs is not None:
            row["tf_spurious"] = bool(theirs.strip())
        return row
    gold_text = "\n\n".join(g["text"] for g in page.gold)
    row["comments"] = score_page(gold_text, "\n\n".join(c["text"] for c in got))
    row["missed"] = not got
    if theirs is not None:
        row["tf_comments"] = score_page(gold_text, theirs)
        row["tf_missed"] = not theirs.strip()
    extra = shingles(body) - shingles(page.body)
    row["leaked"] = [sum((shingles(g["text"]) & extra).values()) > 0.5 * sum(shingles(g["text"]).values()) for g in page.gold]
    m = match(page.gold, got)
    row["found"] = [x is not None for x in m]
    pairs = [(g, got[j]) for g, j in zip(page.gold, m) if j is not None]
    row["author"] = [norm(c["author"]) == norm(g["author"]) for g, c in pairs]
    if page.nesting in TREE:
        row["depth"] = [c["depth"] == g["depth"] for g, c in pairs]
        row["parent"] = [(c["parent"] is None and g["parent"] is None) or
                         (g["parent"] is not None and c["parent"] is not None and c["parent"] == m[g["parent"]]) for g, c in pairs]
    return row


def run(pages, theirs: bool = True) -> list[dict]:
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    return [judge(p, _record(pipeline, p), _theirs(p) if theirs else None) for p in pages]


def figures(rows) -> dict:
    pos = [r for r in rows if "comments" in r]
    neg = [r for r in rows if "spurious" in r]
    out = {"pages": len(rows), "body": aggregate(r["body"] for r in rows)["f1"] if rows else None,
           "comments": aggregate(r["comments"] for r in pos)["f1"] if pos else None,
           "missed": sum(r["missed"] for r in pos), "with": len(pos), "spurious": sum(r["spurious"] for r in neg),
           "without": len(neg)}
    tf = [r for r in pos if "tf_comments" in r]
    out["tf"] = aggregate(r["tf_comments"] for r in tf)["f1"] if tf else None
    out["tf_missed"] = sum(r.get("tf_missed", 0) for r in pos) if tf else None
    out["tf_spurious"] = sum(r.get("tf_spurious", 0) for r in neg) if any("tf_spurious" in r for r in neg) else None
    for key in ("found", "author", "depth", "parent", "leaked"):
        flat = [x for r in pos for x in r.get(key, [])]
        out[key] = sum(flat) / len(flat) if flat else None
    return out


HEAD = (f"{'':24s} {'pages':>5s} {'body':>6s} {'comm':>6s} {'missed':>8s} {'spur':>7s} {'found':>6s} {'author':>6s}"
        f" {'depth':>6s} {'parent':>6s} {'leaked':>6s} | {'tf comm':>7s} {'tf miss':>7s} {'tf spur':>7s}")


def line(name, rows) -> str:
    f = figures(rows)
    tm = f"{f['tf_missed']:7d}" if f["tf_missed"] is not None else f"{'-':>7s}"
    ts = f"{f['tf_spurious']:7d}" if f["tf_spurious"] is not None else f"{'-':>7s}"
    return (f"{name:24s} {f['pages']:5d} {_f(f['body'])} {_f(f['comments'])} {f['missed']:3d}/{f['with']:<4d} "
            f"{f['spurious']:3d}/{f['without']:<3d} {_f(f['found'])} {_f(f['author'])} {_f(f['depth'])} {_f(f['parent'])}"
            f" {_f(f['leaked'])} | {_f(f['tf'], 7)} {tm} {ts}")


def report(rows, show: int = 0) -> str:
    """The harness's report: blind5's, with bare trafilatura's columns and threads inside the article's element."""
    return _report(rows, show, head=HEAD, line=line, place=("inside", "thread inside its element"))


def command_line(name: str, doc: str, compose_all, argv: list[str] | None = None) -> int:
    """The command line of a thread harness built like the sixth: compose N pages, run both systems, report."""
    return thread_command_line(name, doc, compose_all, run, report, argv, theirs=True)
