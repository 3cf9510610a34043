"""Chinese and Japanese text dumps and pages: artefacts removed, article and look-alikes kept.

Documents are composed from tests/generalisation_cjk_text.py (article paragraphs, look-alikes, artefacts by
class, written after cleaners/lang/zh.toml and ja.toml by the same hand, so the figures say that the shapes
work with these words, not how far the words generalise) and judged as tests/generalisation.py judges its
own. ``python -m tests.generalisation_cjk [N] [--seed S]`` prints the figures per language, source and class.
"""
from __future__ import annotations

import html
import random
import sys
from collections import Counter

from . import generalisation as gen
from .generalisation_cjk_text import (AGES, ARTICLE, COMMENT_TEXT, COMMENTERS, COMMENTS_HEAD, HEAD, MIDDLE, NEGATIVES,
                                      RELATED, RELATED_TITLES, REPLY, TAIL, TITLE)

LANGS = ("zh", "ja")


def _thread(rng: random.Random, lang: str) -> gen.Artefact:
    lines, gold = [rng.choice(COMMENTS_HEAD[lang]), ""], []
    for name in rng.sample(COMMENTERS[lang], rng.randint(2, 3)):
        lines += [f"{name} {rng.choice(AGES[lang])}", "", rng.choice(COMMENT_TEXT[lang]), "", REPLY[lang], ""]
        gold.append((name, 0))
    return gen.Artefact("comment-thread", lang, [x for x in lines if x], comments=gold)


def _related(rng: random.Random, lang: str) -> gen.Artefact:
    titles = rng.sample(RELATED_TITLES[lang], 3)
    return gen.Artefact("related-list", lang, [rng.choice(RELATED[lang])] + [f"- {t}" for t in titles])


def compose(rng: random.Random, lang: str) -> gen.Composed:
    """A text dump: title, head artefacts, article paragraphs with look-alikes and artefacts, tail artefacts."""
    article = rng.sample(ARTICLE[lang], rng.randint(3, 5))
    negatives = rng.sample(NEGATIVES[lang], rng.randint(1, 2))
    artefacts = [gen.Artefact(c, lang, lines) for c, lines in rng.sample(HEAD[lang], 2)]
    middle: list = list(article)
    for n in negatives:
        middle.insert(rng.randint(1, len(middle) - 1), n)
    for c, lines in rng.sample(MIDDLE[lang], 2):
        artefacts.append(gen.Artefact(c, lang, lines))
        middle.insert(rng.randint(1, len(middle) - 1), artefacts[-1])
    tail = [gen.Artefact(c, lang, lines) for c, lines in rng.sample(TAIL[lang], 3)] + [_related(rng, lang)]
    if rng.random() < 0.7:
        tail.append(_thread(rng, lang))
    artefacts += tail
    parts = [rng.choice(TITLE[lang]), ""] + [x for a in artefacts[:2] for x in a.lines + [""]]
    for item in middle:
        parts += (item.lines if isinstance(item, gen.Artefact) else [item]) + [""]
    for a in tail:
        parts += [x for line in a.lines for x in (line, "")]
    return gen.Composed("\n".join(parts) + "\n", lang, article, artefacts, negatives)


def page(composed: gen.Composed) -> bytes:
    """``composed`` as a news page: the article in <article>, related stories and comments in their boxes."""
    e = html.escape
    title, rest = composed.text.split("\n", 1)
    body = "".join(f"<p>{e(p)}</p>" for p in rest.split("\n\n") if p.strip() and p.strip() not in _boxed(composed))
    boxes = ""
    for a in composed.artefacts:
        if a.cls == "related-list":
            boxes += f"<h3>{e(a.lines[0])}</h3><ul>" + "".join(
                f'<li><a href="/n/{k}.html">{e(t[2:])}</a></li>' for k, t in enumerate(a.lines[1:])) + "</ul>"
        elif a.cls == "comment-thread":
            boxes += "<section>" + "".join(f"<p>{e(x)}</p>" for x in a.lines) + "</section>"
    return (f'<!DOCTYPE html><html lang="{composed.language}"><head><meta charset="utf-8"><title>{e(title)}</title>'
            f"</head><body><nav><a href='/'>首页</a></nav><article><h1>{e(title)}</h1>{body}{boxes}</article>"
            "</body></html>").encode()


def _boxed(composed: gen.Composed) -> set[str]:
    return {"\n\n".join(x for x in a.lines) for a in composed.artefacts if a.cls in ("related-list", "comment-thread")} \
        | {x for a in composed.artefacts if a.cls in ("related-list", "comment-thread") for x in a.lines}


def run(n: int = 40, seed: int = 7, langs: tuple[str, ...] = LANGS) -> dict:
    """Counts per (language, source, class): artefacts removed, and article paragraphs and look-alikes kept."""
    from cleaners.pipeline import Pipeline
    pipeline, rng = Pipeline(), random.Random(seed)
    ok, total = Counter(), Counter()
    for lang in langs:
        for _ in range(n):
            c = compose(rng, lang)
            for source in ("text", "html"):
                raw = c.text.encode() if source == "text" else page(c)
                doc = pipeline.document(f"cjk.{source}", raw, source)
                v = gen.judge(c, pipeline.record(doc.with_metadata(language=lang) if source == "text" else doc))
                leaked = {line for _, _, line in v.leaked}
                for a in c.artefacts:
                    key = (lang, source, a.cls)
                    ok[key] += not any(line in leaked for line in a.lines)
                    total[key] += 1
                for key, paragraphs in (("article", c.article), ("look-alikes", c.negatives)):
                    ok[(lang, source, key)] += sum(p not in v.changed for p in paragraphs)
                    total[(lang, source, key)] += len(paragraphs)
                if source == "text":
                    comments = sum(len(a.comments) for a in c.artefacts)
                    ok[(lang, source, "comments found")] += comments - len(v.missing_comments)
                    total[(lang, source, "comments found")] += comments
    return {key: (ok[key], total[key]) for key in total}


def summary(counts: dict) -> dict:
    """Per (language, source): shares of artefacts removed, article and look-alikes kept, comments found."""
    out: dict = {}
    for (lang, source, cls), (good, all_) in counts.items():
        name = cls if cls in ("article", "look-alikes", "comments found") else "artefacts"
        g, t = out.setdefault((lang, source), {}).get(name, (0, 0))
        out[(lang, source)][name] = (g + good, t + all_)
    return {k: {name: g / t for name, (g, t) in v.items()} for k, v in out.items()}


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv and argv[0].isdigit() else 40
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
    counts = run(n, seed)
    for (lang, source, cls), (good, all_) in sorted(counts.items()):
        print(f"{lang} {source:5} {cls:16} {good:5} / {all_:5}  {100 * good / all_:5.1f} %")
    for (lang, source), shares in sorted(summary(counts).items()):
        print(lang, source, "  ".join(f"{k} {100 * v:.1f} %" for k, v in sorted(shares.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
