"""Furniture of the fifth blind comment-page harness that looks like comments and is none: an author bio, related
cards with authors and dates, a "most commented" box with counts, an events box, a comment form with no comment
(around the article); quote blocks, a FAQ, a changelog of dated updates, a sports live ticker, an embedded post,
an interview's questions and answers, and letters to the editor that are the article (inside it).

A furniture function takes the language's texts and a random source and returns (html, place, texts): place "in"
(inside the article: ``texts`` are the body's; an optional one starts with OPT), "after" or "aside". Written for
this harness."""
from __future__ import annotations

from html import escape as e

OPT = "\x00"


def _names(k, rng, n):
    return rng.sample(k["names"], n)


def bio(k, rng):
    name = k["names"][-1]
    return (f'<div class="author-box"><img class="author-photo" src="/staff/{len(name)}.jpg" alt="{e(name)}">'
            f'<div class="author-info"><h4>{e(k["w"]["about"])}</h4><strong class="author-name">{e(name)}</strong>'
            f'<p>{e(k["article"][-1])}</p><a href="/author/x">{e(k["w"]["related"])} →</a></div></div>', "after", [])


def related_cards(k, rng):
    cards = "".join(
        f'<div class="card"><img src="/img/{i}.jpg" alt=""><h3><a href="/news/{i}">{e(h)}</a></h3><div class="card-meta">'
        f'<span class="card-author">{e(n)}</span> · <time datetime="2024-03-0{i + 1}T10:0{i}">{e(k["w"]["date"].format(d=i + 1, h="10", m=f"0{i}"))}'
        f'</time></div><p>{e(s)}</p></div>'
        for i, (h, n, s) in enumerate(zip(k["headlines"], _names(k, rng, 3), k["comments"][-3:])))
    return f'<section class="related"><h2>{e(k["w"]["related"])}</h2><div class="cards">{cards}</div></section>', "after", []


def most_commented(k, rng):
    items = "".join(f'<li><a href="/news/{i}">{e(h)}</a> <span class="cc">({e(k["w"]["count"].format(n=12 + 7 * i))})</span></li>'
                    for i, h in enumerate(k["headlines"]))
    return f'<div class="widget most-commented"><h3>{e(k["w"]["count"].format(n="★"))}</h3><ol>{items}</ol></div>', "aside", []


def events(k, rng):
    items = "".join(f'<li class="event"><div class="event-date"><span class="day">{10 + i}</span><span class="mon">03</span></div>'
                    f'<div class="event-body"><a href="/events/{i}">{e(h)}</a><br><small>{e(k["w"]["date"].format(d=10 + i, h="19", m="30"))}'
                    f' · {e(n)}</small></div></li>' for i, (h, n) in enumerate(zip(k["headlines"], _names(k, rng, 3))))
    return f'<div class="events-box"><h3>{e(k["w"]["events"])}</h3><ul>{items}</ul></div>', "aside", []


def form_only(k, rng):
    return (f'<div id="respond"><h3>{e(k["w"]["count"].format(n=0))}</h3><form action="/comment" method="post"><p>{e(k["w"]["leave"])}</p>'
            f'<textarea name="comment" rows="6"></textarea><input name="author" placeholder="Name"><input name="email" type="email">'
            f'<button type="submit">{e(k["w"]["reply"])}</button></form></div>', "after", [])


def quotes(k, rng):
    a, b = k["comments"][0], k["comments"][1]
    n1, n2 = _names(k, rng, 2)
    html = (f'<blockquote class="pullquote"><p>{e(a)}</p><cite>{e(n1)}</cite></blockquote>'
            f'<figure class="quote"><blockquote><p>{e(b)}</p></blockquote><figcaption>— {e(n2)}</figcaption></figure>')
    return html, "in", [b, OPT + a, OPT + n1, OPT + "— " + n2, OPT + n2]     # a pull quote may go


def faq(k, rng):
    qa = list(zip(k["questions"], k["comments"][2:5]))
    html = f'<h2>{e(k["w"]["faq"])}</h2>' + "".join(
        f'<details class="faq-item"><summary>{e(q)}</summary><p>{e(a)}</p></details>' for q, a in qa)
    return html, "in", [OPT + k["w"]["faq"]] + [x for q, a in qa for x in (q, a)]


def changelog(k, rng):
    ups = [(k["w"]["date"].format(d=2, h=f"{9 + i}", m="15"), s) for i, s in enumerate(k["comments"][5:8])]
    html = f'<div class="updates"><h3>{e(k["w"]["updates"])}</h3><ul>' + "".join(
        f'<li><strong>{e(d)}</strong>: {e(s)}</li>' for d, s in ups) + "</ul></div>"
    return html, "in", [OPT + k["w"]["updates"]] + [s for _, s in ups] + [OPT + d for d, _ in ups]


def ticker(k, rng):
    mins = sorted(rng.sample(range(3, 90), 4), reverse=True)
    lines = list(zip(mins, k["comments"][:4]))
    html = '<div class="liveticker"><ol class="ticker-list">' + "".join(
        f'<li class="ticker-entry"><span class="minute">{m}\'</span><div class="ticker-text"><p>{e(s)}</p></div></li>' for m, s in lines) + "</ol></div>"
    return html, "in", [s for _, s in lines] + [OPT + f"{m}'" for m, _ in lines] + [OPT + str(m) for m, _ in lines]


def embed_post(k, rng):
    """An embedded post in the article: neither a comment nor necessarily the article's (its text may go)."""
    n = k["names"][0]
    s = k["comments"][3]
    html = (f'<blockquote class="social-embed" data-platform="fediverse"><p>{e(s)}</p>— {e(n)} (@{n.split()[0].lower()}) '
            f'<a href="/status/1">{e(k["w"]["date"].format(d=1, h="08", m="00"))}</a></blockquote>')
    return html, "in", [OPT + s, OPT + f"— {n} (@{n.split()[0].lower()}) {k['w']['date'].format(d=1, h='08', m='00')}",
                        OPT + f"— {n} (@{n.split()[0].lower()})", OPT + k["w"]["date"].format(d=1, h="08", m="00")]


def interview(k, rng):
    who = k["names"][1]
    qa = list(zip(k["questions"], k["comments"][4:7]))
    html = "".join(f'<p class="q"><strong>{e(q)}</strong></p><p class="a"><strong>{e(who)}:</strong> {e(a)}</p>' for q, a in qa)
    return html, "in", [x for q, a in qa for x in (q, f"{who}: {a}")]


def letters(k, rng):
    names = _names(k, rng, 3)
    body = list(zip(k["comments"][:3], names))
    html = f'<h2>{e(k["w"]["letters"])}</h2>' + "".join(
        f'<div class="letter"><p>{e(s)}</p><p class="sig"><em>{e(n)}, {e(k["headlines"][0].split()[0])}</em></p></div>' for s, n in body)
    return html, "in", [OPT + k["w"]["letters"]] + [s for s, _ in body] + [OPT + f"{n}, {k['headlines'][0].split()[0]}" for _, n in body]


NEGATIVES = {
    "bio": bio, "related_cards": related_cards, "most_commented": most_commented, "events": events, "form_only": form_only,
    "quotes": quotes, "faq": faq, "changelog": changelog, "ticker": ticker, "embed_post": embed_post,
    "interview": interview, "letters": letters,
}
