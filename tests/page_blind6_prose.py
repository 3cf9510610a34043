"""Stories of the sixth blind page harness: parsing the story line format and picking an article.

A story is lines ``K: text``: T title, L lead, P paragraph, H subheading, Q block quote, I list item,
F interview question, A answer, S a short one-line paragraph (real content). The lead, paragraphs, subheadings,
quotes, list items, questions and answers are the gold body; the title is not (it is metadata).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tests.page_blind6_prose_de_a import DE_A
from tests.page_blind6_prose_de_b import DE_B
from tests.page_blind6_prose_other import HEADS, OTHER
from tests.page_blind6_prose_romance import ROMANCE

STORIES: dict[str, list[str]] = {"de": DE_A + DE_B, **ROMANCE, **OTHER}
LANGS = sorted(STORIES)
# a multilingual evaluation set weighted to German: about 60 % German pages, the rest spread evenly
WEIGHTS = [(lang, 18 if lang == "de" else 1) for lang in LANGS]


@dataclass
class Article:
    lang: str
    title: str
    items: list[tuple[str, str]] = field(default_factory=list)  # (kind, text), kind in L P H Q I F A S

    def gold(self) -> str:
        return "\n".join(t for _, t in self.items)

    def paragraphs(self) -> list[str]:
        return [t for k, t in self.items if k != "H"]


def parse(story: str, lang: str) -> Article:
    art = Article(lang, "")
    for line in story.strip().splitlines():
        kind, _, text = line.partition(": ")
        if kind == "T":
            art.title = text.strip()
        else:
            art.items.append((kind, text.strip()))
    return art


def pick_lang(rng) -> str:
    total = sum(w for _, w in WEIGHTS)
    x = rng.random() * total
    for lang, w in WEIGHTS:
        x -= w
        if x < 0:
            return lang
    return LANGS[-1]


def pick_article(rng, lang: str) -> tuple[Article, list[str]]:
    """An article of the language (some plain paragraphs left out at random so pages differ) and the
    titles of the language's other stories (for teasers)."""
    stories = [parse(s, lang) for s in STORIES[lang]]
    art = rng.choice(stories)
    others = [s.title for s in stories if s.title != art.title] + HEADS[lang]
    keep = []
    for kind, text in art.items:
        if kind == "P" and len(art.items) > 8 and rng.random() < 0.15:
            continue
        keep.append((kind, text))
    return Article(lang, art.title, keep), others
