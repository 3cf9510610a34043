"""The blind harness: text dumps written to the seeds' artefact classes, the way an outside
judge might write them, without reading the other harnesses' data.

Each document is in one of seven languages (`generalisation_blind_words.LANGS`): article
paragraphs, subheadings and look-alikes written for it (`generalisation_blind_text`), with
artefacts of every seed class in renderings of its own (`generalisation_blind_shapes`): PHP
var_dump/print_r/JSON dumps of related stories, comment sections ("Name - 3 days ago",
"Name wrote:", numbered, indented bullets, like counts), donation amounts and appeals, calls to
action, captions glued or repeated with photo credits, the title repeated, section headers,
date and source lines, bylines, legal lines, markdown debris (images, link rows, tables, inline
emphasis and links, headings), HTML entities and Windows line endings.

``python -m tests.generalisation_blind [N] [--seed S] [--show K]`` prints artefacts removed %
per class and language, article paragraphs kept %, comments found %, titles, dates, authors
right % and related titles recovered %; ``--show K`` prints K leaks and losses.
"""
from __future__ import annotations

import argparse
import random
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from . import generalisation_blind_shapes as shapes
from . import generalisation_blind_text as text
from .generalisation_blind_shapes import Artefact
from .generalisation_blind_words import LANGS

COLUMNS = ("artefacts", "article", "comments", "titles", "dates", "authors", "related")
HEADINGS = ("## {}", "### **{}**", "\u00a0 {}", "**{}**", "{}")
ENTITIES = {"\u00ab": "&laquo;", "\u00bb": "&raquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u201e": "&bdquo;",
            "\u2019": "&#8217;"}


@dataclass
class Composed:
    text: str
    language: str
    title: str
    article: list[str]          # paragraphs as the body must hold them (plain)
    artefacts: list[Artefact]


def _markup(rng: random.Random, paragraph: str) -> tuple[str, list[str]]:
    """``paragraph`` as a markdown or HTML export may print it, and the marks that must go."""
    words = paragraph.split(" ")
    form = rng.randrange(4)
    if form == 0:
        return "**" + " ".join(words[:3]) + "** " + " ".join(words[3:]), ["**"]
    if form == 1:
        k = rng.randrange(2, len(words) - 2)
        words[k] = f"[{words[k]}](https://news.example.org/tag/{k})"
        return " ".join(words), ["](https"]
    if form == 2 and any(c in paragraph for c in ENTITIES):
        out = "".join(ENTITIES.get(c, c) for c in paragraph)
        return out, sorted({v for c, v in ENTITIES.items() if c in paragraph})
    return words[0] + "&nbsp;" + " ".join(words[1:]), ["&nbsp;"]


def compose(rng: random.Random) -> Composed:
    lang = rng.choice(LANGS)
    title = rng.choice(text.TITLES[lang])
    artefacts: list[Artefact] = []
    parts: list[list[str]] = []

    def put(a: Artefact, where: list[list[str]] | None = None) -> None:
        artefacts.append(a)
        (parts if where is None else where).append(a.printed)

    if rng.random() < 0.3:
        put(shapes.donation_amounts(rng, lang))
    if rng.random() < 0.35:
        put(shapes.kicker(rng, lang))
    parts.append(["# " + title if rng.random() < 0.3 else title])
    if rng.random() < 0.5:
        put(shapes.title_repeat(title, lang))
    if rng.random() < 0.8:
        put(shapes.dateline(rng, lang))
    if rng.random() < 0.6:
        put(shapes.byline(rng, lang))
    pool = text.PARAGRAPHS[lang]
    keep = sorted(rng.sample(range(len(pool)), rng.randint(4, 6)))
    article = [pool[k] for k in keep]
    middle: list[list[str]] = []
    inline_marks: list[str] = []
    for p in article:
        if rng.random() < 0.25:
            printed, marks = _markup(rng, p)
            inline_marks += marks
            middle.append([printed])
        else:
            middle.append([p])
    expected = list(article)
    if rng.random() < 0.5:
        sub = rng.choice(text.SUBHEADINGS[lang])
        form = rng.choice(HEADINGS)
        if form.startswith(("#", "**")):
            inline_marks += ["#"] if form.startswith("#") else ["**"]
        middle.insert(rng.randint(1, len(middle) - 1), [form.format(sub)])
        expected.append(sub)
    if rng.random() < 0.5:
        look = rng.choice(text.LOOK_ALIKES[lang])
        middle.insert(rng.randint(1, len(middle) - 1), [look])
        expected.append(look)
    for maker, p in ((shapes.caption, 0.6), (shapes.cta, 0.5), (shapes.markdown, 0.6)):
        if rng.random() < p:
            a = maker(rng, lang)
            artefacts.append(a)
            middle.insert(rng.randint(1, len(middle)), a.printed)
    if rng.random() < 0.3:      # the title again, as a map's caption, with its call
        a, b = shapes.title_repeat(title, lang), shapes.cta(rng, lang)
        artefacts += [a, b]
        middle.insert(rng.randint(2, len(middle)), a.printed + [""] + b.printed)
    if inline_marks:
        artefacts.append(Artefact("markdown-inline", lang, [], marks=inline_marks))
    parts += middle
    for maker, p in ((shapes.dump, 0.6), (shapes.legal, 0.5), (shapes.donation_prompt, 0.5), (shapes.thread, 0.7)):
        if rng.random() < p:
            put(maker(rng, lang))
    doc = "\n\n".join("\n".join(block) for block in parts) + "\n"
    if rng.random() < 0.3:
        doc = doc.replace("\n", "\r\n")
    return Composed(doc, lang, title, expected, artefacts)


def norm(s: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", s or "").split())


def judge(c: Composed, record: dict) -> dict:
    """Per artefact whether it left the body whole, the article paragraphs lost, and the gold
    fields right: {"artefacts": [(artefact, ok, leak)], "lost": [...], "comments": [ok, total], ...}."""
    raw = record["body"]
    paragraphs = {norm(p) for p in raw.split("\n\n")}
    body = norm(raw)
    out: dict = {"artefacts": [], "lost": [p for p in c.article if norm(p) not in paragraphs]}
    for a in c.artefacts:
        leak = next((s for s in a.lines if norm(s) and (norm(s) in paragraphs or (len(norm(s)) >= 20 and norm(s) in body))),
                    None) or next((m for m in a.marks if m in raw), None)
        out["artefacts"].append((a, leak is None, leak))
    meta = record["metadata"]
    got = [(norm(x.get("author")).casefold(), x.get("depth"), norm(x.get("text"))) for x in record["comments"]]
    gold = [g for a in c.artefacts for g in a.comments]
    found = sum(any(au == norm(n).casefold() and d == dep and norm(s) in t for au, d, t in got) for n, dep, s in gold)
    out["comments"] = [found, len(gold)]
    out["titles"] = [int(norm(meta.get("title")) == norm(c.title)), 1]
    dates = [a.date for a in c.artefacts if a.date]
    out["dates"] = [sum(str(meta.get("date") or "").startswith(d) for d in dates), len(dates)]
    authors = [a.author for a in c.artefacts if a.author]
    out["authors"] = [sum(norm(meta.get("author")) == norm(x) for x in authors), len(authors)]
    related = {norm(r.get("title")) for r in meta.get("related") or []}
    titles = [t for a in c.artefacts for t in a.related]
    out["related"] = [sum(norm(t) in related for t in titles), len(titles)]
    out["article"] = [len(c.article) - len(out["lost"]), len(c.article)]
    return out


def figures(n: int = 300, seed: int = 11, show: int = 0) -> dict:
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    rng = random.Random(seed)
    classes: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    langs: dict = defaultdict(lambda: {k: [0, 0] for k in COLUMNS})
    shown = 0
    for _ in range(n):
        c = compose(rng)
        doc = pipeline.document("blind.txt", c.text.encode(), "text").with_metadata(language=c.language)
        v = judge(c, pipeline.record(doc))
        row = langs[c.language]
        for a, ok, leak in v["artefacts"]:
            for cell in (classes[a.cls][c.language], classes[a.cls]["all"], row["artefacts"]):
                cell[0] += ok
                cell[1] += 1
            if not ok and shown < show:
                shown += 1
                print(f"LEAK {a.cls} {c.language}: {leak!r}")
        for k in COLUMNS[1:]:
            row[k][0] += v[k][0]
            row[k][1] += v[k][1]
        for p in v["lost"][:max(0, show - shown)]:
            shown += 1
            print(f"LOST {c.language}: {p[:90]!r}")
    overall = {k: [sum(r[k][0] for r in langs.values()), sum(r[k][1] for r in langs.values())] for k in COLUMNS}
    return {"classes": classes, "languages": langs, "all": overall}


def pct(cell: list[int]) -> str:
    return f"{cell[0] / cell[1]:6.1%}" if cell[1] else "     -"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m tests.generalisation_blind", description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="?", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    r = figures(args.documents, args.seed, args.show)
    print(f"{args.documents} documents, seed {args.seed}\n\nartefacts removed, % per class and language\n")
    print(f"{'class':16s}" + "".join(f"{x:>7s}" for x in LANGS + ("all",)) + "      n")
    for cls in sorted(r["classes"]):
        row = r["classes"][cls]
        print(f"{cls:16s}" + "".join(f" {pct(row[x])}" for x in LANGS + ("all",)) + f" {row['all'][1]:6d}")
    print("\nper language, % (artefacts removed; article paragraphs kept; comments found with author and depth;\n"
          "titles, dates and authors right; related titles recovered)\n")
    print(f"{'language':9s}" + "".join(f"{x:>10s}" for x in COLUMNS))
    for lang in LANGS + ("all",):
        row = r["all"] if lang == "all" else r["languages"].get(lang)
        if row:
            print(f"{lang:9s}" + "".join(f"    {pct(row[k])}" for k in COLUMNS))
    return r


if __name__ == "__main__":
    main()
