"""Comment sections of the fourth blind comment-page harness (`tests/page_threads_blind4.py`), part A: systems
that nest replies in the markup (WordPress variants, Blogger's threaded box, Drupal, a Disqus-like static embed,
a Livefyre-like stream, a React-like vote box, neutral nested lists and articles).

A renderer takes ``(thread, w, rng)``: ``thread`` the comments in page order (dicts of ``author``, ``paras``,
``depth``, ``parent``, ``iso``, ``date``, ``ago``, ``votes``, ``i``), ``w`` the language's words; it returns the
section's HTML. `SYSTEMS_A` maps a name to ``(renderer, nesting)``, nesting ``"nested"`` or ``"flat"``."""
from __future__ import annotations

from html import escape as e


def kids(thread) -> dict:
    out: dict = {None: []}
    for c in thread:
        out.setdefault(c["i"], [])
        out.setdefault(c["parent"], []).append(c["i"])
    return out


def tree(thread, unit, wrap, parent=None) -> str:
    """The comments under ``parent`` rendered by ``unit(c, inner)``, ``inner`` the replies wrapped by ``wrap``."""
    k = kids(thread)

    def go(i):
        sub = "".join(go(j) for j in k[i])
        return unit(thread[i], wrap(sub) if sub else "")
    return "".join(go(i) for i in k[parent])


def paras(c) -> str:
    return "".join(f"<p>{e(p)}</p>" for p in c["paras"])


def heading(w, n, rng, tag="h3", cls="") -> str:
    text = w["count"].format(n=n) if rng.random() < 0.7 else w["comments"]
    return f'<{tag}{cls}>{e(text)}</{tag}>'


def wp_classic(t, w, rng):
    def unit(c, inner):
        return (f'<li class="comment {"even" if c["i"] % 2 else "odd"} depth-{c["depth"] + 1}" id="comment-{4100 + c["i"]}">'
                f'<div id="div-comment-{4100 + c["i"]}" class="comment-body"><div class="comment-author vcard">'
                f'<img class="avatar avatar-48 photo" src="/g/{c["i"]}.png" height="48" width="48"><cite class="fn">{e(c["author"])}</cite> '
                f'<span class="says">{e(w["said"].format(name="").replace(":", "").strip() or "says")}:</span></div>'
                f'<div class="comment-meta commentmetadata"><a href="#comment-{4100 + c["i"]}">{e(c["date"])}</a></div>'
                f'{paras(c)}<div class="reply"><a class="comment-reply-link" href="?replytocom={4100 + c["i"]}">{e(w["reply"])}</a></div></div>{inner}</li>')
    body = tree(t, unit, lambda s: '<ul class="children">' + s + '</ul>')
    head = heading(w, len(t), rng, cls=' id="comments-title"')
    return f'<div id="comments">{head}<ol class="commentlist">{body}</ol></div>'


def wp_html5(t, w, rng):
    def unit(c, inner):
        return (f'<li id="comment-{c["i"] + 77}" class="comment byuser depth-{c["depth"] + 1}"><article id="div-comment-{c["i"] + 77}" class="comment-body">'
                f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/a/{c["i"]}.jpg" class="avatar avatar-60">'
                f'<b class="fn">{e(c["author"])}</b></div><div class="comment-metadata"><a href="#c"><time datetime="{c["iso"]}">{e(c["date"])}</time></a></div></footer>'
                f'<div class="comment-content">{paras(c)}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">{e(w["reply"])}</a></div>'
                f'</article>{inner}</li>')
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{e(w["count"].format(n=len(t)))}</h2>'
            f'<ol class="comment-list">{tree(t, unit, lambda s: "<ol class=" + chr(34) + "children" + chr(34) + ">" + s + "</ol>")}</ol>'
            f'<div id="respond" class="comment-respond"><h3>{e(w["leave"])}</h3><form><textarea name="comment"></textarea>'
            f'<input type="submit" value="{e(w["send"])}"></form></div></div>')


def REPLIES(s):
    return f'<div class="comment-replies"><div class="comment-thread inline-thread"><ol>{s}</ol></div></div>'


def blogger_threaded(t, w, rng):
    def unit(c, inner):
        return (f'<li class="comment" id="c{900 + c["i"]}"><div class="avatar-image-container"><img src="/b/{c["i"]}.png"></div>'
                f'<div class="comment-block"><div class="comment-header"><cite class="user"><a href="/profile/{c["i"]}">{e(c["author"])}</a></cite>'
                f'<span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c">{e(c["date"])}</a></span></div>'
                f'<p class="comment-content">{"<br><br>".join(e(p) for p in c["paras"])}</p><span class="comment-actions secondary-text">'
                f'<a class="comment-reply" target="_self">{e(w["reply"])}</a></span></div>{inner}</li>')
    return (f'<div class="comments" id="comments"><h4>{e(w["count"].format(n=len(t)))}</h4><div class="comments-content"><div class="comment-thread">'
            f'<ol>{tree(t, unit, REPLIES)}'
            f'</ol></div></div></div>')


def drupal(t, w, rng):
    def unit(c, inner):
        return (f'<article data-comment-user-id="{c["i"] + 3}" id="comment-{c["i"] + 210}" class="comment js-comment">'
                f'<footer class="comment__meta"><span class="comment__author"><a href="/user/{c["i"]}" class="username">{e(c["author"])}</a></span>'
                f' <span class="comment__time">{e(c["date"])}</span><p class="comment__permalink"><a href="/comment/{c["i"]}">Permalink</a></p></footer>'
                f'<div class="content"><div class="field field--name-comment-body">{paras(c)}</div>'
                f'<ul class="links inline"><li><a href="/comment/reply/{c["i"]}">{e(w["reply"])}</a></li></ul></div></article>'
                + (f'<div class="indented">{inner}</div>' if inner else ""))
    return (f'<section class="comments field--name-comment"><h2 class="title">{e(w["comments"])}</h2>'
            f'{tree(t, unit, lambda s: s)}<h2 class="title comment-form__title">{e(w["leave"])}</h2>'
            f'<form class="comment-comment-form"><textarea></textarea><button>{e(w["send"])}</button></form></section>')


def disqus_static(t, w, rng):
    def unit(c, inner):
        return (f'<li class="post" id="post-{5500 + c["i"]}"><div role="alert"></div><div class="post-content"><div class="avatar hovercard">'
                f'<a href="/by/{c["i"]}" class="user"><img src="/d/{c["i"]}.jpg" class="user"></a></div><div class="post-body"><header class="comment__header">'
                f'<span class="post-byline"><span class="author publisher-anchor-color"><a href="/by/{c["i"]}">{e(c["author"])}</a></span></span>'
                f'<span class="post-meta"><span class="bullet time-ago-bullet">•</span> <a href="#comment-{c["i"]}" class="time-ago" title="{e(c["date"])}">{e(c["ago"])}</a></span></header>'
                f'<div class="post-body-inner"><div class="post-message" dir="auto">{paras(c)}</div></div><footer class="comment__footer"><menu class="comment-footer__menu">'
                f'<li class="voting"><a href="#" class="vote-up count-{c["votes"]}"><span class="updatable count">{c["votes"]}</span> ▲</a></li>'
                f'<li class="reply"><a href="#"><span class="text">{e(w["reply"])}</span></a></li></menu></footer></div></div>'
                f'<ul class="children">{inner}</ul></li>')
    return (f'<div id="disqus_thread"><section id="conversation"><div class="nav-primary"><span class="comment-count">{e(w["count"].format(n=len(t)))}</span></div>'
            f'<div id="posts"><ul id="post-list" class="post-list">{tree(t, unit, lambda s: s)}</ul></div></section></div>')


def livefyre(t, w, rng):
    out = []
    for c in t:
        out.append(f'<div class="fyre-comment-wrapper fyre-comment-depth-{c["depth"]}" style="margin-left:{30 * c["depth"]}px">'
                   f'<article class="fyre-comment-article" data-message-id="{880 + c["i"]}"><header class="fyre-comment-head">'
                   f'<span class="fyre-comment-username"><span>{e(c["author"])}</span></span><time class="fyre-comment-date" datetime="{c["iso"]}">{e(c["ago"])}</time></header>'
                   f'<section class="fyre-comment-body"><div class="fyre-comment">{paras(c)}</div></section><footer class="fyre-comment-footer">'
                   f'<a class="fyre-comment-like">{e(w["like"])} ({c["votes"]})</a> <a class="fyre-comment-reply">{e(w["reply"])}</a>'
                   f' <a class="fyre-comment-flag">{e(w["report"])}</a></footer></article></div>')
    return (f'<div id="livefyre-comments" class="fyre"><div class="fyre-stream-header"><span class="fyre-comment-count">{e(w["count"].format(n=len(t)))}</span></div>'
            f'<div class="fyre-stream-content">{"".join(out)}</div></div>')


def react_votes(t, w, rng):
    def unit(c, inner):
        return (f'<div data-testid="comment" class="sc-1x2y3z Comment__Wrapper-k8s2"><div class="sc-4a5b Comment__Header-q1">'
                f'<img class="sc-av Avatar-x" src="/u/{c["i"]}.webp" alt=""><span class="sc-nm UserName-z">{e(c["author"])}</span>'
                f'<span class="sc-tm Timestamp-y">{e(c["ago"])}</span></div><div class="sc-bd Comment__Body-p">{paras(c)}</div>'
                f'<div class="sc-ac Comment__Actions-r"><button aria-label="upvote">▲ {c["votes"]}</button><button>▼</button>'
                f'<button>{e(w["reply"])}</button><button>{e(w["report"])}</button></div>'
                + (f'<div class="sc-rp Comment__Replies-t">{inner}</div>' if inner else "") + '</div>')
    return (f'<section class="sc-sec Discussion__Section-a" aria-label="{e(w["comments"])}"><div class="sc-h">{e(w["count"].format(n=len(t)))}</div>'
            f'<textarea placeholder="{e(w["leave"])}"></textarea>{tree(t, unit, lambda s: s)}</section>')


def neutral_ul(t, w, rng):
    def unit(c, inner):
        return (f'<li><strong>{e(c["author"])}</strong> · <small>{e(c["ago"] if c["i"] % 2 else c["date"])}</small>{paras(c)}'
                + (f'<ul>{inner}</ul>' if inner else "") + '</li>')
    return f'<h2>{e(w["comments"])}</h2><ul>{tree(t, unit, lambda s: s)}</ul>'


def neutral_articles(t, w, rng):
    def unit(c, inner):
        return (f'<article><header><h4>{e(c["author"])}</h4><time datetime="{c["iso"]}">{e(c["date"])}</time></header>'
                f'{paras(c)}{inner}</article>')
    return f'<section>{tree(t, unit, lambda s: s)}</section>'


def indent_class(t, w, rng):
    out = "".join(f'<div class="c-item indent-{c["depth"]}" id="c{c["i"]}"><div class="c-head"><span class="c-name">{e(c["author"])}</span> '
                  f'<span class="c-date">{e(c["date"])}</span></div><div class="c-text">{paras(c)}</div>'
                  f'<div class="c-tools"><a href="#r">{e(w["reply"])}</a> | <a href="#f">{e(w["report"])}</a></div></div>' for c in t)
    return f'<div class="reader-comments"><h3>{e(w["comments"])}</h3>{out}</div>'


def indent_style(t, w, rng):
    out = "".join(f'<div style="margin-left:{2 * c["depth"]}em;border-left:1px solid #ccc;padding:4px"><p><b>{e(c["author"])}</b> '
                  f'<span style="color:#888">{e(c["ago"])}</span></p>{paras(c)}</div>' for c in t)
    return f'<div>{heading(w, len(t), rng, tag="h4")}{out}</div>'


SYSTEMS_A = {
    "wp_classic": (wp_classic, "nested"), "wp_html5": (wp_html5, "nested"), "blogger_threaded": (blogger_threaded, "nested"),
    "drupal": (drupal, "nested"), "disqus_static": (disqus_static, "nested"), "livefyre": (livefyre, "nested"),
    "react_votes": (react_votes, "nested"), "neutral_ul": (neutral_ul, "nested"), "neutral_articles": (neutral_articles, "nested"),
    "indent_class": (indent_class, "nested"), "indent_style": (indent_style, "nested"),
}
