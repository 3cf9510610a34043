"""Diagnosis of the eighth blind harness (tests/generalisation_blind8.py): the artefacts left in the body per
class and shape (the shape read off the artefact's text), and each document's first lost article paragraph
with what came before it (a paragraph, or which artefact), whether it went to `comments` and how many
paragraphs were lost with it; PDF paragraphs found once the body's 'word- part' breaks are joined are counted
as hyphenation.

    python -m tests.blind8_diag 200 1 2
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict

from tests import blind8_shapes as shapes
from tests import blind8_tools as tools
from tests import generalisation_blind8 as g

MARKS = {
    "var_dump": (("object(stdClass)", "object"), ("stdClass Object", "print_r"), ("xdebug", "xdebug"),
                 ("__set_state", "set_state"), ("array(6) {", "truncated"), ("string(", "escaped")),
    "related_json": (('{"id"', "ndjson"), ('title: "', "yaml"), ("id;title", "csv"), ('"edges"', "graphql"),
                     ("ld+json", "graph")),
    "donation": (("○", "tiers"), ("█", "bar"), ("IBAN", "bank"), ("❤", "button")),
    "comments": (("👍", "reactions"), ("\n> ", "quoted"), ("\n#", "hash"), ("\n1. ", "numbered")),
    "caption": (("▲", "arrow"), ("📷", "emoji"), ('alt="', "alt"), ("", "twice")),
    "title": ((" :: ", "colons"), (" » ", "site-first"), (" | ", "dash-domain"), (" – ", "dash")),
    "credit": (("\n", "both"), ("·", "published"), ("", "photo")),
    "markdown": (("## ", "list"), ("![", "image"), ("|---|", "table"), ("&nbsp;", "entity"), ("<br>", "br"),
                 ("**", "stray"), ("", "rule")),
}
KEYS = {"cta": ("subscribe", "app", "follow", "whatsapp", "push"),
        "legal": ("copyright", "reproduction", "affiliate", "ai", "correction")}


def shape_of(name: str, text: str) -> str:
    if name in KEYS:
        return "+".join(k for k in KEYS[name] if any(d[k] in text for d in g.LANGS.values()))
    return next((s for mark, s in MARKS.get(name, ()) if mark in text), "?")


def _labelled(fn):
    def maker(rng, d):
        text, pr = fn(rng, d)
        return text, [(f"{c}:{shape_of(fn.__name__, text)}", p) for c, p in pr]
    return maker


def _patch() -> dict:
    """Relabel every probe class:shape; keep the composed items of the last document."""
    wrapped = {f: _labelled(f) for f in set(shapes.BLOCK_MAKERS)}
    for f, w in wrapped.items():
        setattr(shapes, f.__name__, w)
    for name in ("BLOCK_MAKERS", "TAIL_MAKERS", "TOP_MAKERS"):
        setattr(shapes, name, tuple(wrapped[f] for f in getattr(shapes, name)))
    for name, label in (("dateline", "credit:dateline"), ("glued_end", None), ("debris_inside", "markdown:inside")):
        orig = getattr(tools, name)
        setattr(tools, name, lambda r, d, p, o=orig, lab=label: (lambda x: (x[0], x[1], [
            (lab or f"{c}:glued", q) for c, q in x[2]]))(o(r, d, p)))
    cap: dict = {}
    layout = tools.layout

    def keep(rng, d, tool, items, locked):
        cap["items"] = items
        return layout(rng, d, tool, items, locked)
    tools.layout = keep
    return cap


def main(argv: list[str] | None = None) -> int:
    args = [int(a) for a in (argv if argv is not None else sys.argv[1:])] or [200, 1]
    n, seeds = args[0], args[1:] or [1]
    cap = _patch()
    from cleaners.pipeline import Pipeline
    pipe = Pipeline()
    tot, kept, ex = Counter(), Counter(), defaultdict(list)
    lost, lost_ex = Counter(), defaultdict(list)
    for seed in seeds:
        rng = random.Random(seed)
        for i in range(n):
            code = sorted(g.LANGS)[i] if i < len(g.LANGS) else rng.choice(g.WEIGHTED)
            text, pieces, probes, tool = g.build(rng, code)
            items = cap["items"]
            doc = pipe.process(pipe.document(f"blind8/{seed}/{i}.txt", text.encode(), "text"))
            b = g._norm(doc.body)
            joined = re.sub(r"(\w)- (\w)", r"\1\2", b)
            found = g._norm(" ".join(c.text for c in doc.comments))
            for cls, probe, place in probes:
                k = cls if ":" in cls else f"{cls}:{tool}"
                tot[k] += 1
                if g._norm(probe) in b:
                    kept[k] += 1
                    if len(ex[k]) < 3:
                        ex[k].append(f"{code}/{tool}/{place}: {probe[:70]!r}")
            gone = [k for k, ps in enumerate(pieces) if not all(g._norm(p) in b for p in ps)]
            hyph = [k for k in gone if all(g._norm(p) in joined for p in pieces[k])]
            lost["pdf: hyphenation not joined"] += len(hyph)
            gone = [k for k in gone if k not in hyph]
            if not gone:
                continue
            pos = next(j for j, it in enumerate(items) if it[0] == "para" and it[1] == gone[0])
            prev = items[pos - 1]
            before = "paragraph" if prev[0] == "para" else "title" if prev[0] == "title" else "artefact"
            where = "comments" if g._norm(pieces[gone[0]][0])[:40] in found else "gone"
            key = f"to {where}, after: {before}"
            lost[key] += len(gone)
            if len(lost_ex[key]) < 12:
                what = prev[2].split("\n")[0][:40] if prev[0] == "art" else ""
                lost_ex[key].append(f"{code}/{tool} x{len(gone)} after [{what}] -> {pieces[gone[0]][0][:50]}")
    print("artefacts left in the body, per class:shape (kept / total)")
    for k, v in sorted(kept.items(), key=lambda x: -x[1]):
        print(f"{v:4d} / {tot[k]:4d}  {k}")
        for e in ex[k]:
            print("           ", e)
    print("article paragraphs lost (the first of each document, with the paragraphs lost after it)")
    for k, v in lost.most_common():
        print(f"{v:4d}  {k}")
        for e in lost_ex[k]:
            print("           ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
