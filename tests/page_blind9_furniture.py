"""Furniture of the ninth blind page harness: the in-article boxes of 2018-2026 news sites and blogs.

Every builder takes the page's ``Kit`` and returns HTML in the shape's style (``wp`` block groups, ``hash``
bundler classes with ``data-testid``, ``tw`` Tailwind utilities, ``ghost`` cards, ``plain`` role names), recording
``(class, [lines a reader sees])`` in ``kit.junk``.
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass, field
from typing import ClassVar

from tests.page_blind7_furniture import WordKit
from tests.page_blind9_words_a import RAW_A
from tests.page_blind9_words_b import RAW_B
from tests.page_blind9_words_c import RAW_C

E = _html.escape
HASH = "abcdefghijklmnopqrstuvwxyz0123456789"


def _load(raw: dict) -> dict:
    out = {}
    for lang, text in raw.items():
        out[lang] = {k.strip(): v.strip() for k, _, v in (x.partition(" = ") for x in text.strip().splitlines())}
    return out


W = {**_load(RAW_A), **_load(RAW_B), **_load(RAW_C)}


@dataclass
class Kit(WordKit):
    WORDS: ClassVar[dict] = W
    rng: object
    lang: str
    style: str
    keypoints: list = field(default_factory=list)
    heads: list = field(default_factory=list)
    junk: list = field(default_factory=list)
    vhash: str = "3f2a1b9c"
    divtext: bool = False
    carousel: bool = False

    def hash(self, n: int = 6) -> str:
        return "".join(self.rng.choice(HASH) for _ in range(n))

    def box(self, role: str) -> str:
        """The attributes of a furniture box in the page's style."""
        if self.style == "wp":
            extra = f" is-style-{role}" if self.rng.random() < 0.3 else ""
            return (f' class="wp-block-group has-background has-base-2-background-color is-layout-flow '
                    f'wp-block-group-is-layout-flow{extra}"')
        if self.style == "hash":
            test = f' data-testid="{role}"' if self.rng.random() < 0.5 else ""
            return f' class="css-{self.hash()} e{self.rng.randint(1, 9)}{self.hash(4)}"{test}'
        if self.style == "tw":
            return ' class="not-prose my-8 rounded-xl border border-slate-200 bg-slate-50 p-6 text-sm"'
        if self.style == "ghost":
            return f' class="kg-card kg-{role}-card"'
        return f' class="{role}"'

    def c(self, role: str) -> str:
        """The class attribute of a plain element inside a box."""
        if self.style == "hash":
            return f' class="css-{self.hash()}"'
        if self.style == "tw":
            return ' class="font-semibold text-slate-900"' if role == "title" else ' class="mt-2 text-slate-600"'
        return f' class="{role}"'


def href(kit: Kit) -> str:
    return f"/{kit.rng.choice(('news', '2025', 'story', 'p'))}/{kit.hash(8)}"


def listen(kit: Kit) -> str:
    label = kit.w("listen")
    kit.add("listen", [label])
    mins = kit.rng.randint(3, 9)
    return (f'<div{kit.box("audio-player")}><button type="button" aria-label="Play"><svg viewBox="0 0 24 24">'
            f'<path d="M8 5v14l11-7z"/></svg></button><span{kit.c("title")}>{E(label)}</span>'
            f'<span{kit.c("meta")}>{mins} min</span><audio preload="none" src="/audio/{kit.hash()}.mp3"></audio></div>')


def keypoints(kit: Kit) -> str:
    label = kit.w("keypoints")
    kit.add("keypoints", [label] + kit.keypoints)
    items = "".join(f"<li>{E(k)}</li>" for k in kit.keypoints)
    tag = kit.rng.choice(("h2", "h3", "p"))
    return f'<div{kit.box("key-points")}><{tag}{kit.c("title")}>{E(label)}</{tag}><ul>{items}</ul></div>'


def toc(kit: Kit) -> str:
    label = kit.w("toc")
    kit.add("toc", [label])
    items = "".join(f'<li><a href="#h-{i}">{E(h)}</a></li>' for i, h in enumerate(kit.heads))
    return (f'<nav{kit.box("table-of-contents")} aria-label="{E(label)}"><p><strong>{E(label)}</strong></p>'
            f'<ol>{items}</ol></nav>')


def newsletter(kit: Kit) -> str:
    pitch, email, sub = kit.w("news"), kit.w("email"), kit.w("sub")
    kit.add("newsletter", [pitch, email, sub])
    return (f'<div{kit.box("newsletter")}><p{kit.c("title")}>{E(pitch)}</p><form action="/newsletter/signup" '
            f'method="post"><label for="nl-{kit.hash(3)}">{E(email)}</label><input type="email" name="email" '
            f'placeholder="name@example.com"><button type="submit">{E(sub)}</button></form></div>')


def author_card(kit: Kit) -> str:
    label, name, bio = kit.w("author"), kit.w("names"), kit.w("bio")
    kit.add("author", [label, f"{name} {bio}."])
    return (f'<div{kit.box("author-card")}><img src="/avatars/{kit.hash()}.jpg" width="64" height="64" alt="">'
            f'<div><p{kit.c("title")}>{E(label)}</p><p{kit.c("bio")}><a href="/author/{kit.hash()}">{E(name)}</a> '
            f'{E(bio)}.</p></div></div>')


def most_read(kit: Kit) -> str:
    label, heads = kit.w("most"), kit.ws("heads")
    kit.add("mostread", [label] + heads)
    items = "".join(f'<li><a href="{href(kit)}">{E(h)}</a></li>' for h in heads)
    return f'<aside{kit.box("most-read")}><h3{kit.c("title")}>{E(label)}</h3><ol>{items}</ol></aside>'


def tags(kit: Kit) -> str:
    label, topics = kit.w("tags"), kit.ws("topics")[:kit.rng.randint(3, 5)]
    kit.add("tags", [label + " " + " ".join(topics)])
    links = "".join(f'<a href="/topic/{kit.hash(5)}" rel="tag">{E(t)}</a>' for t in topics)
    if kit.style == "wp":
        return (f'<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">'
                f'{E(label)}: </span>{links}</div>')
    return f'<div{kit.box("tags")}><span{kit.c("title")}>{E(label)}</span>{links}</div>'


def share(kit: Kit) -> str:
    label, copy = kit.w("share"), kit.w("copy")
    kit.add("share", [label, copy])
    nets = "".join(f'<a href="https://{n.lower()}.com/share?u=x" aria-label="{n}">{n}</a>'
                   for n in ("Facebook", "X", "WhatsApp", "LinkedIn")[:kit.rng.randint(2, 4)])
    return f'<div{kit.box("share")}><span{kit.c("title")}>{E(label)}</span>{nets}<button>{E(copy)}</button></div>'


def updated(kit: Kit) -> str:
    label = kit.w("updated")
    stamp = f"{kit.rng.randint(1, 28):02d}.{kit.rng.randint(1, 12):02d}.{kit.rng.randint(2019, 2026)}, " \
            f"{kit.rng.randint(6, 22):02d}:{kit.rng.randint(0, 59):02d}"
    kit.add("updated", [f"{label} {stamp}"])
    return f'<div{kit.box("updated")}><span>{E(label)}</span> <time datetime="2025-01-01T10:00">{stamp}</time></div>'


def paywall(kit: Kit) -> str:
    head, sub, login = kit.w("paywall"), kit.w("sub"), kit.w("login")
    kit.add("paywall", [head, login])
    return (f'<div{kit.box("paywall")}><h3{kit.c("title")}>{E(head)}</h3><a href="/subscribe" '
            f'class="button">{E(sub)}</a><p>{E(login)}</p></div>')


def consent(kit: Kit) -> str:
    text, show = kit.w("consent"), kit.w("show")
    kit.add("consent", [text, show])
    return f'<div{kit.box("embed-consent")}><p>{E(text)}</p><button type="button">{E(show)}</button></div>'


def read_also(kit: Kit) -> str:
    label, head = kit.w("readalso"), kit.rng.choice(kit.ws("heads"))
    kit.add("readalso", [f"{label}: {head}", head])
    if kit.rng.random() < 0.5:
        return f'<p><strong>{E(label)}:</strong> <a href="{href(kit)}">{E(head)}</a></p>'
    return f'<div{kit.box("related")}><span>{E(label)}</span><a href="{href(kit)}">{E(head)}</a></div>'


def cookie_banner(kit: Kit) -> str:
    text, accept, manage = kit.w("cookie"), kit.w("accept"), kit.w("manage")
    kit.add("cookie", [text, accept, manage])
    attrs = kit.rng.choice((' id="cookie-banner" role="dialog"', f' class="css-{kit.hash()}" role="dialog" '
                            'aria-modal="true"', ' class="fixed inset-x-0 bottom-0 z-50 bg-white p-4 shadow"'))
    return f'<div{attrs}><p>{E(text)}</p><button>{E(accept)}</button><button>{E(manage)}</button></div>'


INSIDE = (listen, newsletter, most_read, consent, read_also, share, keypoints)
AFTER = (tags, share, author_card, newsletter)
