"""Page layouts of the third blind harness (part one): paywall, listicle, interview, press release, feature.

Each layout takes ``(rng, art, w, site, date)`` (``w``: the language's furniture words) and returns a page.
"""
from __future__ import annotations

import random

from tests.page_blind3_compose import Article, scramble
from tests.page_blind3_parts import (ad, attr, block, byline, esc, figure, footer, head, header, lead, page, render,
                                     share, story_links)

LEAD_STRONG = '<p class="article-lead"><strong>{}</strong></p>'
TEASER = '<p class="teaser"><strong>{}</strong></p>'


def paywall(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A regional paper's subscriber article: free paragraphs, a faded teaser, the offer box; the locked
    rest is left out, shipped hidden, or shipped scrambled."""
    locked = next(v for k, v in art.blocks if k == "locked")
    mode = rng.choice(("omitted", "omitted", "hidden", "scrambled"))
    free = [(k, v) for k, v in art.blocks if k != "locked"]
    body = "".join(block(k, v) for k, v in free[:-1])
    teaser = f'<div class="paywall-fade" style="opacity:.4">{block(*free[-1])}</div>'
    rest = ""
    if mode == "hidden":
        rest = '<div class="article-rest" style="display:none" aria-hidden="true">' + "".join(f"<p>{esc(x)}</p>" for x in locked) + "</div>"
    elif mode == "scrambled":
        rest = '<div class="obfuscated-content" data-obf="1">' + "".join(f'<p class="obfuscated">{esc(scramble(x))}</p>' for x in locked) + "</div>"
    offer = (f'<div class="paywall" id="offer-box"><span class="plus-badge">Plus</span><h3>{esc(w["plus"])}</h3>'
             f'<p>{esc(w["plus_offer"])}</p><a class="button" href="/abo/">{esc(w["plus_button"])}</a>'
             f'<p class="login"><a href="/login/">{esc(w["plus_login"])}</a></p></div>')
    ld = {"isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-rest"}}
    main = (f'<main class="content"><article class="article article--premium"><header class="article-header">'
            f'<span class="kicker"><span class="plus-icon" title="Plus">+</span> {esc(rng.choice(w["nav"]))}</span>'
            f'<h1>{esc(art.title)}</h1>{byline(art, date)}</header>{lead(art, LEAD_STRONG)}'
            f'<div class="article-body">{body}{teaser}{rest}</div>{offer}</article>'
            f'{story_links(rng, w, w["related"], "more-articles", 4)}</main>')
    return page(art, head(art, site, date, "NewsArticle", ld=ld), f'{header(w, site)}{main}{footer(w, site)}')


def listicle(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """Numbered ``<h2>`` entries, each with a picture, its credit and a paragraph; ads between entries."""
    names = art.prose.data["names"]
    count = [0]

    def fig(value: str) -> str:
        count[0] += 1
        out = figure(rng, w, f"{value} ({art.prose.city})", f"{rng.choice(names)} / Agentur")
        return out + (ad(w, count[0]) if count[0] % 2 == 0 else "")

    item_tag = rng.choice(("<h2>{}</h2>", '<h2 class="listicle-item__title">{}</h2>', "<h3>{}</h3>"))
    body = render(art, {"item": item_tag}, fig=fig)
    main = (f'<main><article class="post listicle"><h1 class="post-title">{esc(art.title)}</h1>{byline(art, date, "post-meta")}'
            f'{share(w)}<div class="post-content">{body}</div>{share(w)}</article>'
            f'<aside class="sidebar">{story_links(rng, w, w["related"], "widget popular", 4)}{ad(w, 9)}</aside></main>')
    return page(art, head(art, site, date, "Article"), f'{header(w, site)}{main}{footer(w, site)}')


def interview(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """Questions in bold paragraphs, answers plain; a "person" box beside the text."""
    q_tag = rng.choice(("<p><strong>{}</strong></p>", "<p><b>{}</b></p>", '<p class="question"><strong>{}</strong></p>',
                        "<h3>{}</h3>"))
    body = render(art, {"q": q_tag})
    person = (f'<aside class="infobox"><h4>{esc(art.prose.name)}</h4><p>{esc(w["bio"].format(name=art.prose.name))}</p>'
              f'<img src="/img/person.jpg" alt="{attr(art.prose.name)}"></aside>')
    split = body.find("</p>") + 4
    main = (f'<div class="page"><article class="story story--interview"><h1>{esc(art.title)}</h1>{byline(art, date)}'
            f'{lead(art, TEASER)}{figure(rng, w, art.prose.name, art.author)}'
            f'<div class="story-text">{body[:split]}{person}{body[split:]}</div>{share(w)}</article>'
            f'{story_links(rng, w, w["related"], "related", 3)}</div>')
    return page(art, head(art, site, date, "NewsArticle"), f'{header(w, site)}{main}{footer(w, site)}')


def press_release(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A newswire release: dateline in the first paragraph, then "About <Company>", the media contact."""
    company, city, name = art.prose.company, art.prose.city, rng.choice(art.prose.data["names"])
    body = render(art)
    end = "<p>###</p>" if rng.random() < 0.5 else ""
    about = (f'<h3>{esc(w["about"].format(company=company))}</h3>'
             f'<p>{esc(w["about_text"].format(company=company, city=city))}</p>')
    mail = "presse@" + site
    contact = (f'<p><strong>{esc(w["contact"])}</strong><br>{esc(company)}<br>{esc(name)}<br>'
               f'Tel. +49 89 {rng.randint(100000, 999999)}<br><a href="mailto:{mail}">{mail}</a></p>')
    logo = f'<div class="release-logo"><img src="/logos/{rng.randint(1, 99)}.png" alt="{attr(company)}"></div>'
    main = (f'<div id="main" class="release"><div class="release-header"><h1>{esc(art.title)}</h1>'
            f'<p class="release-meta"><time>{date}</time> · {esc(company)}</p>{share(w)}</div>{logo}'
            f'<div class="release-body">{body}{end}{about}{contact}</div>'
            f'<div class="release-tags"><span>{esc(w["topics"])}:</span> <a href="/t/1">{esc(w["nav"][2])}</a></div></div>')
    side = story_links(rng, w, w["related"], "sidebar-releases", 4)
    return page(art, head(art, site, date, "NewsArticle"), f'{header(w, site)}{main}<aside>{side}</aside>{footer(w, site)}')


def feature(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A long-form feature: hero picture, drop cap, pull quotes repeating a sentence, ``***`` breaks, author bio."""
    tags = {"pull": rng.choice(('<aside class="pullquote" aria-hidden="true"><p>{}</p></aside>',
                                '<figure class="wp-block-pullquote"><blockquote><p>{}</p></blockquote></figure>',
                                '<blockquote class="pull-quote">{}</blockquote>')),
            "break": rng.choice(('<p class="section-break">***</p>', '<hr class="section-divider">',
                                 '<p style="text-align:center">* * *</p>', '<div class="asterism">⁂</div>'))}
    body = render(art, tags)
    bio_text = esc(w["bio"].format(name=art.author))
    bio = (f"<p><em>{bio_text}</em></p>" if rng.random() < 0.5 else
           f'<div class="author-bio"><img src="/img/a.jpg" alt=""><p>{bio_text}</p></div>')
    inside = bio.startswith("<p>")
    hero = figure(rng, w, art.title, art.author)
    main = (f'<main class="longform"><article><div class="hero">{hero}<h1 class="display">{esc(art.title)}</h1>'
            f'{byline(art, date, "credits")}</div><div class="body-copy">{body}{bio if inside else ""}</div>'
            f'{"" if inside else bio}{share(w)}</article>{story_links(rng, w, w["related"], "read-next", 3)}</main>')
    return page(art, head(art, site, date, "Article"), f'{header(w, site, "masthead")}{main}{footer(w, site)}')
