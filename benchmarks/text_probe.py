"""Text-artefact probe: 17 languages (two without a word file) x 4 dump layouts (web copy, CMS export, markdown,
PHP/JSON dump) of articles written for it, each with its artefacts' gold: the lines that must leave the body and
where they must go (metadata title/date/author/related, comments with author and depth, or just gone). Prints per
class and per language: artefacts removed, artefacts placed right, article paragraphs kept whole.

    python -m benchmarks.text_probe [--show CLASS] [--docs CODE]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict

from benchmarks.text_probe_langs_a import LANGS_A
from benchmarks.text_probe_langs_b import LANGS_B
from benchmarks.probe_report import count_artefact, count_kept, print_classes, print_languages, print_misses
from benchmarks.text_probe_langs_c import LANGS_C

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def _thread(d: dict, style: int) -> tuple[list[str], list]:
    """The comment section in one of two layouts, with its gold (text, author, depth)."""
    lines, gold = [d["comment_head"], ""], []
    for i, (name, stamp, text) in enumerate(d["comments"]):
        depth = 1 if i == 1 else 0
        if style == 0:
            pad = "    " if depth else ""
            lines += [f"{pad}{name} · {stamp}", f"{pad}{text}", ""]
        else:
            depth = 0
            lines += [f"{name} ({stamp}):", text, ""]
        gold.append(("comments", text, ("comment", name, depth)))
    return lines, gold


def _var_dump(items: list[str]) -> str:
    out = [f"array({len(items)}) {{"]
    for i, t in enumerate(items):
        url = f"https://news.example.net/story/{1000 + i}"
        out += [f"  [{i}]=>", "  array(2) {", '    ["title"]=>', f'    string({len(t.encode())}) "{t}"',
                '    ["url"]=>', f'    string({len(url)}) "{url}"', "  }"]
    return "\n".join(out + ["}"])


def build(code: str, layout: int) -> tuple[str, list[str], list]:
    """(text, article pieces, gold [(class, text, (dest, ...))]) of one document."""
    d = LANGS[code]
    p, g = d["paras"], []
    title, (by_line, by_name) = d["title"], d["byline"]
    if layout == 0:
        head = [d["kicker"]] if "kicker" in d else []
        g += [("kicker", d["kicker"], ("removed",))] if "kicker" in d else []
        head.append(title)
        if "under_title" in d:
            head.append(d["under_title"])
            g.append(("byline", d["under_title"], ("removed",)))
        head += [d["date_line"], by_line, d["read_line"]]
        body = head + p[:2] + [d["caption"], d["caption"]] + p[2:] + d["lookalike"] + [
            d["share_row"], d["related_head"], *d["related"], *d["legal"]]
        g += [("title", title, ("title",)), ("dateline", d["date_line"], ("date",)),
              ("byline", by_line, ("author", by_name)), ("dateline", d["read_line"], ("removed",)),
              ("caption", d["caption"], ("removed",)), ("cta", d["share_row"], ("removed",)),
              ("related", d["related_head"], ("removed",)), *[("related", r, ("related",)) for r in d["related"]],
              *[("legal", x, ("removed",)) for x in d["legal"]]]
        text = "\n\n".join(body)
    elif layout == 1:
        thread, tg = _thread(d, 0)
        body = [d["source_line"], "", title, "", title, "", d["date_line"], ""]
        for x in p + d["lookalike"]:
            body += [x, ""]
        body += [d["cta"][0], "", d["donation"][0], d["donation"][1], "", *thread]
        g += [("source", d["source_line"], ("removed",)), ("title", title, ("title",)),
              ("dateline", d["date_line"], ("date",)), ("cta", d["cta"][0], ("removed",)),
              *[("donation", x, ("removed",)) for x in d["donation"]], ("comments", d["comment_head"], ("removed",)),
              *tg]
        text = "\n".join(body)
    elif layout == 2:
        body = [f"# {title}", f"*{d['date_line']}*", f"**{by_line}**", *p[:2],
                f"![{d['caption']}](https://img.example.net/photo-{code}.jpg)", "---", *p[2:], *d["lookalike"],
                f"## {d['related_head']}", "\n".join(f"- [{r}](https://news.example.net/{code}/{i})"
                                                   for i, r in enumerate(d["related"])),
                f"_{d['cta'][1]}_", *d["legal"]]
        g += [("title", title, ("title",)), ("dateline", d["date_line"], ("date",)),
              ("byline", by_line, ("author", by_name)), ("markdown", "![", ("removed",)),
              ("markdown", "img.example.net", ("removed",)), ("markdown", "---", ("removed",)),
              ("related", d["related_head"], ("removed",)), *[("related", r, ("related",)) for r in d["related"]],
              ("cta", d["cta"][1], ("removed",)), *[("legal", x, ("removed",)) for x in d["legal"]]]
        text = "\n\n".join(body)
    else:
        thread, tg = _thread(d, 1)
        meta = json.dumps({"id": 4821, "author": by_name, "published": "2025-03-14T07:15:00Z",
                           "tags": d["related"][:1]}, ensure_ascii=False)
        pr = f"Array\n(\n    [id] => 4821\n    [section] => {d['related_head']}\n    [status] => publish\n)"
        body = [title, d["date_line"], *p[:2], _var_dump(d["related"]), *p[2:], *d["lookalike"], meta,
                d["donation"][0], d["cta"][0], pr, "\n".join(thread)]
        g += [("title", title, ("title",)), ("dateline", d["date_line"], ("date",)),
              ("dump", '["title"]=>', ("removed",)), ("dump", "https://news.example.net/story/1000", ("removed",)),
              *[("related", r, ("related",)) for r in d["related"]], ("dump", meta, ("removed",)),
              ("dump", "[status] => publish", ("removed",)), ("donation", d["donation"][0], ("removed",)),
              ("cta", d["cta"][0], ("removed",)), ("comments", d["comment_head"], ("removed",)), *tg]
        text = "\n\n".join(body)
    return text, p + d["lookalike"], g


def placed(rec: dict, dest: tuple) -> bool:
    m = rec["metadata"]
    if dest[0] == "removed":
        return True
    if dest[0] == "title":
        return norm(m.get("title")) == norm(LANGS_TITLE.get(norm(m.get("title")), m.get("title")))
    if dest[0] == "date":
        return bool(m.get("date"))
    if dest[0] == "author":
        return norm(dest[1]) in norm(str(m.get("author")))
    if dest[0] == "related":
        return True
    if dest[0] == "comment":
        return any(norm(dest[1]) == norm(c.get("author")) and c.get("depth") == dest[2] for c in rec["comments"])
    return False


LANGS_TITLE = {norm(d["title"]): d["title"] for d in LANGS.values()}


def run(show: str | None = None, docs: str | None = None) -> dict:
    from cleaners.pipeline import Pipeline
    pipe = Pipeline()
    cls = defaultdict(lambda: [0, 0, 0])
    lang = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for code in LANGS:
        for layout in range(4):
            text, pieces, gold = build(code, layout)
            rec = pipe.process(pipe.document(f"probe/{code}/{layout}.txt", text.encode(), "text")).record()
            body = norm(rec["body"])
            related = norm(json.dumps(rec["metadata"].get("related"), ensure_ascii=False))
            if docs == code:
                print(f"===== {code}/{layout}\n{rec['body']}\n--- {json.dumps(rec['metadata'], ensure_ascii=False)}"
                      f"\n--- comments {[(c['author'], c['depth'], c['text'][:30]) for c in rec['comments']]}")
            for p in pieces:
                ok = norm(p) in body
                count_kept(cls["article"], lang[code], ok, placed=False)
                if not ok:
                    misses.append(("article", f"{code}/{layout}: {p[:80]}"))
            for c, t, dest in gold:
                gone = norm(t) not in body
                if dest[0] == "title" and norm(rec["metadata"].get("title")) == norm(t):
                    gone = gone or True
                good = gone and placed(rec, dest)
                if dest[0] == "title":
                    good = norm(rec["metadata"].get("title")) == norm(t) and norm(t) not in body
                if dest[0] == "related":
                    good = gone and norm(t) in related
                if dest[0] == "comment":
                    good = norm(t) in norm(" ".join(x["text"] for x in rec["comments"])) and placed(rec, dest)
                count_artefact((cls[c],), lang[code], gone, good)
                if not good:
                    misses.append((c, f"{code}/{layout} {'left' if not gone else 'misplaced'} {dest}: {t[:70]!r}"
                                      f" (title={rec['metadata'].get('title')!r:.40} author="
                                      f"{rec['metadata'].get('author')!r})" if dest[0] in ("title", "author") else
                                   f"{code}/{layout} {'left' if not gone else 'misplaced'} {dest}: {t[:70]!r}"))
    print_classes(cls)
    print_languages(lang, "article kept")
    tot = [sum(v[i] for v in lang.values()) for i in range(4)]
    print(f"ALL artefacts removed {100 * tot[0] / tot[1]:.1f} %, placed right "
          f"{100 * sum(v[1] for k, v in cls.items() if k != 'article') / tot[1]:.1f} %, article kept "
          f"{100 * tot[2] / tot[3]:.1f} %")
    print_misses(misses, show)
    return {"classes": dict(cls), "languages": dict(lang)}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    ap.add_argument("--docs")
    a = ap.parse_args()
    run(a.show, a.docs)
