"""A seventh blind page harness: article pages in the markup unseen real pages hold, in 21 languages.

Written blind (before reading the cleaners). Article text in bare divs, spans or ``<br>``-split blocks as well as
paragraphs; story wrappers named like furniture (widget, slide, sidebar-col, nav-wrapper, module, teaser);
page-builder nesting, server-rendered React with hashed classes, AMP; genres: news, interviews with bold speaker
names, live blogs, photo galleries whose captions are the story, numbered listicles, explainers with tables or
definition lists, footnoted essays and the first page of a multi-page story (``tests/page_blind7_genres.py``,
``tests/page_blind7_markup.py``). Languages: English, German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Swedish, Turkish, Greek, Ukrainian, Arabic, Hebrew, Hindi, Thai, Vietnamese, Indonesian, Korean,
Japanese, Chinese (original prose, ``tests/page_blind7_prose_*.py``); furniture in the page's language.

Gold: the text the page's writer composed (lead, paragraphs, subheadings, quotes, list and table rows, questions
and answers with their speaker names, live entries with their times, captions, footnotes; not the title).
Scores per page: token bag F1 (``\\w+``; Han, kana and Thai a token a character) averaged over pages, the
project's 4-shingle F1, ``lost``: the share of gold paragraphs (not headings or times) not found whole in the
body, and per furniture class the share of instances the body kept. Bare trafilatura on the same pages.

    python -m tests.page_blind7 [N] [--seed S] [--show K] [--kept CLASS]
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks.scoring import aggregate, score_page
from tests.harness_run import furniture_command_line
from tests.page_blind_tokens import TokenScore, run_trafilatura
from tests import page_blind7_furniture as F
from tests.page_blind7_furniture import Kit
from tests.page_blind7_genres import GENRES, build, parse
from tests.page_blind7_markup import MODES, SHAPES, page as compose_page, para_fn, render
from tests.page_blind7_prose_a import EUROPE
from tests.page_blind7_prose_b import ASIA

STORIES = {**EUROPE, **ASIA}
LANGS = sorted(STORIES)
TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f]|\w+")


@dataclass
class Page:
    key: str
    lang: str
    shape: str
    genre: str
    mode: str
    wrap: str
    html: str
    items: list = field(default_factory=list)
    junk: list = field(default_factory=list)

    @property
    def gold(self) -> str:
        return "\n".join(t for _, t in self.items)

    def paragraphs(self) -> list[str]:
        return [t for k, t in self.items if k != "H"]


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed * 7919 + 7)
    pages = []
    for i in range(n):
        lang, shape, genre, mode = rng.choice(LANGS), rng.choice(SHAPES), rng.choice(GENRES), rng.choice(MODES)
        if shape in ("amp", "next") and mode == "span":
            mode = "div"
        title, items, heads = parse(STORIES[lang])
        items = [x for x in items if not (x[0] == "P" and rng.random() < 0.15)]
        kit = Kit(rng, lang, title, heads, hashed=shape == "next" or rng.random() < 0.2)
        blocks, gold = build(kit, genre, items, para_fn(kit, mode))
        for fur in rng.sample(F.INSIDE, rng.randint(1, 3)):
            blocks.insert(rng.randint(1, max(1, len(blocks) - 1)), ("raw", fur(kit)))
        body = render(kit, blocks, mode, shape)
        lead = next((t for k, t in gold if k == "L"), "")
        html, token = compose_page(kit, shape, body, title, lead, lang, [t for _, t in gold])
        pages.append(Page(f"v{seed}_{i:04d}", lang, shape, genre, mode, token, html, gold, kit.junk))
    return pages


_SCORE = TokenScore(TOKEN)
tokens, flat, token_f1, kept_junk = _SCORE.tokens, _SCORE.flat, _SCORE.token_f1, _SCORE.kept_junk


def lost(page: Page, body: str) -> list[tuple[str, str]]:
    return _SCORE.lost_items(page.items, body)


def measure(pages: list[Page], systems: dict[str, dict[str, str]]) -> dict:
    """``{system: {group: {f1, p, r, sh4, lost, n}, "junk": Counter, "junk_n": Counter}}``."""
    result = {}
    for name, bodies in systems.items():
        scores, shingles = defaultdict(list), defaultdict(list)
        gone, total, junk, junk_n = Counter(), Counter(), Counter(), Counter()
        for p in pages:
            body = bodies.get(p.key, "")
            s, sh = token_f1(p.gold, body), score_page(p.gold, body)
            n_lost = sum(1 for k, _ in lost(p, body) if k != "H")
            for g in ("all", f"lang:{p.lang}", f"shape:{p.shape}", f"genre:{p.genre}", f"mode:{p.mode}",
                      f"wrap:{p.wrap}"):
                scores[g].append(s)
                shingles[g].append(sh)
                gone[g] += n_lost
                total[g] += len(p.paragraphs())
            junk.update(c for c, _ in kept_junk(p, body))
            junk_n.update(c for c, lines in p.junk if lines)
        result[name] = {g: {"p": sum(x[0] for x in v) / len(v), "r": sum(x[1] for x in v) / len(v),
                            "f1": sum(x[2] for x in v) / len(v), "sh4": aggregate(shingles[g])["f1"],
                            "lost": gone[g] / max(1, total[g]), "n": len(v)} for g, v in scores.items()}
        result[name].update(junk=junk, junk_n=junk_n)
    return result


def table(result: dict, out=sys.stdout) -> None:
    systems = list(result)
    first = result[systems[0]]
    groups = sorted((g for g in first if g not in ("junk", "junk_n")), key=lambda g: (g != "all", g))
    print(f"{'group':22} {'n':>4}  " + "  ".join(f"{s[:11]:>11} P/R       sh4   lost%" for s in systems), file=out)
    for g in groups:
        cells = [f"{result[s][g]['f1']:11.3f} {result[s][g]['p']:.2f}/{result[s][g]['r']:.2f} "
                 f"{result[s][g]['sh4']:.3f} {result[s][g]['lost'] * 100:5.1f}" for s in systems]
        print(f"{g:22} {first[g]['n']:4d}  " + "  ".join(cells), file=out)
    print("\nfurniture left in the body (class: instances kept / all, per system)", file=out)
    kept = {s: sum(result[s]["junk"].values()) for s in systems}
    allj = sum(first["junk_n"].values())
    print("  " + "  ".join(f"{s}: {kept[s]}/{allj} {kept[s] / max(1, allj) * 100:.1f}%" for s in systems), file=out)
    for c in sorted(first["junk_n"], key=lambda c: -first["junk"][c] / first["junk_n"][c]):
        print(f"  {c:11}" + "".join(f" {s[:11]:>11} {result[s]['junk'][c]:4d}/{first['junk_n'][c]:<4d}"
                                    f"{result[s]['junk'][c] / first['junk_n'][c] * 100:5.1f}%" for s in systems),
              file=out)


def show(pages: list[Page], bodies: dict[str, str], k: int, out=sys.stdout) -> None:
    """The lost gold and kept furniture of the ``k`` worst pages."""
    for p in sorted(pages, key=lambda p: token_f1(p.gold, bodies.get(p.key, ""))[2])[:k]:
        body = bodies.get(p.key, "")
        print(f"\n== {p.key} {p.shape} {p.genre} {p.mode} {p.wrap} {p.lang} F1 {token_f1(p.gold, body)[2]:.3f}",
              file=out)
        for kind, line in lost(p, body):
            print(f"  LOST {kind}: {line[:110]}", file=out)
        for cls, line in kept_junk(p, body):
            print(f"  KEPT {cls}: {line[:110]}", file=out)


def main(argv: list[str] | None = None, compose_pages=None, description: str | None = None) -> int:
    """Compose, run both systems, print the table (and ``--show`` / ``--kept``); ``compose_pages`` and
    ``description``: another harness's, which scores its pages as this one does (page_blind9)."""
    from tests.page_blind import run_ours
    return furniture_command_line(description or __doc__, compose_pages or compose, run_ours, run_trafilatura,
                                  measure, table, show, kept_junk, ("shape", "genre", "mode", "lang"), argv)


if __name__ == "__main__":
    raise SystemExit(main())
