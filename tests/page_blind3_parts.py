"""Furniture of the third blind page harness: head, header, footer, blocks and boxes.

Each function takes the language's words (``tests.page_blind3_compose.CHROME3``) and returns HTML;
only ``block`` renders gold text.
"""
from __future__ import annotations

import html
import json
import random
import re
import zlib

from tests.page_blind3_compose import Article


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def ld_json(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def head(art: Article, site: str, date: str, kind: str | None = "NewsArticle", extra: str = "",
         ld: dict | None = None, og: bool = True) -> str:
    """``<head>`` with title, description, Open Graph and Twitter tags and (``kind``) a JSON-LD object."""
    desc = art.lead or next((v for k, v in art.blocks if k in ("p", "drop")), "")
    meta = (f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(art.title)} | {site}</title><meta name="description" content="{attr(desc[:155])}">'
            f'<link rel="canonical" href="https://{site}/artikel/{zlib.crc32(art.title.encode()) % 10 ** 6}.html">')
    if og:
        meta += (f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">'
                 f'<meta property="og:title" content="{attr(art.title)}"><meta property="og:description" content="{attr(desc[:155])}">'
                 f'<meta property="og:image" content="https://{site}/img/og/{len(art.title)}.jpg">'
                 f'<meta property="article:published_time" content="{date}T07:45:00+01:00">'
                 f'<meta name="twitter:card" content="summary_large_image">')
    if kind:
        data = {"@context": "https://schema.org", "@type": kind, "headline": art.title, "datePublished": f"{date}T07:45:00+01:00",
                "author": [{"@type": "Person", "name": art.author}], "publisher": {"@type": "Organization", "name": site},
                "image": [f"https://{site}/img/og/{len(art.title)}.jpg"], **(ld or {})}
        meta += ld_json(data)
    return f"<head>{meta}{extra}<link rel=\"stylesheet\" href=\"/static/app.css\"></head>"


def page(art: Article, head_html: str, body: str, html_attrs: str = "") -> str:
    return f'<!DOCTYPE html><html lang="{art.lang}"{html_attrs}>{head_html}<body>{body}</body></html>'


def header(w: dict, site: str, cls: str = "site-header") -> str:
    links = "".join(f'<li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(w["nav"]))
    return (f'<header class="{cls}"><div class="brand"><a href="/" class="logo">{site}</a></div>'
            f'<nav class="main-nav" aria-label="main"><ul><li><a href="/">{esc(w["home"])}</a></li>{links}</ul></nav></header>')


def footer(w: dict, site: str) -> str:
    links = "".join(f'<li><a href="/info/{i}">{esc(x)}</a></li>' for i, x in enumerate(w["legal"]))
    return (f'<footer class="site-footer"><ul class="footer-links">{links}</ul>'
            f'<p class="copyright">© 2026 {site}. {esc(w["rights"])}</p></footer>')


def byline(art: Article, date: str, cls: str = "byline") -> str:
    return (f'<div class="{cls}"><span class="author">{esc(art.author)}</span> · '
            f'<time datetime="{date}T07:45:00+01:00">{date}</time></div>')


def lead(art: Article, fmt: str = '<p class="lead">{}</p>') -> str:
    return fmt.format(esc(art.lead)) if art.lead else ""


def share(w: dict) -> str:
    return (f'<div class="share"><span>{esc(w["share"])}</span><a href="#fb">Facebook</a><a href="#x">X</a>'
            f'<a href="#wa">WhatsApp</a><a href="#mail">E-Mail</a></div>')


def ad(w: dict, n: int = 1) -> str:
    return f'<div class="ad ad-slot" data-slot="mid{n}"><span class="ad-label">{esc(w["ad"])}</span><div id="gpt-{n}"></div></div>'


def story_links(rng: random.Random, w: dict, heading: str, cls: str, k: int = 3) -> str:
    items = "".join(f'<li><a href="/artikel/{rng.randint(10000, 99999)}.html">{esc(h)}</a></li>'
                    for h in rng.sample(w["headlines"], min(k, len(w["headlines"]))))
    return f'<section class="{cls}"><h2>{esc(heading)}</h2><ul>{items}</ul></section>'


def figure(rng: random.Random, w: dict, caption: str, credit: str, tag: str = "img") -> str:
    img = f'<img src="/img/{rng.randint(100, 999)}.jpg" alt="{attr(caption)}" loading="lazy">'
    if tag == "amp-img":
        img = (f'<amp-img src="/img/{rng.randint(100, 999)}.jpg" width="1200" height="675" layout="responsive" '
               f'alt="{attr(caption)}"><noscript>{img}</noscript></amp-img>')
    elif tag != "img":
        img = f'<{tag} src="/img/{rng.randint(100, 999)}.jpg" ratio="16:9"></{tag}>'
    return (f'<figure class="media">{img}<figcaption>{esc(caption)} '
            f'<span class="credit">{esc(w["photo"])}: {esc(credit)}</span></figcaption></figure>')


def refs_marks(text: str) -> str:
    """``text[3]`` -> ``text<sup><a href="#ref-3">[3]</a></sup>`` (the mark stays visible, glued)."""
    return re.sub(r"\[(\d+)\]", r'<sup class="reference"><a href="#ref-\1" id="cite-\1">[\1]</a></sup>', text)


def block(kind: str, value, tags: dict | None = None) -> str:
    """One block in plain markup; ``tags`` overrides a kind's format (one ``{}``)."""
    t = tags or {}
    if kind in ("p", "h2", "q", "item", "quote", "pull"):
        default = {"p": "<p>{}</p>", "h2": "<h2>{}</h2>", "q": "<p><strong>{}</strong></p>", "item": "<h2>{}</h2>",
                   "quote": "<blockquote><p>{}</p></blockquote>",
                   "pull": '<aside class="pullquote" aria-hidden="true"><p>{}</p></aside>'}[kind]
        return t.get(kind, default).format(refs_marks(esc(value)))
    if kind == "drop":
        return t.get(kind, '<p class="has-dropcap"><span class="dropcap">{}</span>{}</p>').format(esc(value[0]), esc(value[1:]))
    if kind in ("ul", "ol"):
        return f"<{kind}>" + "".join(f"<li>{esc(x)}</li>" for x in value) + f"</{kind}>"
    if kind == "break":
        return t.get(kind, '<p class="section-break">***</p>')
    return ""


def render(art: Article, tags: dict | None = None, box=lambda value: "", fig=lambda value: "") -> str:
    """The blocks in order; ``box(value)`` and ``fig(value)`` render those slots."""
    out = []
    for kind, value in art.blocks:
        out.append(box(value) if kind == "box" else fig(value) if kind == "fig" else block(kind, value, tags))
    return "".join(out)
