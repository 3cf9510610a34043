"""The fresh text harness: text dumps of news articles in twenty-nine languages, written independently
of the other two harnesses (tests/generalisation.py, tests/generalisation_wild.py) to measure
the cleaners on wordings and shapes no rule was written for. Its article paragraphs and
look-alikes are in generalisation_fresh_text, its wordings in generalisation_fresh_words, its
dump, thread, debris and list shapes in generalisation_fresh_shapes.

``python -m tests.generalisation_fresh [N] [--seed S]`` prints artefacts removed, article
paragraphs and look-alikes kept, comments recovered, per class and language.
"""
from __future__ import annotations

import random
import sys

from . import generalisation as gen
from . import generalisation_fresh_shapes as shapes
from .generalisation_fresh_text import ARTICLE, BULLETS, CODE, LOOKALIKES
from .generalisation_fresh_words import AGENCY, DOTTED_DAY, MONTHS, NAMES, PLACE, W, YEAR_FIRST, localised

LANGS = tuple(ARTICLE)
Artefact = gen.Artefact


def _titles(rng, lang: str, k: int, article: list[str]) -> list[str]:
    """Headlines of other stories: the opening words of paragraphs of the language not in ``article``."""
    pool = [p for p in ARTICLE[lang] if p not in article]
    return [" ".join(p.split()[:rng.randint(6, 9)]).rstrip(",:;") for p in rng.sample(pool, min(k, len(pool)))]


def head(rng, lang: str) -> list[Artefact]:
    """Byline, dateline and credit lines above the text, in the language's conventions."""
    w, out = W[lang], []
    day, hour = rng.randint(2, 27), rng.randint(7, 21)
    if rng.random() < 0.7:
        name = rng.choice(NAMES)
        line = rng.choice([f"{w['by']} {name}", f"{w['by']} {name}, {w['staff']}", f"{name} | {AGENCY[lang]}",
                           f"{w['by']} {name} ({AGENCY[lang]})"])
        out.append(Artefact("byline", lang, [line], author=name))
    if rng.random() < 0.7:
        dm = f"{day}{'.' if lang in DOTTED_DAY else ''} {MONTHS[lang]} 2026"     # "12. März 2026"
        dm, dd = (f.format(d=day) for f in YEAR_FIRST[lang]) if lang in YEAR_FIRST else (dm, f"{day}.03.2026")
        line = localised(lang, rng.choice([f"{w['published']} {dm}, {hour}:05",
                                           f"{w['published']} {dd} {hour}:05 | {w['updated']} {dd} {hour + 1}:40",
                                           f"{PLACE[lang]}, {dm} ({AGENCY[lang]})".replace(":", "")]))
        out.append(Artefact("dateline", lang, [line], date=f"2026-03-{day:02d}" + (f"T{hour:02d}:05:00" if ":" in line else "")))
    if rng.random() < 0.5:
        cap = rng.choice(w["caption"])
        credit = f"{w['photo']}: {rng.choice(NAMES)} / {AGENCY[lang]}"
        lines = rng.choice([[cap, credit], [f"{cap} ({credit})"], [f"{cap}. {credit}"]])
        out.append(Artefact("caption", lang, lines))
    return out


def mid(rng, lang: str, title: str, article: list[str]) -> Artefact:
    """One artefact a dump leaves between paragraphs."""
    w = W[lang]
    kind = rng.choice(["dump", "donation", "call-to-action", "cookie", "legal", "ai-notice", "repeat",
                       "markdown-debris", "share-row", "caption"])
    if kind == "dump":
        return Artefact(kind, lang, shapes.dump(rng, _titles(rng, lang, rng.randint(2, 3), article)))
    if kind == "donation":
        plea = rng.choice(w["plea"])
        return Artefact(kind, lang, rng.choice([[plea, rng.choice(w["button"])], [plea],
                                                [plea, f"[{rng.choice(w['button'])}](https://example-news.net/support)"]]))
    if kind == "call-to-action":
        return Artefact(kind, lang, rng.sample(w["calls"], rng.randint(1, 2)))
    if kind == "cookie":
        return Artefact(kind, lang, [w["cookie"], rng.choice(["OK", "Accept | Settings", "✓"])])
    if kind == "legal":
        return Artefact(kind, lang, [rng.choice(w["legal"])])
    if kind == "ai-notice":
        return Artefact(kind, lang, [w["ai"]])
    if kind == "repeat":
        return Artefact(kind, lang, [rng.choice([title, title.upper(), f"## {title}"])])
    if kind == "markdown-debris":
        return Artefact(kind, lang, shapes.markdown_debris(rng, lang))
    if kind == "share-row":
        return Artefact(kind, lang, [rng.choice([w["share_row"], f"{w['tags']}: " + ", ".join(rng.sample(
            [t.split()[0] for t in ARTICLE[lang]], 3))])])
    cap = rng.choice(w["caption"])
    return Artefact(kind, lang, rng.choice([[cap, f"{w['photo']}: {rng.choice(NAMES)}"],
                                            [f"{w['photo']}: {cap} — {AGENCY[lang]}"]]))


def compose(rng: random.Random) -> gen.Composed:
    lang = rng.choice(LANGS)
    pool = ARTICLE[lang]
    article = rng.sample(pool, rng.randint(3, len(pool) - 2))
    lead = rng.choice([p for p in pool if p not in article])     # the title's story: no related title opens like it
    title = " ".join(lead.split()[:rng.randint(5, 8)]).rstrip(",")
    article_and_lead = article + [lead]
    artefacts = head(rng, lang)
    parts = [title, ""] + [line for a in artefacts for line in a.lines + [""]]
    if rng.random() < 0.2:      # a cookie banner above the title
        artefacts.append(Artefact("cookie", lang, [W[lang]["cookie"]]))
        parts = artefacts[-1].lines + [""] + parts
    negatives = rng.sample(LOOKALIKES[lang], rng.randint(0, min(2, len(LOOKALIKES[lang]))))
    if lang in BULLETS and rng.random() < 0.3:
        negatives.append(BULLETS[lang])
    if lang == "en" and rng.random() < 0.3:
        negatives.append(CODE)
    middle: list = list(article)
    for n in negatives:
        middle.insert(rng.randint(1, max(1, len(middle) - 1)), n)
    for _ in range(rng.randint(2, 4)):
        a = mid(rng, lang, title, article_and_lead)
        artefacts.append(a)
        middle.insert(rng.randint(1, len(middle)), a.lines)
    for item in middle:
        parts += ([item] if isinstance(item, str) else item) + [""]
    if rng.random() < 0.6:
        titles = _titles(rng, lang, rng.randint(2, 4), article_and_lead)
        artefacts.append(Artefact("related-list", lang, shapes.related_list(rng, lang, titles), related=titles))
        parts += artefacts[-1].lines + [""]
    if rng.random() < 0.3:
        a = Artefact("legal", lang, [rng.choice(W[lang]["legal"])])
        artefacts.append(a)
        parts += a.lines + [""]
    if rng.random() < 0.6:
        lines, gold = shapes.thread(rng, lang)
        artefacts.append(Artefact("comment-thread", lang, lines, comments=gold))
        parts += lines
    flat = [p for n in negatives for p in ([n] if isinstance(n, str) else n)]
    return gen.Composed("\n".join(parts) + "\n", lang, article, artefacts, flat)


def main(argv: list[str]) -> None:
    from .generalisation_figures import main as print_figures, print_class_languages
    print_class_languages(print_figures(argv, compose), LANGS)


if __name__ == "__main__":
    main(sys.argv[1:])
