"""Genres of the seventh blind page harness: how one story becomes an article's blocks and its gold.

``news`` (lead, paragraphs, subheadings, a quote, a list), ``interview`` (questions and answers with bold speaker
names), ``live`` (a live blog: timestamped entries, newest first, each with its share row), ``gallery`` (photo
slides whose captions are the article), ``listicle`` (numbered headings), ``explainer`` (a table or a definition
list), ``footnotes`` (note markers and a closing note list) and ``multipage`` (the first page of a story cut in
pages, with pagination links). Blocks: ``("p", inline html)``, ``("h", text)``, ``("q", text)``,
``("ul", items)``, ``("dl", pairs)``, ``("table", pairs)``, ``("raw", html)``. Gold items: ``(kind, text)``.
"""
from __future__ import annotations

import html as _html

from tests import page_blind7_furniture as F
from tests.page_blind7_furniture import Kit

E = _html.escape
GENRES = ("news", "news", "interview", "live", "gallery", "listicle", "explainer", "footnotes", "multipage")


def parse(story: str) -> tuple[str, list[tuple[str, str]], list[str]]:
    title, items, heads = "", [], []
    for line in story.strip().splitlines():
        kind, _, text = line.partition(": ")
        if kind == "T":
            title = text.strip()
        elif kind == "X":
            heads.append(text.strip())
        else:
            items.append((kind, text.strip()))
    return title, items, heads


def _pairs(items):
    return [tuple(x.strip() for x in t.split(":", 1)) if ":" in t else (t, "") for k, t in items if k == "I"]


def _news(kit: Kit, items, para) -> tuple[list, list]:
    blocks, gold, run = [], [], []
    for kind, text in items + [("END", "")]:
        if kind != "I" and run:
            blocks.append(("ul", run))
            run = []
        if kind == "I":
            run.append(text)
            gold.append(("I", text))
        elif kind == "L":
            blocks.append(("p", f"<strong>{E(text)}</strong>"))
            gold.append((kind, text))
        elif kind == "H":
            blocks.append(("h", text))
            gold.append((kind, text))
        elif kind == "Q":
            blocks.append(("q", text))
            gold.append((kind, text))
        elif kind == "F":
            blocks.append(("p", f"<b>{E(text)}</b>"))
            gold.append((kind, text))
        elif kind in ("P", "A"):
            blocks.append(("p", E(text)))
            gold.append((kind, text))
    return blocks, gold


def _interview(kit: Kit, items, para):
    asker, guest = kit.w("desk"), kit.rng.choice(kit.ws("names")).split()[-1]
    out = []
    for kind, text in items:
        if kind == "F":
            out.append(("F", f"{asker}: {text}"))
        elif kind == "A":
            out.append(("A", f"{guest}: {text}"))
        else:
            out.append((kind, text))
    blocks, gold = _news(kit, [x for x in out if x[0] not in "FA"], para)
    bold = kit.rng.choice(("b", "strong"))
    for kind, text in out:
        if kind in "FA":
            name, _, rest = text.partition(": ")
            inner = f"<{bold}>{E(name)}:</{bold}> {E(rest)}"
            blocks.append(("p", f"<em>{inner}</em>" if kind == "F" and kit.rng.random() < 0.5 else inner))
            gold.append((kind, text))
    return blocks, gold


def _live(kit: Kit, items, para):
    blocks, gold = [], []
    hh, mm = kit.rng.randint(15, 21), kit.rng.randrange(60)
    entries = [(k, t) for k, t in items if k in ("P", "A", "Q", "H", "L")]
    lead = [t for k, t in entries if k == "L"][:1]
    if lead:
        blocks.append(("p", E(lead[0])))
        gold.append(("L", lead[0]))
    label = kit.w("live")
    kit.add("live", [label])
    blocks.insert(0, ("raw", f'<span{kit.c("live-badge")}>{E(label)}</span>'))
    title = ""
    for kind, text in entries:
        if kind == "L":
            continue
        if kind == "H":
            title = text
            continue
        stamp = f"{hh:02d}:{mm:02d}"
        mm -= kit.rng.randint(4, 25)
        if mm < 0:
            hh, mm = hh - 1, mm + 60
        head = f"<h3>{E(title)}</h3>" if title else ""
        gold.append(("H", stamp))
        if title:
            gold.append(("H", title))
        gold.append((kind, text))
        body = f"<blockquote>{E(text)}</blockquote>" if kind == "Q" else para(E(text))
        blocks.append(("raw", f'<div{kit.c("live-entry")} id="e{len(blocks)}"><time{kit.c("entry-time")}>{stamp}'
                              f'</time>{head}<div{kit.c("entry-body")}>{body}</div>{F.share(kit)}</div>'))
        title = ""
    return blocks, gold


def _gallery(kit: Kit, items, para):
    slides = [(k, t) for k, t in items if k in ("P", "A", "Q")]
    blocks, gold = [], []
    for k, t in items:
        if k == "L":
            blocks.append(("p", E(t)))
            gold.append(("L", t))
    n = len(slides)
    for i, (k, t) in enumerate(slides, 1):
        credit = f"{kit.w('photo')}: {kit.rng.choice(kit.ws('names'))}"
        counter = f"{i} / {n}"
        kit.add("gallery", [credit, counter] if kit.rng.random() < 0.5 else [credit])
        gold.append((k, t))
        cap = para(E(t))
        blocks.append(("raw", f'<div{kit.c("slide")} data-index="{i}"><div{kit.c("slide-media")}>'
                              f'<img src="/g/{kit.rng.randint(1, 9999)}.jpg" alt="" loading="lazy"></div>'
                              f'<div{kit.c("slide-caption")}><span{kit.c("counter")}>{counter}</span>{cap}'
                              f'<small>{E(credit)}</small></div></div>'))
    return blocks, gold


def _listicle(kit: Kit, items, para):
    out, n = [], 0
    for kind, text in items:
        if kind in ("H", "F"):
            n += 1
            out.append(("H", f"{n}. {text}"))
        else:
            out.append((kind, text))
    return _news(kit, out, para)


def _explainer(kit: Kit, items, para):
    rest = [(k, t) for k, t in items if k != "I"]
    blocks, gold = _news(kit, rest, para)
    pairs = _pairs(items)
    at = min(len(blocks), 4)
    if kit.rng.random() < 0.5:
        blocks.insert(at, ("table", pairs))
    else:
        blocks.insert(at, ("dl", pairs))
    gold[at:at] = [("I", f"{a}: {b}") for a, b in pairs]
    return blocks, gold


def _footnotes(kit: Kit, items, para):
    blocks, gold = _news(kit, [x for x in items if x[0] != "N"], para)
    notes = [t for k, t in items if k == "N"]
    marked = 0
    for i, (kind, html) in enumerate(blocks):
        if kind == "p" and marked < len(notes) and i > 2:
            blocks[i] = ("p", html + f'<sup><a href="#fn{marked + 1}" id="r{marked + 1}">{marked + 1}</a></sup>')
            marked += 1
    items_html = "".join(f'<li id="fn{i}">{E(t)} <a href="#r{i}">↩</a></li>' for i, t in enumerate(notes, 1))
    blocks.append(("raw", f'<hr><ol{kit.c("footnotes")}>{items_html}</ol>'))
    gold += [("N", t) for t in notes]
    return blocks, gold


def _multipage(kit: Kit, items, para):
    cut = max(4, int(len(items) * 0.6))
    blocks, gold = _news(kit, items[:cut], para)
    blocks.append(("raw", F.pager(kit)))
    return blocks, gold


BUILD = {"news": _news, "interview": _interview, "live": _live, "gallery": _gallery, "listicle": _listicle,
         "explainer": _explainer, "footnotes": _footnotes, "multipage": _multipage}


def build(kit: Kit, genre: str, items, para):
    """(blocks, gold items) of the story in the genre; ``para(inline html)`` renders a paragraph."""
    return BUILD[genre](kit, items, para)
