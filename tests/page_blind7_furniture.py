"""Furniture of the seventh blind page harness, in the page's language and in several markup forms.

Every builder takes the page's ``Kit`` and returns HTML, recording ``(class, [lines a reader sees])`` in
``kit.junk`` so the scorer can tell whether the body kept it. Class names are free of role words half of the
time (hashed or utility classes), as on pages built by bundlers and page builders.
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass, field
from typing import ClassVar

from tests.page_blind7_words import W

E = _html.escape
HASH = "abcdefghijklmnopqrstuvwxyz0123456789"


class WordKit:
    """A page's words and furniture record, for a harness's ``Kit`` dataclass (``rng``, ``lang`` and ``junk`` fields):
    ``WORDS`` is the harness's word table, ``{lang: {key: "a|b|c"}}``."""
    WORDS: ClassVar[dict] = W

    def w(self, key: str) -> str:
        return self.rng.choice(self.WORDS[self.lang][key].split("|"))

    def ws(self, key: str) -> list[str]:
        return self.WORDS[self.lang][key].split("|")

    def add(self, cls: str, lines: list[str]) -> None:
        self.junk.append((cls, [x for x in lines if x.strip()]))


@dataclass
class Kit(WordKit):
    rng: object
    lang: str
    title: str
    heads: list[str]
    hashed: bool = False
    junk: list = field(default_factory=list)
    author: str = ""

    def writer(self) -> str:
        if not self.author:
            self.author = self.w("names")
        return self.author

    def c(self, role: str) -> str:
        """A class attribute: the role word, or a bundler's hash that names no role."""
        if self.hashed:
            h = "".join(self.rng.choice(HASH) for _ in range(6))
            return f' class="css-{h} e{self.rng.randint(1, 9)}{h[:3]}"'
        return f' class="{role}"'


def href(kit: Kit, n: int = 0) -> str:
    return f"/{kit.rng.choice(('news', 'p', 'story', 'a'))}/{kit.rng.randint(10000, 999999)}{n}"


def ad(kit: Kit) -> str:
    label = kit.w("ad")
    kit.add("ad", [label])
    slot = f'<div id="ad-slot-{kit.rng.randint(1, 99)}" data-ad-unit="/123/article" style="min-height:280px"></div>'
    form = kit.rng.randrange(3)
    if form == 0:
        return f'<div{kit.c("ad-wrapper")}><span{kit.c("ad-label")}>{E(label)}</span>{slot}</div>'
    if form == 1:
        return f'<div{kit.c("adunit")}><div>{E(label)}</div>{slot}</div>'
    return f'<p style="font-size:11px;text-align:center">{E(label)}</p>{slot}'


def related(kit: Kit) -> str:
    label, heads = kit.w("also"), kit.rng.sample(kit.heads, kit.rng.randint(2, 3))
    more = kit.w("more")
    kit.add("related", [label] + heads)
    form = kit.rng.randrange(4)
    if form == 0:
        items = "".join(f'<li><a href="{href(kit, i)}">{E(h)}</a></li>' for i, h in enumerate(heads))
        return f'<div{kit.c("related")}><h3>{E(label)}</h3><ul>{items}</ul></div>'
    if form == 1:
        cards = "".join(f'<div{kit.c("card")}><a href="{href(kit, i)}"><img src="/i/{i}.jpg" alt="">'
                        f'<div>{E(h)}</div></a><a href="{href(kit, i)}">{E(more)}</a></div>'
                        for i, h in enumerate(heads))
        kit.add("more", [more])
        return f'<section{kit.c("more-stories")}><div>{E(label)}</div>{cards}</section>'
    if form == 2:
        links = "<br>".join(f'<a href="{href(kit, i)}">{E(h)}</a>' for i, h in enumerate(heads))
        return f'<div><b>{E(label)}</b><br>{links}</div>'
    h = heads[0]
    kit.junk[-1] = ("related", [label, h])
    return f'<p><strong>{E(label)}:</strong> <a href="{href(kit)}">{E(h)}</a></p>'


def share(kit: Kit) -> str:
    label = kit.w("share")
    nets = ["Facebook", "X", "WhatsApp", "Telegram", "E-mail"][:kit.rng.randint(2, 5)]
    kit.add("share", [label])
    links = "".join(f'<a href="https://share.example/{n.lower()}" aria-label="{n}"><svg width="16" height="16">'
                    f'</svg><span>{E(n)}</span></a>' for n in nets)
    return f'<div{kit.c("share-buttons")}><span>{E(label)}</span>{links}</div>'


def newsletter(kit: Kit) -> str:
    t, p, b = kit.w("news_t"), kit.w("news_p"), kit.w("news_b")
    kit.add("newsletter", [t, p])
    if kit.rng.random() < 0.4:
        return f'<div{kit.c("nl")}><div><strong>{E(t)}</strong></div><div>{E(p)}</div><a href="/nl">{E(b)}</a></div>'
    return (f'<div{kit.c("newsletter-box")}><h4>{E(t)}</h4><p>{E(p)}</p><form><input type="email">'
            f'<button>{E(b)}</button></form></div>')


def cookie(kit: Kit) -> str:
    t, b = kit.w("consent"), kit.w("consent_b")
    kit.add("cookie", [t])
    return f'<div{kit.c("cmp-banner")} role="dialog"><div>{E(t)}</div><button>{E(b)}</button></div>'


def comments(kit: Kit) -> str:
    t = kit.w("comments").format(n=kit.rng.randint(3, 300))
    kit.add("comments", [t])
    if kit.rng.random() < 0.5:
        return f'<div{kit.c("comments-teaser")}><a href="#comments">{E(t)}</a></div>'
    return f'<button{kit.c("comments-open")} type="button">{E(t)}</button>'


def author_box(kit: Kit) -> str:
    t, name = kit.w("author_t"), kit.writer()
    bio = kit.w("author_p").format(name=name)
    kit.add("author", [t, bio])
    return (f'<div{kit.c("author-box")}><img src="/a/{kit.rng.randint(1, 99)}.jpg" alt=""><div>'
            f'<div><b>{E(t)}</b></div><div>{E(bio)}</div></div></div>')


def tags(kit: Kit) -> str:
    label, words = kit.w("tags"), kit.rng.sample(kit.ws("desks"), 3)
    kit.add("tags", [label + " " + " ".join(words)])
    items = "".join(f'<a href="/tag/{i}" rel="tag">{E(x)}</a>' for i, x in enumerate(words))
    return f'<div{kit.c("tags")}><span>{E(label)}:</span> {items}</div>'


def crumbs(kit: Kit) -> str:
    path = [kit.w("home"), *kit.rng.sample(kit.ws("desks"), 2)]
    kit.add("crumbs", [" ".join(path)])
    items = " › ".join(f'<a href="/{i}">{E(x)}</a>' for i, x in enumerate(path))
    return f'<div{kit.c("breadcrumbs")}>{items}</div>'


def byline(kit: Kit) -> str:
    line = f"{kit.w('by')} {kit.writer()}"
    kit.add("byline", [line])
    return (f'<div{kit.c("byline")}><span>{E(line)}</span> · <time datetime="2024-05-0{kit.rng.randint(1, 9)}">'
            f'0{kit.rng.randint(1, 9)}.05.2024</time></div>')


def pager(kit: Kit, pages: int = 3) -> str:
    nxt, word = kit.w("next"), kit.w("page")
    kit.add("pager", [nxt])
    nums = "".join(f'<a href="?page={i}">{i}</a> ' if i > 1 else f"<span>{i}</span> " for i in range(1, pages + 1))
    if kit.rng.random() < 0.5:
        return f'<div{kit.c("pagination")}>{E(word)} {nums}<a href="?page=2" rel="next">{E(nxt)} »</a></div>'
    return f'<nav{kit.c("pages")}>{nums}<a href="?page=2" rel="next">{E(nxt)}</a></nav>'


def nav(kit: Kit) -> str:
    desks = kit.ws("desks")
    kit.add("nav", [" ".join(desks)])
    return (f'<header{kit.c("site-header")}><a href="/"><img src="/logo.svg" alt="logo"></a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{E(d)}</a></li>' for i, d in enumerate(desks)) + "</ul></nav></header>")


def footer(kit: Kit) -> str:
    links = kit.ws("footer")
    kit.add("footer", [" ".join(links)])
    return (f'<footer{kit.c("site-footer")}>' + " ".join(f'<a href="/f{i}">{E(x)}</a>' for i, x in enumerate(links))
            + "<div>© 2024</div></footer>")


INSIDE = (ad, ad, related, newsletter, share)
TAIL = (tags, author_box, share, comments, related, newsletter)
