"""The article of a fourth-harness page (blocks and gold) and the page kit that records its furniture.

Blocks ``(kind, value)``. Gold kinds: ``p``, ``h2``, ``h3``, ``ul`` / ``ol`` (items), ``quote``, ``item`` (a
listicle's numbered heading), ``drop`` (a paragraph opening with a drop cap), ``story`` (a photo essay's
caption that carries the story), ``table`` (rows; a row's gold line is its cells joined by spaces), ``fn``
(a paragraph with a footnote mark: the mark, visible text glued to the paragraph's end, is gold; the
note it points to is not). Not gold: ``fig`` (a decorative picture's caption),
``pull`` (a pull quote repeating a sentence), ``slot`` (inline furniture of a class), ``time`` (a live
entry's time), ``break``. Every furniture text the page shows is recorded by class in ``Kit.junk``.
"""
from __future__ import annotations

import html
import random
import zlib

from tests.page_blind4_prose_a import DE, EN, FR
from tests.page_blind4_prose_b import ES, PL, RU
from tests.page_blind4_prose_c import AR, TR, UK
from tests.page_blind4_prose_d import HE, HI, TH
from tests.page_blind4_prose_e import JA, KO, ZH

LANGS = {"en": EN, "de": DE, "fr": FR, "es": ES, "pl": PL, "ru": RU, "uk": UK, "tr": TR, "ar": AR, "he": HE,
         "hi": HI, "th": TH, "zh": ZH, "ja": JA, "ko": KO}
WEIGHTS = {"en": 4, "de": 3, "fr": 2, "es": 2, "pl": 1, "ru": 2, "uk": 1, "tr": 1, "ar": 2, "he": 1, "hi": 1,
           "th": 1, "zh": 2, "ja": 2, "ko": 1}
UNSPACED = ("zh", "ja")
RTL = ("ar", "he")
GOLD = ("p", "h2", "h3", "quote", "item", "drop", "story", "fn")
INLINE = ("ad", "newsletter", "related", "mostread", "share", "comments", "readalso", "cookie", "paywall", "tags")
esc = html.escape


class Article:
    def __init__(self, lang: str, title: str, author: str, blocks: list):
        self.lang, self.title, self.author, self.blocks = lang, title, author, blocks

    def gold_items(self) -> list[tuple[str, str]]:
        """``(kind, line)`` of every gold line in page order."""
        out = []
        for kind, value in self.blocks:
            if kind in GOLD:
                out.append((kind, f"{value[0]}{value[1]}" if kind == "fn" else value))
            elif kind in ("ul", "ol"):
                out.extend((kind, x) for x in value)
            elif kind == "table":
                out.extend(("table", " ".join(row)) for row in value)
        return out

    def gold_lines(self) -> list[str]:
        return [x for _, x in self.gold_items()]

    def gold_text(self) -> str:
        return "\n\n".join(self.gold_lines())


def joiner(lang: str) -> str:
    return "" if lang in UNSPACED else " "


def headline(sentence: str) -> str:
    """The sentence's first clause as a headline; the whole sentence (cut at 80 characters) if that is short."""
    part = sentence
    for mark in ("，", "、", ",", "،", "。", "।"):
        part = part.split(mark)[0]
    if (len(part.split()) < 4 if " " in sentence else len(part) < 8):
        part = sentence if len(sentence) <= 80 else sentence[:80].rsplit(" ", 1)[0]
    return part.strip(" .。!?\"„“”«»").strip()


class Kit:
    """A page's randomness, words and furniture record (``junk``: ``(class, text)`` the page shows)."""

    def __init__(self, rng: random.Random, lang: str, site: str, date: str):
        self.rng, self.lang, self.site, self.date = rng, lang, site, date
        self.data = LANGS[lang]
        self.w = self.data["w"]
        self.junk: list[tuple[str, str]] = []

    def j(self, cls: str, text: str) -> str:
        self.junk.append((cls, text))
        return esc(text)

    def n(self, key: str, lo: int = 2, hi: int = 90) -> str:
        return self.w[key].format(n=self.rng.randint(lo, hi), name=self.author)

    def heads(self, k: int) -> list[str]:
        return self.rng.sample(self.data["hl"], k)

    def href(self, text: str) -> str:
        return f"https://{self.site}/{self.rng.choice(('news', 'story', 'a', '2026'))}/{zlib.crc32(text.encode()) % 99991}"


def compose_article(rng: random.Random, lang: str, layout: str) -> tuple[Article, list[str]]:
    """The article for ``layout`` and the page's spare sentences (captions, pull quotes)."""
    data = LANGS[lang]
    pool = list(data["s"])
    rng.shuffle(pool)
    spare = [pool.pop() for _ in range(3)]
    title = headline(spare.pop())
    author = rng.choice(data["names"])
    sep = joiner(lang)

    def para(k: int) -> str:
        return sep.join(pool.pop() for _ in range(min(k, len(pool))))

    heads = list(data["h"])
    rng.shuffle(heads)
    b: list = []
    if layout == "listicle":
        b.append(("p", para(2)))
        for i, head in enumerate(heads[:4], 1):
            b += [("item", f"{i}. {head}"), ("fig", ""), ("p", para(rng.choice((1, 2))))]
    elif layout == "recipe":
        b += [("p", para(rng.randint(1, 2))) for _ in range(rng.randint(2, 3))]
        b += [("card", ""), ("h2", data["w"]["ing_h"]), ("ul", list(data["ing"])), ("h2", data["w"]["steps_h"]),
              ("ol", list(data["steps"]))]
    elif layout == "liveblog":
        hour = rng.randint(15, 21)  # the newest entry first
        for i, head in enumerate(heads[:rng.randint(3, 4)]):
            b += [("time", f"{hour - 2 * i:02d}:{rng.randint(0, 59):02d}"), ("h3", head)]
            b += [("p", para(rng.choice((1, 2)))) for _ in range(rng.randint(1, 2))]
    elif layout == "photo_essay":
        b.append(("p", para(2)))
        for _ in range(rng.randint(3, 5)):
            b.append(("story", para(rng.choice((1, 2)))))
        b.append(("p", para(2)))
    elif layout == "datastory":
        w = data["w"]
        rows = [[w["tags"], "2023", "2024", "2025"]] + [
            [k] + [str(rng.randint(10, 990)) for _ in range(3)] for k in w["keys"].split("|")]
        b += [("p", para(2)), ("h2", heads[0]), ("table", rows), ("p", para(2)), ("h2", heads[1]), ("p", para(2))]
    else:
        b = news(rng, para, heads, rng.randint(5, 8))
        if layout == "academic":
            marks = iter(range(1, 99))
            b = [("fn", (v, next(marks))) if k == "p" and v and rng.random() < 0.5 else (k, v) for k, v in b]
        if layout == "longform":
            b[0] = ("drop", b[0][1]) if b[0][0] == "p" else b[0]
            b.insert(rng.randint(2, len(b)), ("pull", spare[0]))
            b.insert(rng.randint(2, len(b)), ("break", ""))
    b = [(k, v) for k, v in b if v or k in ("fig", "card", "break")]
    if layout not in ("wiki", "gov_press", "tablelayout") and rng.random() < 0.6:
        b.insert(rng.randint(1, len(b)), ("fig", ""))
    for _ in range(rng.randint(2, 4)):
        b.insert(rng.randint(1, len(b)), ("slot", rng.choice(INLINE)))
    return Article(lang, title, author, trim(b)), spare


def news(rng: random.Random, para, heads: list[str], n: int) -> list:
    """``n`` paragraphs with now and then a subheading, a list or a quoted voice."""
    b: list = []
    for i in range(n):
        roll = rng.random()
        if i > 1 and heads and roll < 0.3:
            b.append((rng.choice(("h2", "h2", "h3")), heads.pop()))
        elif i > 0 and roll < 0.42:
            b.append(("quote", para(1)))
        elif i > 1 and roll < 0.52:
            b.append((rng.choice(("ul", "ol")), [x for x in (para(1) for _ in range(3)) if x]))
        b.append(("p", para(rng.choice((1, 2, 2, 3)))))
    return b


def trim(blocks: list) -> list:
    """Without a heading that no text follows (the prose ran out)."""
    out = []
    for i, (kind, value) in enumerate(blocks):
        if kind in ("h2", "h3", "item"):
            rest = [k for k, _ in blocks[i + 1:] if k not in ("slot", "fig", "time", "break", "pull")]
            if not rest or rest[0] in ("h2", "h3", "item", "time"):
                continue
        out.append((kind, value))
    return out
