"""Comment systems of the sixth blind comment-page harness, part two: news sites' own threads (React with hashed
CSS-module classes, styled-components' opaque classes with the level in an inline indent, Vue's scoped BEM with the
level in a modifier, utility-class soup), collapsed "show N more replies" threads, replies quoting their parent,
badges and vote widgets, and a readers' letters section. Same contract as `page_threads_blind6_systems_a.py`.
Written for this harness."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind6_systems_a import brs, children, count, paras, tree, wrap


def _hash(rng, n=5) -> str:
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-") for _ in range(n))


def css_modules(t, w, rng) -> str:
    h = {k: _hash(rng) for k in ("list", "root", "head", "name", "time", "body", "foot", "btn", "kids")}

    def one(c, kids):
        return (f'<div class="CommentItem_root__{h["root"]}" data-testid="comment"><div class="CommentItem_head__{h["head"]}">'
                f'<span class="UserName_name__{h["name"]}">{e(c["author"])}</span><span class="RelativeTime_time__{h["time"]}" '
                f'title="{c["iso"]}">{e(c["ago"])}</span></div><div class="CommentItem_body__{h["body"]}">{paras(c)}</div>'
                f'<div class="CommentItem_footer__{h["foot"]}"><button class="Button_btn__{h["btn"]}">{e(w["reply"])}</button>'
                f'<button class="Button_btn__{h["btn"]}">{e(w["like"])} · {c["votes"]}</button></div>{kids}</div>')
    return (f'<div id="__next-comments"><div class="CommentSection_wrap__{_hash(rng)}"><h2 class="CommentSection_title__{_hash(rng)}">'
            f'{count(w, len(t))}</h2><div class="CommentList_list__{h["list"]}">'
            f'{tree(t, one, wrap("div", "class", "CommentItem_replies__" + h["kids"]))}'
            f'</div></div></div>')


def styled_opaque(t, w, rng) -> str:
    a, b, c_, d, f = (f"sc-{_hash(rng, 6)} {_hash(rng, 6)}" for _ in range(5))
    items = "".join(
        f'<div class="{a}" style="margin-left:{c["depth"] * 32}px"><div class="{b}"><img class="{f}" src="/u/{c["slug"]}.webp" alt="">'
        f'<span class="{c_}">{e(c["author"])}</span><span class="{c_}">·</span><span class="{c_}">{e(c["ago"])}</span></div>'
        f'<div class="{d}">{paras(c)}</div><div class="{b}"><button class="{f}">{e(w["reply"])}</button><span class="{c_}">{c["votes"]}</span></div></div>'
        for c in t)
    return f'<div class="{a.split()[0]}-wrap"><h3 class="{b}">{count(w, len(t))}</h3><div class="{d}-list">{items}</div></div>'


def vue_bem(t, w, rng) -> str:
    v = f'data-v-{rng.randrange(16 ** 8):08x}'
    items = "".join(
        f'<li {v} class="c-thread__item c-thread__item--level-{c["depth"] + 1}"><div {v} class="c-thread__meta">'
        f'<span {v} class="c-thread__author">{e(c["author"])}</span><span {v} class="c-thread__date">{e(c["date"])}</span></div>'
        f'<div {v} class="c-thread__text">{paras(c)}</div><div {v} class="c-thread__actions"><a {v} href="#">{e(w["reply"])}</a></div></li>'
        for c in t)
    return (f'<div {v} id="app-thread" class="c-thread"><div {v} class="c-thread__header"><h2 {v}>{count(w, len(t))}</h2>'
            f'<select {v}><option>{e(w["newest"])}</option></select></div><ul {v} class="c-thread__list">{items}</ul>'
            f'<button {v} class="c-thread__more">{e(w["load"])}</button></div>')


def tailwind(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="flex gap-3 py-4"><img class="h-8 w-8 rounded-full" src="/av/{c["slug"]}.png" alt="">'
                f'<div class="min-w-0 flex-1"><div class="flex items-center gap-2 text-sm"><span class="font-semibold text-gray-900">'
                f'{e(c["author"])}</span><span class="text-gray-500">{e(c["ago"])}</span></div>'
                f'<div class="mt-1 text-gray-800 space-y-2">{paras(c)}</div><div class="mt-2 flex gap-4 text-xs text-gray-500">'
                f'<button class="hover:underline">{e(w["reply"])}</button><span>{c["votes"]}</span></div>{kids}</div></div>')
    return (f'<div class="mx-auto max-w-2xl border-t border-gray-200 pt-8"><h2 class="text-lg font-bold">{count(w, len(t))}</h2>'
            f'<div class="divide-y divide-gray-100">{tree(t, one, wrap("div", "class", "ml-2 border-l-2 border-gray-100 pl-4"))}'
            f'</div></div>')


def collapsed(t, w, rng) -> str:
    def one(c, kids):
        n = len(children(t, c["i"]))
        more = (f'<button class="replies-toggle" aria-expanded="true" aria-controls="rep-{c["i"]}">{e(w["more"].format(n=n))}</button>'
                if n else "")
        return (f'<div class="cmt" id="c-{c["i"]}"><div class="cmt__who"><strong>{e(c["author"])}</strong> '
                f'<span class="cmt__when">{e(c["ago"])}</span></div><div class="cmt__what">{paras(c)}</div>'
                f'<div class="cmt__do"><a href="#r">{e(w["reply"])}</a> <a href="#l">{e(w["like"])} ({c["votes"]})</a></div>'
                f'{more}<div class="cmt__replies" id="rep-{c["i"]}">{kids}</div></div>')
    return (f'<section class="conversation" id="conversation"><header><h2>{count(w, len(t))}</h2></header>'
            f'<div class="conversation__list">{tree(t, one)}</div><p class="conversation__more"><a href="?page=2">{e(w["load"])}</a></p></section>')


def quoted_parent(t, w, rng) -> str:
    items = []
    for k, c in enumerate(t):
        quote = ""
        if c["reply_to"] is not None:
            p = t[c["reply_to"]]
            quote = (f'<blockquote class="quote"><cite>{e(w["wrote"].format(name=p["author"]))}</cite>'
                     f'<p>{e(p["paras"][0])}</p></blockquote>')
        items.append(f'<div class="post" id="p{k + 1}"><div class="post-author"><a href="/profile/{c["slug"]}">{e(c["author"])}</a>'
                     f'<div class="post-date">{e(c["date"])}</div></div><div class="post-text">{quote}{paras(c)}</div>'
                     f'<div class="post-links"><a href="#p{k + 1}">#{k + 1}</a> <a href="?quote={k + 1}">{e(w["reply"])}</a></div></div>')
    return f'<div id="reader-forum"><h3>{count(w, len(t))}</h3>{"".join(items)}</div>'


def badges_votes(t, w, rng) -> str:
    def one(c, kids):
        badge = rng.choice(["", f'<span class="badge badge--verified">✔ {e(w["verified"])}</span>',
                            f'<span class="badge badge--sub">{e(w["subscriber"])}</span>'])
        return (f'<article class="opinion" aria-label="{e(c["author"])}"><header class="opinion__head"><h4 class="opinion__name">'
                f'{e(c["author"])}</h4>{badge}<time datetime="{c["iso"]}">{e(c["ago"])}</time></header>'
                f'<div class="opinion__text">{paras(c)}</div><footer class="opinion__foot"><div class="votes" role="group">'
                f'<button class="up" aria-label="+1">▲</button><span class="score">{c["votes"]}</span><button class="down" aria-label="-1">▼</button>'
                f'</div><button class="opinion__reply">{e(w["reply"])}</button></footer>{kids}</article>')
    return (f'<section class="opinions"><div class="opinions__bar"><h2>{count(w, len(t))}</h2><nav><a class="on" href="#">{e(w["newest"])}</a></nav></div>'
            f'{tree(t, one, wrap("div", "class", "opinion__answers"))}</section>')


def reader_letters(t, w, rng) -> str:
    items = "".join(
        f'<div class="letter"><h3 class="letter__from">{e(c["author"])}</h3><div class="letter__body">{brs(c)}</div>'
        f'<p class="letter__date">{e(c["date"])}</p></div>' for c in t)
    return f'<section class="readers-letters"><h2>{e(w["letters"])}</h2>{items}</section>'


SYSTEMS_B = {
    "css_modules": (css_modules, "nested"),
    "styled_opaque": (styled_opaque, "levels"),
    "vue_bem": (vue_bem, "levels"),
    "tailwind": (tailwind, "nested"),
    "collapsed": (collapsed, "nested"),
    "quoted_parent": (quoted_parent, "quote"),
    "badges_votes": (badges_votes, "nested"),
    "reader_letters": (reader_letters, "flat"),
}
