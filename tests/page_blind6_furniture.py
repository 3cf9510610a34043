"""Furniture of the sixth blind page harness, in the page's language, in several markup shapes each.

Every builder takes the page's ``Kit`` and returns HTML; it records ``(class, [lines a reader sees])`` in
``kit.junk`` so the scorer can tell whether the body kept it.
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass, field

from tests.page_blind6_naming import Namer
from tests.page_blind6_words import NAMES, W

E = _html.escape


@dataclass
class Kit:
    rng: object
    lang: str
    namer: Namer
    title: str
    others: list[str]
    junk: list = field(default_factory=list)
    author: str = ""

    def w(self, key: str) -> str:
        """One alternative of a label."""
        return self.rng.choice(W[self.lang][key].split("|"))

    def ws(self, key: str) -> list[str]:
        return W[self.lang][key].split("|")

    def c(self, role: str) -> str:
        return self.namer.attr(role)

    def add(self, cls: str, lines: list[str]) -> None:
        self.junk.append((cls, [x for x in lines if x.strip()]))

    def name(self) -> str:
        """Any staff name (a photographer's credit)."""
        return self.rng.choice(NAMES[self.lang].split("|"))

    def writer(self) -> str:
        """The article's author: one name on the page (JSON-LD, byline, author box)."""
        if not self.author:
            self.author = self.name()
        return self.author

    def teasers(self, k: int) -> list[str]:
        return self.rng.sample(self.others, min(k, len(self.others)))

    def date(self) -> str:
        r = self.rng
        months = self.ws("months")
        return W[self.lang]["date"].format(d=r.randint(1, 28), m=months[r.randrange(12)], y=r.choice((2023, 2024)),
                                          hh=f"{r.randint(6, 22):02d}", mm=f"{r.randrange(60):02d}")


def href(kit: Kit, text: str) -> str:
    slug = "".join(ch if ch.isalnum() else "-" for ch in text.lower())[:40].strip("-") or "x"
    return f"/{kit.rng.choice(('politik', 'region', 'news', 'a'))}/{slug}-{kit.rng.randint(1000, 99999)}.html"


def ad(kit: Kit) -> str:
    label = kit.w("ad")
    kit.add("ad", [label])
    slot = f'<div id="div-gpt-ad-{kit.rng.randint(100, 999)}-{kit.rng.randint(0, 9)}" style="min-height:250px"></div>'
    form = kit.rng.randrange(4)
    if form == 3:
        return f'<p>{E(label)}</p>{slot}'
    if form == 0:
        return f'<div{kit.c("ad")}><span class="label">{E(label)}</span>{slot}</div>'
    if form == 1:
        return f'<aside{kit.c("ad")} data-ad-label="{E(label)}"><p>{E(label)}</p>{slot}</aside>'
    return f'<div{kit.c("box")}><div{kit.c("ad")}><small>{E(label)}</small></div>{slot}</div>'


def also(kit: Kit, many: bool = False) -> str:
    label, heads = kit.w("also"), kit.teasers(3 if many else kit.rng.choice((1, 1, 2)))
    kit.add("also", [label] + heads)
    links = [f'<a href="{href(kit, h)}">{E(h)}</a>' for h in heads]
    form = kit.rng.randrange(5)
    if form == 4:
        return f'<p><em>{E(label)}: </em>' + ", ".join(links) + "</p>"
    if form == 0 and len(heads) == 1:
        return f'<p><strong>{E(label)}:</strong> {links[0]}</p>'
    if form == 1:
        items = "".join(f"<li>{x}</li>" for x in links)
        return f'<aside{kit.c("teaser")}><h3>{E(label)}</h3><ul>{items}</ul></aside>'
    if form == 2:
        cards = "".join(f'<div class="teaser"><a href="{href(kit, h)}"><img src="/img/{i}.jpg" alt="">'
                        f'<span>{E(h)}</span></a></div>' for i, h in enumerate(heads))
        return f'<section{kit.c("teaser")}><h2>{E(label)}</h2>{cards}</section>'
    return f'<div{kit.c("box")}><p>{E(label)}</p>' + "".join(f"<p>{x}</p>" for x in links) + "</div>"


def newsletter(kit: Kit) -> str:
    t, p, b, m = kit.w("news_t"), kit.w("news_p"), kit.w("news_b"), kit.w("mail")
    kit.add("newsletter", [t, p])
    if kit.rng.random() < 0.35:
        return f'<p><strong>{E(t)}:</strong> {E(p)} <a href="/newsletter">{E(b)}</a></p>'
    return (f'<div{kit.c("newsletter")}><h3>{E(t)}</h3><p>{E(p)}</p><form action="/nl">'
            f'<input type="email" placeholder="{E(m)}"><button>{E(b)}</button></form></div>')


def paywall(kit: Kit) -> str:
    p, o, log = kit.w("paywall"), kit.w("offer"), kit.w("login")
    kit.add("paywall", [p, o, log])
    form = kit.rng.randrange(3)
    if form == 2:
        return f'<p><strong>{E(p)}</strong></p><p>{E(o)} <a href="/abo">{E(log)}</a></p>'
    if form == 0:
        return (f'<div{kit.c("paywall")}><h3>{E(p)}</h3><p>{E(o)}</p>'
                f'<a class="btn" href="/abo">{E(o.split("|")[0])}</a><p><a href="/login">{E(log)}</a></p></div>')
    return f'<section{kit.c("paywall")}><p><strong>{E(p)}</strong></p><ul><li>{E(o)}</li></ul><p>{E(log)}</p></section>'


def share(kit: Kit) -> str:
    label = kit.w("share")
    nets = ["Facebook", "X", "WhatsApp", kit.w("email"), "LinkedIn"][:kit.rng.randint(3, 5)]
    kit.add("share", [label, " ".join(nets)])
    links = "".join(f'<li><a href="#" title="{E(n)}">{E(n)}</a></li>' for n in nets)
    return f'<div{kit.c("share")}><span>{E(label)}</span><ul>{links}</ul></div>'


def audio(kit: Kit) -> str:
    label, note = kit.w("audio"), kit.w("audio_n")
    dur = f"{kit.rng.randint(1, 9):02d}:{kit.rng.randrange(60):02d}"
    kit.add("audio", [label, note])
    if kit.rng.random() < 0.35:
        return f'<p><a href="#player">{E(label)}</a> ({dur})</p><p><small>{E(note)}</small></p>'
    return (f'<div{kit.c("audio")}><button>{E(label)}</button><span>{dur}</span>'
            f'<audio src="/tts/{kit.rng.randint(1, 9999)}.mp3"></audio><small>{E(note)}</small></div>')


def caption(kit: Kit) -> str:
    credit = f"{kit.w('photo')}: {kit.w('agency')}"
    if kit.rng.random() < 0.4:
        credit += f"/{kit.name()}"
    text = f"{kit.rng.choice(kit.others)}. {credit}" if kit.rng.random() < 0.6 else credit
    kit.add("caption", [text])
    img = f'<img src="/bilder/{kit.rng.randint(1, 99999)}.jpg" alt="" width="800" height="450">'
    form = kit.rng.random()
    if form < 0.25:
        return f'<p>{img}</p><p><em>{E(text)}</em></p>'
    if form < 0.6:
        return f'<figure{kit.c("caption")}>{img}<figcaption>{E(text)}</figcaption></figure>'
    return f'<div{kit.c("caption")}>{img}<p class="credit">{E(text)}</p></div>'


def author(kit: Kit) -> str:
    t, name = kit.w("author_t"), kit.writer()
    bio = W[kit.lang]["author_p"].format(name=name, desk=kit.rng.choice(kit.ws("desks")))
    kit.add("author", [t, bio])
    if kit.rng.random() < 0.35:
        return f'<hr><p><em>{E(bio)}</em></p>' if kit.rng.random() < 0.5 else f'<h4>{E(t)}</h4><p>{E(bio)}</p>'
    return (f'<div{kit.c("author")}><h4>{E(t)}</h4><img src="/autoren/{kit.rng.randint(1, 99)}.jpg" alt="">'
            f'<p><a href="/autor/{kit.rng.randint(1, 999)}">{E(name)}</a></p><p>{E(bio)}</p></div>')


def crumbs(kit: Kit) -> str:
    path = [kit.w("home"), *kit.rng.sample(kit.ws("desks"), 2)]
    kit.add("crumbs", [" ".join(path)])
    items = "".join(f'<li><a href="/{i}">{E(x)}</a></li>' for i, x in enumerate(path))
    return f'<nav{kit.c("crumbs")}><ol>{items}</ol></nav>'


def tags(kit: Kit) -> str:
    label = kit.w("tags")
    words = kit.rng.sample(kit.ws("desks"), 3) + [w.strip(",.:„“") for w in kit.title.split()[:2]]
    kit.add("tags", [label + " " + " ".join(words)])
    items = "".join(f'<li><a href="/thema/{i}">{E(x)}</a></li>' for i, x in enumerate(words))
    if kit.rng.random() < 0.35:
        return f'<p>{E(label)}: ' + ", ".join(f'<a href="/thema/{i}">{E(x)}</a>' for i, x in enumerate(words)) + "</p>"
    return f'<div{kit.c("tags")}><span>{E(label)}</span><ul>{items}</ul></div>'


def comments(kit: Kit) -> str:
    text = W[kit.lang]["comments"].format(n=kit.rng.randint(2, 240))
    kit.add("comments", [text])
    return f'<a{kit.c("comments")} href="#comments">{E(text)}</a>'


def consent(kit: Kit) -> str:
    t, b = kit.w("consent"), kit.w("consent_b")
    kit.add("consent", [t])
    return f'<div{kit.c("consent")} role="dialog"><p>{E(t)}</p><button>{E(b)}</button></div>'


def report(kit: Kit) -> str:
    t = kit.w("report")
    kit.add("report", [t])
    return f'<p{kit.c("report")}><a href="/kontakt">{E(t)}</a></p>'


def tools(kit: Kit) -> str:
    p, m = kit.w("print"), kit.w("email")
    kit.add("tools", [f"{p} {m}"])
    return f'<div{kit.c("tools")}><a href="javascript:print()">{E(p)}</a> <a href="mailto:?">{E(m)}</a></div>'


def updated(kit: Kit) -> str:
    t = f"{kit.w('updated')} {kit.date()}"
    kit.add("updated", [t])
    return f'<p{kit.c("updated")}><time datetime="2024-03-0{kit.rng.randint(1, 9)}">{E(t)}</time></p>'


def back(kit: Kit) -> str:
    t = kit.w("back")
    kit.add("back", [t])
    return f'<p{kit.c("back")}><a href="/">{E(t)}</a></p>'


def video(kit: Kit) -> str:
    label, head = kit.w("video"), kit.rng.choice(kit.others)
    dur = f"{kit.rng.randint(0, 4)}:{kit.rng.randrange(60):02d}"
    kit.add("video", [label, head])
    if kit.rng.random() < 0.35:
        return f'<p><strong>{E(label)}:</strong> <a href="{href(kit, head)}">{E(head)}</a> ({dur})</p>'
    img = f'<img src="/v/{kit.rng.randint(1, 99)}.jpg" alt="">'
    return (f'<div{kit.c("video")}><h3>{E(label)}</h3><a href="{href(kit, head)}">{img}'
            f'<span class="dur">{dur}</span><span>{E(head)}</span></a></div>')


def reading(kit: Kit) -> str:
    t = W[kit.lang]["reading"].format(n=kit.rng.randint(2, 9))
    kit.add("reading", [t])
    return f'<span{kit.c("reading")}>{E(t)}</span>'


INSIDE = (ad, ad, also, also, caption, newsletter, video, paywall)
HEAD = (updated, audio, share, reading, crumbs, caption)
TAIL = (tags, author, share, report, tools, back, comments, also, newsletter, paywall, updated)
OUTSIDE = (consent, video, newsletter, also)
