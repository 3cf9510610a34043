"""Artefact shapes of the blind harness (tests/generalisation_blind.py), each in several
renderings invented for it. Every shape returns an `Artefact`: the printed lines, the
strings that must not reach the body (``lines``: as a paragraph, or inside the body when
long; ``marks``: anywhere), and the gold it carries (related titles, comments, date, author)."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

from . import generalisation_blind_text as text
from . import generalisation_blind_words as w


@dataclass
class Artefact:
    cls: str
    language: str
    printed: list[str]
    lines: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    comments: list[tuple[str, int, str]] = field(default_factory=list)     # (author, depth, snippet)
    date: str | None = None
    author: str | None = None


def dump(rng: random.Random, lang: str) -> Artefact:
    titles = rng.sample(text.RELATED[lang], rng.randint(2, 3))
    ids = [rng.randint(1000000, 9999999) for _ in titles]
    form = rng.randrange(4)
    if form == 0:       # var_dump of a JSON string, keys in a new order
        blob = json.dumps([{"id": str(i), "title": t, "img": f"/2025/03/04/pic_{i}_4x3.jpg", "type": "21"}
                           for i, t in zip(ids, titles)], ensure_ascii=False, separators=(",", ":"))
        printed = [f'string({len(blob.encode())}) "{blob}"']
        marks = ["string(", '"img"']
    elif form == 1:     # print_r of an array of arrays
        printed = ["Array", "("]
        for k, (i, t) in enumerate(zip(ids, titles)):
            printed += [f"    [{k}] => Array", "        (", f"            [id] => {i}", f"            [title] => {t}",
                        f"            [url] => /news/{i}.html", "        )", ""]
        printed.append(")")
        marks = ["=>", "[title]"]
    elif form == 2:     # var_dump of an array, nested
        printed = [f"array({len(titles)}) {{"]
        for k, (i, t) in enumerate(zip(ids, titles)):
            printed += [f"  [{k}]=>", "  array(2) {", '    ["id"]=>', f"    int({i})", '    ["title"]=>',
                        f'    string({len(t.encode())}) "{t}"', "  }"]
        printed.append("}")
        marks = ["=>", "string(", 'int(']
    else:               # a bare JSON blob of related items
        blob = json.dumps({"related": [{"title": t, "url": f"https://news.example.org/{i}"} for i, t in zip(ids, titles)]},
                          ensure_ascii=False)
        printed = [blob]
        marks = ['{"related"', '"url"']
    return Artefact("php-dump", lang, printed, lines=list(titles), marks=marks, related=list(titles))


def thread(rng: random.Random, lang: str) -> Artefact:
    n = rng.randint(2, 4)
    names = rng.sample(text.NAMES, n)
    texts = rng.sample(text.COMMENTS[lang], n)
    form = rng.randrange(5)
    depths = [0] + [rng.choice([0, 1]) for _ in range(n - 1)] if form in (0, 3) else [0] * n
    printed = [w.COMMENTS_HEAD[lang].format(n=n), ""] if rng.random() < 0.6 else []
    extra = [printed[0]] if printed else []
    for k, (name, body, depth) in enumerate(zip(names, texts, depths)):
        pad = "    " * depth
        days = rng.randint(1, 9)
        if form == 0:       # "Name - 3 days ago" / text / Reply, replies indented
            head = f"{pad}{name} - {w.AGO[lang].format(n=days)}"
            printed += [head, f"{pad}{body}", f"{pad}{w.REPLY[lang]}", ""]
            extra += [head, w.REPLY[lang]]
        elif form == 1:     # "Name wrote:"
            head = f"{name} {w.WROTE[lang]}"
            printed += [head, body, ""]
            extra.append(head)
        elif form == 2:     # numbered, "1. Name says:"
            head = f"{k + 1}. {name} {w.SAYS[lang]}"
            printed += [head, body, ""]
            extra.append(head)
        elif form == 3:     # markdown bullets, two spaces a level
            indent = "  " * depth
            printed += [f"{indent}- **{name}**", "", f"{indent}  {body}", ""]
            extra.append(name)
        else:               # name, age, text, like count
            likes = w.LIKES[lang].format(n=rng.randint(0, 40))
            printed += [name, w.AGO[lang].format(n=days), body, f"{likes} · {w.REPLY[lang]}", ""]
            extra += [name, f"{likes} · {w.REPLY[lang]}"]
    if rng.random() < 0.5:
        printed += [w.POLICY[lang]]
        extra.append(w.POLICY[lang])
    gold = [(name, depth, body[:30]) for name, body, depth in zip(names, texts, depths)]
    return Artefact("comments", lang, printed, lines=texts + extra, comments=gold)


def donation_amounts(rng: random.Random, lang: str) -> Artefact:
    cur = "zł" if lang == "pl" else rng.choice(["€", "$"])
    amounts = sorted(rng.sample([5, 10, 15, 20, 25, 50, 100, 250], 3))
    printed = [f"{a} {cur}" if rng.random() < 0.5 else f"{cur}{a}" for a in amounts]
    return Artefact("donation", lang, printed, lines=printed)


def donation_prompt(rng: random.Random, lang: str) -> Artefact:
    line = rng.choice(w.DONATE[lang])
    return Artefact("donation", lang, [line], lines=[line])


def cta(rng: random.Random, lang: str) -> Artefact:
    line = rng.choice(w.CTA[lang])
    return Artefact("call-to-action", lang, [line], lines=[line])


def caption(rng: random.Random, lang: str) -> Artefact:
    cap = w.CAPTIONS[lang]
    credit = f"{w.PHOTO[lang]}: {rng.choice(w.AUTHORS)}/{rng.choice(w.AGENCIES)}"
    form = rng.randrange(4)
    if form == 0:
        printed = [cap + cap]                    # caption glued to itself
    elif form == 1:
        printed = [cap, credit]
    elif form == 2:
        printed = [cap, cap]                     # caption printed twice
    else:
        printed = [f"![{cap}](https://cdn.example.org/img/{rng.randint(100, 999)}.jpg)", "", cap]
    return Artefact("caption", lang, printed, lines=[cap, credit], marks=["![", "cdn.example.org"])


def dateline(rng: random.Random, lang: str) -> Artefact:
    y, m, d = 2025, rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)
    month = w.MONTHS[lang].split()[m - 1]
    en_month = w.MONTHS["en"].split()[m - 1]
    form = rng.randrange(5)
    day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(d + m) % 7]
    if form == 0:
        line = f"{day} {en_month[:3]} {d}, {y} {hh:02d}:{mm:02d}:{ss:02d}"
    elif form == 1:
        line = f"{d:02d}.{m:02d}.{y} | {hh:02d}:{mm:02d}"
    elif form == 2:
        line = f"{w.PUBLISHED[lang]} {d} {month} {y}" if lang != "en" else f"{w.PUBLISHED[lang]} {en_month} {d}, {y}"
    elif form == 3:
        line = f"Coastal Herald, {d} {month} {y}" if lang != "en" else f"Coastal Herald, {en_month} {d}, {y}"
    else:
        line = f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+01:00"
    printed = [line]
    if rng.random() < 0.5:
        printed += ["", f"{rng.choice(w.AGENCIES)} - {w.PLACES[lang]}"]
    return Artefact("dateline", lang, printed, lines=[p for p in printed if p], date=f"{y}-{m:02d}-{d:02d}")


def byline(rng: random.Random, lang: str) -> Artefact:
    name = rng.choice(w.AUTHORS)
    line = f"{w.BY[lang]} [{name}](#)" if rng.random() < 0.4 else f"{w.BY[lang]} {name}"
    return Artefact("byline", lang, [line], lines=[line, name], marks=["](#)"], author=name)


def legal(rng: random.Random, lang: str) -> Artefact:
    agency = rng.choice(w.AGENCIES)
    printed = [f"{w.SOURCE[lang]} [{agency}](#)", f"{w.COPYRIGHT[lang]} © [{agency}](#), 2025", "", "---", ""]
    for line in rng.sample(w.LEGAL[lang], rng.randint(1, 2)):
        printed += [f"**Disclaimer:** {line}" if rng.random() < 0.3 else line, ""]
    if rng.random() < 0.5:
        printed.append("For media inquiries: [press@example.org](mailto:press@example.org)")
    plain = [f"{w.SOURCE[lang]} {agency}", f"{w.COPYRIGHT[lang]} © {agency}, 2025"]
    return Artefact("legal", lang, printed, lines=[p for p in printed if len(p) > 4] + plain,
                    marks=["mailto:", "press@example.org", "All rights", w.SOURCE[lang]])


def markdown(rng: random.Random, lang: str) -> Artefact:
    form = rng.randrange(4)
    plain: list[str] = []
    if form == 0:
        printed = [f"![](https://cdn.example.org/img/{rng.randint(100, 999)}-4x3.jpg)"]
    elif form == 1:
        printed = [f"| [Facebook](https://facebook.com/sharer) | [X](https://x.com/intent) | [E-mail](mailto:?subject=x) |",
                   "|---|---|---|"]
    elif form == 2:
        printed = [f"[{w.SHARE[lang]} \u00b7 Facebook](https://www.facebook.com/sharer.php?u=x)"]
        plain = [f"{w.SHARE[lang]} \u00b7 Facebook"]
    else:
        title = rng.choice(text.RELATED[lang])
        printed = [f"**{w.READ_MORE[lang]}:** [{title}](https://news.example.org/{rng.randint(10, 99)})"]
        plain = [f"{w.READ_MORE[lang]}: {title}"]
    return Artefact("markdown", lang, printed, lines=printed + plain, marks=["](http", "|---", "![", "](mailto"])


def kicker(rng: random.Random, lang: str) -> Artefact:
    return Artefact("section-header", lang, [w.KICKER[lang]], lines=[w.KICKER[lang]])


def title_repeat(title: str, lang: str) -> Artefact:
    return Artefact("title-repeat", lang, [title], lines=[title])
