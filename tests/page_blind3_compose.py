"""The article of a third-harness page: prose blocks shaped for its layout, and its gold.

Blocks ``(kind, value)``. Gold kinds: ``p`` (a paragraph), ``h2`` (a subheading), ``ul`` / ``ol`` (list
items), ``quote`` (a quoted voice in a ``<blockquote>``), ``q`` (an interview question), ``item`` (a
listicle entry's heading, its number included), ``drop`` (a paragraph whose first letter is a drop
cap: gold is the whole word). Not gold: ``locked`` (the hidden or scrambled rest behind a paywall),
``fig`` (caption), ``pull`` (a pull quote repeating a sentence of the text), ``break`` (``***``),
``box`` (a furniture slot of the layout). Title, byline, dates and every box are not gold either.

Footnote marks of the explainer (``[1]``) stay in the gold paragraph as the page shows them (glued to
the sentence); the references list they point to is not gold (see ``tests/page_blind3.py``).
"""
from __future__ import annotations

import random

from tests import page_blind_compose
from tests.page_blind3_chrome_a import DE as W_DE, ES as W_ES, FR as W_FR, IT as W_IT, NL as W_NL
from tests.page_blind3_chrome_b import CS as W_CS, EN as W_EN, PL as W_PL, PT as W_PT, SV as W_SV, ZH as W_ZH
from tests.page_blind3_prose_a import DE, ES, FR, IT
from tests.page_blind3_prose_b import CS, EN, NL, PL, PT, SV, ZH

PROSE3 = {"de": DE, "fr": FR, "it": IT, "es": ES, "nl": NL, "pl": PL, "pt": PT, "en": EN, "sv": SV, "cs": CS, "zh": ZH}
CHROME3 = {"de": W_DE, "fr": W_FR, "it": W_IT, "es": W_ES, "nl": W_NL, "pl": W_PL, "pt": W_PT, "en": W_EN,
           "sv": W_SV, "cs": W_CS, "zh": W_ZH}
# German about 40 %, then ten languages.
WEIGHTS3 = {"de": 16, "fr": 3, "it": 3, "es": 3, "en": 3, "nl": 2, "pl": 2, "pt": 2, "sv": 2, "cs": 2, "zh": 2}
CJK = ("zh",)
GOLD = ("p", "h2", "quote", "q", "item", "drop")


class Article(page_blind_compose.Article):
    def gold_lines(self) -> list[str]:
        lines = [self.lead] if self.lead else []
        for kind, value in self.blocks:
            if kind in GOLD:
                lines.append(value)
            elif kind in ("ul", "ol"):
                lines.extend(value)
        return lines


class Prose:
    """The language's sentences drawn without repeating until all are used; ``science`` first if asked."""

    def __init__(self, rng: random.Random, lang: str, pool: str = "sentences"):
        self.rng, self.lang, self.kind, self.pool, self.used = rng, lang, pool, [], set()
        self.data = PROSE3[lang]
        # the byline's author is not one of the people the text names (a reporter seldom quotes herself)
        self.author, self.name, *self.others = rng.sample(self.data["names"], len(self.data["names"]))
        self.city, self.company = rng.choice(self.data["cities"]), rng.choice(self.data["companies"])

    def fill(self, text: str) -> str:
        return text.format(name=self.name if self.rng.random() < 0.5 else self.rng.choice(self.others),
                           city=self.city, num=self.rng.randint(3, 95), company=self.company)

    def draw(self) -> str:
        """The next sentence; "" once every sentence is used (an article does not repeat itself)."""
        if self.pool is None:
            return ""
        if not self.pool:
            own = list(self.data[self.kind]) if self.kind != "sentences" else []
            self.rng.shuffle(own)
            self.pool = [s for s in self.data["sentences"] if s not in self.used]
            self.rng.shuffle(self.pool)
            self.pool += [s for s in own if s not in self.used]  # the topic's own sentences lead
        if not self.pool:
            self.pool = None
            return ""
        sentence = self.pool.pop()
        self.used.add(sentence)
        return self.fill(sentence)

    def paragraph(self, size: int) -> str:
        return ("" if self.lang in CJK else " ").join(x for x in (self.draw() for _ in range(size)) if x)

    def title(self) -> str:
        text = self.draw()
        return text.split(",")[0].split("，")[0].rstrip(".。")[:90]


def sizes(rng: random.Random, n: int) -> list[int]:
    return [rng.choice((1, 2, 2, 3, 3, 4)) for _ in range(n)]


def news(rng: random.Random, src: Prose, n: int, heads: bool = True) -> list[tuple[str, object]]:
    """``n`` paragraphs with, now and then, a subheading, a list or a quoted voice."""
    blocks: list[tuple[str, object]] = []
    head_pool = list(src.data["heads"])
    rng.shuffle(head_pool)
    for i, size in enumerate(sizes(rng, n)):
        roll = rng.random()
        if heads and i > 1 and head_pool and roll < 0.18:
            blocks.append(("h2", head_pool.pop()))
        elif i > 0 and roll < 0.24:
            blocks.append(("quote", src.draw()))
            continue
        elif i > 1 and roll < 0.30:
            blocks.append(("ul", [src.draw() for _ in range(3)]))
        blocks.append(("p", src.paragraph(size)))
    return blocks


def scramble(text: str) -> str:
    """Locked text as some paywalls ship it: every letter shifted by one, spaces kept."""
    return "".join(chr(ord(c) + 1) if c.isalpha() else c for c in text)


def compose_article(rng: random.Random, lang: str, layout: str, date: str = "2026-01-01") -> Article:
    pool = "science" if layout == "explainer" else "press" if layout == "press_release" else "sentences"
    src = Prose(rng, lang, pool)
    title = src.title()
    lead = src.paragraph(1) if layout in ("paywall", "multipage", "amp_shell", "explainer", "interview") else ""
    art = Article(lang, title, lead, src.author)
    art.prose = src  # the layout's furniture may name the company, city or person
    b = art.blocks
    if layout == "paywall":
        b.extend(("p", src.paragraph(s)) for s in sizes(rng, rng.randint(1, 3)))
        text = src.paragraph(2)
        if not text:
            pass
        elif lang in CJK:
            b.append(("p", text[:len(text) // 3] + "……"))
        else:
            words = text.split(" ")
            b.append(("p", " ".join(words[:max(4, len(words) // 3)]) + " …"))
        b.append(("locked", [src.paragraph(s) for s in sizes(rng, rng.randint(3, 6))]))
    elif layout == "listicle":
        b.append(("p", src.paragraph(rng.randint(2, 3))))
        items = rng.sample(src.data["items"], rng.randint(4, 6))
        for item in items:
            b.extend([("item", item), ("fig", item), ("p", src.paragraph(rng.randint(1, 3)))])
        if rng.random() < 0.5:
            b.append(("p", src.paragraph(1)))
    elif layout == "interview":
        b.append(("p", src.paragraph(2)))
        for q in src.data["questions"][:rng.randint(3, 5)]:
            b.append(("q", q.format(name=src.name)))
            b.extend(("p", src.paragraph(s)) for s in sizes(rng, rng.choice((1, 1, 2))))
    elif layout == "press_release":
        b.extend(news(rng, src, rng.randint(3, 6), heads=False))
        first = next(i for i, (kind, _) in enumerate(b) if kind == "p")
        line = CHROME3[lang]["dateline"].format(city=src.city.upper() if lang == "en" else src.city, date=date)
        b[first] = ("p", line + ("" if lang in CJK else " ") + b[first][1])
    elif layout == "feature":
        body = [("p", src.paragraph(s)) for s in sizes(rng, rng.randint(7, 11))]
        first = body[0][1]
        b.append(("drop", first))
        for i, block in enumerate(body[1:], 1):
            if i % 3 == 0 and rng.random() < 0.7:
                b.append(("break", "***"))
            b.append(block)
            if block[1] and (i == 2 or (i == 6 and rng.random() < 0.5)):
                sentence = block[1].split(". ")[0].rstrip(".") + "." if lang not in CJK else block[1].split("。")[0] + "。"
                if sentence != block[1]:  # from a paragraph of several sentences
                    b.append(("pull", sentence))
    elif layout == "recipe":
        art.title = src.data["dish"]  # the post is named after its dish; the recipe card repeats the name
        b.extend(("p", src.paragraph(s)) for s in sizes(rng, rng.randint(2, 3)))
        w = CHROME3[lang]
        b.extend([("box", "card"), ("h2", w["ing_head"]), ("ul", list(src.data["ingredients"])), ("h2", w["steps_head"]),
                  ("ol", list(src.data["steps"]))])
    elif layout == "old_blog":
        b.extend(news(rng, src, rng.randint(3, 7), heads=False))
    elif layout == "explainer":
        blocks = news(rng, src, rng.randint(4, 8))
        n = 0
        for i, (kind, value) in enumerate(blocks):
            if kind == "p" and value and rng.random() < 0.6:
                n += 1
                blocks[i] = ("p", value + f"[{n}]")
        art.refs = n
        b.extend(blocks)
    else:  # multipage, amp_shell
        b.extend(news(rng, src, rng.randint(4, 9)))
        if layout == "amp_shell":
            for _ in range(rng.randint(1, 2)):
                b.insert(rng.randint(1, len(b)), ("fig", src.title()))
    art.blocks = [(k, [x for x in v if x] if k in ("ul", "ol", "locked") else v) for k, v in art.blocks]
    art.blocks = trim([(k, v) for k, v in art.blocks if v or k in ("break", "box", "locked")])
    n = 0
    for i, (kind, value) in enumerate(art.blocks):
        if kind == "item":
            n += 1
            art.blocks[i] = ("item", f"{n}. {value}")
    return art


HEADS = ("h2", "q", "item")
TEXT = ("p", "quote", "ul", "ol", "drop")


def trim(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Without headings (and a listicle entry's picture) that no text follows: the prose ran out there."""
    out = []
    for i, (kind, value) in enumerate(blocks):
        if kind in HEADS:
            j = i + 1
            while j < len(blocks) and blocks[j][0] not in HEADS + TEXT:
                j += 1
            if j == len(blocks) or blocks[j][0] in HEADS:
                out.append(("drop-section", j))
                continue
        out.append((kind, value))
    result, skip_to = [], -1
    for i, (kind, value) in enumerate(out):
        if kind == "drop-section":
            skip_to = value
            continue
        if i < skip_to and kind == "fig":
            continue
        result.append((kind, value))
    return result


def pick_lang(rng: random.Random) -> str:
    langs = list(WEIGHTS3)
    return rng.choices(langs, weights=[WEIGHTS3[k] for k in langs])[0]
