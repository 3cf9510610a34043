"""Page layouts of the second blind harness (part two): live ticker, microdata, sections, table and tweet, end matter."""
from __future__ import annotations

import random

from tests.page_blind2_compose import Article
from tests.page_blind2_layouts_a import byline, lead, page, render
from tests.page_blind2_parts import (ad_slot, author_box, block_html, breadcrumbs, comments_count, esc, footer,
                                     header, newsletter_box, read_also, share_bar, story_list, tags_list,
                                     teaser_box, tweet)


def live_ticker(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A live page: a few paragraphs, then timestamped updates in a list."""
    body = render(art, lambda: ad_slot(w))
    article = (f'<article class="live"><h1>{esc(art.title)}</h1><p class="live-badge">LIVE · {esc(w["updated"])} '
               f'<time>{date}</time></p>{lead(art, "<p class=teaser-text>{}</p>")}<div class="live-body">{body}</div>'
               f'{share_bar(w)}</article>')
    return page(art, site, date, f'{header(w, site)}<main>{article}{story_list(rng, w, w["more"], "more")}</main>'
                f'{footer(w, site)}')


def microdata(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """schema.org microdata: headline, author and date as ``itemprop``s, the text in ``articleBody``."""
    body = render(art, lambda: teaser_box(rng, w))
    desc = f'<p itemprop="description" class="desc">{esc(art.lead)}</p>' if art.lead else ""
    article = (f'<div itemscope itemtype="https://schema.org/NewsArticle" class="art">'
               f'<h1 itemprop="headline">{esc(art.title)}</h1><div class="info"><span itemprop="author" itemscope '
               f'itemtype="https://schema.org/Person"><span itemprop="name">{esc(art.author)}</span></span> '
               f'<meta itemprop="datePublished" content="{date}"><span class="date">{date}</span></div>{desc}'
               f'<div itemprop="articleBody" class="art-body">{body}</div></div>')
    return page(art, site, date, f'{header(w, site)}<div id="page">{article}'
                f'{story_list(rng, w, w["more"], "teaser-list")}{story_list(rng, w, w["most_read"], "top", True)}'
                f'</div>{footer(w, site)}', ld=False)


def sectioned(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """The text in ``<section>``s, each opened by its ``<h2>`` subheading."""
    sections, current = [], []
    for kind, value in art.blocks:
        if kind == "h2" and current:
            sections.append(current)
            current = []
        current.append((kind, value))
    if current:
        sections.append(current)
    parts = []
    for sec in sections:
        inner = "".join(newsletter_box(w) if k == "box" else block_html(k, v) for k, v in sec)
        parts.append(f'<section class="article-section">{inner}</section>')
    article = (f'<article><div class="headline-block"><h1>{esc(art.title)}</h1>'
               f'{lead(art, "<p class=subtitle>{}</p>")}</div>{byline(art, date)}{"".join(parts)}'
               f'{tags_list(rng, w)}</article>')
    return page(art, site, date, f'{header(w, site)}{breadcrumbs(w, w["nav"][2])}<main class="main">{article}'
                f'</main><aside>{story_list(rng, w, w["most_read"], "widget")}</aside>{footer(w, site)}')


def table_tweet(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A table of facts inside the text, a tweet embed and a "read also" line."""
    slots = iter(range(99))
    body = render(art, lambda: tweet(rng, art.author) if next(slots) % 2 == 0 else read_also(rng, w))
    article = (f'<div class="entry-content"><h1 class="entry-title">{esc(art.title)}</h1>{byline(art, date)}'
               f'{lead(art)}{body}</div>')
    return page(art, site, date, f'{header(w, site)}<div id="primary" class="content-area">{article}'
                f'{story_list(rng, w, w["more"], "related-posts")}</div>{footer(w, site)}')


def end_matter(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """The text followed by an author box, tags, a comment count, a share bar and related stories."""
    body = render(art, lambda: read_also(rng, w), {"p": '<p class="text">{}</p>'})
    tail = [author_box(w, art.author), tags_list(rng, w), comments_count(rng, w), share_bar(w)]
    rng.shuffle(tail)
    article = (f'<div class="article"><h1 class="title">{esc(art.title)}</h1>{byline(art, date)}'
               f'{lead(art, "<h2 class=lead>{}</h2>") if rng.random() < 0.3 else lead(art)}'
               f'<div class="text-body">{body}</div>{"".join(tail)}{story_list(rng, w, w["more"], "related")}</div>')
    return page(art, site, date, f'{header(w, site)}<div class="main-col">{article}</div>{footer(w, site)}')
