"""Page templates of the blind page harness: CMS markups as they are found in the wild.

Each template takes ``(rng, art, chrome, site, date)`` and returns a whole HTML page. The
furniture (header, breadcrumbs, byline, share row, tags, author box, related teasers, comment
link, newsletter and paywall boxes, cookie banner, sidebar, footer) is drawn at random.
"""
from __future__ import annotations

import json
import random

from tests.page_blind_compose import Article
from tests.page_blind_parts import (Skin, chrome_author_box, chrome_breadcrumbs, chrome_byline, chrome_comments_link,
                                    chrome_cookie, chrome_footer, chrome_header, chrome_paywall, chrome_related,
                                    chrome_share, chrome_sidebar, chrome_tags, esc, head, render_blocks)


def maybe(rng: random.Random, p: float, text: str) -> str:
    return text if rng.random() < p else ""


def lead_html(art: Article, tag: str = "p.lead") -> str:
    """The lead in ``tag`` ("name.class", or a format string with ``{}``)."""
    if not art.lead:
        return ""
    if "{}" in tag:
        return tag.format(esc(art.lead))
    name, _, cls = tag.partition(".")
    return f'<{name} class="{cls}">{esc(art.lead)}</{name}>'


def page(art: Article, site: str, body: str, html_attrs: str = "", head_extra: str = "") -> str:
    return f'<!DOCTYPE html><html lang="{art.lang}"{html_attrs}>{head(art, site, head_extra)}<body>{body}</body></html>'


def wordpress(rng, art, chrome, site, date):
    skin = Skin(p="<p>{}</p>", h2='<h2 class="wp-block-heading">{}</h2>', ul='<ul class="wp-block-list">{}</ul>',
                quote='<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
                figure=('<figure class="wp-block-image size-large"><img src="/wp-content/uploads/{n}.jpg" alt="">'
                        '<figcaption class="wp-element-caption">{cap} ({photo}: {credit})</figcaption></figure>'))
    body = (f'{chrome_header(rng, chrome, site)}<div id="content" class="site-content"><main id="main" class="site-main">'
            f'<article id="post-{rng.randint(100, 9999)}" class="post type-post status-publish format-standard hentry">'
            f'<header class="entry-header">{maybe(rng, .5, chrome_breadcrumbs(chrome, chrome["nav"][1]))}'
            f'<h1 class="entry-title">{esc(art.title)}</h1><div class="entry-meta">{chrome_byline(rng, chrome, art, date)}</div></header>'
            f'<div class="entry-content">{lead_html(art, "<p><strong>{}</strong></p>")}{render_blocks(rng, art, chrome, skin)}'
            f'{maybe(rng, .6, chrome_share(chrome))}</div>'
            f'<footer class="entry-footer">{chrome_tags(rng, chrome)}</footer></article>'
            f'{maybe(rng, .5, chrome_author_box(chrome, art))}{maybe(rng, .6, chrome_related(rng, chrome))}'
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{esc(chrome["comments"].format(n=0))}</h2></div>'
            f'</main>{chrome_sidebar(rng, chrome)}</div>{chrome_footer(chrome)}')
    return page(art, site, body)


def drupal(rng, art, chrome, site, date):
    skin = Skin(p="<p>{}</p>")
    body = (f'<div class="dialog-off-canvas-main-canvas">{chrome_header(rng, chrome, site)}'
            f'{maybe(rng, .6, chrome_breadcrumbs(chrome, chrome["nav"][2]))}<main role="main"><div class="region region-content">'
            f'<article role="article" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{esc(art.title)}</span></h1>'
            f'<div class="node__meta">{chrome_byline(rng, chrome, art, date)}</div>'
            f'<div class="field field--name-field-teaser field--type-string-long">{esc(art.lead)}</div>'
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            f'{render_blocks(rng, art, chrome, skin)}</div>'
            f'<div class="field field--name-field-tags field--type-entity-reference">{chrome_tags(rng, chrome)}</div>'
            f'</article></div>{maybe(rng, .7, chrome_related(rng, chrome))}</main>{chrome_footer(chrome)}</div>')
    return page(art, site, body)


def joomla(rng, art, chrome, site, date):
    skin = Skin()
    body = (f'{chrome_header(rng, chrome, site)}<div id="system-message-container"></div>'
            f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
            f'<h2 itemprop="headline">{esc(art.title)}</h2></div><dl class="article-info muted"><dd class="createdby" itemprop="author">'
            f'{esc(chrome["by"])} <span itemprop="name">{esc(art.author)}</span></dd><dd class="published"><time itemprop="datePublished" '
            f'datetime="{date}">{date}</time></dd></dl><div itemprop="articleBody">{lead_html(art)}'
            f'{render_blocks(rng, art, chrome, skin)}</div><ul class="pager pagenav"><li class="previous"><a href="/p">&lt; Prev</a></li>'
            f'<li class="next"><a href="/n">Next &gt;</a></li></ul></div>{chrome_footer(chrome)}')
    return page(art, site, body)


def ghost(rng, art, chrome, site, date):
    skin = Skin(figure='<figure class="kg-card kg-image-card kg-card-hascaption"><img class="kg-image" src="/c/{n}.jpg" alt=""><figcaption>{cap}<br>{photo}: {credit}</figcaption></figure>',
                newsletter='<div class="kg-card kg-signup-card"><h2>Newsletter</h2><p>{text}</p><button>{button}</button></div>')
    body = (f'<div class="gh-site">{chrome_header(rng, chrome, site)}<main class="gh-main"><article class="gh-article post">'
            f'<header class="gh-article-header gh-canvas"><h1 class="gh-article-title">{esc(art.title)}</h1>'
            f'{lead_html(art, "p.gh-article-excerpt")}<div class="gh-article-meta">{chrome_byline(rng, chrome, art, date)}</div></header>'
            f'<section class="gh-content gh-canvas">{render_blocks(rng, art, chrome, skin)}</section></article>'
            f'{maybe(rng, .7, chrome_related(rng, chrome))}</main>{chrome_footer(chrome)}</div>')
    return page(art, site, body)


def arc(rng, art, chrome, site, date):
    skin = Skin(p='<p class="c-paragraph" data-el="text">{}</p>', h2='<h2 class="c-heading" data-el="header">{}</h2>',
                figure='<figure class="c-media-item"><img src="/r/{n}.jpg" alt=""><figcaption><span class="c-caption">{cap}</span> <span class="c-credit">({photo}: {credit})</span></figcaption></figure>',
                ad='<div class="arcad-feature" data-ad="{n}"><div class="arcad-label">{label}</div></div>',
                read_also='<div class="c-interstitial-link"><span>{label}</span> <a href="/{slug}">{title}</a></div>')
    body = (f'<div id="fusion-app">{chrome_header(rng, chrome, site)}<main class="b-single-chain">'
            f'<div class="b-overline"><a href="/s">{esc(chrome["nav"][1])}</a></div>'
            f'<h1 class="b-headline">{esc(art.title)}</h1>{lead_html(art, "h2.b-subheadline")}'
            f'<div class="b-byline">{chrome_byline(rng, chrome, art, date)}</div>{maybe(rng, .6, chrome_share(chrome))}'
            f'<article class="b-article-body">{render_blocks(rng, art, chrome, skin)}</article>'
            f'{maybe(rng, .4, chrome_paywall(chrome))}{chrome_tags(rng, chrome)}{maybe(rng, .7, chrome_related(rng, chrome))}'
            f'</main>{chrome_footer(chrome)}</div>')
    return page(art, site, body)


def nextjs(rng, art, chrome, site, date):
    h = f"{rng.randint(10000, 99999):x}"
    skin = Skin(p=f'<p class="Paragraph_paragraph__{h}">{{}}</p>', h2=f'<h2 class="Heading_h2__{h}">{{}}</h2>',
                figure=f'<figure class="Image_figure__{h}"><img src="/_next/image?url=%2F{{n}}.jpg&amp;w=1080" alt=""><figcaption class="Image_caption__{h}">{{cap}} {{photo}}: {{credit}}</figcaption></figure>',
                ad=f'<div class="AdSlot_container__{h}"><p class="AdSlot_label__{h}">{{label}}</p></div>')
    data = {"props": {"pageProps": {"article": {"headline": art.title, "lead": art.lead, "author": art.author,
                                               "body": [{"type": "p", "text": t} for t in art.gold_lines()]}}}, "page": "/[slug]"}
    body = (f'<div id="__next"><div class="Layout_root__{h}">{chrome_header(rng, chrome, site)}<main class="Layout_main__{h}">'
            f'<article class="Article_article__{h}"><header class="Article_header__{h}"><h1 class="Article_title__{h}">{esc(art.title)}</h1>'
            f'{lead_html(art, "p.Article_lead__" + h)}<div class="Article_meta__{h}">{chrome_byline(rng, chrome, art, date)}</div></header>'
            f'<div class="Article_body__{h}">{render_blocks(rng, art, chrome, skin)}</div>'
            f'<div class="Article_footer__{h}">{chrome_tags(rng, chrome)}{maybe(rng, .6, chrome_share(chrome))}</div></article>'
            f'{maybe(rng, .7, chrome_related(rng, chrome))}</main>{chrome_footer(chrome)}</div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>')
    return page(art, site, body)


AMP_LEAD = '<p class="amp-lead"><b>{}</b></p>'


def amp(rng, art, chrome, site, date):
    skin = Skin(figure='<figure><amp-img src="/a/{n}.jpg" width="800" height="450" layout="responsive"></amp-img><figcaption>{cap} {photo}: {credit}</figcaption></figure>',
                ad='<div class="ad-wrapper"><span>{label}</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/{n}/x"></amp-ad></div>')
    share = "".join(f'<amp-social-share type="{t}"></amp-social-share>' for t in ("facebook", "twitter", "whatsapp"))
    body = (f'{chrome_header(rng, chrome, site)}<article class="amp-article"><header><h1>{esc(art.title)}</h1>'
            f'{chrome_byline(rng, chrome, art, date)}</header>{lead_html(art, AMP_LEAD)}'
            f'<div class="amp-article-body">{render_blocks(rng, art, chrome, skin)}</div><div class="share">{share}</div>'
            f'{chrome_tags(rng, chrome)}</article>{maybe(rng, .7, chrome_related(rng, chrome))}{chrome_footer(chrome)}')
    return page(art, site, body, html_attrs=" amp", head_extra='<script async src="https://cdn.ampproject.org/v0.js"></script>')


def blogger(rng, art, chrome, site, date):
    parts = []
    for kind, value in art.blocks:
        if kind == "p":
            parts.append(esc(value))
        elif kind == "qa":
            parts.append(f"<b>{esc(value[0])}</b><br />{esc(value[1])}")
        elif kind == "h2":
            parts.append(f"<b>{esc(value)}</b>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in value) + "</ul>")
        elif kind == "quote":
            parts.append(f"<blockquote>{esc(value)}</blockquote>")
        elif kind == "figure":
            parts.append(f'<div class="separator"><a href="/i.jpg"><img src="/i.jpg"></a></div><span style="font-size:x-small">{esc(value[0])}</span>')
    text = "<br /><br />".join(parts)
    body = (f'<div class="content"><header><div class="header section"><h1 class="title">{esc(site)}</h1></div></header>'
            f'<div class="main section"><div class="date-outer"><h2 class="date-header"><span>{date}</span></h2>'
            f'<div class="post hentry"><h3 class="post-title entry-title">{esc(art.title)}</h3>'
            f'<div class="post-body entry-content">{lead_html(art, "<i>{}</i><br /><br />")}{text}</div>'
            f'<div class="post-footer"><span class="post-author vcard">Posted by {esc(art.author)}</span> '
            f'<span class="post-comment-link">{chrome_comments_link(rng, chrome)}</span> '
            f'<span class="post-labels">Labels: {esc(chrome["nav"][2])}, {esc(chrome["nav"][3])}</span></div></div></div></div>'
            f'<div class="sidebar section">{chrome_sidebar(rng, chrome)}</div></div>')
    return page(art, site, body)


def medium(rng, art, chrome, site, date):
    skin = Skin(p='<p class="pw-post-body-paragraph ab cd ef">{}</p>', h2='<h2 class="pw-post-body-paragraph gh ij">{}</h2>',
                quote='<blockquote class="kl"><p class="mn">{}</p></blockquote>')
    body = (f'<div id="root"><div class="a b c"><nav class="nav"><a href="/">Medium</a></nav><article><div class="l">'
            f'<section><h1 class="pw-post-title" data-testid="storyTitle">{esc(art.title)}</h1>'
            f'{lead_html(art, "h2.pw-subtitle-paragraph")}<div class="speechify-ignore"><span data-testid="authorName">{esc(art.author)}</span>'
            f'<span>·</span><button>Follow</button><span data-testid="storyReadTime">6 min read</span><span>·</span><span>{date}</span></div>'
            f'{render_blocks(rng, art, chrome, skin)}</section></div></article>'
            f'<div class="pw-multi-vote-count"><button>{rng.randint(20, 900)}</button></div><div>{chrome_author_box(chrome, art)}</div></div></div>')
    return page(art, site, body)


def substack(rng, art, chrome, site, date):
    skin = Skin(newsletter='<div class="subscription-widget-wrap"><div class="subscription-widget"><p>{text}</p><form><input type="email"><button>{button}</button></form></div></div>')
    body = (f'<div id="entry"><div class="main-menu"><a href="/">{esc(site)}</a><a href="/subscribe">{esc(chrome["newsletter"][1])}</a></div>'
            f'<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">{esc(art.title)}</h1>'
            f'{lead_html(art, "h3.subtitle")}<div class="post-meta"><a class="pencraft">{esc(art.author)}</a><div>{date}</div></div></div>'
            f'<div class="available-content"><div class="body markup" dir="auto">{render_blocks(rng, art, chrome, skin)}</div></div>'
            f'{chrome_share(chrome)}{chrome_comments_link(rng, chrome)}</article></div>')
    return page(art, site, body)


def portal(rng, art, chrome, site, date):
    """A regional news portal: kicker, lead, article__ classes, boxes inside the text, paywall."""
    skin = Skin(p='<p class="article__text">{}</p>', h2='<h3 class="article__subheadline">{}</h3>',
                read_also='<div class="article__related-inline"><span class="article__related-label">{label}</span><a href="/{slug}" class="teaser"><h4>{title}</h4></a></div>',
                ad='<div class="ad-container"><div class="ad-label">{label}</div><div id="div-gpt-ad-{n}"></div></div>')
    body = (f'{chrome_cookie(chrome)}{chrome_header(rng, chrome, site)}{chrome_breadcrumbs(chrome, chrome["nav"][5])}'
            f'<main><article class="article"><header class="article__header"><span class="article__kicker">{esc(chrome["nav"][5])}</span>'
            f'<h1 class="article__headline">{esc(art.title)}</h1></header>{lead_html(art, "p.article__intro")}'
            f'<div class="article__meta">{chrome_byline(rng, chrome, art, date)} <span>{esc(chrome["updated"])} {date}</span></div>'
            f'{maybe(rng, .5, chrome_share(chrome))}<div class="article__body">{render_blocks(rng, art, chrome, skin)}</div>'
            f'{maybe(rng, .4, chrome_paywall(chrome))}{chrome_tags(rng, chrome)}{maybe(rng, .5, chrome_author_box(chrome, art))}'
            f'{chrome_comments_link(rng, chrome)}</article>{chrome_related(rng, chrome)}</main>{chrome_sidebar(rng, chrome)}{chrome_footer(chrome)}')
    return page(art, site, body)


def legacy(rng, art, chrome, site, date):
    """An older site: a layout table, font tags, a div#content, text cells beside the menu."""
    skin = Skin(p='<p align="justify">{}</p>', h2="<p><b>{}</b></p>",
                quote='<p><i>{}</i></p>', figure='<table class="img"><tr><td><img src="/p/{n}.jpg"></td></tr><tr><td class="caption"><small>{cap} ({photo}: {credit})</small></td></tr></table>')
    menu = "<br>".join(f'<a href="/m{i}">{esc(x)}</a>' for i, x in enumerate(chrome["nav"]))
    body = (f'<table width="100%"><tr><td colspan="2" class="top"><h1 class="logo">{esc(site)}</h1></td></tr>'
            f'<tr><td width="180" valign="top" class="menu">{menu}</td><td valign="top"><div id="content">'
            f'<span class="date">{date}</span><h2 class="title">{esc(art.title)}</h2>{lead_html(art, "<p><b>{}</b></p>")}'
            f'{render_blocks(rng, art, chrome, skin)}<p class="author">{esc(chrome["by"])} {esc(art.author)}</p>'
            f'<div class="print"><a href="?print=1">Print</a> | <a href="mailto:">E-mail</a></div></div></td></tr>'
            f'<tr><td colspan="2" class="footer">{" | ".join(esc(x) for x in chrome["footer"])}</td></tr></table>')
    return page(art, site, body)


TEMPLATES = {"wordpress": wordpress, "drupal": drupal, "joomla": joomla, "ghost": ghost, "arc": arc, "nextjs": nextjs,
             "amp": amp, "blogger": blogger, "medium": medium, "substack": substack, "portal": portal, "legacy": legacy}
