"""The article of a second-harness page: prose blocks at random, and its gold.

Blocks ``(kind, value)``: ``p`` (a paragraph of 1-4 sentences or a one-liner), ``h2`` (a
subheading), ``ul`` (facts), ``quote`` (a quoted voice, in a ``<blockquote>``), ``table`` (rows of
two cells), ``update`` (a live-ticker entry: time and text), ``box`` (a place where the layout
puts one of its furniture boxes: teaser, newsletter, "read also" line, ad, gallery, tweet).

Gold (``gold_lines``): the lead, paragraphs, subheadings, list items, quotes, table rows (cells
joined by a space) and ticker texts (not their times): the article's own text. Not gold: title,
byline, dates, captions, and every box.
"""
from __future__ import annotations

import random

from tests import page_blind_compose
from tests.page_blind2_prose_a import DE, ES, FR, IT, NL, PL
from tests.page_blind2_prose_b import JA, PT, RU, SV, TR, ZH

PROSE2 = {"de": DE, "fr": FR, "es": ES, "it": IT, "pl": PL, "nl": NL, "sv": SV, "ru": RU, "ja": JA, "zh": ZH,
          "tr": TR, "pt": PT}
# German is the largest share, as in the judged multilingual set; then eleven languages.
WEIGHTS2 = {"de": 14, "fr": 2, "es": 2, "it": 2, "pl": 1, "nl": 1, "sv": 1, "ru": 1, "ja": 1, "zh": 1, "tr": 1, "pt": 1}
CJK = ("ja", "zh")


class Article(page_blind_compose.Article):
    """page_blind's article, with this harness's gold kinds: table rows and ticker updates too."""

    def gold_lines(self) -> list[str]:
        lines = [self.lead] if self.lead else []
        for kind, value in self.blocks:
            if kind in ("p", "h2", "quote"):
                lines.append(value)
            elif kind == "ul":
                lines.extend(value)
            elif kind == "table":
                lines.extend(" ".join(row) for row in value)
            elif kind == "update":
                lines.append(value[1])
        return lines


def fill(rng: random.Random, prose: dict, text: str) -> str:
    return text.format(name=rng.choice(prose["names"]), city=rng.choice(prose["cities"]), num=rng.randint(4, 950))


class Sentences:
    """The language's sentences drawn without repeating until all are used, as an article reads."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang, self.pool, self.title = rng, lang, [], ""

    def draw(self) -> str:
        if not self.pool:
            self.pool = [s for s in PROSE2[self.lang]["sentences"] if s != self.title]
            self.rng.shuffle(self.pool)
        return self.pool.pop()

    def headline(self) -> str:
        """A sentence for the title, left out of the text (a headline is not printed again as a paragraph)."""
        self.title = self.rng.choice(PROSE2[self.lang]["sentences"])
        return self.title

    def paragraph(self, size: int) -> str:
        prose = PROSE2[self.lang]
        return ("" if self.lang in CJK else " ").join(fill(self.rng, prose, self.draw()) for _ in range(size))


def compose_article(rng: random.Random, lang: str, *, ticker: bool = False, table: bool = False,
                    boxes: int = 1, heads: bool = True) -> Article:
    """An article; ``ticker`` adds timestamped updates, ``table`` a table, ``boxes`` furniture slots."""
    prose = PROSE2[lang]
    source = Sentences(rng, lang)
    title = fill(rng, prose, source.headline()).split(",")[0].split("，")[0].rstrip(".。")[:80]
    lead = source.paragraph(1) if rng.random() < 0.75 else ""
    art = Article(lang, title, lead, rng.choice(prose["names"]))
    long = rng.random() < 0.65
    count = rng.randint(6, 12) if long else rng.randint(2, 4)
    head_pool, shorts = list(prose["heads"]), list(prose["short"])
    rng.shuffle(head_pool)
    rng.shuffle(shorts)
    for i in range(count):
        roll = rng.random()
        if heads and long and i > 1 and head_pool and roll < 0.16:
            art.blocks.append(("h2", head_pool.pop()))
        elif roll < 0.24 and shorts:
            art.blocks.append(("p", fill(rng, prose, shorts.pop())))
        elif long and roll < 0.30:
            art.blocks.append(("ul", [fill(rng, prose, f) for f in rng.sample(prose["facts"], 3)]))
        elif roll < 0.36:
            art.blocks.append(("quote", fill(rng, prose, rng.choice(prose["quotes"]))))
        else:
            art.blocks.append(("p", source.paragraph(rng.choice((1, 2, 2, 3, 3, 4)))))
    if table:
        rows = []
        for fact in prose["facts"]:
            label, _, value = fill(rng, prose, fact).replace("：", ":").partition(":")
            rows.append([label.strip(), value.strip()])
        art.blocks.insert(rng.randint(1, len(art.blocks)), ("table", rows))
    if ticker:
        start = rng.randint(8, 14)
        for j, text in enumerate(rng.sample(prose["updates"], len(prose["updates"]))):
            art.blocks.append(("update", (f"{start + j}:{rng.randint(0, 59):02d}", fill(rng, prose, text))))
    for _ in range(boxes):
        if len(art.blocks) > 1:
            art.blocks.insert(rng.randint(1, len(art.blocks) - 1), ("box", None))
    if not any(kind == "p" for kind, _ in art.blocks):
        art.blocks.append(("p", source.paragraph(3)))
    return art


def pick_lang(rng: random.Random) -> str:
    langs = list(WEIGHTS2)
    return rng.choices(langs, weights=[WEIGHTS2[k] for k in langs])[0]
