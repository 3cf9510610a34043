"""The article of a blind page: prose blocks at random, and its gold.

An article is a title, a lead (teaser) and a list of blocks ``(kind, value)``:
``p`` (a paragraph: 1-4 sentences, a one-line short paragraph, a question), ``qa`` (an
interview question and its answer, two paragraphs), ``h2`` (a subheading), ``ul`` (a list of
facts), ``quote`` (a blockquote of a voice), ``figure`` (caption, credit), ``inline`` (a
chrome box inside the text: ``read_also``, ``ad``, ``newsletter``).

Gold (``gold_text``): the lead, paragraphs, subheadings, list items and quotes, one per line,
in order: the article's own text as ``tests/gold/README.md`` counts it. Not gold: the title,
byline, date, captions and credits (the record moves them to metadata), every inline box.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.page_blind_prose_a import DE, EN, ES, FR, IT, PL
from tests.page_blind_prose_b import AR, JA, NL, PT, RU

PROSE = {"de": DE, "en": EN, "fr": FR, "es": ES, "it": IT, "pl": PL, "nl": NL, "pt": PT, "ru": RU, "ja": JA, "ar": AR}
# The judged set is about two-thirds German, the rest many languages.
WEIGHTS = {"de": 12, "en": 2, "fr": 1, "es": 1, "it": 1, "pl": 1, "nl": 1, "pt": 1, "ru": 1, "ja": 1, "ar": 1}
GOLD_KINDS = ("lead", "p", "h2", "ul", "quote")


@dataclass
class Article:
    lang: str
    title: str
    lead: str
    author: str
    blocks: list[tuple[str, object]] = field(default_factory=list)

    def gold_lines(self) -> list[str]:
        lines = [self.lead] if self.lead else []
        for kind, value in self.blocks:
            if kind in ("p", "h2", "quote"):
                lines.append(value)
            elif kind == "qa":
                lines.extend(value)
            elif kind == "ul":
                lines.extend(value)
        return lines

    def gold_text(self) -> str:
        return "\n".join(self.gold_lines())


def fill(rng: random.Random, prose: dict, text: str) -> str:
    return text.format(name=rng.choice(prose["names"]), city=rng.choice(prose["cities"]),
                       day=rng.choice(prose["days"]), num=rng.randint(3, 980),
                       price=f"{rng.randint(2, 40)},{rng.choice(['00', '50', '90'])}")


def paragraph(rng: random.Random, prose: dict, size: int) -> str:
    picked = rng.sample(prose["sentences"], min(size, len(prose["sentences"])))
    sep = "" if prose is JA else " "
    return sep.join(fill(rng, prose, s) for s in picked)


def compose_article(rng: random.Random, lang: str, long: bool | None = None) -> Article:
    prose = PROSE[lang]
    long = rng.random() < 0.6 if long is None else long
    title_source = rng.choice(prose["sentences"])
    title = fill(rng, prose, title_source).split(",")[0].split("、")[0].rstrip(".。")
    title = title[:90]
    lead = paragraph(rng, prose, rng.choice((1, 2))) if rng.random() < 0.8 else ""
    art = Article(lang, title, lead, rng.choice(prose["names"]))
    count = rng.randint(7, 14) if long else rng.randint(2, 5)
    heads = list(prose["heads"])
    rng.shuffle(heads)
    inline_left = 2 if long else 1
    for i in range(count):
        roll = rng.random()
        if long and i > 1 and heads and roll < 0.15:
            art.blocks.append(("h2", heads.pop()))
        elif roll < 0.23:
            art.blocks.append(("p", fill(rng, prose, rng.choice(prose["short"]))))
        elif roll < 0.29:
            art.blocks.append(("p", fill(rng, prose, rng.choice(prose["questions"]))))
        elif long and roll < 0.35:
            art.blocks.append(("qa", [fill(rng, prose, rng.choice(prose["questions"])), paragraph(rng, prose, 2)]))
        elif long and roll < 0.40:
            art.blocks.append(("ul", [fill(rng, prose, f) for f in rng.sample(prose["facts"], 3)]))
        elif roll < 0.45:
            art.blocks.append(("quote", fill(rng, prose, rng.choice(prose["quotes"]))))
        elif roll < 0.52:
            art.blocks.append(("figure", (fill(rng, prose, rng.choice(prose["sentences"]))[:110], rng.choice(prose["names"]))))
        elif inline_left and i > 0 and roll < 0.62:
            inline_left -= 1
            art.blocks.append(("inline", rng.choice(("read_also", "ad", "newsletter"))))
        else:
            art.blocks.append(("p", paragraph(rng, prose, rng.choice((1, 2, 2, 3, 3, 4)))))
    if not any(kind in ("p", "qa") for kind, _ in art.blocks):
        art.blocks.append(("p", paragraph(rng, prose, 3)))
    return art


def pick_lang(rng: random.Random) -> str:
    langs = list(WEIGHTS)
    return rng.choices(langs, weights=[WEIGHTS[k] for k in langs])[0]
