"""Blocks that look like a comment thread and are not one (blind harness): a FAQ, an interview
with named speakers, a list of quotes, a live blog's timeline and a critics' round-up are
ARTICLE content (their texts must stay in the body, none may become a comment); a list of
authors, "people also read" and a forum-like list of articles are page furniture (none may
become a comment). Each maker takes the language data and a `random.Random` and returns
``(html, texts_to_keep)``; ``IN_ARTICLE`` names the makers whose block sits in the article."""
from __future__ import annotations

from html import escape as e


def _pick(rng, pool, n):
    return rng.sample(pool, min(n, len(pool)))


def faq(lang, rng):
    qs = _pick(rng, lang["comments"], 6)
    pairs = list(zip(qs[0::2], qs[1::2]))
    html = "".join(f'<div class="faq-item"><h3 class="faq-question">{e(q)}</h3><div class="faq-answer"><p>{e(a)}</p></div></div>'
                   for q, a in pairs)
    return f'<h2>FAQ</h2><div class="faq">{html}</div>', [t for p in pairs for t in p]


def interview(lang, rng):
    names = _pick(rng, lang["names"], 2)
    lines = _pick(rng, lang["comments"], 6)
    html = "".join(f'<p><strong>{e(names[i % 2])}:</strong> {e(t)}</p>' for i, t in enumerate(lines))
    return f'<div class="interview">{html}</div>', lines


def quotes(lang, rng):
    names = _pick(rng, lang["names"], 4)
    lines = _pick(rng, lang["comments"], 4)
    html = "".join(f'<blockquote class="pull-quote"><p>{e(t)}</p><footer>— <cite>{e(n)}</cite></footer></blockquote>'
                   for t, n in zip(lines, names))
    return html, lines


def liveblog(lang, rng):
    names = _pick(rng, lang["names"], 4)
    lines = _pick(rng, lang["comments"], 4)
    html = "".join(f'<div class="lb-entry" id="post-{i}"><div class="lb-meta"><time>{14 - i}:{10 + 7 * i}</time> '
                   f'<span class="lb-author">{e(n)}</span></div><div class="lb-body"><p>{e(t)}</p></div>'
                   f'<div class="lb-share"><a href="#post-{i}">{e(lang["words"]["share"])}</a></div></div>'
                   for i, (t, n) in enumerate(zip(lines, names)))
    return f'<div class="liveblog" id="live">{html}</div>', lines


def critics(lang, rng):
    names = _pick(rng, lang["names"], 3)
    lines = _pick(rng, lang["comments"], 3)
    html = "".join(f'<li class="review"><span class="stars" title="{4 - i} / 5">{"★" * (4 - i)}{"☆" * (1 + i)}</span> '
                   f'<strong class="critic">{e(n)}</strong><p>{e(t)}</p></li>' for i, (t, n) in enumerate(zip(lines, names)))
    return f'<ul class="critics-roundup">{html}</ul>', lines


def authors(lang, rng):
    names = _pick(rng, lang["names"], 4)
    bios = _pick(rng, lang["article"], 4)
    html = "".join(f'<li class="author-card"><img src="/p{i}.jpg" alt=""><a class="author-name" href="/author/{i}">{e(n)}</a>'
                   f'<p class="author-bio">{e(b)}</p></li>' for i, (n, b) in enumerate(zip(names, bios)))
    return f'<section class="our-authors"><h3>Team</h3><ul>{html}</ul></section>', []


def also_read(lang, rng):
    names = _pick(rng, lang["names"], 5)
    heads = _pick(rng, lang["comments"], 5)
    html = "".join(f'<li class="teaser"><a href="/story/{i}">{e(h)}</a><span class="teaser-by">{e(n)}</span>'
                   f'<time>{e(lang["words"]["ago"].format(n=i + 2))}</time></li>' for i, (h, n) in enumerate(zip(heads, names)))
    return f'<aside class="also-read"><h3>People also read</h3><ul>{html}</ul></aside>', []


def topic_list(lang, rng):
    names = _pick(rng, lang["names"], 5)
    heads = _pick(rng, lang["comments"], 5)
    rows = "".join(f'<tr class="topic-row"><td class="topic"><a href="/t/{i}">{e(h)}</a></td><td class="starter">{e(n)}</td>'
                   f'<td class="replies">{3 * i + 1}</td><td class="last">{e(lang["words"]["ago"].format(n=i + 1))}</td></tr>'
                   for i, (h, n) in enumerate(zip(heads, names)))
    return f'<table class="topic-list"><tr><th>Topic</th><th>Author</th><th>Replies</th><th>Last post</th></tr>{rows}</table>', []


NEGATIVES = {"faq": faq, "interview": interview, "quotes": quotes, "liveblog": liveblog, "critics": critics,
             "authors": authors, "also_read": also_read, "topic_list": topic_list}
IN_ARTICLE = {"faq", "interview", "quotes", "liveblog", "critics"}
