"""Pieces of the blind pages: the article's blocks in a markup, and the chrome around them.

``Skin`` says how a template writes each block kind; ``render_blocks`` writes an article's
blocks with it (inline links, emphasis and strong words inside paragraphs at random);
the ``chrome_*`` functions write the page furniture of a language in common markups.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass

from tests.page_blind_compose import Article


@dataclass(frozen=True)
class Skin:
    p: str = "<p>{}</p>"
    h2: str = "<h2>{}</h2>"
    ul: str = "<ul>{}</ul>"
    li: str = "<li>{}</li>"
    quote: str = "<blockquote><p>{}</p></blockquote>"
    figure: str = ('<figure><img src="/img/{n}.jpg" alt="" width="800" height="450">'
                   '<figcaption>{cap} <span class="credit">{photo}: {credit}</span></figcaption></figure>')
    read_also: str = '<aside class="related-inline"><strong>{label}:</strong> <a href="/{slug}">{title}</a></aside>'
    ad: str = '<div class="ad ad-slot"><span class="ad-label">{label}</span><div id="ad-{n}"></div></div>'
    newsletter: str = ('<div class="newsletter-box"><h3>Newsletter</h3><p>{text}</p>'
                       '<form><input type="email" placeholder="E-Mail"><button>{button}</button></form></div>')


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def inline_markup(rng: random.Random, text: str) -> str:
    """``text`` escaped, with a link, an emphasis or a strong span inside it at random."""
    if rng.random() < 0.45 or len(text) < 30:
        return esc(text)
    words = text.split(" ")
    tag = rng.choice(('a href="https://example.org/{}"', "em", "strong", 'a href="/thema/{}"'))
    if len(words) < 4:   # a script without spaces: wrap characters
        start = rng.randint(0, len(text) // 2)
        end = start + rng.randint(3, 8)
        parts = [text[:start], text[start:end], text[end:]]
    else:
        start = rng.randint(0, len(words) - 3)
        end = start + rng.randint(1, 3)
        parts = [" ".join(words[:start]) + (" " if start else ""), " ".join(words[start:end]),
                 (" " if end < len(words) else "") + " ".join(words[end:])]
    open_tag = tag.format(rng.randint(100, 999))
    name = open_tag.split(" ")[0]
    return f"{esc(parts[0])}<{open_tag}>{esc(parts[1])}</{name}>{esc(parts[2])}"


def render_blocks(rng: random.Random, art: Article, chrome: dict, skin: Skin) -> str:
    out = []
    for kind, value in art.blocks:
        if kind == "p":
            out.append(skin.p.format(inline_markup(rng, value)))
        elif kind == "qa":
            out.append(skin.p.format(f"<strong>{esc(value[0])}</strong>"))
            out.append(skin.p.format(inline_markup(rng, value[1])))
        elif kind == "h2":
            out.append(skin.h2.format(esc(value)))
        elif kind == "ul":
            out.append(skin.ul.format("".join(skin.li.format(esc(item)) for item in value)))
        elif kind == "quote":
            out.append(skin.quote.format(esc(value)))
        elif kind == "figure":
            cap, credit = value
            out.append(skin.figure.format(n=rng.randint(1000, 9999), cap=esc(cap), photo=chrome["photo"], credit=esc(credit)))
        elif kind == "inline":
            out.append(inline_box(rng, value, chrome, skin))
    return "\n".join(out)


def inline_box(rng: random.Random, kind: str, chrome: dict, skin: Skin) -> str:
    if kind == "read_also":
        return skin.read_also.format(label=chrome["read_also"], slug=rng.randint(10000, 99999), title=esc(rng.choice(chrome["more"])))
    if kind == "ad":
        return skin.ad.format(label=chrome["ad"], n=rng.randint(1, 9))
    text, button = chrome["newsletter"]
    return skin.newsletter.format(text=esc(text), button=esc(button))


def chrome_header(rng: random.Random, chrome: dict, site: str) -> str:
    items = "".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(chrome["nav"]))
    return (f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
            f'<nav class="main-nav" aria-label="Main"><ul>{items}</ul></nav>'
            f'<form class="search"><input type="search" name="q"></form></header>')


def chrome_breadcrumbs(chrome: dict, section: str) -> str:
    return (f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{esc(chrome["home"])}</a></li>'
            f'<li><a href="/s">{esc(section)}</a></li></ol></nav>')


def chrome_byline(rng: random.Random, chrome: dict, art: Article, date: str) -> str:
    return (f'<div class="byline"><span class="author">{esc(chrome["by"])} <a href="/autor/x" rel="author">{esc(art.author)}</a></span> '
            f'<time datetime="{date}T08:{rng.randint(10, 59)}:00+01:00">{date}</time></div>')


def chrome_share(chrome: dict) -> str:
    links = "".join(f'<li><a href="#" class="share-{i}">{esc(x)}</a></li>' for i, x in enumerate(chrome["share"]))
    return f'<div class="share-buttons social-share"><ul>{links}</ul></div>'


def chrome_tags(rng: random.Random, chrome: dict) -> str:
    words = rng.sample(chrome["nav"][1:], 3)
    links = " ".join(f'<a href="/tag/{i}" rel="tag">{esc(w)}</a>' for i, w in enumerate(words))
    return f'<div class="tags"><span>{esc(chrome["tags"])}:</span> {links}</div>'


def chrome_author_box(chrome: dict, art: Article) -> str:
    return (f'<div class="author-box"><img src="/a.jpg" alt=""><h4>{esc(art.author)}</h4>'
            f'<p>{esc(chrome["author_box"].format(name=art.author))}</p></div>')


def chrome_related(rng: random.Random, chrome: dict) -> str:
    items = "".join(f'<li><a href="/r/{rng.randint(1000, 9999)}"><img src="/t.jpg" alt=""><h3>{esc(t)}</h3></a></li>'
                    for t in chrome["more"])
    return f'<section class="related-articles"><h2>{esc(chrome["related"])}</h2><ul>{items}</ul></section>'


def chrome_comments_link(rng: random.Random, chrome: dict) -> str:
    return f'<a class="comments-link" href="#comments">{esc(chrome["comments"].format(n=rng.randint(2, 180)))}</a>'


def chrome_paywall(chrome: dict) -> str:
    text, button = chrome["paywall"]
    return f'<div class="paywall-box"><p>{esc(text)}</p><a class="btn" href="/abo">{esc(button)}</a></div>'


def chrome_cookie(chrome: dict) -> str:
    return f'<div id="cookie-consent" class="cookie-banner"><p>{esc(chrome["cookie"])}</p><button>OK</button></div>'


def chrome_footer(chrome: dict) -> str:
    links = "".join(f'<li><a href="/f{i}">{esc(x)}</a></li>' for i, x in enumerate(chrome["footer"]))
    return f'<footer class="site-footer"><ul>{links}</ul></footer>'


def chrome_sidebar(rng: random.Random, chrome: dict) -> str:
    items = "".join(f'<li><a href="/m/{i}">{esc(t)}</a></li>' for i, t in enumerate(reversed(chrome["more"])))
    text, button = chrome["newsletter"]
    return (f'<aside class="sidebar widget-area"><section class="widget"><h3>{esc(chrome["related"])}</h3><ol>{items}</ol></section>'
            f'<section class="widget"><p>{esc(text)}</p><button>{esc(button)}</button></section></aside>')


def head(art: Article, site: str, extra: str = "") -> str:
    """The ``<head>``: title, canonical URL (a host of its own per page), og:title, description."""
    desc = art.lead[:150] if art.lead else ""
    return (f'<head><meta charset="utf-8"><title>{esc(art.title)} | {esc(site)}</title>'
            f'<link rel="canonical" href="https://www.{site}/a/{len(art.title)}-{len(art.blocks)}">'
            f'<meta property="og:title" content="{html.escape(art.title)}">'
            f'<meta name="description" content="{html.escape(desc)}">{extra}</head>')
