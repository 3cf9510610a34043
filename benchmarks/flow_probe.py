"""Flow probe: 12 languages (eight without a word file in cleaners/lang: bs, be, mn, te, si, pa, ha, eo; four with
one but in neither earlier probe: lv, lt, sk, sw) x 6 dump layouts, weighted to what text_probe.py and
shape_probe.py do not cover: site chrome written in the article's language (newsletter box, share row, "read more"
block, legal line, donation box with a currency ladder, a comment thread with ages and reply counts), artefacts in
the text's flow (between paragraphs, glued to a paragraph's end, two on one line), related titles in a markdown
table, and prose look-alikes that must stay (a quoted appeal, a story about newsletters, a list of names, a price
list, a sports table, a short-lined poem, a recipe's imperative steps). Prints per class, per layout and per
language: artefacts removed, placed right, article paragraphs and look-alikes kept.

    python -m benchmarks.flow_probe [--show CLASS|all] [--docs CODE[/LAYOUT]]
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict

from benchmarks.flow_probe_langs_a import FLOW_A
from benchmarks.flow_probe_langs_b import FLOW_B
from benchmarks.probe_report import (count_artefact, count_kept, norm, placed, print_classes, print_languages,
                                     print_layouts, print_misses, print_totals)

LANGS = {**FLOW_A, **FLOW_B}
R = "removed"


def _related(d, g):
    return [("related", r, ("related",)) for r in d["related"]] + [("related", d["related_head"], (R,))]


def web_chrome(d, code):
    """Title, date, byline on top; caption between paragraphs; share row, newsletter box, related, legal, donation."""
    p, lk = d["paras"], d["looks"]
    body = [d["title"], d["date_line"], d["byline"][0], *p[:2], d["caption"], *p[2:], lk["appeal_quote"],
            *lk["names"], " | ".join(d["share"]), *d["news"], d["related_head"], *d["related"], d["legal"],
            *d["donation"]]
    g = [("title", d["title"], ("title",)), ("dateline", d["date_line"], ("date",)),
         ("byline", d["byline"][0], ("author", d["byline"][1])), ("caption", d["caption"], (R,)),
         ("share", " | ".join(d["share"]), (R,)), *[("newsletter", x, (R,)) for x in d["news"]],
         *_related(d, None), ("legal", d["legal"], (R,)), *[("donation", x, (R,)) for x in d["donation"]]]
    return "\n\n".join(body), p, [lk["appeal_quote"], *lk["names"]], g


def in_flow(d, code):
    """Artefacts between paragraphs, glued to a paragraph's end, and two on one line."""
    p, lk = d["paras"], d["looks"]
    glued = f"{d['read_more']} {d['related'][0]}"
    two = f"{d['share'][0]}: {' · '.join(d['share'][1:4])}   {d['legal']}"
    body = [d["title"], d["source_line"], p[0], d["cta"], f"{p[1]} {glued}", p[2], d["donation"][0], p[3],
            lk["news_story"], *lk["prices"], two]
    g = [("title", d["title"], ("title",)), ("source", d["source_line"], (R,)), ("cta", d["cta"], (R,)),
         ("related", glued, (R,)), ("donation", d["donation"][0], (R,)), ("share", two, (R,))]
    return "\n\n".join(body), p, [lk["news_story"], *lk["prices"]], g


def markdown(d, code):
    """Markdown export: related titles in a table, share links, a linked call to action, a poem, numbered steps."""
    p, lk = d["paras"], d["looks"]
    u = f"https://news.example.org/{code}"
    table = "\n".join([f"| {d['related_head']} | |", "|---|---|",
                       *[f"| [{r}]({u}/{i}) | 0{i + 1}.12.2025 |" for i, r in enumerate(d["related"])]])
    share = " · ".join(f"[{s}](https://share.example.com/{s.lower()}?u={u})" for s in d["share"][1:4])
    body = [f"# {d['title']}", f"_{d['date_line']}_", f"**{d['byline'][0]}**", *p[:2],
            f"![{d['caption']}]({u}/photo.jpg)", *p[2:], "  \n".join(lk["poem"]),
            "\n".join(f"{i + 1}. {s}" for i, s in enumerate(lk["recipe"])), share, f"**[{d['cta']}]({u}/newsletter)**",
            table, f"_{d['legal']}_"]
    g = [("title", d["title"], ("title",)), ("dateline", d["date_line"], ("date",)),
         ("byline", d["byline"][0], ("author", d["byline"][1])), ("markdown", "![", (R,)),
         ("markdown", "|---|", (R,)), ("share", d["share"][1], (R,)), ("cta", d["cta"], (R,)),
         ("related", d["related_head"], (R,)), *[("related", r, ("related",)) for r in d["related"]],
         ("markdown", f"| [{d['related'][0]}]", (R,)), ("legal", d["legal"], (R,))]
    return "\n\n".join(body), p, [*lk["poem"], *lk["recipe"]], g


def dumps(d, code):
    """A JSON related list and a print_r block between paragraphs; the appeal and its ladder on one line."""
    p, lk = d["paras"], d["looks"]
    rel = json.dumps({"related": [{"title": r, "url": f"/{code}/{i}", "id": 900 + i} for i, r in
                                  enumerate(d["related"])]}, ensure_ascii=False)
    pr = f"Array\n(\n    [post_id] => 5512\n    [category] => {d['related_head']}\n    [comments_open] => 1\n)"
    don = f"{d['donation'][0]} {d['donation'][1]}"
    body = [d["title"], d["date_line"], p[0], rel, *p[1:3], pr, p[3], *lk["table"], don]
    g = [("title", d["title"], ("title",)), ("dateline", d["date_line"], ("date",)), ("dump", '"url"', (R,)),
         ("dump", "[post_id] => 5512", (R,)), *[("related", r, ("related",)) for r in d["related"]],
         ("donation", don, (R,))]
    return "\n\n".join(body), p, lk["table"], g


def thread_rows(d, code):
    """A comment thread: name, age, text, then a row of reply controls with the reply count; one nested reply."""
    p, lk = d["paras"], d["looks"]
    lines, g = [d["comment_head"], ""], [("comments", d["comment_head"], (R,))]
    for i, (name, age, text) in enumerate(d["comments"]):
        pad = "    " if i == 1 else ""
        lines += [f"{pad}{name}", f"{pad}{age}", f"{pad}{text}", f"{pad}{d['reply']} · {d['replies'].format(n=i + 1)}",
                  ""]
        g += [("comments", text, ("comment", name, 1 if i == 1 else 0)),
              ("comments", f"{d['reply']} · {d['replies'].format(n=i + 1)}", (R,))]
    lines.append(d["more"])
    g.append(("comments", d["more"], (R,)))
    text = "\n\n".join([d["title"], d["date_line"], *p, *lk["names"], lk["appeal_quote"]]) + "\n\n" + "\n".join(lines)
    return text, p, [*lk["names"], lk["appeal_quote"]], g + [("title", d["title"], ("title",))]


def boxes_then_thread(d, code):
    """Story, a newsletter box and a donation box between the story and a one-line-head comment thread."""
    p, lk = d["paras"], d["looks"]
    lines, g = [], []
    for i, (name, age, text) in enumerate(d["comments"]):
        lines += [f"{name}  {age}", text, f"👍 {3 * i + 2}  {d['reply']}", ""]
        g += [("comments", text, ("comment", name, 0)), ("comments", f"👍 {3 * i + 2}  {d['reply']}", (R,))]
    body = [d["title"], d["byline"][0], *p, *lk["recipe"], lk["news_story"], *d["news"], *d["donation"],
            d["comment_head"], "\n".join(lines)]
    g += [("title", d["title"], ("title",)), ("byline", d["byline"][0], ("author", d["byline"][1])),
          *[("newsletter", x, (R,)) for x in d["news"]], *[("donation", x, (R,)) for x in d["donation"]],
          ("comments", d["comment_head"], (R,))]
    return "\n\n".join(body), p, [*lk["recipe"], lk["news_story"]], g


LAYOUTS = [web_chrome, in_flow, markdown, dumps, thread_rows, boxes_then_thread]


def run(show: str | None = None, docs: str | None = None) -> dict:
    from cleaners.pipeline import Pipeline
    pipe = Pipeline()
    cls, lay = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0])
    lang = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for code, d in LANGS.items():
        for n, layout in enumerate(LAYOUTS):
            text, paras, looks, gold = layout(d, code)
            rec = pipe.process(pipe.document(f"flow/{code}/{n}.txt", text.encode(), "text")).record()
            body, where = norm(rec["body"]), f"{code}/{n}"
            lines = [norm(x) for x in rec["body"].splitlines()]
            inputs = {norm(x) for x in text.splitlines()}
            if docs in (code, where):
                print(f"===== {where}\n{rec['body']}\n--- {json.dumps(rec['metadata'], ensure_ascii=False)[:700]}"
                      f"\n--- comments {[(c['author'], c['depth'], c['text'][:30]) for c in rec['comments']]}"
                      f"\n--- removed {[(r.get('rule'), r.get('text', '')[:40]) for r in rec.get('removed', [])]}")
            for kind, pieces in (("article", paras), ("lookalike", looks)):
                for p in pieces:
                    ok = norm(p) in body
                    count_kept(cls[kind], lang[code], ok)
                    if not ok:
                        misses.append((kind, f"{where} lost: {p[:80]!r}"))
            for c, t, dest in gold:
                gone, good = placed(rec, t, dest, body, lines, norm(t) in inputs)
                count_artefact((cls[c], lay[n]), lang[code], gone, good)
                if not good:
                    misses.append((c, f"{where} {'left' if not gone else 'misplaced'} {dest[:2]}: {t[:70]!r}"))
    print_classes(cls)
    print_layouts([(LAYOUTS[n].__name__, g, p, k) for n, (g, p, k) in sorted(lay.items())])
    print_languages(lang, "article+look-alikes kept")
    print_totals(cls, len(LANGS) * len(LAYOUTS))
    print_misses(misses, show)
    return {"classes": dict(cls), "languages": dict(lang)}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    ap.add_argument("--docs")
    a = ap.parse_args()
    run(a.show, a.docs)
