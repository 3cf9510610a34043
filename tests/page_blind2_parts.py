"""Furniture of the second blind page harness: head, header, boxes, end matter, footer.

Each function takes the language's words (``tests.page_blind2_chrome.CHROME2``) and returns HTML;
none of its text is gold.
"""
from __future__ import annotations

import html
import json
import random

from tests.page_blind2_compose import Article


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def head(art: Article, site: str, date: str, ld: bool = True) -> str:
    meta = (f'<meta charset="utf-8"><title>{esc(art.title)} | {site}</title>'
            f'<meta property="og:title" content="{html.escape(art.title)}">'
            f'<meta name="description" content="{html.escape(art.lead[:150])}">'
            f'<link rel="stylesheet" href="/assets/main.css">')
    if ld:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
                "datePublished": date + "T08:30:00+01:00", "author": {"@type": "Person", "name": art.author},
                "publisher": {"@type": "Organization", "name": site}}
        meta += f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return f"<head>{meta}</head>"


def header(w: dict, site: str) -> str:
    links = "".join(f'<li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(w["nav"]))
    return (f'<header class="site-header"><a class="logo" href="/">{site}</a>'
            f'<nav class="main-nav"><ul>{links}</ul></nav></header>')


def breadcrumbs(w: dict, section: str) -> str:
    return (f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{esc(w["home"])}</a></li>'
            f'<li><a href="/s/">{esc(section)}</a></li></ol></nav>')


def footer(w: dict, site: str) -> str:
    links = " | ".join(f'<a href="/l{i}">{esc(x)}</a>' for i, x in enumerate(w["legal"]))
    return f'<footer id="footer"><p>{links}</p><p>© 2026 {site}</p></footer>'


def cookie_banner(w: dict) -> str:
    return (f'<div id="cookie-consent" class="consent-banner" role="dialog"><p>{esc(w["cookie"])}</p>'
            f'<button class="btn-accept">{esc(w["accept"])}</button></div>')


def newsletter_box(w: dict) -> str:
    return (f'<div class="newsletter-signup"><p class="nl-text">{esc(w["newsletter"])}</p>'
            f'<form action="/nl"><input type="email" placeholder="E-Mail"><button>{esc(w["subscribe"])}</button></form></div>')


def teaser_box(rng: random.Random, w: dict) -> str:
    title = rng.choice(w["headlines"])
    return (f'<div class="teaser teaser--inline"><a href="/a/{rng.randint(1000, 9999)}.html">'
            f'<img src="/img/t{rng.randint(1, 99)}.jpg" alt=""><span class="kicker">{esc(w["nav"][0])}</span>'
            f'<span class="teaser-title">{esc(title)}</span></a></div>')


def read_also(rng: random.Random, w: dict) -> str:
    return (f'<p class="read-also"><strong>{esc(w["read_also"])}</strong> '
            f'<a href="/a/{rng.randint(1000, 9999)}.html">{esc(rng.choice(w["headlines"]))}</a></p>')


def ad_slot(w: dict) -> str:
    return f'<div class="ad-container"><span class="ad-label">{esc(w["ad"])}</span><div id="div-gpt-ad-1"></div></div>'


def story_list(rng: random.Random, w: dict, heading: str, cls: str, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    items = "".join(f'<li><a href="/a/{rng.randint(1000, 9999)}.html">{esc(h)}</a></li>'
                    for h in rng.sample(w["headlines"], min(4, len(w["headlines"]))))
    return f'<div class="{cls}"><h3>{esc(heading)}</h3><{tag}>{items}</{tag}></div>'


def share_bar(w: dict) -> str:
    return (f'<div class="share-bar"><span>{esc(w["share"])}</span><a href="#fb">Facebook</a>'
            f'<a href="#x">X</a><a href="#wa">WhatsApp</a><a href="#mail">E-Mail</a></div>')


def tags_list(rng: random.Random, w: dict) -> str:
    items = "".join(f'<li><a href="/tag/{i}">{esc(n)}</a></li>' for i, n in enumerate(rng.sample(w["nav"], 3)))
    return f'<div class="tags"><span>{esc(w["tags"])}:</span><ul>{items}</ul></div>'


def author_box(w: dict, name: str) -> str:
    return (f'<div class="author-box"><img src="/img/author.jpg" alt="{html.escape(name)}">'
            f'<h4>{esc(w["about"])}</h4><p>{esc(w["bio"].format(name=name))}</p></div>')


def comments_count(rng: random.Random, w: dict) -> str:
    return f'<a class="comments-count" href="#comments">{esc(w["comments"].format(n=rng.randint(2, 80)))}</a>'


def gallery(rng: random.Random, w: dict, captions: list[str], credit: str) -> str:
    n = len(captions)
    items = "".join(
        f'<li class="gallery-item"><figure><img src="/g/{i}.jpg" alt=""><figcaption>'
        f'<span class="count">{esc(w["gallery"].format(i=i + 1, n=n))}</span> {esc(c)} '
        f'<span class="credit">{esc(w["photo"])}: {esc(credit)}</span></figcaption></figure></li>'
        for i, c in enumerate(captions))
    return f'<div class="photo-gallery"><ul class="slides">{items}</ul></div>'


def tweet(rng: random.Random, name: str) -> str:
    handle = "@" + name.split()[0].lower()
    return (f'<blockquote class="twitter-tweet"><p lang="und" dir="ltr">#{rng.randint(10, 99)} '
            f'<a href="https://t.co/x{rng.randint(100, 999)}">pic.twitter.com/x{rng.randint(100, 999)}</a></p>'
            f'&mdash; {esc(name)} ({handle}) <a href="https://twitter.com/s/1">2026</a></blockquote>'
            f'<script async src="https://platform.twitter.com/widgets.js"></script>')


def block_html(kind: str, value, tags: dict | None = None) -> str:
    """One gold block in plain markup (``tags`` overrides: p, h2, quote class)."""
    t = tags or {}
    if kind == "p":
        return t.get("p", "<p>{}</p>").format(esc(value))
    if kind == "h2":
        return t.get("h2", "<h2>{}</h2>").format(esc(value))
    if kind == "ul":
        return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in value) + "</ul>"
    if kind == "quote":
        return t.get("quote", "<blockquote><p>{}</p></blockquote>").format(esc(value))
    if kind == "table":
        rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in value)
        return f'<table class="facts"><tbody>{rows}</tbody></table>'
    if kind == "update":
        time, text = value
        return (f'<li class="ticker-entry"><time datetime="2026-01-01T{time}">{time}</time>'
                f'<p>{esc(text)}</p></li>')
    return ""
