"""An eighth blind page harness: blog and news pages of the 2009-2013 web (the Dragnet kind), body and comments.

Written blind (before reading the cleaners). Era themes (``tests/page_blind8_themes.py``): table layouts,
Blogger XHTML, WordPress 2.x-3.x, Typepad / Movable Type, Drupal 6, a vBulletin-era portal, a newspaper CMS;
text as paragraphs, ``<br><br>`` runs or ``<font>``-wrapped paragraphs. Furniture of the era
(``tests/page_blind8_furniture.py``): share rows (Digg, del.icio.us...), AddThis, Facebook Like iframes, "Email
this | Print this", Flash embeds, related posts, rating boxes, tag clouds, blogrolls, archives, recent posts and
comments, post footers ("Posted by X at 5:12 PM", "Filed under", "Permalink | Comments (3) | TrackBack (0)"),
pagers. Comment sections (``tests/page_blind8_comments.py``): WordPress, Blogger, Typepad, Drupal, vBulletin,
newspaper, hand-made tables, and Disqus / Haloscan placeholders (no comment in the page). Genres: news, blog,
review (rating box), photo (captions), thread (a short post, a long thread), forum (a news discussion). Languages:
English (most pages), German, French, Spanish, Italian, Dutch, Portuguese, Russian, Chinese (original prose).

Gold: body = the story's paragraphs and captions (not the title); comments = the readers' texts. Scores per page:
body token F1 (``\\w+``, Han a token a character) with precision and recall averaged over pages, the project's
4-shingle F1 (``sh4``); comments: 4-shingle F1 over pages with gold comments (``cF1``), ``miss`` (pages with gold
comments and none emitted), ``spur`` (pages without and some emitted). Per furniture class (``comment``: a gold
comment's text) the share of instances the body kept. Bare trafilatura (``bare_extraction(include_comments=True,
with_metadata=False)``: ``text`` as body, ``comments`` as comments) on the same pages.

    python -m tests.page_blind8 [N] [--seed S] [--show K] [--kept CLASS]
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks.scoring import aggregate, score_page
from tests import page_blind8_furniture as F
from tests.harness_run import furniture_command_line, page_record, trafilatura_bodies_comments
from tests.page_blind8_comments import SCRIPTED, SHAPES as CSHAPES
from tests.page_blind8_furniture import Kit
from tests.page_blind8_prose_a import ENGLISH
from tests.page_blind8_prose_b import OTHERS
from tests.page_blind8_themes import COMMENTS, MODES, THEMES, body as render_body, page as render_page
from tests.page_blind_tokens import TokenScore

STORIES = {**ENGLISH, **OTHERS}
GENRES = ("news", "blog", "review", "photo", "thread", "forum")
TOKEN = re.compile(r"[\u3400-\u9fff]|\w+")


@dataclass
class Page:
    key: str
    lang: str
    theme: str
    genre: str
    mode: str
    cshape: str
    html: str
    items: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    junk: list = field(default_factory=list)

    @property
    def gold(self) -> str:
        return "\n".join(t for _, t in self.items)


def parse(text: str) -> dict:
    out = {"T": "", "P": [], "C": [], "K": [], "X": []}
    for line in text.strip().splitlines():
        kind, _, rest = line.partition(": ")
        if kind == "T":
            out["T"] = rest
        elif kind == "K":
            who, _, said = rest.partition(" | ")
            out["K"].append((who, said))
        else:
            out[kind].append(rest)
    return out


def _comments(rng: random.Random, genre: str, pool: list) -> list:
    if genre in ("thread", "forum"):
        return list(pool)
    lo, hi = {"news": (0, 4), "blog": (2, 6), "review": (1, 5), "photo": (0, 3)}[genre]
    n = rng.randint(lo, hi)
    if genre == "news" and rng.random() < 0.4:
        n = 0
    return pool[:n]


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed * 104729 + 8)
    langs = sorted(OTHERS)
    pages = []
    for i in range(n):
        key = rng.choice(sorted(ENGLISH)) if rng.random() < 0.4 else rng.choice(langs)
        lang = "en" if key.startswith("en") else key
        genre = rng.choice(GENRES)
        theme = "portal" if genre == "forum" else rng.choice([t for t in THEMES if t != "portal"])
        mode = rng.choice(MODES[theme])
        st = parse(STORIES[key])
        kit = Kit(rng, lang, st["T"], st["X"], year=rng.randint(2009, 2013))
        paras = [p for p in st["P"] if rng.random() > 0.15] or st["P"][:2]
        if genre in ("thread", "forum"):
            paras = st["P"][:2]
        blocks = [("P", p) for p in paras]
        if genre == "photo":
            blocks = [("P", p) for p in paras[:3]]
            for j, c in enumerate(st["C"]):
                blocks.insert(min(len(blocks), 2 * j), ("C", c))
        items = [b for b in blocks]
        if genre == "review":
            blocks.insert(rng.randint(0, 1), ("raw", F.rating_box(kit)))
        for fur in rng.sample(F.INLINE, rng.randint(1, 3)):
            at = rng.randint(1, len(blocks) - 1) if fur is F.flash and len(blocks) > 1 else len(blocks)
            blocks.insert(at, ("raw", fur(kit)))
        if genre == "news" and rng.random() < 0.3:
            blocks.append(("raw", F.pagination(kit)))
        cshape = rng.choice(COMMENTS[theme])
        said = _comments(rng, genre, st["K"])
        if cshape in SCRIPTED:
            section, said = CSHAPES[cshape](kit, []), []
        else:
            section = CSHAPES[cshape](kit, said) if said else ""
            for _, t in said:
                kit.add("comment", [t])
        text = render_body(kit, theme, mode, blocks)
        html = render_page(kit, theme, st["T"], text, section, len(said))
        pages.append(Page(f"d{seed}_{i:04d}", lang, theme, genre, mode, cshape if section else "none", html, items,
                          [t for _, t in said], kit.junk))
    return pages


_SCORE = TokenScore(TOKEN)
tokens, token_f1, kept_junk, lost_items = _SCORE.tokens, _SCORE.token_f1, _SCORE.kept_junk, _SCORE.lost_items


def run_corpus(pages: list[Page]) -> dict[str, tuple[str, list[str]]]:
    """``{key: (body, [comment texts])}`` from the pipeline's records of the pages."""
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    out = {}
    for p in pages:
        record = page_record(pipeline, "blind8", p.html) or {}
        out[p.key] = (record.get("body") or "", [c["text"] for c in record.get("comments") or []])
    return out


run_trafilatura = trafilatura_bodies_comments


def measure(pages: list[Page], systems: dict[str, dict]) -> dict:
    """``{system: {group: {f1, p, r, sh4, cf1, miss, with, spur, n}, "junk": Counter, "junk_n": Counter}}``."""
    result = {}
    for name, outs in systems.items():
        scores, shingles, cshingles = defaultdict(list), defaultdict(list), defaultdict(list)
        miss, with_, spur, junk, junk_n = Counter(), Counter(), Counter(), Counter(), Counter()
        for p in pages:
            body, comments = outs.get(p.key, ("", []))
            s, sh = token_f1(p.gold, body), score_page(p.gold, body)
            for g in ("all", f"theme:{p.theme}", f"genre:{p.genre}", f"lang:{p.lang}", f"mode:{p.mode}",
                      f"cshape:{p.cshape}"):
                scores[g].append(s)
                shingles[g].append(sh)
                if p.comments:
                    with_[g] += 1
                    miss[g] += not comments
                    cshingles[g].append(score_page("\n\n".join(p.comments), "\n\n".join(comments)))
                else:
                    spur[g] += bool(comments)
            junk.update(c for c, _ in kept_junk(p, body))
            junk_n.update(c for c, lines in p.junk if lines)
        result[name] = {g: {"p": sum(x[0] for x in v) / len(v), "r": sum(x[1] for x in v) / len(v),
                            "f1": sum(x[2] for x in v) / len(v), "sh4": aggregate(shingles[g])["f1"],
                            "cf1": aggregate(cshingles[g])["f1"] if cshingles[g] else None, "miss": miss[g],
                            "with": with_[g], "spur": spur[g], "n": len(v)} for g, v in scores.items()}
        result[name].update(junk=junk, junk_n=junk_n)
    return result


def table(result: dict, out=sys.stdout) -> None:
    systems = list(result)
    first = result[systems[0]]
    groups = sorted((g for g in first if g not in ("junk", "junk_n")), key=lambda g: (g != "all", g))
    print(f"{'group':18} {'n':>4}  " + "  ".join(f"{s[:11]:>11} P/R       sh4   cF1 miss/with spur" for s in systems),
          file=out)
    for g in groups:
        cells = []
        for s in systems:
            r = result[s][g]
            cf = f"{r['cf1']:.3f}" if r["cf1"] is not None else "  -  "
            cells.append(f"{r['f1']:11.3f} {r['p']:.2f}/{r['r']:.2f} {r['sh4']:.3f} {cf} {r['miss']:3d}/{r['with']:<3d}"
                         f" {r['spur']:4d}")
        print(f"{g:18} {first[g]['n']:4d}  " + "  ".join(cells), file=out)
    print("\nfurniture left in the body (class: instances kept / all, per system)", file=out)
    kept = {s: sum(result[s]["junk"].values()) for s in systems}
    allj = sum(first["junk_n"].values())
    print("  " + "  ".join(f"{s}: {kept[s]}/{allj} {kept[s] / max(1, allj) * 100:.1f}%" for s in systems), file=out)
    for c in sorted(first["junk_n"], key=lambda c: -first["junk"][c] / first["junk_n"][c]):
        print(f"  {c:19}" + "".join(f" {s[:11]:>11} {result[s]['junk'][c]:4d}/{first['junk_n'][c]:<4d}"
                                    f"{result[s]['junk'][c] / first['junk_n'][c] * 100:5.1f}%" for s in systems),
              file=out)


def show(pages: list[Page], outs: dict, k: int, out=sys.stdout) -> None:
    """The lost gold, kept furniture and comment figures of the ``k`` worst pages."""
    def worst(p):
        body, comments = outs.get(p.key, ("", []))
        c = score_page("\n\n".join(p.comments), "\n\n".join(comments)) if p.comments else None
        return token_f1(p.gold, body)[2] + (aggregate([c])["f1"] if c else 1.0)
    for p in sorted(pages, key=worst)[:k]:
        body, comments = outs.get(p.key, ("", []))
        print(f"\n== {p.key} {p.theme} {p.genre} {p.mode} {p.cshape} {p.lang} F1 {token_f1(p.gold, body)[2]:.3f} "
              f"comments {len(comments)}/{len(p.comments)}", file=out)
        for kind, line in lost_items(p.items, body):
            print(f"  LOST {kind}: {line[:110]}", file=out)
        for cls, line in kept_junk(p, body):
            print(f"  KEPT {cls}: {line[:110]}", file=out)
        got = _SCORE.flat("\n".join(comments))
        for t in p.comments:
            if _SCORE.flat(t) not in got:
                print(f"  MISSED COMMENT: {t[:100]}", file=out)


def main(argv: list[str] | None = None) -> int:
    return furniture_command_line(__doc__, compose, run_corpus, run_trafilatura, measure, table, show, kept_junk,
                                  ("theme", "genre", "mode", "lang"), argv,
                                  text_of=lambda outputs, key: outputs[key][0])


if __name__ == "__main__":
    raise SystemExit(main())
