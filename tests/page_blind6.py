"""A sixth blind page harness: non-English news article pages as a multilingual evaluation set holds them.

Written blind (before reading the cleaners): about 60 % German pages, the rest French, Spanish, Italian,
Portuguese, Dutch, Polish, Czech, Swedish, Russian, Turkish, Japanese and Chinese (original prose,
``tests/page_blind6_prose*.py``). Whole documents (head with meta and JSON-LD, header, nav, article, aside,
footer) in six CMS shapes (``tests/page_blind6_shapes.py``) with six class naming styles
(``tests/page_blind6_naming.py``), and furniture in the page's language before, between and after the
article's paragraphs (``tests/page_blind6_furniture.py``, labels in ``tests/page_blind6_words.py``).

Gold: the article's lead, paragraphs, subheadings, quotes, list items and interview questions and answers
(not the title). Scores per page: token bag F1 (``\\w+`` tokens, Han and kana a token a character) averaged
over pages, the project's 4-shingle F1 (``benchmarks.scoring``), ``lost``: the share of gold paragraphs not
found whole in the body; and per furniture class the share of instances the body kept (a line of three
tokens or more found more often in the body than in the gold, a shorter one standing as a line of its own).
Bare trafilatura (``trafilatura.extract`` with default settings) is scored on the same pages.

    python -m tests.page_blind6 [N] [--seed S] [--show K]
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
from tests.page_blind6_furniture import Kit
from tests.page_blind6_naming import STYLES, Namer
from tests.page_blind6_prose import Article, pick_article, pick_lang
from tests.page_blind6_shapes import SHAPES, compose as compose_page

TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|\w+")


@dataclass
class Page:
    key: str
    lang: str
    shape: str
    style: str
    html: str
    article: Article
    junk: list = field(default_factory=list)

    @property
    def gold(self) -> str:
        return self.article.gold()


def compose(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed * 6151 + 11)
    pages = []
    for i in range(n):
        lang, shape, style = pick_lang(rng), rng.choice(SHAPES), rng.choice(STYLES)
        art, others = pick_article(rng, lang)
        kit = Kit(rng, lang, Namer(rng, lang, style), art.title, others)
        html = compose_page(kit, art, shape, f"{shape}{seed}n{i}.example")
        pages.append(Page(f"w{seed}_{i:04d}", lang, shape, style, html, art, kit.junk))
    return pages


_SCORE = TokenScore(TOKEN)
tokens, flat, token_f1, kept_junk = _SCORE.tokens, _SCORE.flat, _SCORE.token_f1, _SCORE.kept_junk


def lost(page: Page, body: str) -> list[tuple[str, str]]:
    return _SCORE.lost_items(page.article.items, body)


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
            for g in ("all", f"lang:{p.lang}", f"shape:{p.shape}", f"style:{p.style}"):
                scores[g].append(s)
                shingles[g].append(sh)
                gone[g] += n_lost
                total[g] += len(p.article.paragraphs())
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
    print(f"{'group':18} {'n':>4}  " + "  ".join(f"{s[:11]:>11} P/R       sh4   lost%" for s in systems), file=out)
    for g in groups:
        cells = [f"{result[s][g]['f1']:11.3f} {result[s][g]['p']:.2f}/{result[s][g]['r']:.2f} "
                 f"{result[s][g]['sh4']:.3f} {result[s][g]['lost'] * 100:5.1f}" for s in systems]
        print(f"{g:18} {first[g]['n']:4d}  " + "  ".join(cells), file=out)
    print("\nfurniture left in the body (class: instances kept / all, per system)", file=out)
    for c in sorted(first["junk_n"], key=lambda c: -first["junk"][c] / first["junk_n"][c]):
        print(f"  {c:11}" + "".join(f" {s[:11]:>11} {result[s]['junk'][c]:4d}/{first['junk_n'][c]:<4d}"
                                    f"{result[s]['junk'][c] / first['junk_n'][c] * 100:5.1f}%" for s in systems),
              file=out)


def show(pages: list[Page], bodies: dict[str, str], k: int, out=sys.stdout) -> None:
    """The lost gold and kept furniture of the ``k`` worst pages."""
    for p in sorted(pages, key=lambda p: token_f1(p.gold, bodies.get(p.key, ""))[2])[:k]:
        body = bodies.get(p.key, "")
        print(f"\n== {p.key} {p.shape} {p.style} {p.lang} F1 {token_f1(p.gold, body)[2]:.3f}", file=out)
        for kind, line in lost(p, body):
            print(f"  LOST {kind}: {line[:110]}", file=out)
        for cls, line in kept_junk(p, body):
            print(f"  KEPT {cls}: {line[:110]}", file=out)


def main(argv: list[str] | None = None) -> int:
    from tests.page_blind import run_ours
    return furniture_command_line(__doc__, compose, run_ours, run_trafilatura, measure, table, show, kept_junk,
                                  ("shape", "style", "lang"), argv)


if __name__ == "__main__":
    raise SystemExit(main())
