"""Page shapes of the sixth blind page harness: whole documents in the shapes of several news CMSs.

``regional`` (a regional newspaper CMS of divs), ``broadcaster`` (a public broadcaster: article of text
paragraph classes, audio player on top), ``magazine`` (a magazine: blocks wrapping each paragraph),
``agency`` (a news agency wire page, plain story div), ``blog`` (a blog platform post), ``amp`` (an AMP-like
page of ``amp-*`` elements). Furniture goes before the body, between its paragraphs and after it, in an aside
and around the page.
"""
from __future__ import annotations

import html as _html
import json

from tests import page_blind6_furniture as F
from tests.page_blind6_furniture import Kit
from tests.page_blind6_prose import Article
from tests.page_blind6_words import W

E = _html.escape
SHAPES = ("regional", "broadcaster", "magazine", "agency", "blog", "amp")


def render_items(kit: Kit, art: Article, shape: str) -> list[str]:
    """The article's items as HTML blocks (list items grouped), in the shape's markup."""
    out, run = [], []
    pcls = {"broadcaster": ' class="textabsatz"', "agency": ""}.get(shape, "")
    hn = "h3" if shape in ("broadcaster", "agency") else "h2"
    for kind, text in art.items + [("END", "")]:
        if kind != "I" and run:
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in run) + "</ul>")
            run = []
        if kind == "I":
            run.append(text)
        elif kind == "L":
            out.append(f'<p{kit.c("lead")}><strong>{E(text)}</strong></p>' if shape != "agency"
                       else f"<p><b>{E(text)}</b></p>")
        elif kind == "H":
            out.append(f"<{hn}>{E(text)}</{hn}>")
        elif kind == "Q":
            out.append(f"<blockquote><p>{E(text)}</p></blockquote>")
        elif kind == "F":
            out.append(f'<p class="frage"><strong>{E(text)}</strong></p>' if kit.rng.random() < 0.5
                       else f"<p><b>{E(text)}</b></p>")
        elif kind in ("P", "A", "S"):
            out.append(f"<p{pcls}>{E(text)}</p>")
    if shape == "magazine":
        out = [f'<div{kit.c("box" if b.startswith("<h") else "body")} data-block="text">{b}</div>' for b in out]
    return out


def amp_swap(html: str) -> str:
    """AMP markup: images, ads and share buttons as amp elements."""
    html = html.replace("<img ", '<amp-img layout="responsive" ').replace('alt="">', 'alt=""></amp-img>')
    html = html.replace('style="min-height:250px"></div>', '></div><amp-ad width="300" height="250" type="doubleclick">'
                                                         '</amp-ad>')
    return html


def body_blocks(kit: Kit, art: Article, shape: str) -> tuple[list[str], list[str], list[str]]:
    """(head furniture, body blocks with inline furniture, tail furniture)."""
    rng = kit.rng
    blocks = render_items(kit, art, shape)
    head = [f(kit) for f in rng.sample(F.HEAD, rng.randint(1, 3))]
    if shape == "broadcaster" and not any("audio" == c for c, _ in kit.junk):
        head.insert(0, F.audio(kit))
    inside = [f(kit) for f in rng.sample(F.INSIDE, rng.randint(1, 3))]
    for fur in inside:
        blocks.insert(rng.randint(1, max(1, len(blocks) - 1)), fur)
    tail = [f(kit) for f in rng.sample(F.TAIL, rng.randint(2, 5))]
    return head, blocks, tail


def page_head(kit: Kit, art: Article, site: str, amp: bool = False) -> str:
    lead = next((t for k, t in art.items if k == "L"), "")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title, "description": lead,
          "inLanguage": art.lang, "datePublished": "2024-03-05T08:15:00+01:00",
          "author": {"@type": "Person", "name": kit.writer()}, "publisher": {"@type": "Organization", "name": site}}
    return (f'<!DOCTYPE html><html lang="{art.lang}"{" amp" if amp else ""}><head><meta charset="utf-8">'
            f"<title>{E(art.title)} | {E(site)}</title>"
            f'<meta name="description" content="{E(lead)}"><meta property="og:title" content="{E(art.title)}">'
            f'<meta property="og:type" content="article"><link rel="canonical" href="https://{site}/a/1.html">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
            f"<style>.x{{display:block}}</style></head>")


def header(kit: Kit, site: str) -> str:
    desks = kit.ws("desks")
    kit.add("nav", [" ".join(desks)])
    items = "".join(f'<li><a href="/{i}">{E(d)}</a></li>' for i, d in enumerate(desks))
    return (f'<header{kit.c("header")}><a class="logo" href="/"><img src="/logo.svg" alt="{E(site)}"></a>'
            f'<nav{kit.c("nav")}><ul>{items}</ul></nav></header>')


def footer(kit: Kit, site: str) -> str:
    links = kit.ws("footer")
    kit.add("footer", [" ".join(links)])
    items = " | ".join(f'<a href="/{i}">{E(x)}</a>' for i, x in enumerate(links))
    return f'<footer{kit.c("footer")}><p>{items}</p><p>© 2024 {E(site)}</p></footer>'


def meta_line(kit: Kit) -> str:
    by, name, date = W[kit.lang]["by"], kit.writer(), kit.date()
    line = f"{by} {name}".strip()
    return (f'<div{kit.c("meta")}><span class="author">{E(line)}</span> '
            f'<time datetime="2024-03-05T08:15">{E(date)}</time></div>')


def aside(kit: Kit) -> str:
    parts = [f(kit) for f in kit.rng.sample(F.OUTSIDE, kit.rng.randint(1, 2))]
    return f'<aside{kit.c("aside")}>' + "".join(parts) + "</aside>"


def compose(kit: Kit, art: Article, shape: str, site: str) -> str:
    rng = kit.rng
    head, blocks, tail = body_blocks(kit, art, shape)
    title = f'<h1{kit.c("title")}>{E(art.title)}</h1>'
    crumbs = F.crumbs(kit) if rng.random() < 0.5 and not any(c == "crumbs" for c, _ in kit.junk) else ""
    top = "".join(head)
    body = "".join(blocks)
    after = "".join(tail)
    if shape == "regional":
        art_html = (f'<div{kit.c("article")}>{crumbs}{title}{meta_line(kit)}{top}'
                    f'<div{kit.c("body")}>{body}</div>{after}</div>')
    elif shape == "broadcaster":
        art_html = (f'<article{kit.c("article")}><header>{crumbs}<span class="dachzeile">'
                    f'{E(rng.choice(kit.ws("desks")))}</span>{title}{meta_line(kit)}</header>{top}'
                    f'<div{kit.c("body")}>{body}</div><footer>{after}</footer></article>')
    elif shape == "magazine":
        art_html = (f'<article{kit.c("article")}><div{kit.c("meta")}>{title}{meta_line(kit)}</div>{top}'
                    f'<section{kit.c("body")}>{body}</section><div{kit.c("box")}>{after}</div></article>')
    elif shape == "agency":
        art_html = (f'<div{kit.c("article")} id="story">{title}{meta_line(kit)}{top}<div{kit.c("body")}>'
                    f'{body}</div>{after}</div>')
    elif shape == "blog":
        art_html = (f'<article{kit.c("article")} id="post-{rng.randint(10, 9999)}"><header>{title}'
                    f'{meta_line(kit)}</header>{top}<div{kit.c("body")}>{body}{after}</div></article>')
    else:
        art_html = (f'<article{kit.c("article")}>{title}{meta_line(kit)}{top}<div{kit.c("body")}>{body}</div>'
                   f'{after}</article>')
    page = (page_head(kit, art, site, shape == "amp") + f"<body>{header(kit, site)}{crumbs if shape == 'agency' else ''}"
            f'<main{kit.c("main")}>{art_html}{aside(kit)}</main>{footer(kit, site)}')
    if rng.random() < 0.3:
        page += F.consent(kit)
    page += "</body></html>"
    return amp_swap(page) if shape == "amp" else page
