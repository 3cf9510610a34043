"""Eighth blind harness: text dumps of news articles in 17 languages (Amharic, Hausa and Nepali had no file in
cleaners/lang/ when it was written; Latin, Cyrillic, Arabic, Georgian, Ethiopic, Devanagari and Han scripts),
carrying the seeds' artefact classes in shapes the older harnesses did not use, printed by dump tools they did
not use.

Written from the seeds, their gold and the README before reading any rule of cleaners/ (the seventh harness was
read only for its API and to avoid its shapes). A document is a title, five or six article paragraphs (each
language has its own story, with quotes, numbers, a question, a one-sentence paragraph and one that starts with a
place name) and five to eight block artefacts (tests/blind8_shapes.py) placed before, between and after the
paragraphs, some printed twice; inline artefacts (tests/blind8_tools.py) are glued before a paragraph
(datelines), after it (agency tags, calls to action) or put inside it (markdown debris). The whole is printed by
one of nine tools: plain text, a reader-view copy, a PDF-to-text export, a WhatsApp share, an Obsidian/Notion
clipping, wget + html2text of an AMP page, a Pocket export, a screen reader's transcript, a CMS preview. German
has three times the weight of the other languages; 15 % of the non-English sites print their chrome in English.
The scorer checks that every piece of every article paragraph is in the body whole, that each artefact's probe
left the body (per class, place, tool and language), and that the comments' texts are found in `comments`.

    python -m tests.generalisation_blind8 200 --seed 1 --show 3
"""
from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict

from cleaners import lang
from tests import blind_report
from tests.blind_report import norm as _norm, summary  # noqa: F401  (as its tests read them)
from tests import blind8_shapes as shapes
from tests import blind8_tools as tools
from tests.blind8_langs_a import LANGS_A
from tests.blind8_langs_b import LANGS_B
from tests.blind8_langs_c import LANGS_C

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
NO_FILE = frozenset(c for c in ("am", "ha", "ne") if c not in lang.available())
WEIGHTED = sorted(LANGS) + ["de", "de"]
CHROME = ("comments_head", "wrote", "reply", "subscribe", "app", "follow", "whatsapp", "push", "appeal", "member",
          "month", "copyright", "reproduction", "affiliate", "ai", "correction", "related_head", "published",
          "minutes", "photo")


def build(rng: random.Random, code: str) -> tuple[str, list[list[str]], list, str]:
    """(text, pieces of each article paragraph, (class, probe, place) probes, tool) of one document."""
    d = {**LANGS[code], "code": code}
    if code != "en" and rng.random() < 0.15:                 # a site whose chrome is in English
        d.update({k: LANGS["en"][k] for k in CHROME})
    tool = rng.choice(tools.TOOLS)
    paras = list(d["paras"])
    n = len(paras)
    body, pieces = list(paras), [[p] for p in paras]
    probes: list = [("title", d["title"], "head")]
    locked: set = set()
    free = list(range(n))
    rng.shuffle(free)
    if rng.random() < 0.35:
        body[0], _, pr = tools.dateline(rng, d, body[0])
        free.remove(0)
        locked.add(0)
        probes += [(c, p, "prefix") for c, p in pr]
    if rng.random() < 0.5:
        k = free.pop()
        body[k], pieces[k], pr = tools.debris_inside(rng, d, body[k])
        locked.add(k)
        probes += [(c, p, "inside") for c, p in pr]
    if rng.random() < 0.35:
        k = rng.randrange(n)
        body[k], _, pr = tools.glued_end(rng, d, body[k])
        locked.add(k)
        probes += [(c, p, "glued") for c, p in pr]
    slots, top, placed = blind_report.place_blocks(rng, d, n, shapes.BLOCK_MAKERS, (5, 9), shapes.TOP_MAKERS, 0.25,
                                                shapes.TAIL_MAKERS, shapes.comments, 0.1)
    probes += placed
    items = [("art", None, t) for t in top] + [("title", None, d["title"])]
    for i in range(n + 1):
        items += [("art", None, t) for t in slots[i]]
        if i < n:
            items.append(("para", i, body[i]))
    text, pr, splits = tools.layout(rng, d, tool, items, locked)
    for k, ps in splits.items():
        pieces[k] = ps
    probes += pr
    return text, pieces, [p for p in probes if p[1] and p[1].strip()], tool


def _tally(tallies: list, ok: bool) -> None:
    for t in tallies:
        t[0] += ok
        t[1] += 1


def run(n: int, seed: int, pipeline=None, examples: dict | None = None) -> dict:
    """Tallies (done, total) per class, place, tool and language; fills examples with failures if given."""
    from cleaners.pipeline import Pipeline
    pipe = pipeline or Pipeline()
    rng = random.Random(seed)
    t: dict = {k: defaultdict(lambda: [0, 0]) for k in ("classes", "places", "tools")}
    per_lang: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for i in range(n):
        code = sorted(LANGS)[i] if i < len(LANGS) else rng.choice(WEIGHTED)
        text, pieces, probes, tool = build(rng, code)
        doc = pipe.process(pipe.document(f"blind8/{seed}/{i}.txt", text.encode(), "text"))
        b = _norm(doc.body)
        found = _norm(" \n ".join(c.text for c in doc.comments))
        for ps in pieces:
            kept = all(_norm(p) in b for p in ps)
            _tally([t["classes"]["article"], per_lang[code]["article"], t["tools"][tool + ":article"]], kept)
            if not kept and examples is not None:
                miss = next(p for p in ps if _norm(p) not in b)
                where = "comments" if _norm(miss) in found else "gone"
                examples.setdefault("article", Counter())[f"{code}/{tool} ({where}): {miss[:70]}"] += 1
        for cls, probe, place in probes:
            gone = _norm(probe) not in b
            _tally([t["classes"][cls], t["places"][place], t["tools"][tool], per_lang[code]["removed"]], gone)
            if cls == "comments" and probe in LANGS[code]["comments"]:
                _tally([t["classes"]["comments found"]], _norm(probe) in found)
            if not gone and examples is not None:
                examples.setdefault(cls, Counter())[f"{place}/{tool}/{code}: " + probe.replace("\n", "⏎")[:70]] += 1
    out = {k: {c: tuple(v) for c, v in x.items()} for k, x in t.items()}
    out["languages"] = {k: {m: tuple(x) for m, x in v.items()} for k, v in per_lang.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    return blind_report.main("blind8", __doc__, run, NO_FILE, argv)


if __name__ == "__main__":
    sys.exit(main())
