"""Page composition of the fifth blind page harness: an article, its furniture in slots, a CMS page shape.

Shapes: ``wordpress``, ``blogger``, ``drupal``, ``newspaper`` (bootstrap columns, rail), ``app`` (nested
divs, no semantic tags) and ``tables`` (an old table layout). Each takes a ``Kit`` and the slots' HTML.
Gold: the article's paragraphs and subheadings, in order (``Article.gold``); title, byline and every
furniture class are not gold.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tests.page_blind5_furniture import FURNITURE, toc
from tests.page_blind5_kit import STYLES, Kit, esc

SLOTS = ("top", "head", "inline", "tail", "after", "side", "foot")


@dataclass
class Article:
    title: str
    items: list = field(default_factory=list)  # (kind, text): kind "p" or "h"

    def gold(self) -> str:
        return "\n\n".join(t for _, t in self.items)


def article(k: Kit) -> Article:
    r, paras = k.rng, k.prose["paras"]
    n = r.randint(4, len(paras))
    start = r.randint(0, len(paras) - n)
    chosen = paras[start:start + n]
    items = [("p", p) for p in chosen]
    if r.random() < 0.45:
        heads = r.sample(k.prose["heads"], r.randint(1, 2))
        spots = sorted(r.sample(range(2, len(items)), min(len(heads), len(items) - 2)), reverse=True)
        for h, at in zip(heads, spots):
            items.insert(at, ("h", h))
    return Article(k.prose["title"], items)


def body_html(k: Kit, art: Article, inline: list[str]) -> str:
    """The article's paragraphs with the inline furniture between them (never before the first paragraph)."""
    r = k.rng
    heads = [t for kind, t in art.items if kind == "h"]
    out = [toc(k, heads)] if heads and r.random() < 0.5 else []
    gaps: dict[int, list[str]] = {}
    for x in inline:
        gaps.setdefault(r.randint(1, len(art.items) - 1), []).append(x)
    p_style = r.random()
    for i, (kind, text) in enumerate(art.items):
        out.extend(gaps.get(i, ()))
        if kind == "h":
            tag = r.choice(("h2", "h3", "h4"))
            out.append(f"<{tag} id=\"s{i}\">{esc(text)}</{tag}>")
        elif p_style < 0.8:
            out.append(f"<p>{esc(text)}</p>")
        elif p_style < 0.9:
            out.append(f"{esc(text)}<br><br>")
        else:
            out.append(f"<div>{esc(text)}</div>")
    return "\n".join(out)


def fill(k: Kit) -> dict[str, list[str]]:
    """Each slot's furniture HTML: a random set of classes, each in one of its slots."""
    r = k.rng
    slots: dict[str, list[str]] = {s: [] for s in SLOTS}
    chosen = [c for c in sorted(FURNITURE) if r.random() < 0.55]
    for must in ("nav", "footer"):
        if must not in chosen and r.random() < 0.85:
            chosen.append(must)
    for cls in chosen:
        fn, allowed = FURNITURE[cls]
        for _ in range(2 if cls == "widget" else 1):
            slots[r.choice(allowed)].append(k.wrap(fn(k), 0, 2))
    if "widget" in chosen:
        slots["side"].append(k.wrap(FURNITURE["widget"][0](k), 0, 1))
    for s in slots.values():
        r.shuffle(s)
    return slots


def _meta(k: Kit, s: dict) -> str:
    return "".join(s["head"])


def wordpress(k, art, s):
    return (f'<div id="page"{k.c("page", "site")}><header id="masthead"{k.c("header", "site-header")}>'
            f'<div{k.c("header", "site-branding")}><p><a href="/">{esc(k.site)}</a></p></div>'
            f'{"".join(s["top"])}</header>'
            f'<div id="content"{k.c("wrap", "site-content")}><div id="primary"{k.c("wrap", "content-area")}><main>'
            f'<article id="post-{k.rng.randint(10, 9999)}"{k.c("article", "post type-post hentry")}>'
            f'<header{k.c("wrap", "entry-header")}><h1{k.c("wrap", "entry-title")}>{esc(art.title)}</h1>'
            f'{_meta(k, s)}</header>'
            f'<div{k.c("body", "entry-content")}>{s["body"]}</div>'
            f'<footer{k.c("wrap", "entry-meta")}>{"".join(s["tail"])}</footer></article>{"".join(s["after"])}'
            f'</main></div><aside id="secondary"{k.c("sidebar", "widget-area")}>{"".join(s["side"])}</aside></div>'
            f'{"".join(s["foot"])}</div>')


def blogger(k, art, s):
    return (f'<div{k.c("wrap", "content-outer")}><div{k.c("header", "header-outer")}><h1>{esc(k.site)}</h1></div>'
            f'<div{k.c("nav", "tabs-outer")}>{"".join(s["top"])}</div><div{k.c("wrap", "main-outer")}>'
            f'<div{k.c("wrap", "columns")}><div{k.c("wrap", "main-inner")}><h2{k.c("wrap", "date-header")}>'
            f'<span>{esc(k.datestr())}</span></h2><div{k.c("article", "post hentry")}><h3{k.c("wrap", "post-title")}>'
            f'{esc(art.title)}</h3><div{k.c("byline", "post-header")}>{_meta(k, s)}</div>'
            f'<div{k.c("body", "post-body entry-content")}>{s["body"]}</div>'
            f'<div{k.c("wrap", "post-footer")}>{"".join(s["tail"])}</div></div>'
            f'<div{k.c("wrap", "comments")}>{"".join(s["after"])}</div></div>'
            f'<div{k.c("sidebar", "sidebar section")}>{"".join(s["side"])}</div></div></div>'
            f'<div{k.c("footer", "footer-outer")}>{"".join(s["foot"])}</div></div>')


def drupal(k, art, s):
    nid = k.rng.randint(100, 99999)
    return (f'<div id="page-wrapper"><div id="header"{k.c("header", "region region-header")}>{"".join(s["top"])}</div>'
            f'<div id="main"><div{k.c("wrap", "region region-content")}><div{k.c("wrap", "block block-system")}>'
            f'<h1{k.c("wrap", "title")}>{esc(art.title)}</h1><div id="node-{nid}"{k.c("article", "node node-article")}>'
            f'{_meta(k, s)}<div{k.c("body", "field field-name-body")}><div{k.c("wrap", "field-items")}>'
            f'<div{k.c("wrap", "field-item even")}>{s["body"]}</div></div></div>{"".join(s["tail"])}</div></div>'
            f'{"".join(s["after"])}</div><div{k.c("sidebar", "region region-sidebar-second")}>{"".join(s["side"])}'
            f'</div></div><div id="footer">{"".join(s["foot"])}</div></div>')


def newspaper(k, art, s):
    return (f'<header{k.c("header", "site-header")}>{"".join(s["top"])}</header><div{k.c("wrap", "container")}>'
            f'<div{k.c("wrap", "row")}><div{k.c("wrap", "col-md-8")}><article{k.c("article", "story")}>'
            f'<h1{k.c("wrap", "headline")}>{esc(art.title)}</h1>{_meta(k, s)}'
            f'<div{k.c("body", "article-body")} itemprop="articleBody">{s["body"]}</div>{"".join(s["tail"])}</article>'
            f'{"".join(s["after"])}</div><div{k.c("sidebar", "col-md-4 rail")}>{"".join(s["side"])}</div></div></div>'
            f'{"".join(s["foot"])}')


def app(k, art, s):
    body = k.wrap(s["body"], 1, 3, "body")
    main = k.wrap(f"<div{k.c('wrap')}><h1{k.c('wrap')}>{esc(art.title)}</h1>{_meta(k, s)}</div>{body}"
                  f"{''.join(s['tail'])}", 1, 3)
    return (f'<div id="root"><div{k.c("wrap")}>{"".join(s["top"])}</div><div{k.c("wrap")}>{main}'
            f'{"".join(s["after"])}</div><div{k.c("wrap")}>{"".join(s["side"])}</div>{"".join(s["foot"])}</div>')


def tables(k, art, s):
    return (f'<table width="100%"><tr><td colspan="2">{"".join(s["top"])}</td></tr><tr><td valign="top" width="70%">'
            f'<font size="4"><b>{esc(art.title)}</b></font>{_meta(k, s)}<div>{s["body"]}</div>{"".join(s["tail"])}'
            f'{"".join(s["after"])}</td><td valign="top">{"".join(s["side"])}</td></tr><tr><td colspan="2">'
            f'{"".join(s["foot"])}</td></tr></table>')


SHAPES = {f.__name__: f for f in (wordpress, blogger, drupal, newspaper, app, tables)}


def compose_page(rng, lang: str, shape: str, site: str) -> tuple[str, Article, Kit]:
    date = (rng.randint(2010, 2015), rng.randint(1, 12), rng.randint(1, 28))
    k = Kit(rng, lang, rng.choice(STYLES), site, date)
    art = article(k)
    slots = fill(k)
    slots["body"] = body_html(k, art, slots.pop("inline"))
    rtl = ' dir="rtl"' if lang == "ar" else ""
    head = (f'<head><meta charset="utf-8"><title>{esc(art.title)} | {esc(k.site)}</title>'
            f'<meta property="og:title" content="{esc(art.title)}"></head>')
    html = f'<!DOCTYPE html><html lang="{lang}"{rtl}>{head}<body>{SHAPES[shape](k, art, slots)}</body></html>'
    return html, art, k
