"""A third blind harness: text dumps to the seeds' artefact classes, in fourteen languages.

Written from the seeds and their gold only, before reading the cleaners or the other
harnesses' generators. A document is composed at random (seeded) from hand-written article
sentences (generalisation_blind3_text_a/_b: en de fr es it tr is sq ru el ar hi mk th; is,
sq, mk and th have no file in cleaners/lang) and artefacts of every class of the seeds in
shapes and wordings of its own (generalisation_blind3_shapes, _words_a/_b): PHP dumps,
related-story JSON, donation widgets, comment sections, captions, repeated titles,
datelines and credits, calls to action, legal notices, markdown debris.

    python -m tests.generalisation_blind3 N --seed S [--lang xx] [--show CLASS]

prints, per artefact class and per language, the share of artefact characters that left the
body and the share of article characters kept (article loss is the worse error), with the
comments found and the titles read.
"""
from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from . import generalisation_blind3_shapes as shapes
from .generalisation_blind3_text_a import TEXT_A
from .generalisation_blind3_text_b import TEXT_B
from .generalisation_blind3_words_a import WORDS_A
from .generalisation_blind3_words_b import WORDS_B

TEXT = {**TEXT_A, **TEXT_B}
WORDS = {**WORDS_A, **WORDS_B}
LANGS = tuple(TEXT)
CLASSES = ("vardump", "related", "donation", "comments", "captions", "titles", "dateline", "cta", "legal", "markdown")
_QUOTES = dict.fromkeys(map(ord, "\"'“”„«»‘’‚‹›*_#`"), None)
_SPLIT = re.compile(r"[\n\"{}\[\]|»•◦<>=]|\\/|\]\([^)]*\)")
_MARKUP = re.compile(r"\]\([^)\s]*\)|\*+|^#+ |\[|\]|^-{3,}$|^>+|</?pre>", re.M)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@dataclass
class Doc:
    lang: str
    text: str = ""
    parts: list[tuple[str, str]] = field(default_factory=list)   # (class or "article", raw text)
    article: list[str] = field(default_factory=list)              # plain article units
    comments: list[str] = field(default_factory=list)
    title: str = ""
    markdown: bool = False


def _link_word(rng: random.Random, sentence: str) -> str:
    words = [w for w in sentence.split(" ") if len(w) > 5 and w.isalpha()]
    if not words:
        return sentence
    word = rng.choice(words)
    return sentence.replace(word, f"[{word}](https://example.org/{rng.randrange(999)})", 1)


def _article(rng: random.Random, doc: Doc, text: dict) -> list[str]:
    """Paragraphs (raw) of the article; their plain units go to doc.article."""
    pool = rng.sample(text["sentences"], rng.randint(7, len(text["sentences"])))
    subs = rng.sample(text["subheads"], min(2, len(text["subheads"])))
    paras, split_done = [], rng.random() >= 0.15
    while pool:
        sents = [pool.pop() for _ in range(min(len(pool), rng.randint(1, 3)))]
        doc.article += sents
        raw = [(_link_word(rng, s) if doc.markdown and rng.random() < 0.3 else s) for s in sents]
        para = " ".join(raw)
        cut = para.find(" ", len(para) // 2, len(para) - 20)
        if not split_done and cut > 0:                      # a page break inside a sentence
            para, split_done = para[:cut] + "\n\n" + para[cut + 1:], True
        paras.append(para)
        if subs and len(paras) in (2, 4) and pool:
            sub = subs.pop()
            doc.article.append(sub)
            paras.append(f"## **{sub}**" if doc.markdown else rng.choice([sub, "\u00a0 " + sub]))
    if doc.markdown and rng.random() < 0.5:
        paras[0] = f"*{paras[0]}*" if "\n" not in paras[0] else paras[0]
    return paras


def compose(rng: random.Random, lang: str) -> Doc:
    text, w = TEXT[lang], WORDS[lang]
    doc = Doc(lang, markdown=rng.random() < 0.35)
    doc.title, other = rng.sample(text["titles"], 2)
    site = rng.choice(shapes.SITE)
    date = (rng.randrange(2012, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    head: list[tuple[str, str]] = []
    if rng.random() < 0.3:
        head.append(("donation", shapes.donation(rng, w)))
    head.append(("titles", ("# " if doc.markdown else "") + doc.title))
    if rng.random() < 0.6:
        head.append(("titles", shapes.titles(rng, doc.title, site)))
    for _ in range(rng.randint(1, 2)):
        head.append(("dateline", shapes.dateline(rng, w, date, site)))
    body = [("article", p) for p in _article(rng, doc, text)]
    if rng.random() < 0.6:
        body.insert(rng.randrange(1, len(body)), ("captions", shapes.captions(rng, w)))
    if rng.random() < 0.3:
        body.insert(rng.randrange(2, len(body) + 1), ("titles", doc.title))
    if rng.random() < 0.3:
        body.insert(rng.randrange(2, len(body)), ("cta", shapes.cta(rng, w)))
    titles = [other, f"VIDEO: {other}"] + rng.sample(TEXT[rng.choice(LANGS)]["titles"], 2)
    tail: list[tuple[str, str]] = []
    if rng.random() < 0.5:
        tail.append(("vardump", shapes.vardump(rng, titles)))
    elif rng.random() < 0.6:
        tail.append(("related", shapes.related(rng, w, titles)))
    for cls, make in (("cta", lambda: shapes.cta(rng, w)), ("legal", lambda: shapes.legal(rng, w, site)),
                      ("donation", lambda: shapes.donation(rng, w))):
        if rng.random() < (0.6 if cls != "donation" else 0.3):
            tail.append((cls, make()))
    rng.shuffle(tail)
    if doc.markdown and tail:
        tail.insert(0, ("markdown", "---"))
    if rng.random() < 0.5:
        section, doc.comments = shapes.comment_section(rng, w)
        tail.append(("comments", section))
    doc.parts = head + body + tail
    doc.text = "\n\n".join(raw for _, raw in doc.parts) + "\n"
    return doc


def _fragments(raw: str) -> list[str]:
    return [f for f in (norm(x) for x in _SPLIT.split(raw)) if sum(c.isalnum() for c in f) >= 2 and len(f) >= 3]


def score(doc: Doc, record: dict, tally: dict, fails: dict) -> None:
    body = norm(record["body"])
    lines = {norm(x) for x in record["body"].split("\n")}
    article = norm(" ".join(doc.article))
    for unit in doc.article:
        u = norm(unit)
        ok = u in body
        tally[("article", doc.lang)][0 if ok else 1] += len(u)
        if not ok:
            fails["article"].append(unit)
    for cls, raw in doc.parts:
        if cls in ("article", "markdown"):
            continue
        for frag in _fragments(raw):
            if frag in article:
                continue
            left = (frag in body) if len(frag) >= 6 else (frag in lines)
            tally[(cls, doc.lang)][1 if left else 0] += len(frag)
            if left:
                fails[cls].append(frag)
    if doc.markdown:
        marks = "\n".join(raw for cls, raw in doc.parts if cls not in ("vardump", "related") or "](" in raw)
        total = sum(len(m) for m in _MARKUP.findall(marks))
        left = min(total, sum(len(m) for m in _MARKUP.findall(record["body"])))
        tally[("markdown", doc.lang)][0] += total - left
        tally[("markdown", doc.lang)][1] += left
        if left:
            fails["markdown"].append(_MARKUP.findall(record["body"])[:4])
    found = [norm(c["text"]) for c in record["comments"]]
    for text in doc.comments:
        tally[("comments-found", doc.lang)][0 if any(norm(text) in f for f in found) else 1] += 1
    title = norm(record["metadata"].get("title") or "")
    tally[("title-read", doc.lang)][0 if title == norm(doc.title) else 1] += 1


def run(n: int, seed: int, pipeline=None, langs: tuple[str, ...] = LANGS):
    """(tally {(class, lang): [good, bad]}, fails {class: [texts]}, docs) over n documents."""
    if pipeline is None:
        from cleaners.pipeline import Pipeline
        pipeline = Pipeline()
    rng = random.Random(seed)
    tally: dict = defaultdict(lambda: [0, 0])
    fails: dict = defaultdict(list)
    docs = []
    for i in range(n):
        doc = compose(rng, langs[i % len(langs)])
        raw = pipeline.document(f"blind3/{i}.txt", doc.text.encode(), "text")
        record = pipeline.record(raw)
        score(doc, record, tally, fails)
        docs.append((doc, record))
    return tally, fails, docs


def share(tally: dict, cls: str | tuple[str, ...], lang: str | None = None) -> float | None:
    classes = (cls,) if isinstance(cls, str) else cls
    good = bad = 0
    for (c, lg), (g, b) in tally.items():
        if c in classes and (lang is None or lg == lang):
            good, bad = good + g, bad + b
    return None if good + bad == 0 else 100.0 * good / (good + bad)


def table(tally: dict, langs: tuple[str, ...]) -> str:
    def cell(v):
        return "    -" if v is None else f"{v:5.1f}"
    cols = CLASSES + ("ARTEFACTS", "article", "comments-found", "title-read")
    rows = [f"{'':6}" + " ".join(f"{c[:9]:>9}" for c in cols)]
    for lang in langs + (None,):
        vals = [share(tally, c, lang) for c in CLASSES] + [share(tally, CLASSES, lang)]
        vals += [share(tally, c, lang) for c in cols[-3:]]
        rows.append(f"{lang or 'ALL':6}" + " ".join(f"{cell(v):>9}" for v in vals))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=280)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--lang", action="append")
    parser.add_argument("--show", action="append", default=[], help="print failures of a class (or 'article')")
    args = parser.parse_args(argv)
    langs = tuple(args.lang) if args.lang else LANGS
    tally, fails, _ = run(args.n, args.seed, langs=langs)
    print(f"{args.n} documents, seed {args.seed}: % of artefact characters out of the body per class, "
          "% of article characters kept, % of comments found, % of titles read")
    print(table(tally, langs))
    for cls in args.show:
        print(f"\n-- {cls}: {len(fails[cls])} failures")
        for text in fails[cls][:40]:
            print("  ", repr(text)[:200])


if __name__ == "__main__":
    main()
