"""Page layouts of the second blind harness (part one): regional paper, portal, consent, gallery, ranking.

Each layout takes ``(rng, art, w, site, date)`` (``w``: the language's furniture words) and returns
a whole page; ``box`` blocks become the layout's own boxes.
"""
from __future__ import annotations

import random

from tests.page_blind2_compose import PROSE2, Article, fill
from tests.page_blind2_parts import (ad_slot, block_html, breadcrumbs, comments_count, cookie_banner, esc,
                                     footer, gallery, head, header, newsletter_box, read_also, share_bar,
                                     story_list, tags_list, teaser_box)


def render(art: Article, box, tags: dict | None = None) -> str:
    """The blocks in order; consecutive ticker entries in one list; ``box()`` for each box slot."""
    out, ticker = [], []
    for kind, value in art.blocks:
        if kind == "update":
            ticker.append(block_html(kind, value))
            continue
        if ticker:
            out.append('<ul class="liveticker">' + "".join(ticker) + "</ul>")
            ticker = []
        out.append(box() if kind == "box" else block_html(kind, value, tags))
    if ticker:
        out.append('<ul class="liveticker">' + "".join(ticker) + "</ul>")
    return "".join(out)


def page(art: Article, site: str, date: str, body: str, ld: bool = True) -> str:
    return f'<!DOCTYPE html><html lang="{art.lang}">{head(art, site, date, ld)}<body>{body}</body></html>'


def byline(art: Article, date: str, cls: str = "byline") -> str:
    return f'<div class="{cls}"><span class="author">{esc(art.author)}</span> <time datetime="{date}">{date}</time></div>'


def lead(art: Article, fmt: str = '<p class="intro"><strong>{}</strong></p>') -> str:
    return fmt.format(esc(art.lead)) if art.lead else ""


def regional_teasers(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A regional paper: teaser boxes between paragraphs and a "more on the topic" box after the text."""
    body = render(art, lambda: teaser_box(rng, w))
    more = story_list(rng, w, w["more"], "more-on-topic")
    aside = story_list(rng, w, w["most_read"], "sidebar-box mostread", ordered=True)
    main = (f'<div class="article-wrapper"><span class="dachzeile">{esc(w["nav"][0])}</span><h1>{esc(art.title)}</h1>'
            f'{byline(art, date, "article-meta")}{lead(art)}<div class="article-body">{body}</div>{more}</div>')
    return page(art, site, date, f'{header(w, site)}{breadcrumbs(w, w["nav"][0])}<div class="container">'
                f'<div class="col-main">{main}</div><div class="col-side">{aside}</div></div>{footer(w, site)}')


def portal_aside(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A portal whose ``<article>`` holds an ``<aside>`` of most-read stories and a share bar at the top."""
    body = render(art, lambda: read_also(rng, w))
    aside = f'<aside class="most-read">{story_list(rng, w, w["most_read"], "ranking-list", ordered=True)}</aside>'
    split = body.find("</p>", len(body) // 2)
    split = split + 4 if split > 0 else len(body)
    inside = rng.random() < 0.5
    article = (f'<article class="post"><header><h1 class="post-title">{esc(art.title)}</h1>{byline(art, date)}'
               f'{share_bar(w)}</header>{lead(art, "<p class=standfirst>{}</p>")}<div class="post-content">'
               f'{body[:split]}{aside if inside else ""}{body[split:]}</div>'
               f'{"" if inside else aside}{share_bar(w)}</article>')
    return page(art, site, date, f'{header(w, site)}<main id="main">{article}</main>{footer(w, site)}')


def consent_newsletter(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A site with a cookie banner first, a newsletter box inside the article, tags and a comment count."""
    body = render(art, lambda: newsletter_box(w))
    story = (f'<div class="story"><h1 class="story__headline">{esc(art.title)}</h1>'
             f'{lead(art, "<div class=story__lead><p>{}</p></div>")}{byline(art, date)}{comments_count(rng, w)}'
             f'<div class="story__body">{body}</div>{tags_list(rng, w)}</div>')
    return page(art, site, date, f'{cookie_banner(w)}{header(w, site)}<div id="content">{story}'
                f'{story_list(rng, w, w["more"], "related")}</div>{footer(w, site)}')


def photo_gallery(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """An article with a photo gallery of captioned slides among its paragraphs."""
    prose = PROSE2[art.lang]

    def box() -> str:
        caps = [fill(rng, prose, rng.choice(prose["updates"]))[:90] for _ in range(rng.randint(3, 5))]
        return gallery(rng, w, caps, rng.choice(prose["names"]))
    body = render(art, box)
    article = (f'<div class="news-item"><h1>{esc(art.title)}</h1>{byline(art, date, "news-meta")}'
               f'{lead(art, "<p class=lead>{}</p>")}<div class="news-text">{body}</div>{share_bar(w)}</div>')
    return page(art, site, date, f'{header(w, site)}<div class="wrap">{article}'
                f'{story_list(rng, w, w["most_read"], "popular")}</div>{footer(w, site)}', ld=rng.random() < 0.5)


def ranking_page(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """Breadcrumbs, the text in a class-named div, a ranking list with numbers beside it."""
    body = render(art, lambda: ad_slot(w))
    ranks = "".join(f'<li><span class="rank">{i + 1}</span><a href="/r/{i}">{esc(h)}</a></li>'
                    for i, h in enumerate(w["headlines"]))
    article = (f'<div id="main-contents"><div class="article-header"><h1>{esc(art.title)}</h1>'
               f'<p class="date">{date}</p></div>{lead(art, "<p class=summary>{}</p>")}'
               f'<div class="article-text">{body}</div></div>')
    side = f'<div id="side"><div class="ranking"><h2>{esc(w["most_read"])}</h2><ol>{ranks}</ol></div></div>'
    return page(art, site, date, f'{header(w, site)}{breadcrumbs(w, w["nav"][1])}<div class="content">'
                f'{article}{side}</div>{footer(w, site)}')
