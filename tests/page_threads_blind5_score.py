"""Scoring of the fifth blind comment-page harness (`tests/page_threads_blind5.py`).

Per page, with `benchmarks/scoring.py`: body F1 (the record's body, less the optional texts opening its lines,
against the article's paragraphs and the furniture inside the article) and, on a page with a thread, comments F1
(the comments' texts joined against the gold texts joined). A page with a thread and no comment is *missed*; a page
without one and a comment emitted is *spurious*. Each gold comment is matched to the emitted comment holding most of
its shingles (over half); of those matched: author (case and spaces folded), and where the markup tells the tree
(nested, levels, reply links) depth and parent (the emitted parent matched to the gold parent). *Leaked*: gold
comments whose text went to the body. The report ranks the families by their total loss (the failing classes)."""
from __future__ import annotations

import re
from collections import defaultdict

from benchmarks.scoring import aggregate, score_page, shingles
from tests.harness_run import page_record

TREE = {"nested", "levels", "reply"}


def norm(s) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def _record(pipeline, page) -> dict:
    return page_record(pipeline, "blind5", page.html)


def match(gold: list[dict], got: list[dict]) -> list[int | None]:
    """For each gold comment the index of the emitted comment holding most of its shingles (over half), or None."""
    sh = [shingles(c.get("text")) for c in got]
    out: list[int | None] = []
    for g in gold:
        gs = shingles(g["text"])
        share = [sum((gs & s).values()) / max(sum(gs.values()), 1) for s in sh]
        j = max(range(len(sh)), key=share.__getitem__) if sh else None
        out.append(j if j is not None and share[j] > 0.5 else None)
    return out


def _strip(line: str, optional: list[str]) -> str:
    """``line`` less the optional texts it opens with."""
    line = line.strip()
    while True:
        for t in sorted(optional, key=len, reverse=True):
            if t and line.startswith(t) and (len(line) == len(t) or not line[len(t)].isalnum()):
                line = line[len(t):].lstrip(" :,–—-|")
                break
        else:
            return line


def judge(page, record: dict) -> dict:
    got = record["comments"]
    body = "\n".join(_strip(x, page.optional) for x in record["body"].split("\n"))
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
    pairs = [(g, got[j]) for g, j in zip(page.gold, m) if j is not None]
    row["author"] = [norm(c["author"]) == norm(g["author"]) for g, c in pairs]
    if page.nesting in TREE:
        row["depth"] = [c["depth"] == g["depth"] for g, c in pairs]
        row["parent"] = [(c["parent"] is None and g["parent"] is None) or
                         (g["parent"] is not None and c["parent"] is not None and c["parent"] == m[g["parent"]]) for g, c in pairs]
    return row


def run(pages) -> list[dict]:
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    return [judge(p, _record(pipeline, p)) for p in pages]


def figures(rows) -> dict:
    pos = [r for r in rows if "comments" in r]
    neg = [r for r in rows if "spurious" in r]
    out = {"pages": len(rows), "body": aggregate(r["body"] for r in rows)["f1"] if rows else None,
           "comments": aggregate(r["comments"] for r in pos)["f1"] if pos else None,
           "missed": sum(r["missed"] for r in pos), "with": len(pos), "spurious": sum(r["spurious"] for r in neg),
           "without": len(neg)}
    for key in ("found", "author", "depth", "parent", "leaked"):
        flat = [x for r in pos for x in r.get(key, [])]
        out[key] = sum(flat) / len(flat) if flat else None
    return out


def _f(v, width=6) -> str:
    return f"{v:{width}.3f}" if isinstance(v, float) else f"{'-':>{width}}"


HEAD = (f"{'':26s} {'pages':>5s} {'body':>6s} {'comm':>6s} {'missed':>8s} {'spur':>7s} {'found':>6s} {'author':>6s}"
        f" {'depth':>6s} {'parent':>6s} {'leaked':>6s}")


def line(name, rows) -> str:
    f = figures(rows)
    return (f"{name:26s} {f['pages']:5d} {_f(f['body'])} {_f(f['comments'])} {f['missed']:3d}/{f['with']:<4d} "
            f"{f['spurious']:3d}/{f['without']:<3d} {_f(f['found'])} {_f(f['author'])} {_f(f['depth'])} {_f(f['parent'])} {_f(f['leaked'])}")


def _f1(s) -> float:
    p, r = s.precision or 0, s.recall or 0
    return 2 * p * r / (p + r) if p + r else 0.0


def badness(row) -> float:
    """How far a page is from right: body lost, comments wrong, a spurious thread, wrong trees and authors."""
    bad = 1 - (row["body"].recall or 0) + (1 if row.get("spurious") else 0)
    if "comments" in row:
        bad += 1 - _f1(row["comments"])
        for key in ("author", "depth", "parent"):
            v = row.get(key) or []
            bad += 0.5 * (1 - sum(v) / len(v)) if v else 0
    return bad


def example(row, width=90, place: str = "before") -> str:
    """A page's losses, a few lines of each kind; ``place`` is the page's flag for a thread not after the article."""
    p, rec = row["page"], row["record"]
    out = [f"  [{p.lang}] {p.family}{f' ({place})' if getattr(p, place) else ''}: body r={row['body'].recall or 0:.2f} "
           f"p={row['body'].precision or 0:.2f}, {len(p.gold)} gold, {row['emitted']} emitted"]
    body, want = norm(row["kept"]), norm(p.body)
    out += [f"    body lost: {t[:width]}" for t in p.body.split("\n\n") if norm(t) not in body][:2]
    out += [f"    body extra: {t[:width]}" for t in row["kept"].split("\n\n") if norm(t) not in want][:2]
    gold = [norm(g["text"]) for g in p.gold]
    out += [f"    missed: {g[:width]}" for g, ok in zip(gold, row.get("found", [])) if not ok][:2]
    out += [f"    emitted: {c['author']!r} d={c['depth']} p={c['parent']} | {norm(c['text'])[:width]}" for c in rec["comments"]
            if not any(norm(c["text"])[:30] in g or g[:30] in norm(c["text"]) for g in gold)][:3]
    if row.get("author") and not all(row["author"]):
        out.append(f"    authors: gold {[g['author'] for g in p.gold]} emitted {[c['author'] for c in rec['comments']]}")
    if (row.get("depth") and not all(row["depth"])) or (row.get("parent") and not all(row["parent"])):
        out.append(f"    tree: gold {[(g['depth'], g['parent']) for g in p.gold]} emitted {[(c['depth'], c['parent']) for c in rec['comments']]}")
    return "\n".join(out)


def _family(r) -> str:
    return r["page"].family if "comments" in r else "neg:" + r["page"].furniture[0]


def report(rows, show: int = 0, head: str = HEAD, line=line, place=("before", "thread before it")) -> str:
    """The harness's report; ``head``/``line`` lay out a row, ``place`` is the page's flag and its label."""
    out = [head, line("all", rows), line("  with a thread", [r for r in rows if "comments" in r]),
           line("  without", [r for r in rows if "spurious" in r]), "per family:"]
    fam: dict = defaultdict(list)
    for r in rows:
        fam[_family(r)].append(r)
    out += [line("  " + k, v) for k, v in sorted(fam.items())]
    nest: dict = defaultdict(list)
    for r in rows:
        nest[r["page"].nesting or "none"].append(r)
    out += ["per nesting:"] + [line("  " + k, v) for k, v in sorted(nest.items())]
    flag, label = place
    out += ["per place:", line("  thread after the article", [r for r in rows if "comments" in r and not getattr(r["page"], flag)]),
            line("  " + label, [r for r in rows if getattr(r["page"], flag)])]
    lang: dict = defaultdict(list)
    for r in rows:
        lang[r["page"].lang].append(r)
    out += ["per language:"] + [line("  " + k, v) for k, v in sorted(lang.items())]
    rank = sorted(fam.items(), key=lambda kv: -sum(map(badness, kv[1])))
    out.append("failing classes by total loss: " + ", ".join(f"{k} {sum(map(badness, v)):.1f}" for k, v in rank[:12]
                                                             if sum(map(badness, v)) > 0.05))
    if show:
        out.append("worst pages per family:")
        for k, v in rank:
            bad = sorted((r for r in v if badness(r) > 0.05), key=badness, reverse=True)[:show]
            out += [example(r, place=flag) for r in bad]
    return "\n".join(out)
