"""Comment systems of the seventh blind comment-page harness (`tests/page_threads_blind7.py`), part one: embeds as a
browser saves them once rendered (Waline, Valine, Isso, Remark42, Commento, Hyvor Talk, Giscus, a Discourse embed),
a flat list whose replies open with an "@name" link, and one whose replies carry an "in reply to NAME" line.

A renderer takes the thread (dicts in page order: i, author, slug, paras, parent, depth, iso, date, votes), the
language's words ``w`` and a random source, and returns the section's HTML. SYSTEMS_A maps a name to
``(renderer, nesting)``: "nested" (replies inside their parent's markup), "levels" (flat, a level marked on each),
"reply" (flat, the parent named in the reply), "quote" (flat, posts may quote an earlier one), "flat".
Written for this harness."""
from __future__ import annotations

from html import escape as e


def paras(c, tag="p") -> str:
    return "".join(f"<{tag}>{e(p)}</{tag}>" for p in c["paras"])


def tree(t, one, wrap=lambda inner: inner) -> str:
    """Roots rendered by ``one(c, replies_html)``, the replies of each wrapped by ``wrap`` when there are any."""
    def rec(c):
        kids = "".join(rec(k) for k in t if k["parent"] == c["i"])
        return one(c, wrap(kids) if kids else "")
    return "".join(rec(c) for c in t if c["parent"] is None)


def count(w, n) -> str:
    return e(w["count"].format(n=n))


def waline(t, w, rng) -> str:
    def one(c, kids):
        at = ""
        if c["parent"] is not None:
            p = t[c["parent"]]
            at = f'<a class="wl-at" href="#{p["slug"]}{p["i"]}">@{e(p["author"])}</a> '
        return (f'<div class="wl-card-item" id="{c["slug"]}{c["i"]}"><div class="wl-user"><img class="wl-user-avatar" src="/av/{c["slug"]}.png">'
                f'</div><div class="wl-card"><div class="wl-head"><a class="wl-nick" href="https://{c["slug"]}.example.net" rel="nofollow">{e(c["author"])}</a>'
                f'<span class="wl-badge">Lv{1 + c["votes"] % 5}</span><span class="wl-time">{e(c["date"])}</span>'
                f'<button class="wl-reply" title="{e(w["reply"])}"><svg viewBox="0 0 1024 1024"></svg></button></div>'
                f'<div class="wl-meta"><span>Chrome 125</span><span>Linux</span></div><div class="wl-content">'
                f'{at}{paras(c)}</div>{kids}</div></div>')
    return (f'<div id="waline" class="waline-container"><div data-waline=""><div class="wl-comment"><div class="wl-panel">'
            f'<textarea class="wl-editor" placeholder="..."></textarea><button class="wl-btn primary">Submit</button></div></div>'
            f'<div class="wl-meta-head"><div class="wl-count"><span>{len(t)}</span> {count(w, len(t)).split()[-1]}</div></div>'
            f'<div class="wl-cards">{tree(t, one, lambda k: f"<div class=wl-quote>{k}</div>")}</div>'
            f'<div class="wl-power">Powered by Waline</div></div></div>')


def valine(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="vcard" id="{c["slug"]}x{c["i"]}"><img class="vimg" src="/g/{c["slug"]}"><div class="vh">'
                f'<div class="vhead"><a class="vnick" rel="nofollow" href="#">{e(c["author"])}</a> <span class="vsys">Firefox</span></div>'
                f'<div class="vmeta"><span class="vtime">{e(c["date"])}</span><span class="vat">{e(w["reply"])}</span></div>'
                f'<div class="vcontent">{paras(c)}</div><div class="vreply-wrapper"></div>{kids}</div></div>')
    return (f'<div id="vcomments" class="v"><div class="vpanel"><div class="vwrap"><textarea class="veditor vinput"></textarea>'
            f'</div></div><div class="vcount"><span class="vnum">{len(t)}</span> {count(w, len(t)).split()[-1]}</div>'
            f'<div class="vcards">{tree(t, one, lambda k: f"<div class=vquote>{k}</div>")}</div></div>')


def isso(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="isso-comment" id="isso-{30 + c["i"]}"><div class="isso-avatar"><svg></svg></div><div class="isso-text-wrapper">'
                f'<div class="isso-comment-header" role="meta"><span class="isso-author">{e(c["author"])}</span><span class="isso-spacer">•</span>'
                f'<a class="isso-permalink" href="#isso-{30 + c["i"]}"><time title="{e(c["iso"])}" datetime="{c["iso"]}">{e(c["date"])}</time></a></div>'
                f'<div class="isso-text">{paras(c)}</div><div class="isso-comment-footer"><span class="isso-votes">{c["votes"]}</span>'
                f'<a class="isso-upvote" href="#">+</a><a class="isso-downvote" href="#">-</a><a class="isso-reply" href="#">{e(w["reply"])}</a></div>'
                f'</div><div class="isso-follow-up">{kids}</div></div>')
    return (f'<section id="isso-thread"><h4 class="isso-thread-heading">{count(w, len(t))}</h4><div class="isso-postbox"><div class="isso-form-wrapper">'
            f'<textarea class="isso-textarea"></textarea><input type="submit" value="Submit"></div></div>'
            f'<div id="isso-root">{tree(t, one)}</div></section>')


def remark42(t, w, rng) -> str:
    out = "".join(
        f'<article class="comment comment_level_{c["depth"]} comment_theme_light" id="remark42__comment-{c["slug"]}-{c["i"]}">'
        f'<div class="comment__info"><img class="avatar-icon" src="/r/{c["slug"]}"><span class="comment__username">{e(c["author"])}</span>'
        f'<a class="comment__time" href="#remark42__comment-{c["i"]}" title="{e(c["iso"])}">{e(c["date"])}</a>'
        f'<span class="comment__score"><span class="comment__score-value">{c["votes"]}</span></span></div>'
        f'<div class="comment__body"><div class="comment__text raw-content">{paras(c)}</div>'
        f'<div class="comment__actions"><button class="comment__action">{e(w["reply"])}</button></div></div></article>' for c in t)
    return (f'<div id="remark42"><div class="root root_theme_light"><div class="root__main"><div class="root__threads" role="list">'
            f'<p class="root__count">{count(w, len(t))}</p>{out}</div></div></div></div>')


def commento(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="commento-card" id="commento-{c["slug"]}{c["i"]}"><div class="commento-header">'
                f'<div class="commento-avatar">{e(c["author"][:1])}</div><div class="commento-name">{e(c["author"])}</div>'
                f'<div class="commento-subtitle"><div class="commento-timeago" title="{e(c["iso"])}">{e(c["date"])}</div>'
                f'<div class="commento-score">{c["votes"]} points</div></div></div><div class="commento-contents">'
                f'<div class="commento-body">{paras(c)}</div><div class="commento-options"><button class="commento-option-reply" '
                f'title="{e(w["reply"])}"></button></div>{kids}</div></div>')
    return (f'<div id="commento"><div id="commento-main-area"><div class="commento-login-box-container"></div>'
            f'<div class="commento-main-area"><textarea id="commento-textarea-root"></textarea></div>'
            f'<div id="commento-comments-area">{tree(t, one, lambda k: f"<div class=commento-body-children>{k}</div>")}</div>'
            f'<div class="commento-footer"><a href="#">Powered by Commento</a></div></div></div>')


def hyvor(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="comment depth-{c["depth"]}" data-comment-id="{900 + c["i"]}"><div class="comment-inner">'
                f'<div class="comment-head"><div class="user-avatar"><img src="/h/{c["slug"]}.webp" alt=""></div>'
                f'<div class="name-and-time"><span class="user-name">{e(c["author"])}</span> <a class="comment-time" '
                f'href="?ht-comment-id={900 + c["i"]}"><span>{e(c["date"])}</span></a></div></div>'
                f'<div class="comment-content ht-content">{paras(c)}</div><div class="comment-actions"><button class="reaction up">'
                f'{c["votes"]}</button><button class="reply-button">{e(w["reply"])}</button></div></div>'
                f'{f"<div class=replies>{kids}</div>" if kids else ""}</div>')
    return (f'<div id="hyvor-talk-view"><hyvor-talk-comments><div class="ht-wrap"><div class="top-section"><div class="comments-count">'
            f'{count(w, len(t))}</div></div><div class="comment-box"><div contenteditable="true" class="editor"></div></div>'
            f'<div class="comments-list">{tree(t, one)}</div></div></hyvor-talk-comments></div>')


def giscus(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="gsc-comment"><div class="gsc-comment-box{" gsc-reply-box" if c["depth"] else ""}" id="DC_{c["slug"]}{c["i"]}">'
                f'<div class="gsc-comment-box-top"><div class="gsc-comment-author"><a class="gsc-comment-author-avatar" href="https://github.com/'
                f'{c["slug"]}"><img src="/gh/{c["slug"]}.png" alt="@{c["slug"]}"><span class="link-primary">{e(c["author"])}</span></a>'
                f'<a class="link-secondary" href="#DC_{c["i"]}"><time class="whitespace-nowrap" title="{e(c["iso"])}" datetime="{c["iso"]}">'
                f'{e(c["date"])}</time></a></div></div><div class="markdown gsc-comment-content">{paras(c)}</div>'
                f'<div class="gsc-comment-footer"><div class="gsc-reactions"><button class="gsc-social-reaction-summary-item">'
                f'<span>👍</span><span>{c["votes"]}</span></button></div></div></div>'
                f'{f"<div class=gsc-replies>{kids}</div>" if kids else ""}</div>')
    return (f'<div class="giscus"><div class="gsc-main"><div class="gsc-header"><h4 class="gsc-comments-count">{count(w, len(t))}</h4>'
            f'</div><div class="gsc-timeline">{tree(t, one)}</div><div class="gsc-comment-box"><textarea class="form-control"></textarea>'
            f'</div></div></div>')


def discourse_embed(t, w, rng) -> str:
    posts = []
    for c in t:
        to = ""
        if c["parent"] is not None:
            to = f'<div class="in-reply-to"><a href="#post-{t[c["parent"]]["i"]}">{e(w["replyto"].format(name=t[c["parent"]]["author"]))}</a></div>'
        posts.append(f'<article class="topic-post" id="post-{c["i"]}"><header><div class="avatar"><img src="/u/{c["slug"]}/45.png"></div>'
                     f'<div class="username"><a href="/u/{c["slug"]}">{e(c["author"])}</a></div>{to}'
                     f'<div class="post-date"><a href="/t/7/{c["i"] + 2}">{e(c["date"])}</a></div></header>'
                     f'<div class="cooked">{paras(c)}</div><div class="clearfix"></div></article>')
    return (f'<div id="discourse-comments"><div class="discourse-embed"><header><a class="button" href="/t/7">{count(w, len(t))}</a>'
            f'</header><div class="posts">{"".join(posts)}</div><footer><a class="button" href="/t/7">{e(w["reply"])}</a></footer>'
            f'</div></div>')


def at_replies(t, w, rng) -> str:
    items = []
    for c in t:
        first, rest = c["paras"][0], c["paras"][1:]
        if c["parent"] is not None:
            first = f'<a href="#c{t[c["parent"]]["i"]}" class="mention">@{e(t[c["parent"]]["author"])}</a> {e(first)}'
        else:
            first = e(first)
        body = f"<p>{first}</p>" + "".join(f"<p>{e(p)}</p>" for p in rest)
        items.append(f'<li id="c{c["i"]}" class="cmt"><div class="cmt-top"><b class="cmt-name">{e(c["author"])}</b> '
                     f'<small class="cmt-date">{e(c["date"])}</small></div><div class="cmt-text">{body}</div>'
                     f'<a class="cmt-reply" href="#form">{e(w["reply"])}</a></li>')
    return f'<div class="reader-comments"><h3>{count(w, len(t))}</h3><ul class="cmt-list">{"".join(items)}</ul></div>'


def reply_line(t, w, rng) -> str:
    items = []
    for c in t:
        to = ""
        if c["parent"] is not None:
            to = f'<p class="reply-note"><em>{e(w["replyto"].format(name=t[c["parent"]]["author"]))}</em></p>'
        items.append(f'<div class="response" id="r-{c["i"]}"><p class="response-meta"><strong>{e(c["author"])}</strong> — '
                     f'{e(c["date"])}</p>{to}<div class="response-body">{paras(c)}</div></div>')
    return f'<section class="responses"><h2>{count(w, len(t))}</h2>{"".join(items)}</section>'


SYSTEMS_A = {
    "waline": (waline, "nested"),
    "valine": (valine, "nested"),
    "isso": (isso, "nested"),
    "remark42": (remark42, "levels"),
    "commento": (commento, "nested"),
    "hyvor": (hyvor, "nested"),
    "giscus": (giscus, "nested"),
    "discourse_embed": (discourse_embed, "reply"),
    "at_replies": (at_replies, "reply"),
    "reply_line": (reply_line, "reply"),
}
