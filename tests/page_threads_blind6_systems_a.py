"""Comment systems of the sixth blind comment-page harness (`tests/page_threads_blind6.py`), part one: embeds as a
browser saves them once rendered (Disqus inline, Talkyard, Gitalk, Twikoo, Artalk, Vuukle), schema.org microdata
and an ARIA tree.

A renderer takes the thread (dicts in page order: i, author, slug, paras, parent, depth, iso, date, ago, votes,
reply_to), the language's words ``w`` and a random source, and returns the section's HTML. SYSTEMS_A maps a name to
``(renderer, nesting)``: "nested" (replies inside their parent's markup), "levels" (flat, a level marked on each),
"reply" (flat, the parent named in the reply), "quote" (flat, some posts quoting an earlier one: no tree, as a forum
shows it), "flat". Written for this harness."""
from __future__ import annotations

from html import escape as e


def paras(c, tag="p") -> str:
    return "".join(f"<{tag}>{e(p)}</{tag}>" for p in c["paras"])


def brs(c) -> str:
    return "<br><br>".join(e(p) for p in c["paras"])


def children(t, i) -> list:
    return [c for c in t if c["parent"] == i]


def tree(t, one, wrap=lambda inner: inner) -> str:
    """Roots rendered by ``one(c, replies_html)``, the replies of each wrapped by ``wrap`` when there are any."""
    def rec(c):
        kids = "".join(rec(k) for k in children(t, c["i"]))
        return one(c, wrap(kids) if kids else "")
    return "".join(rec(c) for c in t if c["parent"] is None)


def wrap(tag, attr, value):
    """A wrapper of the replies: ``<tag attr="value">…</tag>``."""
    return lambda inner: f'<{tag} {attr}="{value}">{inner}</{tag}>'


def count(w, n) -> str:
    return e(w["count"].format(n=n))


def disqus_inline(t, w, rng) -> str:
    def one(c, kids):
        return (f'<li class="post" id="post-{4400 + c["i"]}"><div role="alert"></div><div class="post-content" data-role="post-content">'
                f'<div class="indicator"></div><div class="avatar hovercard"><a class="user" href="https://disqus.com/by/{c["slug"]}/">'
                f'<img data-role="user-avatar" src="//a.disquscdn.com/{c["slug"]}.jpg" alt="Avatar"></a></div>'
                f'<div class="post-body"><header class="comment__header"><span class="post-byline"><span class="author publisher-anchor-color">'
                f'<a href="https://disqus.com/by/{c["slug"]}/">{e(c["author"])}</a></span></span>'
                f'<span class="post-meta"><span class="bullet time-ago-bullet">•</span><a class="time-ago" href="#comment-{4400 + c["i"]}" '
                f'title="{e(c["date"])}">{e(c["ago"])}</a></span></header><div class="post-body-inner"><div class="post-message-container">'
                f'<div class="publisher-anchor-color" data-role="message-container"><div class="post-message" data-role="message" dir="auto">'
                f'<div>{paras(c)}</div></div></div></div></div><footer class="comment__footer"><menu class="comment-footer__menu">'
                f'<li class="voting"><a class="vote-up count-{c["votes"]}" href="#"><span class="updatable count">{c["votes"]}</span></a>'
                f'<a class="vote-down count-0" href="#"></a></li><li class="reply"><a href="#"><span class="text">{e(w["reply"])}</span></a></li>'
                f'</menu></footer></div></div><ul class="children">{kids}</ul></li>')
    return (f'<div id="disqus_thread"><div id="layout"><section id="conversation" data-role="main"><div class="nav nav-primary">'
            f'<ul><li class="nav-tab nav-tab--primary tab-conversation active"><span class="comment-count">{count(w, len(t))}</span></li></ul></div>'
            f'<div class="nav nav-secondary"><ul><li class="sort"><a href="#">{e(w["newest"])}</a></li></ul></div>'
            f'<div id="posts"><ul id="post-list" class="post-list">{tree(t, one)}</ul>'
            f'<div class="load-more"><a href="#" class="btn load-more__button">{e(w["load"])}</a></div></div></section></div></div>')


def talkyard(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="dw-t dw-depth-{c["depth"] + 1}" id="dw-t-{c["i"] + 2}"><div class="dw-p" id="post-{c["i"] + 2}">'
                f'<div class="dw-p-hd"><a class="dw-p-by esP_By" href="/-/users/{c["slug"]}"><span class="esP_By_F">{e(c["author"])}</span></a>'
                f'<span class="esP_H_At"> <span class="dw-ago" title="{c["iso"]}">{e(c["ago"])}</span></span></div>'
                f'<div class="dw-p-bd"><div class="dw-p-bd-blk">{paras(c)}</div></div></div>'
                f'<div class="dw-p-as esPA"><a class="dw-a dw-a-reply icon-reply">{e(w["reply"])}</a>'
                f'<a class="dw-a dw-a-like icon-heart">{e(w["like"])} {c["votes"]}</a></div>'
                f'{kids}</div>')
    return (f'<div class="talkyard-comments" data-discussion-id="p-311"><div class="dw-page"><div class="dw-cmts-tlbr">'
            f'<span class="dw-cmts-count">{count(w, len(t))}</span></div>'
            f'{tree(t, one, wrap("ol", "class", "dw-res dw-singlereplies"))}</div></div>')


def gitalk(t, w, rng) -> str:
    items = "".join(
        f'<div class="gt-comment"><a class="gt-avatar-comment" href="https://github.com/{c["slug"]}"><img src="https://avatars.githubusercontent.com/{c["slug"]}" alt="avatar"></a>'
        f'<div class="gt-comment-content"><div class="gt-comment-header"><div class="gt-comment-block-1"></div>'
        f'<a class="gt-comment-username" href="https://github.com/{c["slug"]}">{e(c["author"])}</a> '
        f'<span class="gt-comment-text">commented</span> <span class="gt-comment-date">{e(c["ago"])}</span>'
        f'<a class="gt-comment-like" title="Like"><span class="gt-ico"></span><span class="gt-comment-like-num">{c["votes"]}</span></a></div>'
        f'<div class="gt-comment-body markdown-body">{paras(c)}</div></div></div>' for c in t)
    return (f'<div id="gitalk-container"><div class="gt-container"><div class="gt-meta"><span class="gt-counts">'
            f'<a class="gt-link gt-link-counts" href="https://github.com/o/r/issues/12">{len(t)}</a> comments</span></div>'
            f'<div class="gt-header"><textarea class="gt-header-textarea" placeholder="{e(w["leave"])}"></textarea></div>'
            f'<div class="gt-comments">{items}</div></div></div>')


def twikoo(t, w, rng) -> str:
    def one(c, kids):
        at = f'<span class="tk-ruser">@{e(t[c["parent"]]["author"])}</span> ' if c["parent"] is not None else ""
        return (f'<div class="tk-comment" id="{c["slug"]}{c["i"]}"><div class="tk-avatar"><img class="tk-avatar-img" src="/a/{c["slug"]}.png"></div>'
                f'<div class="tk-main"><div class="tk-row"><div class="tk-meta"><strong class="tk-nick"><span>{e(c["author"])}</span></strong>'
                f'<small class="tk-time"><time datetime="{c["iso"]}">{e(c["ago"])}</time></small></div>'
                f'<div class="tk-row actions"><a class="tk-action-link">{e(w["like"])}<span class="tk-action-count">{c["votes"]}</span></a>'
                f'<a class="tk-action-link">{e(w["reply"])}</a></div></div><div class="tk-content"><span>{at}</span>{paras(c)}</div>'
                f'<div class="tk-extras"><span class="tk-extra">Firefox 123</span></div>{kids}</div></div>')
    return (f'<div id="tcomment" class="twikoo"><div class="tk-comments"><div class="tk-comments-title">'
            f'<span class="tk-comments-count">{count(w, len(t))}</span></div><div class="tk-comments-container">'
            f'{tree(t, one, wrap("div", "class", "tk-replies"))}</div></div></div>')


def artalk(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="atk-comment-wrap" data-comment-id="{80 + c["i"]}"><div class="atk-comment"><div class="atk-avatar">'
                f'<img src="/gravatar/{c["slug"]}"></div><div class="atk-main"><div class="atk-header"><span class="atk-item atk-nick">'
                f'<a href="#">{e(c["author"])}</a></span><span class="atk-badge-wrap"></span><span class="atk-item atk-date" '
                f'data-atk-comment-date="{c["iso"]}">{e(c["ago"])}</span></div><div class="atk-body"><div class="atk-content">{paras(c)}</div></div>'
                f'<div class="atk-footer"><div class="atk-actions"><span>{e(w["like"])} ({c["votes"]})</span><span>{e(w["reply"])}</span></div></div>'
                f'</div></div>{kids}</div>')
    return (f'<div class="artalk atk-dark-mode"><div class="atk-list"><div class="atk-list-header"><div class="atk-comment-count">'
            f'<span class="atk-text">{count(w, len(t))}</span></div></div><div class="atk-list-body">'
            f'{tree(t, one, wrap("div", "class", "atk-comment-children"))}</div><div class="atk-list-footer">'
            f'<span class="atk-copyright">Powered by Artalk</span></div></div></div>')


def vuukle(t, w, rng) -> str:
    items = "".join(
        f'<div class="v-comment-wrapper"><div class="v-comment"><div class="v-avatar"><span>{e(c["author"][0])}</span></div>'
        f'<div class="v-comment-main"><div class="v-comment-head"><span class="v-name">{e(c["author"])}</span>'
        f'<span class="v-time">{e(c["ago"])}</span></div><div class="v-text">{brs(c)}</div><div class="v-actions">'
        f'<button class="v-up">▲ {c["votes"]}</button><button class="v-down">▼ {c["votes"] % 5}</button>'
        f'<button class="v-reply">{e(w["reply"])}</button><button class="v-share">Share</button></div></div></div></div>' for c in t)
    return (f'<div id="vuukle-comments"><div class="v-talk"><div class="v-header"><span class="v-total">{count(w, len(t))}</span>'
            f'<div class="v-sort"><button class="active">{e(w["newest"])}</button></div></div><div class="v-list">{items}</div>'
            f'<button class="v-load-more">{e(w["load"])}</button></div></div>')


def microdata(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="reaction" itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="r{c["i"]}">'
                f'<div class="reaction-head"><span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                f'<span itemprop="name">{e(c["author"])}</span></span> <time itemprop="dateCreated" datetime="{c["iso"]}">{e(c["date"])}</time></div>'
                f'<div itemprop="text">{paras(c)}</div>{kids}</div>')
    return (f'<section class="reactions" itemscope itemtype="https://schema.org/NewsArticle"><h2>{count(w, len(t))}</h2>'
            f'{tree(t, one, wrap("div", "class", "reaction-replies"))}</section>')


def aria_tree(t, w, rng) -> str:
    def one(c, kids):
        return (f'<li role="treeitem" aria-level="{c["depth"] + 1}" aria-expanded="true" class="node"><div class="node-card">'
                f'<div class="node-meta"><b>{e(c["author"])}</b> <time datetime="{c["iso"]}">{e(c["ago"])}</time></div>'
                f'<div class="node-text">{paras(c)}</div><div class="node-actions"><button>{e(w["reply"])}</button>'
                f'<button aria-label="{e(w["like"])}">♥ {c["votes"]}</button></div></div>{kids}</li>')
    return (f'<div class="discussion"><h3>{count(w, len(t))}</h3><ul role="tree" aria-label="{count(w, len(t))}">'
            f'{tree(t, one, wrap("ul", "role", "group"))}</ul></div>')


SYSTEMS_A = {
    "disqus_inline": (disqus_inline, "nested"),
    "talkyard": (talkyard, "nested"),
    "gitalk": (gitalk, "flat"),
    "twikoo": (twikoo, "nested"),
    "artalk": (artalk, "nested"),
    "vuukle": (vuukle, "flat"),
    "microdata": (microdata, "nested"),
    "aria_tree": (aria_tree, "nested"),
}
