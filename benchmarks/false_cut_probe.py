"""False-cut probe: 22 languages (14 with a word file in cleaners/lang, 8 without: sq, is, cy, mk, ga, mt, lb, uz)
x 4 dump layouts, aimed at what text_probe, shape_probe and flow_probe do not test: article lines that look like
artefacts and must stay (a sentence starting with the word for author, source or photo, a sentence holding a date, a
price or a URL, an imperative, a quoted appeal, names, a results table, a poem, a one-word paragraph, a sub-heading),
beside the artefacts they resemble (byline, date line, source line, photo credit, call to action, donation appeal,
legal line, related list, a repeated title). Scoring is per line: an artefact has gone when no body line holds it as
most of its text; a kept line must be in the body whole. Prints per class and per language: kept % and removed %.

    python -m benchmarks.false_cut_probe [--show CLASS|all] [--docs CODE[/LAYOUT]]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict

from benchmarks.false_cut_probe_langs_a import FC_A
from benchmarks.false_cut_probe_langs_b import FC_B
from benchmarks.false_cut_probe_langs_c import FC_C, SHORT
from benchmarks.probe_report import count_artefact, count_kept, holds, norm

LANGS = {c: {**d, "short": SHORT[c]} for c, d in {**FC_A, **FC_B, **FC_C}.items()}
R = "removed"
U = "https://news.example.org/story"


def web(d):
    """Byline, date line and photo credit on top; look-alikes with a word, date, price or URL among the paragraphs."""
    p, L = d["p"], d["L"]
    body = [d["t"], d["by"][0], d["dl"], p[0], d["ph"], p[1], L["author"], L["source"], L["date"], p[2], L["price"],
            L["url"], *d["short"], d["src"], d["cta"], d["don"], d["rh"], *d["rel"], d["legal"]]
    arts = [("title", d["t"], "title"), ("byline", d["by"][0], "author"), ("dateline", d["dl"], "date"),
            ("photo", d["ph"], R), ("source", d["src"], R), ("cta", d["cta"], R), ("donation", d["don"], R),
            ("related", d["rh"], R), *[("related", r, "related") for r in d["rel"]], ("legal", d["legal"], R)]
    looks = [*[(k, L[k]) for k in ("author", "source", "date", "price", "url")], *[("short", x) for x in d["short"]]]
    return "\n\n".join(body), arts, looks


def edges(d):
    """A repeated title; look-alikes where artefacts sit: first line after the date, last lines, a lone word."""
    p, L = d["p"], d["L"]
    body = [d["t"], d["t"], d["dl"], d["short"][0], L["photo"], p[0], L["head"], p[1], "\n".join(L["names"]),
            L["word"], p[2], L["imper"], L["quote"], L["source"], d["ph"], d["legal"]]
    arts = [("title", d["t"], "title"), ("dateline", d["dl"], "date"), ("photo", d["ph"], R), ("legal", d["legal"], R)]
    looks = [("short", d["short"][0]), ("photo", L["photo"]), ("head", L["head"]),
             *[("names", n) for n in L["names"]], ("word", L["word"]), ("imper", L["imper"]),
             ("quote", L["quote"]), ("source", L["source"])]
    return "\n\n".join(body), arts, looks


def markdown(d):
    """Markdown export: a results table, a poem with hard breaks, a linked call to action and related list."""
    p, L = d["p"], d["L"]
    rows = [r.split(" ", 1) for r in L["table"]]
    table = "\n".join(["| # | | |", "|---|---|---|", *[f"| {n} | {r.rsplit(' ', 1)[0]} | {r.rsplit(' ', 1)[1]} |"
                                                       for n, r in rows]])
    body = [f"# {d['t']}", f"_{d['dl']}_", f"**{d['by'][0]}**", p[0], f"*{d['ph']}*", p[1], f"## {L['head']}", table,
            "  \n".join(L["poem"]), L["url"], p[2], f"**[{d['cta']}]({U}/newsletter)**", f"### {d['rh']}",
            "\n".join(f"- [{r}]({U}/{i})" for i, r in enumerate(d["rel"])), f"_{d['legal']}_",
            f"[{d['don']}]({U}/donate)"]
    arts = [("title", d["t"], "title"), ("dateline", d["dl"], "date"), ("byline", d["by"][0], "author"),
            ("photo", d["ph"], R), ("cta", d["cta"], R), ("related", d["rh"], R),
            *[("related", r, "related") for r in d["rel"]], ("legal", d["legal"], R), ("donation", d["don"], R)]
    looks = [("head", L["head"]), *[("table", r) for r in L["table"]], *[("poem", x) for x in L["poem"]],
             ("url", L["url"])]
    return "\n\n".join(body), arts, looks


def lists(d):
    """Plain lines: a results table and a poem between paragraphs, a sub-heading and a lone word near the end."""
    p, L = d["p"], d["L"]
    body = [d["t"], d["by"][0], p[0], "\n".join(L["table"]), L["price"], p[1], "\n".join(L["poem"]), L["source"],
            L["date"], p[2], L["head"], L["word"], L["author"], d["don"], d["rh"], "\n".join(d["rel"]), d["src"]]
    arts = [("title", d["t"], "title"), ("byline", d["by"][0], "author"), ("donation", d["don"], R),
            ("related", d["rh"], R), *[("related", r, "related") for r in d["rel"]], ("source", d["src"], R)]
    looks = [*[("table", r) for r in L["table"]], ("price", L["price"]), *[("poem", x) for x in L["poem"]],
             ("source", L["source"]), ("date", L["date"]), ("head", L["head"]), ("word", L["word"]),
             ("author", L["author"])]
    return "\n\n".join(body), arts, looks


LAYOUTS = [web, edges, markdown, lists]


def _bare(line: str) -> str:
    """A body line without markdown marks, `norm`-ed."""
    return norm(re.sub(r"[#*_|>\[\]]+|^\s*[-+]\s+|\(https?://\S+\)", " ", line))


def kept(lines: list[str], t: str) -> bool:
    """``t`` is whole in one line (a table row: its words in one line, whatever the separators)."""
    t = norm(t)
    return any(t in x for x in lines) or any(all(w in x.split() for w in t.split()) for x in lines)


def where(rec: dict, dest: str, t: str, d: dict) -> bool:
    m = rec["metadata"]
    if dest == "title":
        return norm(m.get("title")) == norm(t)
    if dest == "date":
        return bool(m.get("date"))
    if dest == "author":
        return norm(d["by"][1]) in norm(str(m.get("author")))
    if dest == "related":
        return norm(t) in norm(json.dumps(m.get("related"), ensure_ascii=False))
    return True


def run(show: str | None = None, docs: str | None = None) -> dict:
    from cleaners.pipeline import Pipeline
    pipe = Pipeline()
    cls, lang, misses = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0, 0]), []
    for code, d in LANGS.items():
        for n, layout in enumerate(LAYOUTS):
            text, arts, looks = layout(d)
            looks = looks + [("article", x) for x in d["p"]]
            rec = pipe.process(pipe.document(f"falsecut/{code}/{n}.txt", text.encode(), "text")).record()
            lines = [_bare(x) for x in rec["body"].splitlines() if x.strip()]
            at = f"{code}/{layout.__name__}"
            if docs in (code, at):
                print(f"===== {at}\n{rec['body']}\n--- {json.dumps(rec['metadata'], ensure_ascii=False)[:600]}"
                      f"\n--- removed {[(r.get('rule'), r.get('text', '')[:50]) for r in rec.get('removed', [])]}")
            for c, t in looks:
                ok = kept(lines, t)
                count_kept(cls["keep:" + c], lang[code], ok, placed=False)
                if not ok:
                    misses.append(("keep:" + c, f"{at} lost: {t[:80]!r}"))
            for c, t, dest in arts:
                gone = not holds(lines, t)
                good = gone and where(rec, dest, t, d)
                count_artefact((cls[c],), lang[code], gone, good)
                if not good:
                    misses.append((c, f"{at} {'left' if not gone else 'misplaced'} ({dest}): {t[:70]!r}"))
    _print(cls, lang)
    for c, m in misses:
        if show in (c, "all") or (show == "keep" and c.startswith("keep:")):
            print(f"  [{c}] {m}")
    return {"classes": dict(cls), "languages": dict(lang)}


def _print(cls: dict, lang: dict) -> None:
    print("class            kept / removed   placed right   of")
    for c, (g, p, n) in sorted(cls.items()):
        print(f"  {c:15s} {100 * g / n:6.1f} %" + ("" if c.startswith("keep:") else f"  {100 * p / n:6.1f} %")
              + f"   {n:4d}")
    print("language  artefacts removed   article+look-alikes kept")
    for c, (g, n, k, m) in lang.items():
        print(f"  {c:4s}  {100 * g / n:6.1f} % of {n:3d}   {100 * k / m:6.1f} % of {m:3d}")
    arts = [v for c, v in cls.items() if not c.startswith("keep:")]
    keeps = [v for c, v in cls.items() if c.startswith("keep:")]
    a, p, n = (sum(v[i] for v in arts) for i in range(3))
    k, m = sum(v[0] for v in keeps), sum(v[2] for v in keeps)
    print(f"ALL kept {100 * k / m:.1f} % ({m - k} lost of {m}), artefacts removed {100 * a / n:.1f} %, placed right "
          f"{100 * p / n:.1f} % ({len(LANGS) * len(LAYOUTS)} dumps)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    ap.add_argument("--docs")
    a = ap.parse_args()
    run(a.show, a.docs)
