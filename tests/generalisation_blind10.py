"""Tenth blind harness: news articles as text dumps in 14 languages (Vietnamese, Indonesian, Swahili, Greek,
Hungarian, Finnish, Bengali, Persian, Ukrainian, Korean, Thai, Hebrew, Arabic, Turkish; Latin, Greek, Bengali,
Arabic, Cyrillic, Hangul, Thai and Hebrew scripts) carrying the seeds' artefact classes in shapes of their own.

Written from the seeds, their gold and the eighth/ninth harnesses' drivers (for the CLI and scoring only), without
reading any rule of cleaners/ or any other harness's data. A document is a section kicker (sometimes), the title
(once or twice), and five to seven article paragraphs of the language's story (a quote, numbers, a question, a
short paragraph, one opening with a place and a day, scored without them, and one about subscribers, comments or
rights in the news' own sense), one of them perhaps under the article's markdown subheading; with six to nine block artefacts
(tests/blind10_shapes.py: PHP var_dump strings and arrays of related stories, bare related JSON, related lists with
and without headings, donation widgets, comment sections, captions, the title again, datelines, credits, calls to
action, legal lines, markdown debris) before, between and after them, some printed twice; a call to action or
legal line may be glued after a paragraph, an agency dateline before the first, a markdown link around a word
(tests/blind10_glue.py). Five layouts print it (blank lines, single line breaks, NBSP indents, CRLF, wide gaps).
The scorer checks that every article paragraph and the subheading are in the body whole, and that each artefact's
probe left it (per class, place, layout and language); comment texts found in ``comments`` are tallied apart.

    python -m tests.generalisation_blind10 200 --seed 1 --show 3
"""
from __future__ import annotations

import random
import sys

from cleaners import lang
from tests import blind_report, blind_text_runner
from tests import blind10_glue as glue
from tests import blind10_shapes as shapes
from tests.blind_report import norm
from tests.blind10_langs_a import LANGS_A
from tests.blind10_langs_b import LANGS_B
from tests.blind10_langs_c import LANGS_C

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
NO_FILE = frozenset(c for c in LANGS if c not in lang.available())


def _piece(para: str) -> str:
    """What of a paragraph must stay: all of it, but a wire dateline opening it ("Place, Day — ") is neither article
    nor artefact (a cleaner may keep or cut it)."""
    head, dash, rest = para.partition(" — ")
    return rest if dash and len(head) <= 40 and len(head.split()) <= 4 else para


def build(rng: random.Random, code: str) -> tuple[str, list[str], list, str]:
    """(text, article pieces, (class:shape, probe, place) probes, layout) of one document."""
    d = {**LANGS[code], "code": code}
    tool = rng.choice(glue.LAYOUTS)
    paras = list(d["paras"])
    keep = sorted(rng.sample(range(len(paras)), rng.randrange(5, len(paras) + 1)))
    body = [paras[k] for k in keep]
    pieces = [_piece(p) for p in body]
    n = len(body)
    probes: list = []
    if rng.random() < 0.3:
        body[0], (c, p) = glue.glue_dateline(rng, d, body[0])
        probes.append((c, p, "prefix"))
    if rng.random() < 0.35:
        k = rng.randrange(1, n)
        got = glue.link_inside(rng, d, body[k])
        if got:
            body[k], (c, p) = got
            probes.append((c, p, "inside"))
    if rng.random() < 0.4:
        k = rng.randrange(n)
        body[k], (c, p) = glue.glue_end(rng, d, body[k])
        probes.append((c, p, "glued"))
    sub_at = rng.randrange(2, n) if rng.random() < 0.4 else None
    related = rng.sample(shapes.RELATED_MAKERS, rng.choice([1, 2]))       # each prints its own headlines
    d["share"] = len(d["related"]) // len(related)
    slots, top, placed = blind_report.place_blocks(rng, d, n, shapes.BLOCK_MAKERS + related, (6, 10), shapes.HEAD_MAKERS, 0.3,
                                                   shapes.TAIL_MAKERS, shapes.comments, 0.1)
    probes += placed
    blocks: list[str] = []
    if rng.random() < 0.4:
        blocks.append(d["kicker"])
        probes.append(("kicker:line", d["kicker"], "head"))
    blocks += top
    blocks += [d["title"]] * rng.choice([1, 2, 2])
    probes.append(("title:head", d["title"], "head"))
    for i in range(n + 1):
        blocks += slots[i]
        if i == sub_at:
            text, (c, p) = glue.subheading(rng, d["sub"])
            blocks.append(text)
            pieces.append(d["sub"])
            probes.append((c, p, "middle"))
        if i < n:
            blocks.append(body[i])
    text = glue.layout(rng, tool, blocks)
    article = [norm(x) for x in paras + [d["sub"]]]
    probes = [p for p in probes if p[1].strip() and not any(norm(p[1]) in a for a in article)]
    return text, pieces, probes, tool


def run(n: int, seed: int, pipeline=None, examples: dict | None = None, docs: list | None = None,
        records: list | None = None, show: int = 0) -> dict:
    """`blind_text_runner.run` of this harness's documents."""
    return blind_text_runner.run("blind10", build, LANGS, norm, n, seed, pipeline, examples, docs, records, show)


def main(argv: list[str] | None = None) -> int:
    return blind_text_runner.main("blind10", __doc__, run, NO_FILE, argv)


if __name__ == "__main__":
    sys.exit(main())
