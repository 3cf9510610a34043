"""Pages of the seventh blind comment-page harness without comments whose furniture looks like a thread. Inside the
article (its body, which must be kept): a FAQ as a definition list, a dated timeline, live-blog entries with an
author each, an events table whose first row is a header row, residents' quotes (a name, a date, their words). After
it (neither body nor comments): an author box with a date, related posts with authors, dates and excerpts, a list of
the newsroom's team with roles. Nothing of them may come out as a comment.

A maker takes the language's texts and a random source and returns (html, place, texts): place "in" (inside the
article: ``texts`` are the body's, an optional one starts with OPT) or "after". Written for this harness."""
from __future__ import annotations

from html import escape as e

OPT = "\x00"


def _when(k, i):
    return k["w"]["date"].format(d=1 + i, h=f"{9 + i:02d}", m=f"{5 * i:02d}")


def faq_dl(k, rng):
    pairs = list(zip(k["questions"], k["spare"]))
    items = "".join(f'<dt class="faq-q">{e(q)}</dt><dd class="faq-a">{e(a)}</dd>' for q, a in pairs)
    return (f'<h3>{e(k["w"]["faq"])}</h3><dl class="faq-list">{items}</dl>', "in",
            [OPT + k["w"]["faq"]] + [t for q, a in pairs for t in (q, a)])


def timeline(k, rng):
    texts = k["spare"][:3]
    items = "".join(f'<li class="timeline-item"><time class="timeline-date">{e(_when(k, i))}</time>'
                    f'<div class="timeline-body"><p>{e(x)}</p></div></li>' for i, x in enumerate(texts))
    return (f'<div class="timeline"><h3>{e(k["w"]["timeline"])}</h3><ol class="timeline-list">{items}</ol></div>', "in",
            [OPT + k["w"]["timeline"]] + [OPT + _when(k, i) for i in range(3)] + texts)


def live_blog(k, rng):
    names, texts = rng.sample(k["names"][:-1], 3), k["spare"][:3]
    items = "".join(f'<article class="live-post" id="lp-{i}"><header class="live-post__meta"><span class="live-post__author">'
                    f'{e(n)}</span> <time>{e(_when(k, i))}</time></header><div class="live-post__content"><p>{e(x)}</p></div></article>'
                    for i, (n, x) in enumerate(zip(names, texts)))
    return (f'<div class="liveblog"><h3>{e(k["w"]["live"])}</h3>{items}</div>', "in",
            [OPT + k["w"]["live"]] + [OPT + n for n in names] + [OPT + _when(k, i) for i in range(3)] + texts)


def events_table(k, rng):
    w, texts = k["w"], k["spare"][:3]
    rows = "".join(f'<tr><td>{e(_when(k, i))}</td><td>{e(x)}</td></tr>' for i, x in enumerate(texts))
    return (f'<table class="events"><caption>{e(w["events"])}</caption><tr><th>{e(w["when"])}</th><th>{e(w["what"])}</th></tr>'
            f'{rows}</table>', "in", [OPT + w["events"], OPT + w["when"], OPT + w["what"]] + [OPT + _when(k, i) for i in range(3)] + texts)


def residents_quotes(k, rng):
    names, texts = rng.sample(k["names"][:-1], 2), k["spare"][:2]
    items = "".join(f'<blockquote class="vox"><p>{e(x)}</p><footer><cite>{e(n)}</cite></footer></blockquote>'
                    for n, x in zip(names, texts))
    return f'<div class="vox-pop">{items}</div>', "in", texts + [OPT + n for n in names]


def author_box(k, rng):
    w, name = k["w"], k["names"][-1]
    return (f'<div class="author-box"><img class="author-avatar" src="/a/staff.jpg" alt=""><div class="author-info">'
            f'<h4>{e(w["about"])}</h4><p class="author-title"><a href="/author/staff">{e(name)}</a> · {e(_when(k, 0))}</p>'
            f'<p class="author-bio">{e(k["spare"][0])}</p></div></div>', "after", [])


def related_posts(k, rng):
    w, names = k["w"], rng.sample(k["names"][:-1], 3)
    items = "".join(f'<li class="related-item"><a class="related-title" href="/p/{i}">{e(q)}</a><div class="related-meta">'
                    f'<span class="related-author">{e(n)}</span> <span class="related-date">{e(_when(k, i))}</span></div>'
                    f'<p class="related-excerpt">{e(x[:90])}</p></li>'
                    for i, (q, n, x) in enumerate(zip(k["questions"], names, k["spare"])))
    return f'<section class="related-posts"><h3>{e(w["related"])}</h3><ul>{items}</ul></section>', "after", []


def team_list(k, rng):
    items = "".join(f'<li class="member"><strong class="member-name">{e(n)}</strong><span class="member-role">{e(q)}</span></li>'
                    for n, q in zip(k["names"], k["questions"]))
    return f'<div class="team"><h4>{e(k["w"]["author"])}</h4><ul class="team-list">{items}</ul></div>', "after", []


NEGATIVES = {
    "faq_dl": faq_dl,
    "timeline": timeline,
    "live_blog": live_blog,
    "events_table": events_table,
    "residents_quotes": residents_quotes,
    "author_box": author_box,
    "related_posts": related_posts,
    "team_list": team_list,
}
