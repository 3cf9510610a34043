"""Seventh blind harness: text dumps written to the seeds' artefact classes in 14 languages (Icelandic and Welsh
had no file in cleaners/lang/ when it was written; Latin, Cyrillic, Arabic and Japanese scripts), printed the
way other dump tools print them.

Written from the seeds, their gold and the README before reading the rules of cleaners/ (the older blind
harnesses' shape modules were read only to avoid their shapes). A document is a title, four or five article
paragraphs and five to nine block artefacts (tests/blind7_shapes.py) placed before, between and after the
paragraphs, some printed twice; inline artefacts (tests/blind7_inline.py) are glued to a paragraph's start
(datelines), put in its middle (image alt texts, lynx link numbers) or glued to its end (ad slugs, calls to
action, credits). The whole is printed by one of several dump tools: blank-line paragraphs, a browser copy-paste,
lynx -dump, html2text markdown, a Telegram forward, an e-mail newsletter, an RSS description, a Google Docs
export. A fifth of the non-English sites print their chrome in English. German has three times the weight of
the other languages. The scorer checks that every piece of every article paragraph is in the body whole, and
that each artefact's probe left the body, per class, per place, per tool and per language.

    python -m tests.generalisation_blind7 200 --seed 1 --show 3
"""
from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict

from cleaners import lang
from tests import blind_report
from tests.blind_report import norm as _norm, summary  # noqa: F401  (as its tests read them)
from tests import blind7_inline as inline
from tests import blind7_shapes as shapes
from tests.blind7_langs_a import LANGS_A
from tests.blind7_langs_b import LANGS_B
from tests.blind7_langs_c import LANGS_C

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
NO_FILE = frozenset(c for c in ("is", "cy") if c not in lang.available())
WEIGHTED = sorted(LANGS) + ["de", "de"]
CHROME = ("reply", "likes", "more", "ago", "years", "appeal", "raised", "donate", "listen", "advert", "cont",
          "keypts", "newsletter", "vote", "votes", "cookie", "legal", "read_more", "refs", "photo", "image",
          "updated", "by")
TOP_MAKERS = (shapes.legal, shapes.cta, shapes.reading, shapes.updated)


def build(rng: random.Random, code: str) -> tuple[str, list[list[str]], list, str]:
    """(text, pieces of each article paragraph, (class, probe, place) probes, tool) of one document."""
    d = {**LANGS[code], "code": code}
    if code != "en" and rng.random() < 0.2:                  # a site whose chrome is in English
        d.update({k: LANGS["en"][k] for k in CHROME})
    tool = rng.choice(inline.TOOLS)
    paras = list(d["paras"])
    n = len(paras)
    body, pieces = list(paras), [[p] for p in paras]
    probes: list = [("title", d["title"], "head")]
    free = list(range(n))
    rng.shuffle(free)
    if rng.random() < 0.4:
        body[0], pieces[0], pr = inline.dateline(rng, d, body[0])
        free.remove(0)                                     # one inline artefact in a paragraph's middle at most
        probes += [(c, p, "prefix") for c, p in pr]
    for kind, chance in (("caption", 0.35), ("link", 0.6 if tool == "lynx" else 0.0)):
        if rng.random() < chance and free:
            k = free.pop()
            if kind == "caption":
                body[k], pieces[k], pr = inline.caption_inside(rng, d, body[k])
            else:
                body[k], pieces[k], pr = inline.link_inside(rng, d, body[k], rng.randrange(3, 9))
            probes += [(c, p, "inside") for c, p in pr]
    if rng.random() < 0.4:
        k = rng.randrange(n)
        body[k], _, pr = inline.glued_end(rng, d, body[k])
        probes += [(c, p, "glued") for c, p in pr]
    slots, top, placed = blind_report.place_blocks(rng, d, n, shapes.BLOCK_MAKERS, (5, 10), TOP_MAKERS, 0.2,
                                                shapes.TAIL_MAKERS, shapes.comments, 0.12)
    probes += placed
    texts = top + [f"# {d['title']}" if tool == "markdown" else d["title"]]
    for i in range(n + 1):
        texts += slots[i]
        if i < n:
            texts.append(body[i])
    text, pr = inline.layout(rng, d, code, tool, texts)
    probes += pr
    return text, pieces, [p for p in probes if p[1] and p[1].strip()], tool


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
        doc = pipe.process(pipe.document(f"blind7/{seed}/{i}.txt", text.encode(), "text"))
        b = _norm(doc.body)
        for ps in pieces:
            kept = all(_norm(p) in b for p in ps)
            for tally in (t["classes"]["article"], per_lang[code]["article"], t["tools"][tool + ":article"]):
                tally[0] += kept
                tally[1] += 1
            if not kept and examples is not None:
                examples.setdefault("article", Counter())[f"{code}/{tool}: " + next(
                    p for p in ps if _norm(p) not in b)[:70]] += 1
        for cls, probe, place in probes:
            gone = _norm(probe) not in b
            for tally in (t["classes"][cls], t["places"][place], t["tools"][tool], per_lang[code]["removed"]):
                tally[0] += gone
                tally[1] += 1
            if not gone and examples is not None:
                examples.setdefault(cls, Counter())[f"{place}/{tool}: " + probe.replace("\n", "⏎")[:70]] += 1
    out = {k: {c: tuple(v) for c, v in x.items()} for k, x in t.items()}
    out["languages"] = {k: {m: tuple(x) for m, x in v.items()} for k, v in per_lang.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    return blind_report.main("blind7", __doc__, run, NO_FILE, argv)


if __name__ == "__main__":
    sys.exit(main())
