"""Markup of the seventh blind page harness: whole documents in the shapes unseen real pages take.

Shapes: ``classic`` (an article element in a theme's columns), ``builder`` (page-builder nesting: sections, rows,
columns, widget wrappers around each text module), ``next`` (server-rendered React: ``#__next``, hashed classes,
the story again in a ``__NEXT_DATA__`` script), ``amp`` (an AMP document), ``portal`` (a portal's table-free div
soup with the text under wrappers named like furniture). Text modes: ``p``, ``div`` (each paragraph a bare div),
``br`` (one text block, paragraphs split by ``<br><br>``), ``span`` (spans and breaks). The story's wrappers carry
class tokens that usually mark furniture (widget, slide, sidebar-col, nav-wrapper, module, teaser).
"""
from __future__ import annotations

import html as _html
import json

from tests import page_blind7_furniture as F
from tests.page_blind7_furniture import Kit

E = _html.escape
SHAPES = ("classic", "builder", "next", "amp", "portal")
MODES = ("p", "p", "div", "br", "span")
WRAPS = ("widget widget_text", "slide-content", "sidebar-col col-md-8", "nav-wrapper", "module module-article",
         "teaser-body", "td-post-content", "entry-content", "box", "col-main")
BUILDERS = (
    ('<div class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column '
     'elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget '
     'elementor-widget-text-editor"><div class="elementor-widget-container">', "</div></div></div></div></div></div>"),
    ('<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4"><div '
     'class="et_pb_module et_pb_text et_pb_text_align_left"><div class="et_pb_text_inner">',
     "</div></div></div></div></div>"),
    ('<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div '
     'class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div '
     'class="wpb_wrapper">', "</div></div></div></div></div></div>"),
)


def para_fn(kit: Kit, mode: str):
    if mode == "div":
        return lambda h: f"<div{kit.c('text') if kit.hashed else ''}>{h}</div>"
    if mode == "span":
        return lambda h: f'<span class="{"txt" if not kit.hashed else "css-" + str(kit.rng.randint(100, 999))}">{h}</span><br><br>'
    if mode == "br":
        return lambda h: f"{h}<br><br>"
    return lambda h: f"<p{kit.c('para') if kit.hashed else ''}>{h}</p>"


def render(kit: Kit, blocks: list, mode: str, shape: str) -> str:
    """The blocks as HTML in the text mode (``br`` runs of paragraphs share one div)."""
    para, out, run = para_fn(kit, mode), [], []

    def flush():
        if run:
            out.append("<div>" + "".join(run) + "</div>" if mode in ("br", "span") else "".join(run))
            run.clear()

    for kind, x in blocks:
        if kind == "p":
            run.append(para(x))
            continue
        if kind == "h" and mode in ("br", "span") and kit.rng.random() < 0.6:
            run.append(f"<b>{E(x)}</b><br>")
            continue
        flush()
        if kind == "h":
            out.append(f"<h2>{E(x)}</h2>" if kit.rng.random() < 0.7 else f'<div class="subhead"><strong>{E(x)}</strong></div>')
        elif kind == "q":
            out.append(f"<blockquote><p>{E(x)}</p></blockquote>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{E(i)}</li>" for i in x) + "</ul>")
        elif kind == "dl":
            out.append("<dl>" + "".join(f"<dt>{E(a)}</dt><dd>{E(b)}</dd>" for a, b in x) + "</dl>")
        elif kind == "table":
            out.append("<table><tbody>" + "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in x)
                       + "</tbody></table>")
        else:
            out.append(x)
    flush()
    if shape == "builder":
        open_, close = kit.rng.choice(BUILDERS)
        groups, cur = [], []
        for b in out:
            cur.append(b)
            if len(cur) >= kit.rng.randint(1, 3):
                groups.append(cur)
                cur = []
        if cur:
            groups.append(cur)
        return "".join(open_ + "".join(g) + close for g in groups)
    return "".join(out)


def head(kit: Kit, title: str, lead: str, lang: str, amp: bool) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": lead[:150],
          "inLanguage": lang, "datePublished": "2024-05-04T09:30:00Z", "author": {"@type": "Person",
                                                                                 "name": kit.writer()}}
    rtl = ' dir="rtl"' if lang in ("ar", "he") else ""
    extra = ('<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>p{margin:0}</style>'
             if amp else '<link rel="stylesheet" href="/app.css">')
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}{" ⚡" if amp else ""}><head><meta charset="utf-8">'
            f"<title>{E(title)}</title><meta name=\"description\" content=\"{E(lead[:150])}\">"
            f'<meta property="og:title" content="{E(title)}"><meta property="og:type" content="article">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>{extra}</head>')


def sidebar(kit: Kit) -> str:
    parts = [F.related(kit)]
    if kit.rng.random() < 0.5:
        parts.append(F.newsletter(kit))
    if kit.rng.random() < 0.5:
        parts.append(F.ad(kit))
    return f'<aside{kit.c("sidebar")}>' + "".join(parts) + "</aside>"


def wrap(kit: Kit, inner: str) -> tuple[str, str]:
    """Inner wrapped in one to three wrappers with furniture-like class tokens; returns (html, tokens)."""
    names = kit.rng.sample(WRAPS, kit.rng.randint(1, 3))
    for n in names:
        inner = f'<div class="{n}">{inner}</div>'
    return inner, names[0].split()[0]


def page(kit: Kit, shape: str, body: str, title: str, lead: str, lang: str, data: list[str]) -> tuple[str, str]:
    """The whole document; returns (html, the wrapper token the story carries)."""
    rng = kit.rng
    h1 = f"<h1{kit.c('headline')}>{E(title)}</h1>"
    top = F.crumbs(kit) if rng.random() < 0.6 else ""
    meta = F.byline(kit) + (F.share(kit) if rng.random() < 0.5 else "")
    tail = "".join(f(kit) for f in rng.sample(F.TAIL, rng.randint(2, 4)))
    story, token = wrap(kit, body)
    if shape == "next":
        blob = {"props": {"pageProps": {"article": {"title": title, "body": [{"type": "paragraph", "text": t}
                                                                              for t in data]}}}}
        doc = (f'<body><div id="__next"><div{kit.c("layout")}>{F.nav(kit)}<main{kit.c("main")}>{top}'
               f'<article{kit.c("article")}>{h1}{meta}{story}{tail}</article>{sidebar(kit)}</main>{F.footer(kit)}'
               f'</div></div><script id="__NEXT_DATA__" type="application/json">'
               f"{json.dumps(blob, ensure_ascii=False)}</script>")
    elif shape == "amp":
        story = story.replace("<img ", '<amp-img layout="responsive" width="800" height="450" ')
        doc = (f'<body><amp-sidebar id="menu" layout="nodisplay">{F.nav(kit)}</amp-sidebar>'
               f'<header><button on="tap:menu.toggle">☰</button></header><main>{top}<article>{h1}{meta}{story}'
               f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/a"></amp-ad>{tail}</article>'
               f"</main>{F.footer(kit)}")
    elif shape == "builder":
        doc = (f'<body class="page-template-default elementor-page">{F.nav(kit)}<div class="site-content">'
               f'<div class="content-area">{top}{h1}{meta}{story}{tail}</div>{sidebar(kit)}</div>{F.footer(kit)}')
    elif shape == "portal":
        doc = (f'<body>{F.nav(kit)}<div class="container"><div class="row"><div class="col-left">{top}'
               f'<div class="news-detail">{h1}{meta}{story}</div>{tail}</div><div class="col-right">'
               f"{sidebar(kit)}{sidebar(kit)}</div></div></div>{F.footer(kit)}")
    else:
        doc = (f'<body>{F.nav(kit)}<div id="page"><div class="site-main">{top}<article class="post type-post">'
               f'<header class="entry-header">{h1}{meta}</header>{story}<footer class="entry-footer">{tail}'
               f"</footer></article>{sidebar(kit)}</div></div>{F.footer(kit)}")
    if rng.random() < 0.4:
        doc += F.cookie(kit)
    return head(kit, title, lead, lang, shape == "amp") + doc + "</body></html>", token
