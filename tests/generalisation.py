"""Documents composed of real article paragraphs and generated artefacts, each with its gold.

Article paragraphs come from the ScrapingHub ground truth in
``../shared/benchmarks/article-extraction`` (read at run time, never copied here).
Artefacts of every class are rendered in many shapes and in every language of
``LANGS``; tricky negatives (article text that looks like an artefact) are mixed in and
must stay. `compose(rng)` builds one document; `judge(doc, record)` says, per artefact
class and language, what leaked and whether every article paragraph stayed unchanged.
``python -m tests.generalisation [N]`` prints the figures for N documents.
"""
from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from benchmarks.datasets import benchmark_dir, held_out  # noqa: E402

from . import generalisation_chrome as chrome
from . import generalisation_exports as exports
from . import generalisation_shapes as shapes

GROUND_TRUTH = benchmark_dir("article-extraction") / "ground-truth.json"
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl")

AGENCIES = ["Reuters", "AFP", "dpa", "EFE", "ANSA", "Lusa", "ANP", "TASS", "PAP"]
# per language: a comment-form prompt and a newsletter call (calls to action)
PROMPT = {"en": "Leave a comment", "de": "Kommentar schreiben", "fr": "Laisser un commentaire",
          "es": "Deja un comentario", "it": "Lascia un commento", "pt": "Deixe um comentário",
          "nl": "Plaats een reactie", "ru": "Оставить комментарий", "pl": "Dodaj komentarz"}
NEWSLETTER = {"en": "Sign up for our newsletter", "de": "Newsletter abonnieren",
              "fr": "Inscrivez-vous à notre newsletter", "es": "Recibe nuestro boletín",
              "it": "Iscriviti alla nostra newsletter", "pt": "Receba nossa newsletter",
              "nl": "Meld je aan voor onze nieuwsbrief", "ru": "Подпишитесь на рассылку",
              "pl": "Zapisz się do newslettera"}
NEGATIVES = [
    "The auction closed at $5,000 for the first lot, $12,500 for the second and $30,000 for the painting.",
    "\u201cPlease help us find our daughter,\u201d her mother told reporters on Monday.",
    "By Train To Paris",
    "Small Farms / Big Data",
    "What do you think? The minister's plan would cut taxes for half of the country's families by next spring.",
    "Join us, the mayor told the crowd that had gathered outside the town hall on Sunday.",
    "The crowd chanted the same line again and again. We will not go home. We will not go home.",
    "Developers often print a value with var_dump to see its type and length while they debug a page.",
]


@dataclass
class Artefact:
    cls: str
    language: str
    lines: list[str]
    related: list[str] = field(default_factory=list)
    comments: list[tuple[str | None, int]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    date: str | None = None         # gold of metadata.date
    author: str | None = None       # gold of metadata.author
    comment_dates: list[str | None] = field(default_factory=list)   # gold of each comment's date (None: not given)


# English title-case lines (subheadings) that open with a word some other language uses for an
# artefact ("door" is Dutch for "by"): in a document of a language that does not use that word
# (`foreign_to`) they are article text
CROSS_LANGUAGE = [
    "Door Prize Winners Announced", "Bron Tower Reopens After Repairs", "Von Braun Rocket Replica Unveiled",
    "Quelle Catalogue Returns As Collector Item", "Di Maio Quits Party Leadership", "Fonte Nuova Mayor Resigns",
    "Por Favor Restaurant Closes Its Doors", "Fuente Ovejuna Revival Opens In Madrid", "Par Three Holes Reopen After Storm",
    "Autor Unknown Exhibit Opens In Krakow", "Dodaj Komentarz Founder Speaks",
]


def foreign_to(line: str, language: str) -> bool:
    """No word list of ``language`` or of English holds the line's first word (or first two)."""
    from cleaners.lang import load
    words = line.casefold().split()
    heads = {words[0], " ".join(words[:2])}
    return not any(heads & set(phrases) for code in (language, "en") for phrases in (load(code) or {}).values())


@lru_cache(maxsize=1)
def _pages() -> dict[str, list[str]]:
    """Prose paragraphs of the ground truth by the page's language (held-out pages left out)."""
    if not GROUND_TRUTH.exists():
        return {}
    from cleaners.language import detect
    from cleaners.lines import is_prose, word_count
    from cleaners.text_input import normalize_text
    data = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = defaultdict(list)
    for page_id, page in data.items():
        if held_out(page_id):
            continue      # the project's hold-out pages are for measuring, never for development
        body = page.get("articleBody") or ""
        code = detect(body)
        for p in body.split("\n"):
            p = " ".join(normalize_text(p).split())
            # a paragraph that ends with a colon announces a list the page had: not used without it
            if is_prose(p) and 15 <= word_count(p) <= 120 and p[:1].isupper() and "|" not in p and not p.endswith(":"):
                out[code].append(p)
    return dict(out)


MIN_NATIVE = 15     # paragraphs a language needs in the ground truth to be used for its documents


def paragraphs(language: str = "en") -> tuple[str, ...]:
    """Prose paragraphs for a document in ``language``: the ground truth's paragraphs in that
    language when it has enough of them, else English ones (most of the ground truth)."""
    pages = _pages()
    native = pages.get(language, [])
    return tuple(native if len(native) >= MIN_NATIVE else pages.get("en", []))


def head_artefacts(rng, lang) -> list[Artefact]:
    """Date line (its date is gold for ``metadata.date``), byline (its names for ``metadata.author``), reading time."""
    date_lines, iso = shapes.date_line(rng, lang)
    by_lines, author = shapes.byline(rng, lang)
    out = [Artefact("date-line", lang, date_lines, date=iso), Artefact("byline", lang, by_lines, author=author)]
    if rng.random() < 0.6:
        out.append(Artefact("reading-time", lang, [shapes.reading(rng, lang)]))
    rng.shuffle(out)
    return out


def mid_artefact(rng, lang) -> Artefact:
    kind = rng.choice(["source", "credit", "enlarge", "appeal", "donate", "ladder", "prompt", "newsletter", "dump",
                       "copyright", "image", "chart", "chrome"])
    if kind == "chrome":     # paywall, login, comment and gallery lines standing alone
        return Artefact("call-to-action", lang, chrome.line(rng, lang))
    if kind == "image":
        lines, captions = exports.image(rng, lang)
        return Artefact("image", lang, lines, captions=captions)
    if kind == "chart":
        return Artefact("chart-credit", lang, exports.chart_credit(rng, lang))
    if kind == "source":
        return Artefact("source-line", lang, shapes.source_line(rng, lang))
    if kind == "credit":
        return Artefact("photo-credit", lang, shapes.credit(rng, lang))
    if kind == "enlarge":
        return Artefact("caption-prompt", lang, shapes.enlarge(rng, lang))
    if kind in ("appeal", "donate"):
        return Artefact("donation", lang, shapes.appeal(rng, lang))
    if kind == "ladder":
        return Artefact("donation", lang, shapes.ladder(rng, lang))
    if kind in ("prompt", "newsletter"):
        return Artefact("call-to-action", lang, [PROMPT[lang] if kind == "prompt" else NEWSLETTER[lang]])
    if kind == "copyright":
        from cleaners.lang import load
        rights = load(lang)["rights"][0]
        return Artefact("legal", lang, [f"© {rng.randint(2015, 2023)} {rng.choice(AGENCIES)}. {rights.capitalize()}."])
    lines, titles = shapes.dump(rng, lang)
    return Artefact("dump", lang, lines, related=titles)


def thread(rng, lang) -> Artefact:
    lines, gold, dates = shapes.thread(rng, lang)
    return Artefact("comment-thread", lang, lines, comments=gold, comment_dates=dates)


@lru_cache(maxsize=None)
def alone_unchanged(paragraph: str, language: str = "en") -> bool:
    """The text chain keeps ``paragraph`` as it is between two plain paragraphs (the ground truth
    holds a few lines the cleaners rightly cut, such as a site's disclaimer: not article text)."""
    from tests.conftest import text_doc
    plain = "The council met again on Tuesday and agreed to publish the figures next week."
    doc = _chain().run_text(text_doc(f"{plain}\n\n{paragraph}\n\n{plain}", language=language).numbered())
    return paragraph in [b.text for b in doc.blocks]


@lru_cache(maxsize=1)
def _chain():
    from cleaners.chain import Chain
    return Chain.build()


@dataclass
class Composed:
    text: str
    language: str
    article: list[str]
    artefacts: list[Artefact]
    negatives: list[str]


def compose(rng: random.Random) -> Composed:
    """One document in one language (``Composed.language``: the text's language as a reader
    or a detector gives it to the chain, `document`)."""
    lang = rng.choice(LANGS)
    pool = paragraphs(lang)
    article = [p for p in rng.sample(pool, 8) if alone_unchanged(p, lang)][:rng.randint(3, 6)]
    title = rng.choice(["Council Approves New Budget After Long Debate", "Floods Cut Off Mountain Villages",
                        "Rail Strike Ends After Talks"])
    artefacts = head_artefacts(rng, lang)
    parts = [title, ""] + [line for a in artefacts for line in a.lines + [""]]
    if rng.random() < 0.4:      # navigation of a markdown export above the title
        crumbs = Artefact("breadcrumb", lang, exports.breadcrumb(rng, lang))
        artefacts.append(crumbs)
        parts = crumbs.lines + [""] + parts
    if rng.random() < 0.4:
        share = Artefact("share-row", lang, exports.share_row(rng, lang))
        artefacts.append(share)
        parts += share.lines + [""]
    negatives = rng.sample(NEGATIVES, rng.randint(0, 2))
    if rng.random() < 0.6:
        negatives += shapes.negatives(rng, lang)
    if rng.random() < 0.15:
        negatives += shapes.CODE_SAMPLE
    if rng.random() < 0.5:
        negatives.append(rng.choice([line for line in CROSS_LANGUAGE if foreign_to(line, lang)]))
    middle: list[list[str] | str] = list(article)
    for n in negatives:     # inside the article: after its first paragraph, before its last
        middle.insert(rng.randint(1, max(1, len(middle) - 1)), n)
    for _ in range(rng.randint(2, 4)):
        a = mid_artefact(rng, lang)
        artefacts.append(a)
        middle.insert(rng.randint(1, len(middle)), a.lines)
    for item in middle:
        if isinstance(item, str):
            parts += [item, ""]
        else:
            parts += item[:1] + [x for x in item[1:]] + [""]
    if rng.random() < 0.3:
        closing = rng.choice(exports.CLOSING_LISTS)
        negatives += closing
        parts += closing + [""]
    if rng.random() < 0.6:
        lines, titles = exports.related_list(rng, lang)
        artefacts.append(Artefact("related-list", lang, lines, related=titles))
        parts += lines + [""]
    if rng.random() < 0.7:
        a = thread(rng, lang)
        artefacts.append(a)
        parts += ["", PROMPT[lang] if rng.random() < 0.3 else "", ""] + a.lines
    return Composed("\n".join(parts) + "\n", lang, article, artefacts, negatives)


def document(pipeline, composed: Composed):
    """The raw document of ``composed``, its language given (as a reader or a detector would)."""
    return pipeline.document("harness.txt", composed.text.encode(), "text").with_metadata(language=composed.language)


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", (text or "").replace("\t", " ")).split())


@dataclass
class Verdict:
    leaked: list[tuple[str, str, str]]          # (class, language, line)
    changed: list[str]                          # article or negative paragraphs not kept unchanged
    missing_related: list[str]
    missing_comments: list[tuple[str | None, int]]
    missing_captions: list[str] = field(default_factory=list)
    wrong_dates: list[tuple[str, str | None]] = field(default_factory=list)     # (gold, metadata.date)
    wrong_authors: list[tuple[str, str | None]] = field(default_factory=list)   # (gold, metadata.author)
    threads_missed: list[int] = field(default_factory=list)     # indexes in artefacts of threads not found whole
    wrong_comment_dates: list[tuple[str, str | None]] = field(default_factory=list)   # (gold, the comment's date)


def judge(composed: Composed, record: dict) -> Verdict:
    body_paragraphs = [norm(p) for p in record["body"].split("\n\n")]
    body = norm(record["body"])
    leaked = []
    for a in composed.artefacts:
        for line in a.lines:
            for n in {norm(line.replace("\u2022", "").strip()), norm(exports.plain(line))}:
                if len(n) >= 4 and (n in body_paragraphs or (len(n) >= 25 and n in body)):
                    leaked.append((a.cls, a.language, line))
                    break
    changed = [p for p in composed.article + composed.negatives if norm(p) not in body_paragraphs]
    related = {norm(r["title"]) for r in record["metadata"].get("related") or []}
    missing_related = [t for a in composed.artefacts for t in a.related if norm(t) not in related]
    got = [(c["author"], c["depth"]) for c in record["comments"]]
    missing_comments = [g for a in composed.artefacts for g in a.comments if g not in got]
    captions = {norm(c) for c in record["metadata"].get("captions") or []}
    missing_captions = [c for a in composed.artefacts for c in a.captions if norm(c) not in captions]
    meta = record["metadata"]
    wrong_dates = [(a.date, meta.get("date")) for a in composed.artefacts if a.date and meta.get("date") != a.date]
    wrong_authors = [(a.author, meta.get("author")) for a in composed.artefacts
                     if a.author and norm(meta.get("author")) != norm(a.author)]
    threads_missed = [k for k, a in enumerate(composed.artefacts) if a.comments and any(g not in got for g in a.comments)]
    dated = {(c["author"], c["depth"]): c.get("date") for c in record["comments"]}
    wrong_comment_dates = [(iso, dated.get(g)) for a in composed.artefacts for g, iso in zip(a.comments, a.comment_dates)
                           if iso and dated.get(g) != iso]
    return Verdict(leaked, changed, missing_related, missing_comments, missing_captions, wrong_dates, wrong_authors,
                   threads_missed, wrong_comment_dates)


def main(argv: list[str]) -> None:
    from .generalisation_figures import main as print_figures
    print_figures(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
