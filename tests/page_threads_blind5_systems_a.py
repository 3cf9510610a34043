"""Comment systems of the fifth blind comment-page harness (`tests/page_threads_blind5.py`), part one: embeds and
self-hosted widgets (a Discourse topic embed, Commento, Hyvor-like, Livefyre, the Facebook plugin's static markup,
Isso, Remark42-like levels, custom elements, `<details>` threads, a Lemmy-like tree).

A system renders a thread (`thread()` of the harness: comments in page order, each with author, paras, depth,
parent, reply_to, iso, date, ago, votes, slug) with the language's furniture words ``w``. Its nesting says what the
markup tells: "nested" (replies inside or right after their parent), "levels" (flat, a depth class or style),
"reply" (flat, a link to the comment answered), "flat". Written for this harness."""
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


def discourse(t, w, rng) -> str:
    posts = []
    for c in t:
        to = t[c["reply_to"]] if c["reply_to"] is not None else None
        reply = (f'<a class="reply-to-tab" href="#post_{to["i"] + 2}"><img class="avatar" src="/letter_avatar/{to["slug"]}/20.png"'
                 f' width="20" height="20" alt=""> {e(to["author"])}</a>') if to else ""
        posts.append(
            f'<article class="topic-post" id="post_{c["i"] + 2}" data-post-number="{c["i"] + 2}"><div class="row">'
            f'<div class="topic-avatar"><img class="avatar" src="/user_avatar/{c["slug"]}/45.png" width="45" height="45" alt=""></div>'
            f'<div class="topic-body"><div class="topic-meta-data"><div class="names"><span class="first username">'
            f'<a href="/u/{c["slug"]}">{e(c["author"])}</a></span></div>{reply}<div class="post-info">'
            f'<a class="post-date" href="/t/topic/311/{c["i"] + 2}"><span title="{c["iso"]}">{e(c["ago"])}</span></a></div></div>'
            f'<div class="cooked">{paras(c)}</div></div></div></article>')
    return (f'<div id="discourse-comments"><div class="topic-embed"><h3>{e(w["count"].format(n=len(t)))}</h3>'
            f'{"".join(posts)}<div class="embed-footer"><a class="button" href="/t/topic/311">{e(w["more"])}</a></div></div></div>')


def commento(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="commento-card" id="commento-{c["slug"]}{c["i"]}"><div class="commento-header">'
                f'<div class="commento-avatar" style="background:#{c["votes"] * 7919 % 0xffffff:06x}">{e(c["author"][0])}</div>'
                f'<div class="commento-name">{e(c["author"])}</div><div class="commento-subtitle">'
                f'<div class="commento-score">{c["votes"]} points</div><div class="commento-timeago" title="{c["iso"]}">{e(c["ago"])}</div>'
                f'</div></div><div class="commento-contents"><div class="commento-body">{paras(c)}</div>'
                f'<div class="commento-options"><button class="commento-option-button commento-option-reply" title="{e(w["reply"])}"></button>'
                f'<button class="commento-option-button commento-option-upvote"></button></div>'
                f'<div class="commento-children">{kids}</div></div></div>')
    return (f'<div id="commento"><div class="commento-main-area"><div class="commento-login-box-container"></div>'
            f'<div class="commento-mod-tools"></div><div class="commento-comments">{tree(t, one)}</div></div>'
            f'<div class="commento-footer"><a href="https://commento.example/">Commento</a></div></div>')


def hyvor(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="ht-comment" data-id="{9000 + c["i"]}"><div class="ht-comment-head"><img class="ht-avatar" '
                f'src="/a/{c["slug"]}.webp" alt=""><span class="ht-name">{e(c["author"])}</span> '
                f'<span class="ht-time" data-time="{c["iso"]}">{e(c["ago"])}</span></div><div class="ht-comment-body">{paras(c)}</div>'
                f'<div class="ht-comment-actions"><button class="ht-upvote">▲ {c["votes"]}</button>'
                f'<button class="ht-reply">{e(w["reply"])}</button></div>{kids}</div>')
    return (f'<section class="ht-wrap"><div class="ht-top"><span class="ht-count">{e(w["count"].format(n=len(t)))}</span>'
            f'<select class="ht-sort"><option>Top</option><option>Newest</option></select></div>'
            f'<div class="ht-comments">{tree(t, one, lambda k: f"<div class=ht-replies>{k}</div>")}</div></section>')


def livefyre(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<article class="fyre-comment-article fyre-comment-source-0 fyre-comment-depth-{c["depth"]}" data-message-id="{731 + c["i"]}">'
            f'<div class="fyre-comment-wrapper"><a class="fyre-user-link"><img class="fyre-user-avatar" src="/av/{c["slug"]}.jpg" alt=""></a>'
            f'<header class="fyre-comment-head"><span class="fyre-comment-username"><span class="fyre-comment-user">{e(c["author"])}</span></span>'
            f'<time class="fyre-comment-date" datetime="{c["iso"]}">{e(c["date"])}</time></header>'
            f'<section class="fyre-comment-body"><div class="fyre-comment">{paras(c)}</div></section>'
            f'<footer class="fyre-comment-footer"><a class="fyre-comment-reply fyre-comment-action-button">{e(w["reply"])}</a>'
            f'<a class="fyre-comment-like"><span class="fyre-comment-like-count">{c["votes"]}</span> {e(w["like"])}</a></footer></div></article>')
    return (f'<div id="livefyre-app"><div class="fyre"><div class="fyre-stream-stats"><span class="fyre-comment-count">'
            f'{e(w["count"].format(n=len(t)))}</span></div><div class="fyre-comment-stream">{"".join(out)}</div></div></div>')


def fb_plugin(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="_3-8y _5nz1 clearfix"><a class="_ohe lfloat" href="/profile/{c["slug"]}"><img class="_1ci img" '
                f'src="/p/{c["slug"]}.jpg" width="48" alt=""></a><div class="_42ef"><div class="_3-8m"><div class="_30o4">'
                f'<span><a class="UFICommentActorName" href="/profile/{c["slug"]}">{e(c["author"])}</a></span> '
                f'<div class="_3-8m"><span class="_5mdd"><span>{brs(c)}</span></span></div></div>'
                f'<div class="_2vq9 fsm fwn fcg"><a href="#">{e(w["like"])}</a> · <a href="#">{e(w["reply"])}</a> · '
                f'<abbr class="livetimestamp" data-utime="{1709000000 + 3600 * c["i"]}" title="{c["iso"]}">{e(c["ago"])}</abbr>'
                f'</div></div>{kids}</div></div>')
    return (f'<div class="fb-comments"><div class="_4k-6"><div class="_3-8y clearfix"><span class="_50f7">{e(w["count"].format(n=len(t)))}'
            f'</span></div><div class="_4uyl _1zz8 _2392 clearfix"><textarea class="_1cb _5yk1" placeholder="{e(w["leave"])}"></textarea></div>'
            f'{tree(t, one, lambda k: f"<div class=_44ri><div class=_2pis>{k}</div></div>")}</div></div>')


def isso(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="isso-comment" id="isso-{40 + c["i"]}"><div class="avatar"><svg data-hash="{c["slug"]}"></svg></div>'
                f'<div class="text-wrapper"><div class="isso-comment-header" role="meta"><span class="author">{e(c["author"])}</span>'
                f'<span class="spacer">•</span><a class="permalink" href="#isso-{40 + c["i"]}"><time title="{c["date"]}" '
                f'datetime="{c["iso"]}">{e(c["ago"])}</time></a></div><div class="text">{paras(c)}</div>'
                f'<div class="isso-comment-footer"><span class="votes">{c["votes"]}</span><a class="upvote" href="#">▲</a>'
                f'<span class="spacer">|</span><a class="downvote" href="#">▼</a><a class="reply" href="#">{e(w["reply"])}</a></div>'
                f'<div class="isso-follow-up">{kids}</div></div></div>')
    return (f'<section id="isso-thread"><h4>{e(w["count"].format(n=len(t)))}</h4><div class="isso-postbox"><div class="form-wrapper">'
            f'<div class="textarea-wrapper"><div class="textarea placeholder" contenteditable="true">{e(w["leave"])}</div></div></div></div>'
            f'<div id="isso-root">{tree(t, one)}</div></section>')


def remark_levels(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<article class="comment comment_level_{min(c["depth"], 5)}" id="remark42__comment-{c["slug"]}-{c["i"]}">'
            f'<div class="comment__info"><img class="avatar-icon" src="/av/{c["slug"]}.png" alt=""> <span class="comment__username">'
            f'{e(c["author"])}</span> <a class="comment__time" href="#remark42__comment-{c["slug"]}-{c["i"]}">{e(c["date"])}</a> '
            f'<span class="comment__score"><span class="comment__score-value">{c["votes"]}</span></span></div>'
            f'<div class="comment__body"><div class="comment-text">{paras(c)}</div><div class="comment__actions">'
            f'<button class="comment__action">{e(w["reply"])}</button></div></div></article>')
    return (f'<div id="remark42"><div class="root"><div class="root__threads"><p class="root__counter">{e(w["count"].format(n=len(t)))}'
            f'</p>{"".join(out)}</div></div></div>')


def custom_elements(t, w, rng) -> str:
    def one(c, kids):
        return (f'<talk-comment id="tc-{c["i"]}" depth="{c["depth"]}"><talk-meta><talk-user>{e(c["author"])}</talk-user>'
                f'<relative-time datetime="{c["iso"]}">{e(c["ago"])}</relative-time></talk-meta><talk-body>{paras(c)}</talk-body>'
                f'<talk-actions><talk-button action="reply">{e(w["reply"])}</talk-button><talk-button action="react">'
                f'{c["votes"]}</talk-button></talk-actions>{kids}</talk-comment>')
    return (f'<talk-stream><talk-header><h2>{e(w["count"].format(n=len(t)))}</h2></talk-header>'
            f'{tree(t, one, lambda k: f"<talk-replies>{k}</talk-replies>")}</talk-stream>')


def details_tree(t, w, rng) -> str:
    def one(c, kids):
        return (f'<details open class="node"><summary><a href="/u/{c["slug"]}">{e(c["author"])}</a> '
                f'<span class="pts">{c["votes"]} ▲</span> <time datetime="{c["iso"]}">{e(c["ago"])}</time></summary>'
                f'<div class="md">{paras(c)}</div><nav class="acts"><a href="#">{e(w["reply"])}</a> <a href="#">⋯</a></nav>'
                f'{kids}</details>')
    return (f'<div class="post-comments"><h2>{e(w["count"].format(n=len(t)))}</h2>{tree(t, one)}</div>')


def lemmy_ul(t, w, rng) -> str:
    def one(c, kids):
        return (f'<li><article><div class="d-flex flex-wrap small"><a class="person-listing" href="/u/{c["slug"]}" title="{e(c["author"])}">'
                f'{e(c["author"])}</a><span class="me-2">{c["votes"]}</span><span class="moment-time" data-tippy-content="{c["date"]}">'
                f'{e(c["ago"])}</span></div><div class="md-div">{paras(c)}</div><div class="d-flex btn-group">'
                f'<button class="btn btn-link btn-sm">{e(w["reply"])}</button><button class="btn btn-link btn-sm">↑</button></div>'
                f'</article>{kids}</li>')
    return (f'<section class="comments-section"><h5>{e(w["count"].format(n=len(t)))}</h5><ul class="comments list-unstyled">'
            f'{tree(t, one, lambda k: f"<ul class=list-unstyled>{k}</ul>")}</ul></section>')


SYSTEMS_A = {
    "discourse_embed": (discourse, "reply"),
    "commento": (commento, "nested"),
    "hyvor_like": (hyvor, "nested"),
    "livefyre": (livefyre, "levels"),
    "fb_plugin": (fb_plugin, "nested"),
    "isso": (isso, "nested"),
    "remark_levels": (remark_levels, "levels"),
    "custom_elements": (custom_elements, "nested"),
    "details_tree": (details_tree, "nested"),
    "lemmy_ul": (lemmy_ul, "nested"),
}
