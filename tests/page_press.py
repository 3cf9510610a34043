"""Furniture and article markup of 2015-2025 news and magazine sites (mostly German-language, also
French, Italian, Spanish, Dutch, Polish, Portuguese, Russian, English), an out-of-sample check of
the HTML harness: ad labels, "more on this" link boxes and inline links, paywall teasers, consent
walls with an ad-free offer, external-embed placeholders, audio and tool rows, reading time,
picture credits, "updated" stamps, author boxes, comment counters, breadcrumbs, newsletter boxes,
recommendation teasers with kickers and footers; an ``<article>`` with ``data-*`` attributes and
JSON-LD, and a live ticker whose entries are the article. ``prose`` gives article sentences that
use the furniture's words ("Anzeige", "Foto", "Lesen Sie auch"): they must stay.
Renderers return ``(html, lines)`` like tests/page_wordings.py; words are in tests/page_press_words.py.
"""
from __future__ import annotations

import json
from html import escape

from .generalisation_shapes import names
from .page_press_words import AGENCIES, CITIES, TITLES, W

MARKUPS = ("press-article", "press-ticker")


def _when(rng) -> dict:
    return dict(d=f"{rng.randint(1, 28):02d}", m=f"{rng.randint(1, 12):02d}", y=rng.randint(2015, 2025),
                H=f"{rng.randint(6, 22):02d}", M=f"{rng.randint(0, 59):02d}")


def _teasers(rng, lang, n, cls="teaser"):
    """Teaser links with a kicker over each title: (html, lines)."""
    titles = rng.sample(TITLES[lang], n)
    kicker = rng.choice(W[lang]["kicker"])
    items = "".join(f'<li class="{cls}"><a class="{cls}__link" href="/artikel/{rng.randint(10**6, 10**7)}.html">'
                    f'<span class="{cls}__kicker">{escape(kicker)}</span> <span class="{cls}__title">{escape(t)}</span>'
                    f'</a></li>' for t in titles)
    return items, titles


def ad(rng, lang):
    """An ad slot with its label: German and English class names, data attributes."""
    label = rng.choice(W[lang]["ad"])
    cls = rng.choice(["werbung", "anzeige", "ad-wrapper", "ad-container ad--inread"])
    html = (f'<div class="{cls}" data-ad-slot="{rng.choice(["mrec", "billboard", "inread"])}_{rng.randint(1, 4)}">'
            f'<span class="{cls.split()[0]}__label">{escape(label)}</span><div id="ad-{rng.randint(100, 999)}"></div>'
            '</div>')
    return html, [label]


def more_box(rng, lang):
    """A "more on this" box of teaser links inside the article."""
    head = rng.choice(W[lang]["more"])
    items, titles = _teasers(rng, lang, rng.randint(2, 3))
    cls = rng.choice(["mehr-zum-thema", "related-box", "article-related"])
    return f'<aside class="{cls}" data-module="related"><h3>{escape(head)}</h3><ul>{items}</ul></aside>', [head] + titles


def inline_link(rng, lang):
    """One paragraph: a label and a story link, no bold."""
    label = rng.choice(W[lang]["inline"])
    title = rng.choice(TITLES[lang])
    return (f'<p class="{rng.choice(["text", "artikel-link", "inline-teaser"])}">{escape(label)}: '
            f'<a href="/artikel/{rng.randint(10**6, 10**7)}.html">{escape(title)}</a></p>'), [f"{label}: {title}"]


def embed(rng, lang):
    """A placeholder for a social or video embed that waits for consent."""
    head, text, button = W[lang]["embed"]
    net = rng.choice(["X", "Instagram", "YouTube", "Datawrapper"])
    html = (f'<div class="embed-consent" data-embed-provider="{net.lower()}"><p class="embed-consent__title">'
            f'{escape(head)}</p><p class="embed-consent__text">{escape(text)}</p>'
            f'<button type="button" class="embed-consent__button">{escape(button)}</button></div>')
    return html, [head, text, button]


def credit(rng, lang):
    """A picture in the text with its caption and credit; the credit is furniture."""
    line = rng.choice(W[lang]["credit"]).format(a=AGENCIES[lang], name=rng.choice(names(lang)))
    cls = rng.choice(["bildunterschrift", "caption"])
    html = (f'<figure class="bild" data-type="image"><img src="/bilder/{rng.randint(1, 999)}.jpg" alt="" '
            f'loading="lazy"><figcaption class="{cls}"><span class="{cls}__copyright">{escape(line)}</span>'
            '</figcaption></figure>')
    return html, [line]


def tools(rng, lang):
    """The audio and tool row over the text, with the reading time."""
    w = W[lang]
    reading = w["reading"].format(n=rng.randint(2, 9))
    buttons = "".join(f'<button type="button" class="article-tools__{k}">{escape(b)}</button>'
                      for k, b in enumerate(w["top"]))
    html = (f'<div class="article-tools" data-component="toolbar"><span class="lesezeit">{escape(reading)}</span>'
            f'{buttons}</div>')
    return html, [reading] + w["top"]


def paywall(rng, lang):
    head, offer, unlock, login = W[lang]["paywall"]
    ask, link = login.split("? ")
    ask += "?"
    cls = rng.choice(["paywall", "plus-teaser", "abo-hinweis"])
    html = (f'<div class="{cls}" data-paywall="hard"><p class="{cls}__headline">{escape(head)}</p>'
            f'<p>{escape(offer)}</p><div class="{cls}__cta"><a class="button" href="/abo">{escape(unlock)}</a></div>'
            f'<p class="{cls}__login">{escape(ask)} <a href="/login">{escape(link)}</a></p></div>')
    return html, [head, offer, unlock, login]


def stamp(rng, lang):
    """The "updated" line and the agency at the end of the text."""
    line = W[lang]["stand"].format(**_when(rng))
    return f'<p class="{rng.choice(["article-stand", "metatextline"])}">{escape(line)}</p>', [line]


def bottom_tools(rng, lang):
    w = W[lang]
    back = rng.choice(w["back"])
    links = "".join(f'<li><a href="#{k}">{escape(b)}</a></li>' for k, b in enumerate(w["bottom"]))
    return (f'<div class="artikel-footer"><ul class="artikel-aktionen">{links}</ul><a class="back-link" href="/">'
            f'{escape(back)}</a></div>'), w["bottom"] + [back]


def author_box(rng, lang):
    more, page = W[lang]["author"]
    line = more.format(name=rng.choice(names(lang)))
    return (f'<div class="autorenbox author-box"><img src="/autoren/{rng.randint(1, 99)}.jpg" alt="">'
            f'<a href="/autor/1">{escape(line)}</a> <a href="/autor/1" class="author-box__link">{escape(page)}</a>'
            '</div>'), [line, page]


def counter(rng, lang):
    count, now = W[lang]["count"]
    line = count.format(n=rng.randint(2, 400))
    return (f'<div class="comment-count" data-comments="open"><a href="#kommentare">{escape(line)}</a>'
            f'<a class="btn" href="#kommentar-form">{escape(now)}</a></div>'), [line, now]


def wall(rng, lang):
    """A consent wall that offers an ad-free subscription instead of consent."""
    text, accept, free = W[lang]["wall"]
    return (f'<div id="cmp-wall-{rng.randint(100, 999)}" class="cmp-container" role="dialog"><p>{escape(text)}</p>'
            f'<button class="cmp-accept">{escape(accept)}</button><a class="cmp-pur" href="/abo">{escape(free)}</a>'
            '</div>'), [text, accept, free]


def breadcrumb(rng, lang):
    w = W[lang]
    crumbs = [w["home"]] + w["sections"]
    items = "".join(f'<li itemprop="itemListElement"><a href="/{k}">{escape(c)}</a></li>' for k, c in enumerate(crumbs))
    return f'<nav aria-label="Breadcrumb" class="breadcrumb"><ol>{items}</ol></nav>', [" ".join(crumbs)]


def recommend(rng, lang):
    head = W[lang]["recommend"]
    items, titles = _teasers(rng, lang, 3, "teaser-small")
    return (f'<section class="{rng.choice(["empfehlungen", "recommendations"])}" data-tracking="reco">'
            f'<h2>{escape(head)}</h2><ul>{items}</ul></section>'), [head] + titles


def newsletter(rng, lang):
    head, blurb, button, consent = W[lang]["letter"]
    return (f'<div class="newsletter-box"><h3>{escape(head)}</h3><p>{escape(blurb)}</p><form action="/nl">'
            f'<input type="email" placeholder="E-Mail"><button type="submit">{escape(button)}</button></form>'
            f'<p class="newsletter-box__legal">{escape(consent)}</p></div>'), [head, blurb, button, consent]


def footer(rng, lang):
    links = W[lang]["footer"]
    items = "".join(f'<li><a href="/{k}">{escape(x)}</a></li>' for k, x in enumerate(links))
    return f'<footer class="site-footer"><ul class="footer-links">{items}</ul></footer>', [" ".join(links)]


def prose(rng, lang) -> str:
    """An article sentence that uses furniture words: it must stay."""
    return rng.choice(W[lang]["prose"])


def _json_ld(title, lang) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "inLanguage": lang,
            "isAccessibleForFree": False}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def wrap(rng, markup: str, lang: str, title: str, head: str, parts: list[str]) -> tuple[str, list]:
    """The article in a news ``<article>`` (dateline before the first paragraph) or as live-ticker
    entries: ``(html, [(furniture class, lines)])``."""
    if markup == "press-article":
        body = list(parts)
        at = next((k for k, p in enumerate(body) if p.startswith("<p>")), None)
        if at is not None:     # a dateline before the first paragraph; the paragraph's text stays
            body[at] = f"<p>{escape(CITIES[lang])} ({AGENCIES[lang]}) - " + body[at][3:]
        text = "".join(body)
        return (f'{_json_ld(title, lang)}<article class="artikel" data-article-id="{rng.randint(10**5, 10**6)}" '
                f'data-paid="{rng.choice(["true", "false"])}"><header class="artikel-header"><h1 '
                f'class="artikel-titel">{escape(title)}</h1>{head}</header><div class="artikel-text" '
                f'data-type="text">{text}</div></article>'), []
    groups: list[list[str]] = []     # an entry opens at a subheading or a paragraph (none yet: the same); a
    for p in parts:                  # subheading (any level: "<h3>" too) opens the entry of the text under it,
        if not groups or p.startswith(("<p>", "<h2>", "<h3>")) and _texted(groups[-1]):   # boxes between them
            groups.append([])
        groups[-1].append(p)
    entries = []
    for k, group in enumerate(groups):
        when = _when(rng)
        entries.append(f'<div class="ticker-entry" data-entry-id="{k}"><time class="ticker-entry__time">'
                       f'{when["H"]}:{when["M"]}</time><div class="ticker-entry__text">{"".join(group)}</div></div>')
    return (f'{_json_ld(title, lang)}<main><article class="liveblog" data-live="true"><h1>{escape(title)}</h1>{head}'
            f'<div class="ticker">{"".join(reversed(entries))}</div></article></main>'), []


def _texted(group: list[str]) -> bool:
    """The entry holds a paragraph after its last subheading (a paragraph of furniture, a "read more" line with its
    link, is none: the subheading's text is still to come)."""
    at = max((k for k, q in enumerate(group) if q.startswith(("<h2>", "<h3>"))), default=-1)
    return any(q.startswith("<p>") and "<a " not in q for q in group[at + 1:]) or \
        at < 0 and any(q.startswith("<p>") for q in group)


ABOVE = {"press-wall": wall, "press-breadcrumb": breadcrumb}
INSIDE = {"press-ad": ad, "press-more": more_box, "press-inline": inline_link, "press-embed": embed,
          "press-credit": credit, "press-tools": tools}
AFTER = {"press-paywall": paywall, "press-stamp": stamp, "press-bottom": bottom_tools, "press-author": author_box,
         "press-counter": counter}
BELOW = {"press-recommend": recommend, "press-newsletter": newsletter, "press-footer": footer}
