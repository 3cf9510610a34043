"""Markup of the ninth blind page harness: whole documents in the shapes of 2018-2026 news sites and blogs.

Shapes: ``wpblock`` (a WordPress block theme: template parts, ``wp-block-group`` / ``is-layout-*`` wrappers,
``wp-block-post-content``), ``next`` (a Next.js / Arc XP page: ``#__next``, hashed emotion classes, paragraphs with
``data-testid``), ``headless`` (headless-CMS output: every paragraph a ``div[data-component=text-block]`` with
hashed ``ssrcss-`` classes, text straight in divs half of the time), ``nuxt`` (``#__nuxt``, ``data-v-`` scoped
attributes everywhere), ``ghost`` (``gh-content`` with ``kg-card`` boxes), ``substack`` (``available-content`` /
``body markup``, subscription widgets), ``medium`` (``pw-post-body-paragraph`` with atomic classes), ``amp``
(``amp-img``, ``amp-carousel`` of captioned slides, ``amp-consent``) and ``tailwind`` (``prose max-w-none``
with ``not-prose`` boxes).
"""
from __future__ import annotations

import html as _html
import json

from tests import page_blind9_furniture as F
from tests.page_blind9_furniture import Kit

E = _html.escape
SHAPES = ("wpblock", "next", "headless", "nuxt", "ghost", "substack", "medium", "amp", "tailwind")
STYLE = {"wpblock": "wp", "next": "hash", "headless": "hash", "nuxt": "plain", "ghost": "ghost", "substack": "plain",
         "medium": "hash", "amp": "plain", "tailwind": "tw"}
ATOMS = "ab ac bf bg ch ci fj fk gt gu nh ni nj nk ny nz oa ob ok ol pa pb pp pq".split()


def _atoms(kit: Kit) -> str:
    return " ".join(kit.rng.sample(ATOMS, 5))


def _img(kit: Kit, shape: str) -> str:
    src = f"https://cdn.example.net/images/{kit.hash(10)}.webp"
    if shape == "amp":
        return f'<amp-img src="{src}" width="1200" height="800" layout="responsive" alt=""></amp-img>'
    if shape == "next":
        return (f'<span class="css-{kit.hash()}"><img alt="" src="/_next/image?url={src}&amp;w=1080&amp;q=75" '
                f'decoding="async" data-nimg="responsive"></span>')
    return f'<img src="{src}" width="1200" height="800" loading="lazy" alt="">'


def element(kit: Kit, shape: str, kind: str, x, i: int = 0) -> str:
    """One true element of the story in the shape's markup."""
    v = f" data-v-{kit.vhash}" if shape == "nuxt" else ""
    if kind == "p":
        if shape == "next":
            return f'<p class="css-{kit.hash()} e{kit.hash(4)}0" data-testid="paragraph-{i}">{E(x)}</p>'
        if shape == "headless":
            inner = E(x) if kit.divtext else f'<p class="ssrcss-{kit.hash()}-Paragraph">{E(x)}</p>'
            return (f'<div data-component="text-block" class="ssrcss-{kit.hash()}-RichTextComponentWrapper">'
                    f'<div class="ssrcss-{kit.hash()}-RichTextContainer">{inner}</div></div>')
        if shape == "medium":
            return (f'<p id="{kit.hash(4)}" class="pw-post-body-paragraph {_atoms(kit)}" '
                    f'data-selectable-paragraph="">{E(x)}</p>')
        return f"<p{v}>{E(x)}</p>"
    if kind == "h":
        attrs = {"wpblock": f' class="wp-block-heading" id="h-{i}"', "medium": f' class="{_atoms(kit)}"',
                 "next": f' class="css-{kit.hash()}" id="h-{i}"', "tailwind": f' id="h-{i}"'}.get(shape, v)
        h = f"<h2{attrs}>{E(x)}</h2>"
        if shape == "headless":
            h = f'<div data-component="subheadline-block" class="ssrcss-{kit.hash()}">{h}</div>'
        return h
    if kind == "ul":
        cls = ' class="wp-block-list"' if shape == "wpblock" else v
        return f"<ul{cls}>" + "".join(f"<li{v}>{E(t)}</li>" for t in x) + "</ul>"
    if kind == "q":
        if shape == "wpblock":
            return (f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>{E(x)}</p>'
                    "</blockquote>")
        if shape == "headless":
            return (f'<div data-component="quote-block" class="ssrcss-{kit.hash()}"><blockquote><p>{E(x)}</p>'
                    '</blockquote></div>')
        return f"<blockquote{v}><p>{E(x)}</p></blockquote>"
    if kind == "table":
        rows = "".join("<tr>" + "".join(f"<td>{E(c.strip())}</td>" for c in r.split("|")) + "</tr>" for r in x)
        table = f"<table><tbody>{rows}</tbody></table>"
        if shape == "wpblock":
            return (f'<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>{rows}</tbody></table>'
                    '</figure>')
        if shape in ("next", "headless"):
            return f'<div class="css-{kit.hash()}" data-testid="table-wrapper">{table}</div>'
        return table
    if kind == "fig":
        cap = f"<figcaption>{E(x)}</figcaption>" if x else ""
        if shape == "wpblock":
            cap = f'<figcaption class="wp-element-caption">{E(x)}</figcaption>' if x else ""
            return f'<figure class="wp-block-image size-large">{_img(kit, shape)}{cap}</figure>'
        if shape == "ghost":
            return f'<figure class="kg-card kg-image-card kg-card-hascaption">{_img(kit, shape)}{cap}</figure>'
        if shape == "substack":
            cap = f'<figcaption class="image-caption">{E(x)}</figcaption>' if x else ""
            return (f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" '
                    f'target="_blank" href="#"><picture>{_img(kit, shape)}</picture></a>{cap}</figure></div>')
        if shape in ("next", "headless", "medium"):
            cap = f'<figcaption class="css-{kit.hash()}"><span>{E(x)}</span></figcaption>' if x else ""
        return f"<figure{v}>{_img(kit, shape)}{cap}</figure>"
    return x


def body(kit: Kit, shape: str, blocks: list) -> str:
    out, slides = [], []
    for i, (kind, x) in enumerate(blocks):
        if shape == "amp" and kind == "fig" and x and kit.carousel:
            slides.append(f"<figure>{_img(kit, shape)}<figcaption>{E(x)}</figcaption></figure>")
            continue
        if slides:
            out.append('<amp-carousel type="slides" width="1200" height="900" layout="responsive">'
                       + "".join(slides) + "</amp-carousel>")
            slides = []
        out.append(element(kit, shape, kind, x, i))
    if slides:
        out.append('<amp-carousel type="slides" layout="responsive">' + "".join(slides) + "</amp-carousel>")
    return "".join(out)


def _nav(kit: Kit) -> str:
    links = "".join(f'<li><a href="/{t.lower()}">{E(t)}</a></li>' for t in kit.ws("topics"))
    return f'<nav aria-label="Main"><ul>{links}</ul></nav>'


def _head(kit: Kit, shape: str, title: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": "2025-03-14T08:00:00+01:00", "inLanguage": kit.lang}, ensure_ascii=False)
    amp = '<script async src="https://cdn.ampproject.org/v0.js"></script>' if shape == "amp" else ""
    return (f'<head><meta charset="utf-8"><title>{E(title)} | Example</title><meta property="og:title" '
            f'content="{E(title)}"><meta name="viewport" content="width=device-width,initial-scale=1">{amp}'
            f'<script type="application/ld+json">{ld}</script></head>')


def page(kit: Kit, shape: str, title: str, inner: str, after: str, byline: str) -> str:
    """The whole document: chrome, the article (``inner`` holds the story and its in-article furniture)."""
    h1, foot = E(title), f"<footer><p>© {kit.rng.randint(2019, 2026)} Example Media</p>{_nav(kit)}</footer>"
    rtl = ' dir="rtl"' if kit.lang in ("ar", "he") else ""
    banner = F.cookie_banner(kit) if kit.rng.random() < 0.6 else ""
    rail = F.most_read(kit) if kit.rng.random() < 0.4 else ""
    if shape == "wpblock":
        main = (f'<header class="wp-block-template-part"><div class="wp-block-group is-layout-flex">'
                f'<p class="wp-block-site-title"><a href="/">Example</a></p>{_nav(kit)}</div></header>'
                f'<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group '
                f'alignwide is-layout-constrained"><h1 class="wp-block-post-title">{h1}</h1><div class="wp-block-post-'
                f'date"><time>{byline}</time></div><div class="entry-content wp-block-post-content '
                f'is-layout-constrained '
                f'wp-block-post-content-is-layout-constrained">{inner}</div>{after}</div>{rail}</main>')
    elif shape in ("next", "headless"):
        root = "__next" if shape == "next" else "root"
        main = (f'<div id="{root}"><header class="css-{kit.hash()}">{_nav(kit)}</header><main class="css-{kit.hash()}">'
                f'<article class="css-{kit.hash()}"><h1 class="css-{kit.hash()}" data-testid="headline">{h1}</h1>'
                f'<div class="css-{kit.hash()}" data-testid="byline">{byline}</div><div class="css-{kit.hash()}" '
                f'data-testid="article-body">{inner}</div>{after}</article>{rail}</main></div>')
    elif shape == "nuxt":
        v = f"data-v-{kit.vhash}"
        main = (f'<div id="__nuxt"><div id="__layout"><div {v} class="page"><header {v}>{_nav(kit)}</header>'
                f'<article {v} class="article"><h1 {v}>{h1}</h1><p {v} class="byline">{byline}</p><div {v} '
                f'class="article__content">{inner}</div>{after}</article>{rail}</div></div></div>')
    elif shape == "ghost":
        main = (f'<div class="viewport"><header id="gh-head" class="gh-head">{_nav(kit)}</header><main id="site-main" '
                f'class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 '
                f'class="article-title">{h1}</h1><div class="article-byline">{byline}</div></header><section '
                f'class="gh-content gh-canvas">{inner}</section>{after}</article></main>{rail}</div>')
    elif shape == "substack":
        main = (f'<div id="entry"><div class="main-menu">{_nav(kit)}</div><article class="typography newsletter-post '
                f'post"><div class="post-header"><h1 class="post-title published">{h1}</h1><div class="post-meta">'
                f'{byline}</div></div><div class="available-content"><div dir="auto" class="body markup">{inner}'
                f'</div></div>{after}</article></div>')
    elif shape == "medium":
        main = (f'<div id="root"><div class="{_atoms(kit)}">{_nav(kit)}</div><article><div class="l"><section><div '
                f'class="{_atoms(kit)}"><div class="{_atoms(kit)}"><h1 class="pw-post-title {_atoms(kit)}" data-'
                f'testid="storyTitle">{h1}</h1><div class="{_atoms(kit)}">{byline}</div>{inner}</div></div></section>'
                f'</div>{after}</article></div>')
    elif shape == "amp":
        banner = ('<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">' + banner + '</div>'
                  '</amp-consent>') if banner else ""
        main = (f'<header class="site-header">{_nav(kit)}</header><main><article class="amp-article"><h1>{h1}</h1>'
                f'<div class="byline">{byline}</div><div class="article-body">{inner}</div>{after}</article>'
                f'<amp-ad width="300" height="250" type="doubleclick"></amp-ad></main>')
    else:
        main = (f'<header class="sticky top-0 z-40 border-b bg-white">{_nav(kit)}</header><main class="mx-auto grid '
                f'max-w-6xl grid-cols-12 gap-8 px-4"><article class="col-span-12 lg:col-span-8"><h1 class="text-4xl '
                f'font-bold tracking-tight">{h1}</h1><p class="mt-2 text-sm text-slate-500">{byline}</p><div '
                f'class="prose prose-lg mt-8 max-w-none dark:prose-invert">{inner}</div>{after}</article><aside '
                f'class="col-span-4 hidden lg:block">{rail}</aside></main>')
    amp = " ⚡" if shape == "amp" else ""
    return (f'<!doctype html><html{amp} lang="{kit.lang}"{rtl}>{_head(kit, shape, title)}<body>{main}{foot}{banner}'
            "</body></html>")
