"""Blog and news-site furniture of 2008-2024 templates, a second out-of-sample check of the HTML
harness: archive widgets, calendars, blogrolls, about-me, subscribe and search boxes, theme credits,
pager and feed rows, breadcrumbs, post meta rows, like/share blocks, previous/next teasers, author
cards, picks, sponsored grids, galleries, update stamps, story tools, teasers, read-more lines and
tickers, at times in generic markup (`plain`). Renderers return ``(html, lines)`` like
tests/page_wordings.py; the words (tests/page_blog_words.py) are apart from cleaners/lang."""

from __future__ import annotations

import re
from html import escape

from .page_blog_words import BLOGS, SPONSORS, THEMES, W
from .page_blog_words import titles as _titles
from .page_furniture import SECTIONS, TAG_WORDS


def _a(texts, sep: str = "", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return sep.join(f'<a{attr} href="/p/{k}">{escape(t)}</a>' for k, t in enumerate(texts))


def _li(texts, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="/p/{k}">{escape(t)}</a></li>' for k, t in enumerate(texts))


def archives(rng, lang):
    """A month list with post counts, or a Blogger year tree with toggles."""
    w, year = W[lang], rng.randint(2008, 2016)
    if rng.random() < 0.5:
        months = [f"{m} {year}" for m in reversed(w["months"])]
        counts = [rng.randint(1, 20) for _ in months]
        items = "".join(f'<li><a href="/{year}/{k}/">{escape(m)}</a>&nbsp;({c})</li>'
                        for k, (m, c) in enumerate(zip(months, counts)))
        html = (f'<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">{w["archives"]}</h2>'
                f'<ul>{items}</ul></aside>')
        return html, [w["archives"]] + [f"{m} ({c})" for m, c in zip(months, counts)]
    years = [(year + 1, rng.randint(10, 60)), (year, rng.randint(10, 60)), (year - 1, rng.randint(10, 60))]
    months = [(m, rng.randint(1, 9)) for m in reversed(w["months"][1:])]
    inner = "".join(f'<li class="archivedate collapsed"><a class="toggle" href="#"><span class="zippy">►&nbsp;</span>'
                    f'</a><a class="post-count-link" href="/{year}/{k}/">{escape(m)}</a> '
                    f'<span class="post-count">({c})</span></li>'
                    for k, (m, c) in enumerate(months))
    tree = "".join(f'<li class="archivedate {"expanded" if y == year else "collapsed"}"><a class="toggle" href="#">'
                   f'<span class="zippy">{"▼" if y == year else "►"}&nbsp;</span></a><a class="post-count-link" '
                   f'href="/{y}/">{y}</a> <span class="post-count">({c})</span>'
                   + (f'<ul class="hierarchy">{inner}</ul>' if y == year else "") + "</li>" for y, c in years)
    html = (f'<div class="widget BlogArchive" id="BlogArchive1"><h2>{w["archives"]}</h2><div class="widget-content">'
            f'<ul class="hierarchy">{tree}</ul></div></div>')
    return html, [w["archives"]] + [f"{y} ({c})" for y, c in years] + [f"{m} ({c})" for m, c in months]


def calendar(rng, lang):
    """A month calendar table with linked days and a previous-month link."""
    w, year = W[lang], rng.randint(2008, 2016)
    month, prev = w["months"][2], w["months"][1]
    head = "".join(f"<th>{d}</th>" for d in w["days"])
    days = [""] * 3 + [str(d) for d in range(1, 31)] + [""] * 2
    rows = "".join("<tr>" + "".join(f'<td>{f"<a href=/d/{d}>{d}</a>" if d in ("5", "12", "19") else d}</td>'
                                    for d in days[k:k + 7]) + "</tr>" for k in range(0, 35, 7))
    html = (f'<div id="calendar_wrap"><table id="wp-calendar"><caption>{month} {year}</caption><thead><tr>{head}</tr>'
            f'</thead><tbody>{rows}</tbody><tfoot><tr><td colspan="3" id="prev"><a href="/p">« {prev[:3]}</a></td>'
            f'</tr></tfoot></table></div>')
    return html, [f"{month} {year}", f"« {prev[:3]}"]


def blogroll(rng, lang):
    names = rng.sample(BLOGS, 4)
    html = (f'<div class="widget widget_links"><h3>{W[lang]["blogroll"]}</h3><ul class="xoxo blogroll">{_li(names)}'
            '</ul></div>')
    return html, [W[lang]["blogroll"]] + names


def about_me(rng, lang):
    w = W[lang]
    html = (f'<div class="widget Profile"><h2>{escape(w["about"])}</h2><img class="profile-img" src="/me.jpg" alt="">'
            f'<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link" href="/u/1">Marta</a>'
            f'</dt><dd class="profile-textblock">{escape(w["me"])}</dd></dl><a class="profile-link" href="/u/1">'
            f'{escape(w["profile"])}</a></div>')
    return html, [w["about"], w["me"], w["profile"]]


def subscribe_box(rng, lang):
    w = W[lang]
    html = (f'<aside class="widget jetpack_subscription_widget"><h3 class="widget-title">{escape(w["sub_head"])}</h3>'
            f'<form method="post"><div id="subscribe-text"><p>{escape(w["sub_text"])}</p></div>'
            f'<p><input type="email" name="email"></p><p><button type="submit">{escape(w["sub_btn"])}</button></p>'
            f'</form><p class="subscribers-count">{escape(w["join"])}</p><a href="/feed/">RSS</a></aside>')
    return html, [w["sub_head"], w["sub_text"], w["join"]]


def search_box(rng, lang):
    w = W[lang]
    html = (f'<div class="widget widget_search"><h4>{escape(w["search"])}</h4><form role="search" action="/">'
            f'<label class="screen-reader-text" for="s">{escape(w["search_btn"])}</label><input type="text" id="s" '
            f'name="s"><input type="submit" value="{escape(w["search_btn"])}"></form></div>')
    return html, [w["search"], w["search_btn"]]


def theme_credit(rng, lang):
    theme, author, platform = rng.choice(THEMES)
    line = W[lang]["theme"].format(t=theme, a=author, p=platform)
    if rng.random() < 0.5:
        html = f'<div class="site-info">{escape(line)}</div>'
    else:
        theme, power = line.split(". ")[:2]
        html = f'<div class="credits"><span>{escape(theme)}.</span> <span>{escape(power)}</span></div>'
    return html, [line]


def older_newer(rng, lang):
    """Blogger's "Newer Post / Home / Older Post" row and its feed link."""
    w = W[lang]
    html = (f'<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a href="/n" '
            f'class="blog-pager-newer-link">{escape(w["newer"])}</a></span> <span id="blog-pager-older-link"><a '
            f'class="blog-pager-older-link" '
            f'href="/o">{escape(w["older"])}</a></span> <a class="home-link" href="/">{escape(w["home"])}</a></div>'
            f'<div class="post-feeds"><div class="feed-links">{escape(w["feed"].split(": ")[0])}: <a class="feed-link" '
            f'href="/feeds/comments" type="application/atom+xml">{escape(w["feed"].split(": ")[1])}</a></div></div>')
    return html, [w["newer"], w["older"], w["home"], w["feed"]]


def breadcrumb(rng, lang):
    words = SECTIONS[lang][:1] + rng.sample(SECTIONS[lang][1:], 2)
    sep = rng.choice([" › ", " » ", " / ", " > "])
    shape = rng.choice(["nav", "ol", "p"])
    if shape == "ol":
        html = f'<ol class="breadcrumb" itemscope>{_li(words, "breadcrumb-item")}</ol>'
        return html, words
    inner = _a(words, escape(sep))
    html = (f'<nav aria-label="breadcrumb" class="crumbs">{inner}</nav>' if shape == "nav"
            else f'<p id="breadcrumbs"><span>{inner}</span></p>')
    return html, [sep.join(words)]


def post_meta(rng, lang):
    """"Posted in X | Tagged a, b | 3 Comments" in an order the template chooses."""
    w = W[lang]
    cat = rng.choice(SECTIONS[lang][1:])
    tags = rng.sample(TAG_WORDS[lang], 2)
    count = w["comments"].format(n=rng.randint(2, 40))
    parts = {"cat": (f'{w["posted"]} ', f'<a rel="category" href="/c">{escape(cat)}</a>', f'{w["posted"]} {cat}'),
             "tags": (f'{w["tagged"]} ', _a(tags, ", "), f'{w["tagged"]} {", ".join(tags)}'),
             "count": ("", f'<a href="#comments">{escape(count)}</a>', count)}
    order = rng.sample(list(parts), 3)
    sep = rng.choice([" | ", " · ", " — "])
    html = '<footer class="entry-meta">' + escape(sep).join(
        f'<span class="{k}-links">{escape(parts[k][0])}{parts[k][1]}</span>' for k in order) + "</footer>"
    text = sep.join(parts[k][2] for k in order)
    return html, [text]


def like_this(rng, lang):
    """A blog plugin's "Like this:" block with its loading placeholder."""
    w = W[lang]
    html = (f'<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">{escape(w["like"])}</h3>'
            f'<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>'
            f'{escape(w["liking"].split(" ")[0])}</span></span> <span class="loading">'
            f'{escape(" ".join(w["liking"].split(" ")[1:]))}</span></div></div>')
    return html, [w["like"], w["liking"]]


def share_this(rng, lang):
    """"Share this:" with text buttons."""
    w = W[lang]
    buttons = rng.sample(["Twitter", "Facebook", "Reddit", "Tumblr", "Pinterest"], 3) + [w["email"], w["print"]]
    items = "".join(f'<li class="share-{k}"><a class="share-{k} sd-button" href="/s/{k}"><span>{escape(b)}</span></a>'
                    '</li>'
                    for k, b in enumerate(buttons))
    html = (f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{escape(w["share"])}</h3><ul>{items}</ul>'
            '</div>')
    return html, [w["share"]] + buttons


def prev_next(rng, lang):
    """Previous/next article teasers with their headlines."""
    w = W[lang]
    a, b = _titles(rng, lang, 1, 2)
    html = (f'<nav class="post-navigation"><div class="nav-previous"><a href="/a" rel="prev"><span class="meta-nav">'
            f'{escape(w["prev"])}</span> <span class="post-title">{escape(a)}</span></a></div><div class="nav-next">'
            f'<a href="/b" rel="next"><span class="meta-nav">{escape(w["next"])}</span> <span class="post-title">'
            f'{escape(b)}</span></a></div></nav>')
    return html, [w["prev"], w["next"], a, b]


def author_card(rng, lang):
    """A byline box with the author's social handle and e-mail link."""
    from .generalisation_shapes import names
    name = rng.choice(names(lang))
    handle = "@" + name.split()[-1].lower()[:10]
    html = (f'<div class="author-card"><img src="/a.jpg" alt=""><a class="author-card__name" href="/a/1">'
            f'{escape(name)}</a>'
            f'<a class="author-card__twitter" href="https://x.example/{handle[1:]}">{escape(handle)}</a>'
            f'<a class="author-card__email" href="mailto:desk@example.org">{escape(W[lang]["email"])}</a></div>')
    return html, [handle]


def picks(rng, lang):
    w = W[lang]
    titles = _titles(rng, lang, 2, 2)
    html = (f'<section class="editors-picks"><h2 class="strip-title">{escape(w["picks"])}</h2><div class="strip">'
            + "".join(f'<div class="card"><a href="/e/{k}"><img src="/e{k}.jpg" alt=""><h3>{escape(t)}</h3></a></div>'
                      for k, t in enumerate(titles)) + "</div></section>")
    return html, [w["picks"]] + titles


def sponsored(rng, lang):
    w = W[lang]
    titles = _titles(rng, lang, 3, 2)
    sponsors = rng.sample(SPONSORS, 2)
    cards = "".join(f'<div class="sponsored-item"><a href="https://ads.example/{k}"><img src="/s{k}.jpg" alt="">'
                    f'<span class="headline">{escape(t)}</span></a><span class="sponsor">'
                    f'{escape(w["sponsor_by"].format(s=s))}</span></div>'
                    for k, (t, s) in enumerate(zip(titles, sponsors)))
    html = f'<div class="sponsored-grid"><h4>{escape(w["sponsored"])}</h4>{cards}</div>'
    return html, [w["sponsored"]] + titles + [w["sponsor_by"].format(s=s) for s in sponsors]


def gallery(rng, lang):
    """Photo-gallery thumbnails with a counter and a link to the gallery."""
    w = W[lang]
    n = rng.randint(6, 24)
    counter = w["of"].format(k=1, n=n)
    thumbs = "".join(f'<li><a href="/g/{k}"><img src="/g/{k}.jpg" alt=""></a></li>' for k in range(4))
    html = (f'<div class="gallery-embed"><ul class="thumbs">{thumbs}</ul><div class="gallery-counter">{escape(counter)}'
            f'</div><a class="gallery-link" href="/g">{escape(w["gallery"])}</a></div>')
    return html, [counter, w["gallery"]]


def updated(rng, lang):
    w = W[lang]
    line = w["updated"].format(h=w["hour"])
    html = f'<p class="updated"><span class="timestamp">{escape(line)}</span></p>'
    return html, [line]


def story_tools(rng, lang):
    """"Email | Print | Comments (3)" tools."""
    w = W[lang]
    tools = [w["email"], w["print"], w["tools_comments"].format(n=rng.randint(1, 30))]
    if rng.random() < 0.5:
        return f'<ul class="story-tools">{_li(tools, "tool")}</ul>', tools
    return f'<div class="story-tools">{_a(tools, " | ")}</div>', [" | ".join(tools)]


def teasers(rng, lang):
    """Headlines with a summary each, in the article's container."""
    titles = _titles(rng, lang, 5, 2)
    summary = f'<p class="teaser-summary">{escape(W[lang]["summary"])}</p>'
    html = ('<div class="teaser-list">' + "".join(
        f'<div class="teaser"><h3><a href="/t/{k}">{escape(t)}</a></h3>{summary if k == 0 else ""}</div>'
        for k, t in enumerate(titles)) + "</div>")
    return html, titles + [W[lang]["summary"]]


def read_more_line(rng, lang):
    """"Read more: <headline>" as an inline line."""
    label, title = W[lang]["read_more"], _titles(rng, lang, 4, 1)[0]
    shape = rng.choice(["p", "em", "upper"])
    if shape == "upper":
        label = label.upper()
    link = f'<a href="/r">{escape(title)}</a>'
    if shape == "em":
        return f'<p><em>{escape(label)}: {link}</em></p>', [f"{label}: {title}"]
    html = f'<p><strong>{escape(label)}:</strong> {link}</p>'
    return html, [f"{label}: {title}"]


def ticker(rng, lang):
    w = W[lang]
    titles = _titles(rng, lang, 0, 3)
    html = (f'<div class="ticker"><span class="ticker-label">{escape(w["trending"])}</span><ul class="ticker-items">'
            f'{_li(titles)}</ul></div>')
    return html, [w["trending"]] + titles


_CLASS_OR_ID = re.compile(r'\s(?:class|id)="[^"]*"')


def plain(make):
    """``make``, at times without class and id names in a generic box: known by words and shape only."""
    def render(rng, lang):
        html, lines = make(rng, lang)
        if rng.random() < 0.35:     # the share of widgets in generic markup
            html = f'<div class="module">{_CLASS_OR_ID.sub("", html)}</div>'
        return html, lines
    return render


ABOVE = {"breadcrumb": breadcrumb, "ticker": ticker}
INSIDE = {"updated": updated, "story-tools": story_tools, "gallery": gallery, "read-more-line": read_more_line,
          "teasers": teasers, "author-card": author_card}
AFTER = {"post-meta": post_meta, "like-this": like_this, "share-this": share_this, "prev-next": prev_next}
BELOW = {"archives": archives, "calendar": calendar, "blogroll": blogroll, "about-me": about_me,
         "subscribe-box": subscribe_box, "search-box": search_box, "theme-credit": theme_credit,
         "older-newer": older_newer, "picks": picks, "sponsored": sponsored}
ABOVE, INSIDE, AFTER, BELOW = ({cls: plain(make) for cls, make in group.items()}
                              for group in (ABOVE, INSIDE, AFTER, BELOW))
