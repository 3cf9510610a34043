"""Fourth blind page harness layouts, app and platform templates: AMP, a hydrated Next.js page (the article
also in its JSON), Ghost, a Medium-like story, a Substack-like newsletter, a government press release,
an academic blog post with footnotes and references, a wiki-like page with infobox and contents."""
from __future__ import annotations

import json

from tests.page_blind4_compose import Article, Kit, esc
from tests.page_blind4_render import blocks, box, byline, footer, head, header


def title(kit: Kit, art: Article, tag: str = "h1", cls: str = "headline") -> str:
    return f'<{tag} class="{cls}">{kit.j("title", art.title)}</{tag}>'


def amp(kit: Kit, art: Article, spare: list[str]) -> str:
    body = blocks(kit, art, spare).replace("<img ", "<amp-img layout=\"responsive\" ").replace(
        '<iframe src', '<amp-ad type="doubleclick" data-src').replace("</iframe>", "</amp-ad>")
    rel = "".join(f'<div class="slide"><a href="{kit.href(h)}">{kit.j("related", h)}</a></div>' for h in kit.heads(3))
    return (head(kit, art, '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>'
                 'body{font-family:sans-serif}</style>').replace("<html", "<html amp") +
            f'<body><amp-sidebar id="menu" layout="nodisplay">{header(kit, "amp-nav")}</amp-sidebar>'
            f'<main id="content" role="main"><article class="amp-article">{title(kit, art)}{byline(kit, art)}'
            f'<amp-social-share type="facebook"></amp-social-share><div class="amp-article-body">{body}</div>'
            f'<amp-carousel type="slides" layout="fixed-height" height="120"><h4>{kit.j("related", kit.w["related"])}'
            f'</h4>{rel}</amp-carousel></article></main>{footer(kit)}</body></html>')


def nextjs(kit: Kit, art: Article, spare: list[str]) -> str:
    r = kit.rng
    cls = [f"css-{r.randint(1000, 9999):x}{r.choice('abcdef')}" for _ in range(6)]
    body = blocks(kit, art, spare)
    for tag, c in (("p", cls[0]), ("h2", cls[1]), ("h3", cls[2])):
        body = body.replace(f"<{tag}>", f'<{tag} class="{c}">')
    data = {"props": {"pageProps": {"article": {
        "headline": art.title, "author": {"name": art.author}, "datePublished": kit.date,
        "content": [{"type": k, "text": v if isinstance(v, str) else v[0] if k == "fn" else list(v)}
                    for k, v in art.blocks if k in ("p", "h2", "h3", "quote", "ul", "ol", "fn")]},
        "related": [{"title": h, "url": kit.href(h)} for h in kit.heads(3)]}}, "page": "/[section]/[slug]",
        "buildId": f"b{r.randint(10000, 99999)}"}
    most = box(kit, "mostread")
    return (head(kit, art, f'<link rel="preload" href="/_next/static/chunks/main-{r.randint(100, 999)}.js" as="script">') +
            f'<body><div id="__next"><div class="{cls[4]}">{header(kit)}<main class="{cls[5]}"><div class="'
            f'{cls[4]} layout"><article><div class="{cls[5]} hero">{title(kit, art)}{byline(kit, art)}</div>'
            f'<div class="{cls[4]} article-body" data-testid="article-body">{body}</div></article>'
            f'<aside class="{cls[5]}">{most}</aside></div></main>{footer(kit)}</div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
            '</body></html>')


def ghost(kit: Kit, art: Article, spare: list[str]) -> str:
    body = blocks(kit, art, spare).replace('<figure class="wp-img">', '<figure class="kg-card kg-image-card">')
    h = kit.heads(1)[0]
    bookmark = (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{kit.href(h)}">'
                f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{kit.j("related", h)}</div>'
                f'<div class="kg-bookmark-metadata"><span class="kg-bookmark-publisher">{esc(kit.site)}</span></div>'
                '</div></a></figure>')
    parts = body.split("\n")
    parts.insert(kit.rng.randint(1, len(parts)), bookmark)
    return (head(kit, art, '<meta name="generator" content="Ghost 5.82">') +
            f'<body class="post-template"><div class="gh-site">{header(kit, "gh-head")}<main class="gh-main">'
            f'<article class="gh-article post"><header class="gh-article-header gh-canvas">{title(kit, art, "h1", "gh-article-title")}'
            f'{byline(kit, art)}</header><section class="gh-content gh-canvas">{"".join(parts)}</section>'
            f'<footer class="gh-article-footer gh-canvas">{box(kit, "share")}</footer></article>'
            f'<section class="gh-cta"><h2>{kit.j("newsletter", kit.w["news_h"])}</h2><p>{kit.j("newsletter", kit.w["news_t"])}'
            f'</p><a href="#/portal/signup" data-portal="signup">{kit.j("newsletter", kit.w["signup"])}</a></section>'
            f'</main>{footer(kit)}</div></body></html>')


def medium(kit: Kit, art: Article, spare: list[str]) -> str:
    r, w = kit.rng, kit.w
    c = [f"{r.choice('abcdefgh')}{r.choice('ijklmnop')}" for _ in range(4)]
    body = blocks(kit, art, spare).replace("<p>", f'<p class="pw-post-body-paragraph {c[0]} {c[1]}">')
    claps = f"{r.randint(1, 9)}.{r.randint(1, 9)}K"
    return (head(kit, art) + f'<body><div id="root"><div class="{c[2]}">{header(kit, "metabar")}'
            f'<article><div class="{c[3]}"><section><div class="{c[0]}"><div class="member-banner">'
            f'{kit.j("member", w["member"])}</div>{title(kit, art, "h1", "pw-post-title")}<div class="pw-author">'
            f'{kit.j("byline", art.author)} · <button>{kit.j("follow", w["follow"])}</button> · '
            f'{kit.j("byline", kit.n("read", 3, 12))}</div><div class="actions"><span>{claps}</span> '
            f'<button>{kit.j("listen", w["listen"])}</button> <button>{kit.j("share", w["share"])}</button></div>'
            f'<div class="{c[1]}">{body}</div></div></section></div></article><div class="author-bio"><p>'
            f'{kit.j("bio", kit.n("bio"))}</p></div>{box(kit, "related")}</div></div></body></html>')


def substack(kit: Kit, art: Article, spare: list[str]) -> str:
    w = kit.w
    widget = (f'<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">'
              f'{kit.j("thanks", w["thanks"])}</p><form><input type="email" placeholder="Type your email…">'
              f'<button>{kit.j("thanks", w["signup"])}</button></form></div></div>')
    parts = blocks(kit, art, spare).split("\n")
    parts.insert(kit.rng.randint(1, len(parts)), widget)
    return (head(kit, art, '<meta name="generator" content="Substack">') +
            f'<body><div class="main-menu">{esc(kit.site)}</div><div class="post-wrapper"><article class="post">'
            f'<div class="post-header">{title(kit, art, "h1", "post-title")}<h3 class="subtitle">'
            f'{kit.j("title", spare[1][:60])}</h3>{byline(kit, art)}</div><div class="available-content">'
            f'<div class="body markup" dir="auto">{"".join(parts)}</div></div>{widget.replace("wrap", "wrap end")}'
            f'<div class="post-footer"><a class="like">{kit.rng.randint(5, 200)}</a> <a>{kit.j("comments", kit.n("comments"))}'
            f'</a> <a>{kit.j("share", w["share"])}</a></div></article></div></body></html>')


def gov_press(kit: Kit, art: Article, spare: list[str]) -> str:
    w, name = kit.w, kit.rng.choice(kit.data["names"])
    crumbs = " › ".join(esc(x) for x in w["nav"].split("|")[:3])
    kit.j("nav", " ".join(w["nav"].split("|")[:3]))
    return (head(kit, art) + f'<body class="gov">{header(kit, "govuk-header")}<div class="breadcrumbs">{crumbs}</div>'
            f'<main id="main-content"><div class="press-release"><p class="release-label">{kit.j("release", w["release"])}'
            f'</p>{title(kit, art, "h1", "govuk-heading-l")}<p class="meta"><time>{kit.date}</time></p>'
            f'<div class="govspeak">{blocks(kit, art, spare)}<p class="end">###</p>'
            f'<h3>{kit.j("contact", w["contact"])}</h3><p>{kit.j("contact", name)}<br>+49 30 1234 5678<br>'
            f'press@{esc(kit.site)}</p><p class="about"><strong>{kit.j("about", w["about"])}</strong></p></div></div>'
            f'<div class="feedback"><p>{kit.j("helpful", w["helpful"])}</p><button>✓</button><button>✗</button></div>'
            f'</main>{footer(kit)}</body></html>')


def academic(kit: Kit, art: Article, spare: list[str]) -> str:
    w = kit.w
    marks = [v[1] for k, v in art.blocks if k == "fn"]
    hl = kit.data["hl"]
    notes = "".join(f'<li id="fn{i}"><p>{kit.j("notes", hl[i % len(hl)])}, p. {i * 7}. <a href="#fnref{i}">↩</a></p></li>'
                    for i in marks)
    refs = "".join(f'<li>{kit.j("refs", kit.rng.choice(kit.data["names"]) + " (" + str(2000 + i) + "). " + h)}. '
                   f'<em>Journal</em> {i + 3}: {i * 11}–{i * 11 + 9}.</li>' for i, h in enumerate(kit.heads(3)))
    return (head(kit, art) + f'<body>{header(kit)}<div class="container"><main><article class="post h-entry">'
            f'{title(kit, art, "h1", "p-name")}{byline(kit, art)}<div class="e-content">{blocks(kit, art, spare)}</div>'
            f'<section class="footnotes" role="doc-endnotes"><h2>{kit.j("notes", w["notes"])}</h2><ol>{notes}</ol></section>'
            f'<section class="references"><h2>{kit.j("refs", w["refs"])}</h2><ol>{refs}</ol></section>'
            f'<div class="cite-box"><h4>{kit.j("cite", w["cite"])}</h4><pre>{esc(art.author)} ({kit.date[:4]}). '
            f'{esc(art.title)}. {esc(kit.site)}</pre></div></article></main>'
            f'<aside class="sidebar">{box(kit, "tags")}</aside></div>{footer(kit)}</body></html>')


def wiki(kit: Kit, art: Article, spare: list[str]) -> str:
    w = kit.w
    heads = [v for k, v in art.blocks if k in ("h2", "h3")]
    toc = "".join(f'<li class="toclevel-1"><a href="#s{i}"><span class="tocnumber">{i}</span> '
                  f'<span class="toctext">{esc(h)}</span></a></li>' for i, h in enumerate(heads, 1))
    for h in heads:
        kit.j("toc", h)
    rows = "".join(f'<tr><th>{kit.j("infobox", k)}</th><td>{kit.j("infobox", v)}</td></tr>' for k, v in zip(
        w["keys"].split("|"), (kit.site.split(".")[0].title(), kit.date[:4], f"{kit.rng.randint(2, 90)} km", art.author)))
    body = blocks(kit, art, spare)
    for i, h in enumerate(heads, 1):
        tag = "h2" if f"<h2>{esc(h)}</h2>" in body else "h3"
        body = body.replace(f"<{tag}>{esc(h)}</{tag}>", f'<{tag}><span class="mw-headline" id="s{i}">{esc(h)}</span>'
                            f'<span class="mw-editsection">[<a href="?action=edit&section={i}">{kit.j("edit", w["edit"])}'
                            f'</a>]</span></{tag}>', 1)
    first = body.find("<p>")
    tocbox = (f'<div id="toc" class="toc"><div class="toctitle"><h2>{kit.j("toc", w["contents"])}</h2></div><ul>{toc}'
              '</ul></div>') if heads else ""
    if first >= 0:
        end = body.find("</p>", first) + 4
        body = body[:end] + tocbox + body[end:]
    see = "".join(f'<li><a href="/wiki/{i}">{kit.j("related", h)}</a></li>' for i, h in enumerate(kit.heads(3)))
    return (head(kit, art) + f'<body class="mediawiki"><div id="mw-navigation">{header(kit, "vector-header")}</div>'
            f'<div id="content" class="mw-body"><h1 id="firstHeading">{kit.j("title", art.title)}</h1>'
            f'<div id="bodyContent"><div class="mw-parser-output"><table class="infobox">{rows}</table>{body}'
            f'<h2><span class="mw-headline">{kit.j("related", w["also"])}</span></h2><ul>{see}</ul></div></div>'
            f'<div id="catlinks">{box(kit, "tags")}</div></div>{footer(kit)}</body></html>')


LAYOUTS_A = {f.__name__: f for f in (amp, nextjs, ghost, medium, substack, gov_press, academic, wiki)}
