"""Eleventh blind harness: news articles as text dumps in 13 languages the tenth did not write (Thai, Burmese, Khmer,
Amharic, Tamil, Georgian, Armenian, Urdu, Romanian, Czech, Danish, Malay, Tagalog; Thai, Myanmar, Khmer, Ethiopic,
Tamil, Georgian, Armenian, Arabic and Latin scripts) carrying the seeds' artefact classes in new shapes.

Written from the seeds, their gold and the tenth harness's driver (for the CLI and scoring only), before reading the
rules of cleaners/. A document is a section kicker (sometimes), the title (once or twice), and five or six article
paragraphs of the language's story (a quote, numbers, a short one, one opening with a place and a day, scored without
them, and one about readers, comments, copyright or subscriptions in the news' own sense), one of them perhaps under
the article's subheading (markdown or underlined); with six to nine block artefacts
(tests/generalisation_blind11_shapes.py: print_r and var_export dumps, JSON lines, related headlines marked, in a row,
in a "read also" line or bare, donation lines, comment threads, captions, the title with a suffix, datelines, credits,
calls to action, legal notices, markdown debris) before, between and after them, some printed twice; a call to action,
a legal notice or an agency credit may be glued after a paragraph, a place and agency before the first, a markdown
link around a word. Five layouts print it (blank lines, single line breaks, CRLF, tab indents, hard-wrapped lines).
The scorer checks that every article paragraph and the subheading are in the body whole, and that each artefact's
probe left it (per class, place, layout and language); comment texts found in ``comments`` are tallied apart.

    python -m tests.generalisation_blind11 200 --seed 1 --show 3
"""
from __future__ import annotations

import random
import sys
import textwrap

from cleaners import lang
from tests import blind_report, blind_text_runner
from tests import generalisation_blind11_shapes as shapes
from tests.generalisation_blind11_langs_a import LANGS_A
from tests.generalisation_blind11_langs_b import LANGS_B
from tests.generalisation_blind11_langs_c import LANGS_C

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
NO_FILE = frozenset(c for c in LANGS if c not in lang.available())
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def norm(s: str) -> str:
    """A text as the harness compares it: spaces collapsed, case folded, zero-width marks (Khmer and Burmese
    word breaks, which normalisation may drop) taken out."""
    return blind_report.norm(s.translate(_ZERO_WIDTH))


LAYOUTS = ("blank", "single", "crlf", "tabbed", "wrapped")


def _piece(para: str) -> str:
    """What of a paragraph must stay: all of it, but a dateline opening it ("Place, Day — ") may go."""
    head, dash, rest = para.partition(" — ")
    return rest if dash and len(head) <= 40 and len(head.split()) <= 4 else para


def glue_end(rng, d, para: str):
    """A paragraph with a call to action, a legal notice or an agency credit appended on its line."""
    w = d["w"]
    k = rng.randrange(3)
    if k == 0:
        c = rng.choice(w["cta"])
        return para + rng.choice([" ", " >> ", " 👉 "]) + c, ("cta:glued", c)
    if k == 1:
        x = rng.choice(w["legal"])
        return para + rng.choice([" ", "  ", " *** "]) + x, ("legal:glued", x)
    ag = w["agency"].split(" ")[0]
    x = rng.choice([f"({ag})", f"/{ag}/", f"— {w['writer']}: {ag}"])
    return para + " " + x, ("credit:glued", x)


def glue_place(rng, d, para: str):
    """A paragraph opened by a place and an agency: "Place (AGENCY) – " or "AGENCY, Place: "."""
    ag, _, place = d["w"]["agency"].partition(" ")
    pre = rng.choice([f"{place} ({ag}) – ", f"{ag}, {place}: ", f"{place.upper()}, {ag} - "])
    return pre + para, ("dateline:glued", pre.strip(" –-:"))


def link_inside(rng, d, para: str):
    """A paragraph with one of its words turned into a markdown link (the word stays, the markup goes)."""
    words = [w for w in para.split(" ") if len(w) > 4 and w.isalpha()]
    if not words:
        return None
    w = rng.choice(words)
    return para.replace(w, f"[{w}]({shapes._url(rng, d)})", 1), ("markdown:inline_link", "](https://")


def subheading(rng, sub: str):
    """The article's own subheading: markdown hashes, underscores, or underlined with dashes."""
    k = rng.randrange(3)
    if k == 0:
        return f"#### {sub}", ("markdown:heading", "####")
    if k == 1:
        return f"__{sub}__", ("markdown:heading", "__")
    return f"{sub}\n{'-' * max(len(sub), 3)}", ("markdown:heading", "---")


def layout(rng, name: str, blocks: list[str]) -> str:
    """The document as a dump tool prints its blocks."""
    if name == "blank":
        return "\n\n".join(blocks) + "\n"
    if name == "single":
        return "\n".join(blocks) + "\n"
    if name == "crlf":
        return "\r\n".join(b.replace("\n", "\r\n") for b in blocks) + "\r\n"
    if name == "tabbed":
        return "\n\n".join("\t" + b.replace("\n", "\n\t") for b in blocks) + "\n"
    wrap = [textwrap.fill(b, 72, break_long_words=False, break_on_hyphens=False) if "\n" not in b else b for b in blocks]
    return "\n\n".join(wrap) + "\n"       # wrapped: a plain-text mail or a terminal copy


def build(rng: random.Random, code: str) -> tuple[str, list[str], list, str]:
    """(text, article pieces, (class:shape, probe, place) probes, layout) of one document."""
    d = {**LANGS[code], "code": code}
    tool = rng.choice(LAYOUTS)
    paras = list(d["paras"])
    keep = sorted(rng.sample(range(len(paras)), rng.randrange(5, len(paras) + 1)))
    body = [paras[k] for k in keep]
    pieces = [_piece(p) for p in body]
    n = len(body)
    probes: list = []
    if rng.random() < 0.3:
        body[0], (c, p) = glue_place(rng, d, body[0])
        probes.append((c, p, "prefix"))
    if rng.random() < 0.3:
        k = rng.randrange(1, n)
        got = link_inside(rng, d, body[k])
        if got:
            body[k], (c, p) = got
            probes.append((c, p, "inside"))
    if rng.random() < 0.45:
        k = n - 1 if rng.random() < 0.6 else rng.randrange(n)
        body[k], (c, p) = glue_end(rng, d, body[k])
        probes.append((c, p, "glued"))
    sub_at = rng.randrange(2, n) if rng.random() < 0.4 else None
    related = rng.sample(shapes.RELATED_MAKERS, rng.choice([1, 2, 2]))
    d["share"] = max(1, len(d["related"]) // len(related))
    slots, top, placed = blind_report.place_blocks(rng, d, n, shapes.BLOCK_MAKERS + related, (6, 10), shapes.HEAD_MAKERS,
                                                   0.3, shapes.TAIL_MAKERS, shapes.comments, 0.1)
    probes += placed
    blocks: list[str] = []
    if rng.random() < 0.4:
        blocks.append(d["kicker"])
        probes.append(("kicker:line", d["kicker"], "head"))
    blocks += top
    blocks += [d["title"]] * rng.choice([1, 2])
    probes.append(("title:head", d["title"], "head"))
    for i in range(n + 1):
        blocks += [s for s in slots[i] if s]
        if i == sub_at:
            text, (c, p) = subheading(rng, d["sub"])
            blocks.append(text)
            pieces.append(d["sub"])
            probes.append((c, p, "middle"))
        if i < n:
            blocks.append(body[i])
    text = layout(rng, tool, blocks)
    article = [norm(x) for x in paras + [d["sub"]]]
    probes = [p for p in probes if p[1].strip() and not any(norm(p[1]) in a for a in article)]
    return text, pieces, probes, tool


def run(n: int, seed: int, pipeline=None, examples: dict | None = None, docs: list | None = None,
        records: list | None = None, show: int = 0) -> dict:
    """`blind_text_runner.run` of this harness's documents."""
    return blind_text_runner.run("blind11", build, LANGS, norm, n, seed, pipeline, examples, docs, records, show)


def main(argv: list[str] | None = None) -> int:
    return blind_text_runner.main("blind11", __doc__, run, NO_FILE, argv)


if __name__ == "__main__":
    sys.exit(main())
