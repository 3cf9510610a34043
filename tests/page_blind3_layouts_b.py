"""Page layouts of the third blind harness (part two): multi-page article, old blog, recipe, AMP/app shell,
science explainer. Same signature as ``tests.page_blind3_layouts_a``.
"""
from __future__ import annotations

import json
import random

from tests.page_blind3_compose import CJK, Article
from tests.page_blind3_parts import (ad, attr, block, byline, esc, figure, footer, head, header, lead, page, render,
                                     share, story_links)


def multipage(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """Page 1 of 3: the text, a table of the pages, "Seite 1 2 3 Nächste Seite"."""
    base = f"/artikel/{rng.randint(10000, 99999)}"
    used = {v for k, v in art.blocks if k == "h2"}
    heads = [art.title] + [h for h in art.prose.data["heads"] if h not in used][:2]  # the next pages' headings
    toc = "".join(f'<option value="{base}?page={i}">{esc(w["page"])} {i}: {esc(h)}</option>' for i, h in enumerate(heads, 1))
    nums = "".join(f'<a href="{base}?page={i}">{i}</a> ' for i in (2, 3))
    pager = (f'<nav class="pagination" aria-label="pagination"><span class="label">{esc(w["page"])}</span> '
             f'<span class="current">1</span> {nums}<a rel="next" class="next" href="{base}?page=2">{esc(w["next"])}</a></nav>')
    top = f'<div class="article-toc"><select>{toc}</select></div>' if rng.random() < 0.6 else ""
    extra = f'<link rel="next" href="https://{site}{base}?page=2">'
    main = (f'<main><article class="article"><h1>{esc(art.title)}</h1>{byline(art, date)}{top}'
            f'{lead(art, "<p class=intro><strong>{}</strong></p>")}<div class="text">{render(art)}</div>{pager}'
            f'{share(w)}</article>{story_links(rng, w, w["related"], "related", 4)}</main>')
    return page(art, head(art, site, date, "NewsArticle", extra=extra), f'{header(w, site)}{main}{footer(w, site)}')


def old_blog(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A Blogger (``<br>``-separated text) or WordPress 2011 post with archive, blogroll and tag-cloud
    widgets, the "Posted by X at 10:15 AM  Labels:" line, comments and a comment form."""
    year = rng.randint(2010, 2013)
    time = f"{rng.randint(7, 11)}:{rng.randint(10, 59)} {rng.choice(('AM', 'PM'))}"
    labels = rng.sample(w["nav"], 2)
    months = "".join(f'<li><a href="/{year}/{m:02d}/">{year}/{m:02d}</a> ({rng.randint(1, 9)})</li>' for m in range(12, 8, -1))
    roll = "".join(f'<li><a href="http://blog{i}.example/">{esc(n)}</a></li>' for i, n in enumerate(art.prose.data["names"]))
    cloud = " ".join(f'<a href="/tag/{i}" style="font-size:{rng.randint(9, 22)}px">{esc(n)}</a>' for i, n in enumerate(w["nav"]))
    posted = w["posted"].format(name=art.author, time=time)
    label_links = ", ".join(f'<a href="/search/label/{i}" rel="tag">{esc(x)}</a>' for i, x in enumerate(labels))
    n = len(w["remarks"])
    form = (f'<div id="respond"><h3 id="reply-title">{esc(w["reply"])}</h3><form action="/wp-comments-post.php" method="post">'
            + "".join(f'<p><label>{esc(x)}</label><input type="text" name="f{i}"></p>' for i, x in enumerate(w["form"][:3]))
            + f'<p><textarea name="comment" rows="8"></textarea></p><p><input type="submit" value="{attr(w["form"][3])}"></p></form></div>')
    if rng.random() < 0.5:  # Blogger
        text = []
        for kind, value in art.blocks:
            if kind == "p":
                text.append(esc(value) + "<br /><br />")
            else:
                text.append(block(kind, value))
        remarks = "".join(f'<dt class="comment-author">{esc(rng.choice(art.prose.data["names"]))} said...</dt>'
                          f'<dd class="comment-body"><p>{esc(r)}</p></dd><dd class="comment-footer">{date} {time}</dd>'
                          for r in w["remarks"])
        post = (f'<div class="date-outer"><h2 class="date-header"><span>{year}-{date[5:]}</span></h2>'
                f'<div class="post hentry"><a name="{rng.randint(10 ** 8, 10 ** 9)}"></a>'
                f'<h3 class="post-title entry-title"><a href="/{year}/{date[5:7]}/post.html">{esc(art.title)}</a></h3>'
                f'<div class="post-header"></div><div class="post-body entry-content">{"".join(text)}<div style="clear: both;"></div></div>'
                f'<div class="post-footer"><span class="post-author vcard">{esc(posted)}</span> '
                f'<span class="post-comment-link"><a href="#comments">{esc(w["comments"].format(n=n))}</a></span>'
                f'<div class="post-footer-line-2"><span class="post-labels">{esc(w["labels"])} {label_links}</span></div></div></div></div>'
                f'<div class="comments" id="comments"><h4>{esc(w["comments"].format(n=n))}:</h4><dl id="comments-block">{remarks}</dl>{form}</div>'
                f'<div class="blog-pager"><a class="blog-pager-newer-link" href="/n">{esc(w["newer"])}</a> '
                f'<a class="home-link" href="/">{esc(w["home"])}</a> <a class="blog-pager-older-link" href="/o">{esc(w["older"])}</a></div>')
        side = (f'<div id="sidebar-wrapper"><div class="widget BlogArchive"><h2>{esc(w["archive"])}</h2><ul>{months}</ul></div>'
                f'<div class="widget LinkList"><h2>{esc(w["blogroll"])}</h2><ul>{roll}</ul></div>'
                f'<div class="widget Label"><h2>{esc(w["tagcloud"])}</h2><div class="cloud-label-widget-content">{cloud}</div></div></div>')
        body = (f'<div id="outer-wrapper"><div id="header-wrapper"><div class="header"><h1 class="title">{site}</h1></div></div>'
                f'<div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="blog-posts hfeed">'
                f'{post}</div></div></div>{side}</div><div id="footer-wrapper">Powered by Blogger.</div></div>')
        return page(art, head(art, site, date, None, og=False), body)
    remarks = "".join(f'<li class="comment"><article class="comment"><footer class="comment-meta"><span class="fn">'
                      f'{esc(rng.choice(art.prose.data["names"]))}</span> <time>{date}</time></footer>'
                      f'<div class="comment-content"><p>{esc(r)}</p></div><a class="comment-reply-link" href="#respond">Reply</a></article></li>'
                      for r in w["remarks"])
    post = (f'<article id="post-{rng.randint(100, 999)}" class="post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1><div class="entry-meta">'
            f'<span class="sep">{esc(posted)}</span></div></header><div class="entry-content">{render(art)}</div>'
            f'<footer class="entry-meta">{esc(w["labels"])} {label_links} | <a href="#comments">{esc(w["comments"].format(n=n))}</a></footer></article>'
            f'<nav id="nav-single"><span class="nav-previous"><a href="/p">{esc(w["older"])}</a></span>'
            f'<span class="nav-next"><a href="/n">{esc(w["newer"])}</a></span></nav>'
            f'<div id="comments"><h2 id="comments-title">{esc(w["comments"].format(n=n))}</h2><ol class="commentlist">{remarks}</ol>{form}</div>')
    side = (f'<div id="secondary" class="widget-area" role="complementary"><aside class="widget widget_archive"><h3 class="widget-title">'
            f'{esc(w["archive"])}</h3><ul>{months}</ul></aside><aside class="widget widget_links"><h3 class="widget-title">{esc(w["blogroll"])}</h3>'
            f'<ul class="xoxo blogroll">{roll}</ul></aside><aside class="widget widget_tag_cloud"><h3 class="widget-title">'
            f'{esc(w["tagcloud"])}</h3><div class="tagcloud">{cloud}</div></aside></div>')
    body = (f'<div id="page" class="hfeed"><header id="branding"><hgroup><h1 id="site-title"><a href="/">{site}</a></h1></hgroup>'
            f'<nav id="access"><div class="menu"><ul>' + "".join(f'<li><a href="/c/{i}">{esc(x)}</a></li>' for i, x in enumerate(w["nav"]))
            + f'</ul></div></nav></header><div id="main"><div id="primary"><div id="content" role="main">{post}</div></div>{side}</div>'
            f'<footer id="colophon"><div id="site-generator"><a href="http://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>')
    return page(art, head(art, site, date, None), body)


def recipe(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A food blog: "jump to recipe", a rating widget, the story, then a recipe card (ingredients and steps:
    gold) with times, servings, print button and a nutrition box (not gold); JSON-LD Recipe."""
    dish = art.prose.data["dish"]
    r, votes = f"{rng.uniform(4.1, 4.9):.1f}", rng.randint(12, 480)
    stars = (f'<div class="rating" aria-label="{attr(w["rating"].format(r=r, n=votes))}"><span class="stars">★★★★★</span>'
             f'<span class="rating-text">{esc(w["rating"].format(r=r, n=votes))}</span></div>')
    nutri = "".join(f'<li><span class="label">{esc(x)}:</span> {rng.randint(5, 450)} {"kcal" if i == 0 else "g"}</li>'
                    for i, x in enumerate(w["nutri"]))
    cut = next(i for i, (k, _) in enumerate(art.blocks) if k == "box")
    story = Article(art.lang, art.title, "", art.author, art.blocks[:cut])
    card_art = Article(art.lang, art.title, "", art.author, art.blocks[cut + 1:])
    head_tag = rng.choice(("<h3>{}</h3>", '<h3 class="recipe-card__heading">{}</h3>', "<h2>{}</h2>"))
    card = (f'<div id="recipe" class="recipe-card"><h2 class="recipe-name">{esc(dish)}</h2>{stars}'
            f'<div class="recipe-meta"><span>{esc(w["prep"])}: {rng.randint(10, 40)} min</span> '
            f'<span>{esc(w["servings"])}: {rng.randint(2, 6)}</span></div>'
            f'<a class="print-button" href="/print/{rng.randint(100, 999)}">{esc(w["print"])}</a>'
            f'{render(card_art, {"h2": head_tag})}'
            f'<div class="nutrition"><h4>{esc(w["nutrition"])}</h4><ul>{nutri}</ul></div></div>')
    ld = {"name": dish, "recipeIngredient": art.prose.data["ingredients"],
          "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in art.prose.data["steps"]],
          "aggregateRating": {"@type": "AggregateRating", "ratingValue": r, "ratingCount": votes}}
    top = (f'<div class="recipe-actions"><a class="jump" href="#recipe">{esc(w["jump"])}</a> '
           f'<a href="/print/1">{esc(w["print"])}</a></div>{stars}')
    main = (f'<main><article class="post"><h1>{esc(art.title)}</h1>{byline(art, date, "post-meta")}{top}'
            f'<div class="entry-content">{render(story)}{ad(w, 1)}{figure(rng, w, dish, art.author)}{card}</div>'
            f'{share(w)}</article><aside class="sidebar">{story_links(rng, w, w["related"], "widget", 4)}</aside></main>')
    return page(art, head(art, site, date, "Recipe", ld=ld), f'{header(w, site)}{main}{footer(w, site)}')


def amp_shell(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """An AMP page (``<amp-img>``, ``<amp-carousel>``) or an app shell (custom elements, a JSON state
    blob); the article in ``<article>``; a sticky related-stories carousel."""
    amp = rng.random() < 0.5
    credit = rng.choice(art.prose.data["names"])
    tag = "amp-img" if amp else "story-image"
    body = render(art, fig=lambda v: figure(rng, w, v, credit, tag))
    cards = "".join(f'<a class="card" href="/s/{rng.randint(1000, 9999)}"><{tag} src="/t/{i}.jpg" width="160" height="90"></{tag}>'
                    f'<h3>{esc(h)}</h3></a>' for i, h in enumerate(rng.sample(w["headlines"], 4)))
    if amp:
        carousel = (f'<div class="related sticky-bottom"><h2>{esc(w["related"])}</h2>'
                    f'<amp-carousel type="carousel" layout="fixed-height" height="200">{cards}</amp-carousel></div>')
        extra = ('<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>'
                 '<style amp-custom>.sticky-bottom{position:sticky;bottom:0}</style>')
        menu = f'<amp-sidebar id="menu" layout="nodisplay">{header(w, site, "sidebar-nav")}</amp-sidebar>'
        ads = f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/art"><div fallback>{esc(w["ad"])}</div></amp-ad>'
        attrs = ' amp=""'
        state = ""
    else:
        carousel = (f'<related-rail class="sticky" data-sticky="bottom"><h2 slot="title">{esc(w["related"])}</h2>'
                    f'<rail-track>{cards}</rail-track></related-rail>')
        extra, attrs, ads = '<script type="module" src="/_app/entry.js"></script>', "", f'<ad-slot data-pos="mid">{esc(w["ad"])}</ad-slot>'
        menu = f'<app-header>{header(w, site, "app-nav")}</app-header>'
        state = ('<script id="__APP_STATE__" type="application/json">'
                 + json.dumps({"article": {"title": art.title, "body": art.gold_text()}}, ensure_ascii=False).replace("</", "<\\/")
                 + "</script>")
    split = body.find("</p>") + 4
    main = (f'<div id="app">{menu}<main><article class="story-body"><h1>{esc(art.title)}</h1>{byline(art, date)}'
            f'{lead(art, "<p class=standfirst>{}</p>")}{body[:split]}{ads}{body[split:]}'
            f'<amp-social-share type="whatsapp"></amp-social-share>{share(w)}</article>{carousel}</main>{footer(w, site)}</div>')
    return page(art, head(art, site, date, "NewsArticle", extra=extra), main + state, attrs)


def explainer(rng: random.Random, art: Article, w: dict, site: str, date: str) -> str:
    """A science explainer: footnote marks ``[n]`` glued to sentences, a references list, a related-topics row."""
    names = art.prose.data["names"]
    refs = "".join(f'<li id="ref-{i}"><a href="#cite-{i}">^</a> {esc(w["ref"].format(name=rng.choice(names), num=rng.randint(10, 99)))} '
                   f'<a href="https://doi.org/10.{rng.randint(1000, 9999)}/x{i}">doi</a></li>' for i in range(1, art.refs + 1))
    ref_box = (f'<section class="references" id="references"><h2>{esc(w["refs"])}</h2><ol>{refs}</ol></section>'
               if art.refs else "")
    topics = "".join(f'<a class="tag" href="/thema/{i}">{esc(x)}</a>' for i, x in enumerate(rng.sample(w["nav"], 4)))
    sep = "" if art.lang in CJK else " "
    main = (f'<main class="explainer"><article><p class="eyebrow">{esc(w["nav"][rng.randint(0, 4)])}</p><h1>{esc(art.title)}</h1>'
            f'{byline(art, date)}{lead(art, "<p class=summary>{}</p>")}<div class="article-body">{render(art)}</div>{ref_box}'
            f'<div class="related-topics"><span>{esc(w["topics"])}:</span>{sep}{topics}</div>{share(w)}</article>'
            f'{story_links(rng, w, w["related"], "more", 3)}</main>')
    return page(art, head(art, site, date, "Article"), f'{header(w, site)}{main}{footer(w, site)}')
