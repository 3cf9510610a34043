"""The page kinds of the tenth blind page harness: where an article's text sits and what sits inside it.

Each kind renders a story into the page's main slot and returns ``(main html, gold items)``; items are
``(kind, text)`` with ``P`` paragraphs, ``H`` subheadings and ``F`` fact-box lines (the writer's text).
Kinds: ``split`` (lead, body and a "continued" part as sibling containers with an ad between), ``table``
(``<br><br>`` text in a layout cell), ``dl`` (a definition list of heading and text), ``related`` (an inline
related-stories box and a pull quote repeating a sentence), ``factbox``, ``columns`` (print-style columns),
``sections`` (``<section>`` per part with a heading), ``footer`` (a short story beside a prose-like footer and
sidebar), ``copies`` (``<noscript>`` and ``<template>`` copies of the text), ``frame`` (a frameset's content
page: the text in ``<font>`` with ``<br>``), ``spans`` (text in ``<span>`` only), ``overlay`` (an ad-block notice
in an element named ``overlay``).
"""
from __future__ import annotations

from html import escape as e


def _ps(paras) -> str:
    return "".join(f"<p>{e(p)}</p>" for p in paras)


def k_split(rng, st, w):
    p = st["paras"]
    html = (f'<div class="article-lead"><p><strong>{e(p[0])}</strong></p></div>'
            f'<div class="ad-slot">Anzeige / Advertisement</div>'
            f'<div class="article-body">{_ps(p[1:4])}</div>'
            f'<div class="promo"><a href="/abo">{e(w["paywall"])}</a></div>'
            f'<div class="article-body-continued"><p class="cont">{e(w["continued"])}</p>{_ps(p[4:])}</div>')
    return html, [("P", x) for x in p]


def k_table(rng, st, w):
    p = st["paras"]
    links = "".join(f'<a href="/n{i}">{e(x)}</a><br>' for i, x in enumerate(w["nav"]))
    cell = "<br><br>\n".join(e(x) for x in p)
    html = (f'<table width="760" cellpadding="4"><tr><td width="150" valign="top" class="menu">{links}</td>'
            f'<td valign="top"><font size="2">{cell}</font></td></tr></table>')
    return html, [("P", x) for x in p]


def k_dl(rng, st, w):
    p, h = st["paras"], st["heads"]
    html = (f'<div class="story"><p class="intro">{e(p[0])}</p><dl class="story-parts">'
            f'<dt>{e(h[0])}</dt><dd>{e(p[1])}</dd><dd>{e(p[2])}</dd>'
            f'<dt>{e(h[1])}</dt><dd>{e(p[3])}</dd><dd>{e(p[4])}</dd></dl>{_ps(p[5:])}</div>')
    items = [("P", p[0]), ("H", h[0]), ("P", p[1]), ("P", p[2]), ("H", h[1]), ("P", p[3]), ("P", p[4])]
    return html, items + [("P", x) for x in p[5:]]


def k_related(rng, st, w):
    p = st["paras"]
    rel = "".join(f'<li><a href="/r{i}">{e(x)}</a></li>' for i, x in enumerate(w["related_items"]))
    quote = p[2].split(". ")[0].rstrip(".")
    html = (f'<div class="entry-content">{_ps(p[:2])}'
            f'<aside class="inline-box"><h4>{e(w["related"])}</h4><ul>{rel}</ul></aside>'
            f'{_ps(p[2:4])}<blockquote class="pull">&#8222;{e(quote)}&#8220;</blockquote>{_ps(p[4:])}</div>')
    return html, [("P", x) for x in p]


def k_factbox(rng, st, w):
    p = st["paras"]
    facts = "".join(f"<li>{e(x)}</li>" for x in st["facts"])
    html = (f'<div class="text">{_ps(p[:3])}<div class="infobox"><h4>{e(w["facts"])}</h4><ul>{facts}</ul></div>'
            f'{_ps(p[3:])}</div>')
    return html, [("P", x) for x in p[:3]] + [("F", x) for x in st["facts"]] + [("P", x) for x in p[3:]]


def k_columns(rng, st, w):
    p = st["paras"]
    cols = [p[0:2], p[2:4], p[4:]]
    html = '<div class="print-layout">' + "".join(
        f'<div class="col col-{i}" style="float:left;width:30%">{_ps(c)}</div>' for i, c in enumerate(cols)) + "</div>"
    return html, [("P", x) for x in p]


def k_sections(rng, st, w):
    p, h = st["paras"], st["heads"]
    html = (f'<article><section class="s">{_ps(p[:2])}</section>'
            f'<section class="s"><h2>{e(h[0])}</h2>{_ps(p[2:4])}</section>'
            f'<section class="s"><h2>{e(h[1])}</h2>{_ps(p[4:])}</section></article>')
    return html, [("P", p[0]), ("P", p[1]), ("H", h[0]), ("P", p[2]), ("P", p[3]), ("H", h[1])] + [
        ("P", x) for x in p[4:]]


def k_footer(rng, st, w):
    p = st["paras"][:3]
    html = (f'<div id="content"><div class="post">{_ps(p)}</div></div>'
            f'<div id="about" class="sidebar-box"><p>{e(w["footer"])}</p></div>')
    return html, [("P", x) for x in p]


def k_copies(rng, st, w):
    p = st["paras"]
    html = (f'<article class="story"><noscript><p>{e(p[0])}</p></noscript>{_ps(p)}</article>'
            f'<template id="amp-copy"><article>{_ps(p)}</article></template>')
    return html, [("P", x) for x in p]


def k_frame(rng, st, w):
    p = st["paras"]
    text = "<br><br>\n".join(e(x) for x in p)
    return (f'<font face="Verdana" size="2"><b>{e(st["title"])}</b><br><br>\n{text}<br><br>'
            f'<a href="index.html">{e(w["back"])}</a></font>'), [("P", x) for x in p]


def k_spans(rng, st, w):
    p = st["paras"]
    html = '<div class="txt">' + "<br><br>".join(f'<span class="t{i % 2}">{e(x)}</span>' for i, x in
                                                  enumerate(p)) + "</div>"
    return html, [("P", x) for x in p]


def k_overlay(rng, st, w):
    p = st["paras"]
    html = (f'<div class="article">{_ps(p[:2])}<div class="overlay"><p>{e(w["overlay"])}</p></div>'
            f'{_ps(p[2:])}</div>')
    return html, [("P", x) for x in p]


def k_pre(rng, st, w):
    p = st["paras"]
    return f'<pre class="plain">{e(st["title"])}\n\n' + "\n\n".join(e(x) for x in p) + "</pre>", [("P", x) for x in p]


def k_quoted(rng, st, w):
    p = st["paras"]
    return (f'<div class="entry"><p>{e(p[0])}</p><blockquote>{_ps(p[1:])}</blockquote></div>',
            [("P", x) for x in p])


def k_steps(rng, st, w):
    p = st["paras"]
    items = "".join(f"<li>{e(x)}</li>" for x in p[1:])
    return f'<div class="post-body"><p>{e(p[0])}</p><ol class="steps">{items}</ol></div>', [("P", x) for x in p]


def k_update(rng, st, w):
    p = st["paras"]
    upd = f"14:30 {p[-1]}"
    return (f'<div class="article-text"><div class="update-box"><p><b>{e(upd)}</b></p></div>{_ps(p[:-1])}</div>',
            [("P", upd)] + [("P", x) for x in p[:-1]])


def k_center(rng, st, w):
    p = st["paras"]
    paras = "".join(f'<p><font face="Times" size="3">{e(x)}</font></p>' for x in p)
    return f'<center><table width="600"><tr><td align="left">{paras}</td></tr></table></center>', [
        ("P", x) for x in p]


KINDS = {name[2:]: fn for name, fn in globals().items() if name.startswith("k_")}
