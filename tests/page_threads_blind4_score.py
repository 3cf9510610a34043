"""Scoring of the fourth blind comment-page harness (`tests/page_threads_blind4.py`).

Per page, with `benchmarks/scoring.py`: body F1 (the record's body, less the page's optional texts, against the
article's paragraphs and the furniture inside the article) and, on a page with a thread, comments F1 (the comments' texts joined against the gold texts
joined). A page with a thread and no comment emitted is *missed*; a page without one and a comment emitted is
*spurious*. Each gold comment is matched to the emitted comment sharing most of its shingles (over half of the
gold's); of the matched: the author (case and spaces folded), the depth and the parent (the emitted parent matched to
the gold parent) are right or wrong. The report prints the figures over all pages, per family and per language."""
from __future__ import annotations

import re
from collections import defaultdict

from benchmarks.scoring import aggregate, score_page, shingles
from tests.harness_run import page_record


def norm(s) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def _ours(pipeline, page) -> dict:
    return page_record(pipeline, "blind4", page.html)


def match(gold: list[dict], got: list[dict]) -> list[int | None]:
    """For each gold comment the index of the emitted comment that holds most of its shingles, or None."""
    out: list[int | None] = []
    sh = [shingles(c.get("text")) for c in got]
    for g in gold:
        gs = shingles(g["text"])
        best, arg = 0.0, None
        for j, s in enumerate(sh):
            share = sum((gs & s).values()) / max(sum(gs.values()), 1)
            if share > best:
                best, arg = share, j
        out.append(arg if best > 0.5 else None)
    return out


def _strip(line: str, optional: list[str]) -> str:
    """``line`` less the optional texts it opens with (a live blog's "09:00 Ann Lee", a vox pop's "Ann, 23")."""
    line = line.strip()
    while True:
        for t in sorted(optional, key=len, reverse=True):
            if line.startswith(t) and (len(line) == len(t) or not line[len(t)].isalnum()):
                line = line[len(t):].lstrip(" :,–-")
                break
        else:
            return line


def judge(page, record: dict) -> dict:
    got = record["comments"]
    body = "\n".join(_strip(line, page.optional) for line in record["body"].split("\n"))
    row = {"page": page, "record": record, "body": score_page(page.body, body), "emitted": len(got), "kept": body}
    if not page.gold:
        row["spurious"] = bool(got)
        return row
    row["comments"] = score_page("\n\n".join(g["text"] for g in page.gold), "\n\n".join(c["text"] for c in got))
    row["missed"] = not got
    extra = shingles(body) - shingles(page.body)
    row["leaked"] = [sum((shingles(g["text"]) & extra).values()) > 0.5 * sum(shingles(g["text"]).values()) for g in page.gold]
    m = match(page.gold, got)
    row["found"] = [x is not None for x in m]
    row["author"] = [norm(got[j]["author"]) == norm(g["author"]) for g, j in zip(page.gold, m) if j is not None]
    if page.nesting == "nested":
        row["depth"] = [got[j]["depth"] == g["depth"] for g, j in zip(page.gold, m) if j is not None]
        row["parent"] = [(got[j]["parent"] is None and g["parent"] is None) or
                         (g["parent"] is not None and got[j]["parent"] is not None and got[j]["parent"] == m[g["parent"]])
                         for g, j in zip(page.gold, m) if j is not None]
    return row


def run(pages) -> list[dict]:
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    return [judge(p, _ours(pipeline, p)) for p in pages]


def figures(rows) -> dict:
    """The figures of a set of rows: body and comments F1, missed and spurious (counts, pages), shares of found,
    author, depth and parent."""
    pos = [r for r in rows if "comments" in r]
    neg = [r for r in rows if "spurious" in r]
    out = {"pages": len(rows), "body": aggregate(r["body"] for r in rows)["f1"] if rows else None,
           "comments": aggregate(r["comments"] for r in pos)["f1"] if pos else None,
           "missed": sum(r["missed"] for r in pos), "with": len(pos), "spurious": sum(r["spurious"] for r in neg), "without": len(neg)}
    for key in ("found", "author", "depth", "parent", "leaked"):
        flat = [x for r in pos for x in r.get(key, [])]
        out[key] = sum(flat) / len(flat) if flat else None
    return out


def _f(v, width=6) -> str:
    return f"{v:{width}.3f}" if isinstance(v, float) else f"{'-':>{width}}"


HEAD = f"{'':24s} {'pages':>5s} {'body':>6s} {'comm':>6s} {'missed':>8s} {'spur':>7s} {'found':>6s} {'author':>6s} {'depth':>6s} {'parent':>6s} {'leaked':>6s}"


def line(name, rows) -> str:
    f = figures(rows)
    return (f"{name:24s} {f['pages']:5d} {_f(f['body'])} {_f(f['comments'])} {f['missed']:3d}/{f['with']:<4d} {f['spurious']:3d}/{f['without']:<3d}"
            f" {_f(f['found'])} {_f(f['author'])} {_f(f['depth'])} {_f(f['parent'])} {_f(f['leaked'])}")


def badness(row) -> float:
    """How far a page is from right: missing body, comments, and a spurious thread."""
    bad = 1 - (row["body"].recall or 0) + (1 if row.get("spurious") else 0)
    if "comments" in row:
        c = row["comments"]
        bad += 1 - 2 * (c.precision or 0) * (c.recall or 0) / max((c.precision or 0) + (c.recall or 0), 1e-9)
    return bad


def example(row, width=90) -> str:
    """One failing page in a few lines: what was missed, what was spurious, what the body lost."""
    p, rec = row["page"], row["record"]
    out = [f"  [{p.lang}] {p.family}: body r={row['body'].recall or 0:.2f} p={row['body'].precision or 0:.2f}, "
           f"{len(p.gold)} gold, {row['emitted']} emitted"]
    body, want = norm(row["kept"]), norm(p.body)
    out += [f"    body lost: {t[:width]}" for t in p.body.split("\n\n") if norm(t) not in body][:2]
    out += [f"    body extra: {t[:width]}" for t in row["kept"].split("\n\n") if norm(t) not in want][:2]
    got = [norm(c["text"]) for c in rec["comments"]]
    gold = [norm(g["text"]) for g in p.gold]
    out += [f"    missed: {g[:width]}" for g, ok in zip(gold, row.get("found", [])) if not ok][:2]
    out += [f"    emitted: {c['author']!r} d={c['depth']} | {norm(c['text'])[:width]}" for c, t in zip(rec["comments"], got)
            if not any(t[:30] in g or g[:30] in t for g in gold)][:3]
    if row.get("depth") and not all(row["depth"]):
        out.append(f"    depth: gold {[g['depth'] for g in p.gold]} emitted {[c['depth'] for c in rec['comments']]}")
    return "\n".join(out)


def report(rows, show: int = 0) -> str:
    out = [HEAD, line("all", rows), line("  with a thread", [r for r in rows if "comments" in r]),
           line("  without", [r for r in rows if "spurious" in r]), "per family:"]
    fam: dict = defaultdict(list)
    for r in rows:
        fam[r["page"].family if "comments" in r else "neg:" + r["page"].furniture[0]].append(r)
    out += [line("  " + k, v) for k, v in sorted(fam.items())]
    lang: dict = defaultdict(list)
    for r in rows:
        lang[r["page"].lang].append(r)
    out += ["per language:"] + [line("  " + k, v) for k, v in sorted(lang.items())]
    if show:
        rank = sorted(fam.items(), key=lambda kv: -sum(map(badness, kv[1])) / len(kv[1]))
        out.append("families, worst first (mean badness): " + ", ".join(f"{k} {sum(map(badness, v)) / len(v):.2f}" for k, v in rank[:10]))
        out.append("worst pages per family:")
        for k, v in sorted(fam.items()):
            bad = sorted((r for r in v if badness(r) > 0.1), key=badness, reverse=True)[:show]
            out += [example(r) for r in bad]
    return "\n".join(out)
