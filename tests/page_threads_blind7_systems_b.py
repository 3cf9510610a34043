"""Comment systems of the seventh blind comment-page harness (`tests/page_threads_blind7.py`), part two: forum posts
(phpBB, a table whose first row is a header row, XenForo, SMF), CMS comments (Drupal 10, Ghost, Substack), responses
indented by a class, Q&A answers with their comments, a guestbook and a <dl> thread. Same form as
`page_threads_blind7_systems_a.py`. Written for this harness."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind7_systems_a import count, paras, tree


def _quote(t, c, w, rng, cls, head):
    """A quote of an earlier post opening some forum posts (the quoted words are not the post's own)."""
    if c["i"] == 0 or rng.random() < 0.5:
        return ""
    q = t[rng.randrange(c["i"])]
    return f'<blockquote class="{cls}"><div class="{head}">{e(w["wrote"].format(name=q["author"]))}</div>{e(q["paras"][0][:60])}…</blockquote>'


def phpbb(t, w, rng) -> str:
    posts = "".join(
        f'<div id="p{700 + c["i"]}" class="post has-profile bg{1 + c["i"] % 2}"><div class="inner"><dl class="postprofile">'
        f'<dt><a href="/memberlist.php?u={c["slug"]}" class="username">{e(c["author"])}</a></dt><dd class="profile-posts">'
        f'<strong>Posts:</strong> {c["votes"] * 7}</dd></dl><div class="postbody"><h3><a href="#p{700 + c["i"]}">Re: topic</a></h3>'
        f'<p class="author"><span class="responsive-hide">by <strong>{e(c["author"])}</strong> » </span>{e(c["date"])}</p>'
        f'<div class="content">{_quote(t, c, w, rng, "uncited", "quote-head")}{"<br><br>".join(e(p) for p in c["paras"])}</div>'
        f'</div><div class="back2top"><a href="#top" class="top">Top</a></div></div></div>' for c in t)
    return f'<div class="topic-posts"><div class="action-bar"><div class="pagination">{count(w, len(t))}</div></div>{posts}</div>'


def header_table(t, w, rng) -> str:
    rows = "".join(f'<tr class="row{c["i"] % 2}"><td class="poster" valign="top"><b>{e(c["author"])}</b><br><span class="small">'
                   f'{e(c["date"])}</span></td><td class="msg">{"<br><br>".join(e(p) for p in c["paras"])}</td></tr>' for c in t)
    return (f'<table class="forumline" width="100%" cellspacing="1"><tr><th>{e(w["author"])}</th><th>{e(w["message"])}</th></tr>'
            f'{rows}</table>')


def xenforo(t, w, rng) -> str:
    posts = "".join(
        f'<article class="message message--post" data-author="{e(c["author"])}" id="js-post-{50 + c["i"]}"><div class="message-inner">'
        f'<div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails">'
        f'<h4 class="message-name"><a href="/members/{c["slug"]}.{c["i"]}/" class="username">{e(c["author"])}</a></h4>'
        f'<h5 class="userTitle message-userTitle">Member</h5></div></section></div><div class="message-cell message-cell--main">'
        f'<header class="message-attribution"><ul class="message-attribution-main"><li><a href="/posts/{50 + c["i"]}/">'
        f'<time class="u-dt" datetime="{c["iso"]}">{e(c["date"])}</time></a></li></ul><ul class="message-attribution-opposite">'
        f'<li><a href="/posts/{50 + c["i"]}/">#{c["i"] + 1}</a></li></ul></header><div class="message-content js-messageContent">'
        f'<div class="message-userContent"><article class="message-body"><div class="bbWrapper">'
        f'{_quote(t, c, w, rng, "bbCodeBlock bbCodeBlock--quote", "bbCodeBlock-title")}{"<br><br>".join(e(p) for p in c["paras"])}'
        f'</div></article></div></div><footer class="message-footer"><div class="message-actionBar"><a class="actionBar-action">'
        f'{e(w["reply"])}</a></div></footer></div></div></article>' for c in t)
    return f'<div class="block block--messages"><div class="block-body js-replyNewMessageContainer">{posts}</div></div>'


def smf(t, w, rng) -> str:
    posts = "".join(
        f'<div class="windowbg{2 if c["i"] % 2 else ""}" id="msg{300 + c["i"]}"><div class="post_wrapper"><div class="poster">'
        f'<h4><a href="/profile/{c["slug"]}">{e(c["author"])}</a></h4><ul class="user_info"><li class="postcount">Posts: '
        f'{c["votes"]}</li></ul></div><div class="postarea"><div class="keyinfo"><h5><a href="#msg{300 + c["i"]}">Re: topic</a>'
        f'</h5><div class="smalltext">« <strong>#{c["i"]} :</strong> {e(c["date"])} »</div></div><div class="post"><div class="inner">'
        f'{"<br><br>".join(e(p) for p in c["paras"])}</div></div></div></div></div>' for c in t)
    return f'<div id="forumposts"><div class="cat_bar"><h3 class="catbg">{count(w, len(t))}</h3></div><form>{posts}</form></div>'


def drupal10(t, w, rng) -> str:
    def one(c, kids):
        return (f'<article data-comment-user-id="{c["i"] + 4}" id="comment-{c["i"] + 80}" class="comment js-comment">'
                f'<span class="hidden" data-comment-timestamp="171800{c["i"]}"></span><div class="comment__picture-wrapper">'
                f'<div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta">'
                f'<span class="comment__author"><span>{e(c["author"])}</span></span> <span class="comment__time">{e(c["date"])}</span>'
                f'</footer><div class="comment__content"><div class="field field--name-comment-body field--type-text-long">'
                f'{paras(c)}</div></div><ul class="links inline comment__links"><li><a href="/comment/reply/{c["i"]}">'
                f'{e(w["reply"])}</a></li></ul></div></article>{kids}')
    return (f'<section class="comments" data-drupal-selector="comments"><h2 class="comments__title">{count(w, len(t))}</h2>'
            f'{tree(t, one, lambda k: f"<div class=indented>{k}</div>")}<h2 class="add-comment__title">{e(w["reply"])}</h2>'
            f'<form class="comment-comment-form"><textarea></textarea></form></section>')


def ghost(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="gh-comment flex flex-row w-full"><div class="mr-3"><figure class="gh-avatar"></figure></div><div class="grow">'
                f'<div class="flex items-baseline"><h4 class="text-[rgb(23,23,23)] font-semibold">{e(c["author"])}</h4>'
                f'<span class="text-neutral-500 text-sm" title="{e(c["iso"])}">· {e(c["date"])}</span></div>'
                f'<div class="gh-comment-content text-md mt-2">{paras(c)}</div><div class="flex gap-5 mt-3"><button class="duration-50">'
                f'♡ {c["votes"]}</button><button class="font-medium">{e(w["reply"])}</button></div>'
                f'{f"<div class=mb-4>{kids}</div>" if kids else ""}</div></div>')
    return (f'<div id="ghost-comments-root"><section class="ghost-display"><div class="flex justify-between"><h2 class="text-2xl">'
            f'{count(w, len(t))}</h2></div><div class="z-10">{tree(t, one)}</div></section></div>')


def substack(t, w, rng) -> str:
    def one(c, kids):
        return (f'<div class="comment" id="comment-{c["slug"]}{c["i"]}"><div class="comment-content"><div class="comment-anchor"></div>'
                f'<div class="comment-head"><div class="user-head"><a class="user-name" href="/@{c["slug"]}">{e(c["author"])}</a>'
                f'<a class="comment-date" href="#comment-{c["i"]}" title="{e(c["iso"])}">{e(c["date"])}</a></div></div>'
                f'<div class="comment-body"><p>{"</p><p>".join(e(p) for p in c["paras"])}</p></div><div class="comment-actions">'
                f'<a class="like-button">{c["votes"]}</a><a class="reply-button">{e(w["reply"])}</a></div></div>'
                f'{f"<div class=comment-list-items>{kids}</div>" if kids else ""}</div>')
    return (f'<div class="comments-page"><div class="container"><div class="comments-heading">{count(w, len(t))}</div>'
            f'<div class="comment-list"><div class="comment-list-items">{tree(t, one)}</div></div></div></div>')


def indent_class(t, w, rng) -> str:
    items = "".join(
        f'<div class="resp resp-indent-{c["depth"]}" style="margin-left:{28 * c["depth"]}px"><div class="resp-by">'
        f'<span class="resp-name">{e(c["author"])}</span><span class="resp-when">{e(c["date"])}</span></div>'
        f'<div class="resp-txt">{paras(c)}</div><div class="resp-claps">{c["votes"]}</div></div>' for c in t)
    return f'<div class="responses-wrap"><h3 class="resp-title">{count(w, len(t))}</h3>{items}</div>'


def qa_answers(t, w, rng) -> str:
    def one(c, kids):
        if c["depth"]:
            return (f'<li class="comment" id="comment-{c["i"]}"><div class="comment-body"><span class="comment-copy">'
                    f'{" ".join(e(p) for p in c["paras"])}</span> – <a class="comment-user" href="/users/{c["slug"]}">{e(c["author"])}</a>'
                    f' <span class="comment-date"><span title="{e(c["iso"])}">{e(c["date"])}</span></span></div></li>')
        return (f'<div id="answer-{c["i"]}" class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">'
                f'<div class="votecell"><div class="js-vote-count" itemprop="upvoteCount">{c["votes"]}</div></div>'
                f'<div class="answercell"><div class="s-prose js-post-body" itemprop="text">{paras(c)}</div>'
                f'<div class="post-signature"><div class="user-info"><div class="user-action-time">{e(w["answers"])} '
                f'<span class="relativetime">{e(c["date"])}</span></div><div class="user-details" itemprop="author">'
                f'<a href="/users/{c["slug"]}">{e(c["author"])}</a></div></div></div></div>'
                f'<div class="comments"><ul class="comments-list">{kids}</ul></div></div>')
    return f'<div id="answers"><div id="answers-header"><h2>{len([c for c in t if not c["depth"]])} {e(w["answers"])}</h2></div>{tree(t, one)}</div>'


def guestbook(t, w, rng) -> str:
    items = "".join(f'<div class="gb-entry"><div class="gb-head"><span class="gb-nr">#{len(t) - c["i"]}</span> '
                    f'<span class="gb-name">{e(c["author"])}</span> <span class="gb-date">{e(c["date"])}</span></div>'
                    f'<div class="gb-text">{"<br>".join(e(p) for p in c["paras"])}</div></div>' for c in t)
    return f'<div id="guestbook"><h2>{e(w["guestbook"])}</h2><div class="gb-list">{items}</div></div>'


def dl_thread(t, w, rng) -> str:
    def one(c, kids):
        return (f'<dt><b>{e(c["author"])}</b> <i>{e(c["date"])}</i></dt><dd>{paras(c)}'
                f'{f"<dl>{kids}</dl>" if kids else ""}</dd>')
    return f'<div id="comments"><h3>{count(w, len(t))}</h3><dl class="commentlist">{tree(t, one)}</dl></div>'


SYSTEMS_B = {
    "phpbb": (phpbb, "quote"),
    "header_table": (header_table, "flat"),
    "xenforo": (xenforo, "quote"),
    "smf": (smf, "flat"),
    "drupal10": (drupal10, "nested"),
    "ghost": (ghost, "nested"),
    "substack": (substack, "nested"),
    "indent_class": (indent_class, "levels"),
    "qa_answers": (qa_answers, "nested"),
    "guestbook": (guestbook, "flat"),
    "dl_thread": (dl_thread, "nested"),
}
