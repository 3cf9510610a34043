"""The generalisation harness's figures, per artefact class and per language: artefacts
removed, article paragraphs and tricky negatives kept, threads found whole with author and
depth, comments found, comment dates, document dates and authors right, related stories and
captions recovered.

``python -m tests.generalisation [N] [--seed S]`` prints them for N composed documents
(default 300; about 40 documents a second on one core).
"""
from __future__ import annotations

import random
from collections import defaultdict

from . import generalisation as gen
from .figure_tables import arguments, count, pct, print_rows, table

COLUMNS = ("artefacts", "article", "negatives", "threads", "comments", "c-dates", "dates", "authors", "related",
           "captions")


def figures(n: int = 300, seed: int = 13, compose=gen.compose) -> dict:
    """For N documents of ``compose`` (the first harness's, or the wild one's):
    {"classes": {class: [removed, total]}, "languages": {language: {column: [ok, total]}}, "all": {column: [ok, total]},
    "class_languages": {class: {language: [removed, total]}}}."""
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    rng = random.Random(seed)
    by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang = table(COLUMNS)
    by_class_lang: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for _ in range(n):
        c = compose(rng)
        record = pipeline.record(gen.document(pipeline, c))
        v = gen.judge(c, record)
        leaked = {(cls, line) for cls, _, line in v.leaked}
        lang = c.language
        for a in c.artefacts:
            ok = not any((a.cls, line) in leaked for line in a.lines)
            by_class[a.cls][0] += ok
            by_class[a.cls][1] += 1
            count(by_class_lang[a.cls], lang, ok, 1)
            count(by_lang[lang], "artefacts", ok, 1)
        count(by_lang[lang], "article", sum(p not in v.changed for p in c.article), len(c.article))
        count(by_lang[lang], "negatives", sum(p not in v.changed for p in c.negatives), len(c.negatives))
        threads = sum(bool(a.comments) for a in c.artefacts)
        count(by_lang[lang], "threads", threads - len(v.threads_missed), threads)
        comments = sum(len(a.comments) for a in c.artefacts)
        count(by_lang[lang], "comments", comments - len(v.missing_comments), comments)
        comment_dates = sum(bool(d) for a in c.artefacts for d in a.comment_dates)
        count(by_lang[lang], "c-dates", comment_dates - len(v.wrong_comment_dates), comment_dates)
        dates = sum(bool(a.date) for a in c.artefacts)
        count(by_lang[lang], "dates", dates - len(v.wrong_dates), dates)
        authors = sum(bool(a.author) for a in c.artefacts)
        count(by_lang[lang], "authors", authors - len(v.wrong_authors), authors)
        related = sum(len(a.related) for a in c.artefacts)
        count(by_lang[lang], "related", related - len(v.missing_related), related)
        captions = sum(len(a.captions) for a in c.artefacts)
        count(by_lang[lang], "captions", captions - len(v.missing_captions), captions)
    overall = {col: [sum(by_lang[k][col][0] for k in by_lang), sum(by_lang[k][col][1] for k in by_lang)]
               for col in COLUMNS}
    return {"classes": dict(by_class), "languages": dict(by_lang), "all": overall, "class_languages": by_class_lang}


def main(argv: list[str], compose=gen.compose) -> dict:
    args = arguments(argv, "python -m tests.generalisation", __doc__, "documents", 300, gen.GROUND_TRUTH)
    result = figures(args.documents, args.seed, compose)
    print(f"{args.documents} documents, seed {args.seed}\n")
    print(f"{'class':18s} {'removed':>9s} {'of':>6s} {'%':>7s}")
    for key, (ok, total) in sorted(result["classes"].items()):
        print(f"{key:18s} {ok:9d} {total:6d} {pct(ok, total)}")
    print("\nper language, % (removed artefacts; kept article paragraphs and negatives; threads found whole with\n"
          "author and depth; comments found; comment dates, document dates and authors right; related stories\n"
          "and captions recovered)\n")
    print_rows(result["languages"], COLUMNS, result["all"], "language", 10)
    return result


def print_class_languages(result: dict, langs: tuple[str, ...]) -> None:
    """The table of artefacts removed, % per class (rows) and language (columns)."""
    print("\nartefacts removed, % per class and language\n")
    print(f"{'class':16s}" + "".join(f"{code:>8s}" for code in langs))
    for cls, row in sorted(result["class_languages"].items()):
        print(f"{cls:16s}" + "".join(f"{pct(*row[code]) if code in row else '      -':>8s}" for code in langs))
