"""Comment systems of the fifth blind comment-page harness, part two: hand-made and forum-like templates (a
class-less nested list, a guestbook table of two rows an entry, Q&A answers with votes, product reviews with
stars, fediverse replies, `<dl>`, `<table>` and `<ol>` threads, "in reply to" links, GitHub-issue comments, a BBS's
floors, span-only comment boxes, a Vanilla-like forum embed, a thread paged by "load more"). Written for this
harness; see `page_threads_blind5_systems_a.py`."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind5_systems_a import brs, paras, tree


def plain_ul(t, w, rng) -> str:
    def one(c, kids):
        return (f'<li><p><b><a href="/user/{c["slug"]}">{e(c["author"])}</a></b> · {c["votes"]} ▲ · <span>{e(c["ago"])}</span></p>'
                f'<div>{paras(c)}</div><p><a href="#r{c["i"]}">{e(w["reply"])}</a> <a href="#c{c["i"]}">#</a></p>{kids}</li>')
    return f'<div id="thread"><h3>{e(w["count"].format(n=len(t)))}</h3><ul>{tree(t, one, lambda k: f"<ul>{k}</ul>")}</ul></div>'


def guestbook(t, w, rng) -> str:
    rows = "".join(f'<tr><td class="gbhead">#{len(t) - c["i"]} <b>{e(c["author"])}</b> — {e(c["date"])}</td></tr>'
                   f'<tr><td class="gbtext">{brs(c)}</td></tr><tr><td><hr size="1"></td></tr>' for c in t)
    return (f'<div class="guestbook"><h2>{e(w["count"].format(n=len(t)))}</h2><table width="100%" cellpadding="3">{rows}</table>'
            f'<p><a href="?page=2">{e(w["more"])}</a></p></div>')


def qa_answers(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<div class="answer" id="answer-{5500 + c["i"]}" data-score="{c["votes"]}"><div class="votecell"><button class="vote-up">▲</button>'
            f'<div class="vote-count">{c["votes"]}</div><button class="vote-down">▼</button></div><div class="answercell">'
            f'<div class="post-text">{paras(c)}</div><div class="post-signature"><div class="user-action-time">'
            f'<span title="{c["iso"]}">{e(c["date"])}</span></div><div class="user-details"><a href="/users/{300 + c["i"]}/{c["slug"]}">'
            f'{e(c["author"])}</a><span class="reputation-score">{c["votes"] * 37 + 101}</span></div></div></div></div>')
    return f'<div id="answers"><h2 class="answers-header">{e(w["answers"].format(n=len(t)))}</h2>{"".join(out)}</div>'


def reviews(t, w, rng) -> str:
    out = []
    for c in t:
        s = 1 + c["votes"] % 5
        out.append(
            f'<div class="review" itemprop="review" itemscope itemtype="https://schema.org/Review"><div class="review-head">'
            f'<span class="stars" title="{s}/5">{"★" * s}{"☆" * (5 - s)}</span> <span itemprop="author">{e(c["author"])}</span>'
            f' <meta itemprop="datePublished" content="{c["iso"][:10]}"><span class="review-date">{e(c["date"])}</span></div>'
            f'<div itemprop="reviewBody">{paras(c)}</div><div class="review-foot"><button>{e(w["helpful"])} ({c["votes"] % 9})</button></div></div>')
    return (f'<section id="reviews"><h2>{e(w["reviews"])} ({len(t)})</h2><div class="rating-summary">★★★★☆ 4.1 / 5</div>'
            f'{"".join(out)}</section>')


def fediverse(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<div class="status" data-id="1120{c["i"]}"><div class="status__info"><a class="status__display-name" href="/@{c["slug"]}">'
            f'<img class="account__avatar" src="/av/{c["slug"]}.png" alt=""><bdi><strong class="display-name__html">{e(c["author"])}</strong></bdi>'
            f' <span class="display-name__account">@{c["slug"]}@town.social</span></a> <a class="status__relative-time" href="/@{c["slug"]}/1120{c["i"]}">'
            f'<time datetime="{c["iso"]}" title="{c["date"]}">{e(c["ago"])}</time></a></div><div class="status__content">{paras(c)}</div>'
            f'<div class="status__action-bar"><button title="{e(w["reply"])}">↩ {c["votes"] % 4}</button><button>⇄</button><button>★ {c["votes"]}</button></div></div>')
    return f'<div class="fediverse-replies"><h3>{e(w["count"].format(n=len(t)))}</h3>{"".join(out)}</div>'


def dl_thread(t, w, rng) -> str:
    def one(c, kids):
        return (f'<dt id="c{c["i"]}"><strong>{e(c["author"])}</strong> — <small>{e(c["date"])}</small></dt>'
                f'<dd>{paras(c)}{kids}</dd>')
    return f'<div class="discussion"><h3>{e(w["count"].format(n=len(t)))}</h3><dl>{tree(t, one, lambda k: f"<dl>{k}</dl>")}</dl></div>'


def comment_table(t, w, rng) -> str:
    rows = "".join(f'<tr valign="top"><td class="who" width="150"><b>{e(c["author"])}</b><br><small>{e(c["date"])}</small></td>'
                   f'<td class="what">{brs(c)}</td></tr>' for c in t)
    return (f'<h3>{e(w["count"].format(n=len(t)))}</h3><table class="reactions" border="0" cellspacing="0" width="100%">{rows}</table>')


def ol_plain(t, w, rng) -> str:
    def one(c, kids):
        return (f'<li id="note-{c["i"]}"><div class="meta"><cite>{e(c["author"])}</cite> <small><a href="#note-{c["i"]}">'
                f'{e(c["date"])}</a></small></div>{paras(c)}{kids}</li>')
    return f'<h3 id="notes">{e(w["count"].format(n=len(t)))}</h3><ol class="notes">{tree(t, one, lambda k: f"<ol>{k}</ol>")}</ol>'


def inreply_flat(t, w, rng) -> str:
    out = []
    for c in t:
        to = t[c["reply_to"]] if c["reply_to"] is not None else None
        line = f'<div class="re">{e(w["inreply"])} <a href="#msg{to["i"]}">{e(to["author"])}</a></div>' if to else ""
        out.append(f'<div class="msg" id="msg{c["i"]}"><div class="hd"><span class="nm">{e(c["author"])}</span> '
                   f'<span class="dt">{e(c["date"])}</span></div>{line}<div class="bd">{paras(c)}</div>'
                   f'<div class="ft"><a href="#form">{e(w["reply"])}</a></div></div>')
    return f'<div class="msgs"><h3>{e(w["count"].format(n=len(t)))}</h3>{"".join(out)}</div>'


def issue_timeline(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<div class="timeline-comment-group"><a class="avatar-parent-child" href="/{c["slug"]}"><img class="avatar" src="/av/{c["slug"]}.png" '
            f'width="40" alt="@{c["slug"]}"></a><div class="timeline-comment"><div class="timeline-comment-header"><h3 class="f5">'
            f'<strong><a class="author" href="/{c["slug"]}">{e(c["author"])}</a></strong> commented <a href="#issuecomment-{81 + c["i"]}">'
            f'<relative-time datetime="{c["iso"]}">{e(c["date"])}</relative-time></a></h3></div><div class="comment-body markdown-body">'
            f'{paras(c)}</div><div class="comment-reactions"><button>👍 {c["votes"] % 7}</button></div></div></div>')
    return (f'<div class="utterances"><div class="timeline"><div class="timeline-header">{e(w["count"].format(n=len(t)))}</div>'
            f'{"".join(out)}</div></div>')


def bbs_floors(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<div class="l_post" data-floor="{c["i"] + 2}"><div class="d_author"><a class="p_author_name" href="/home/{c["slug"]}">'
            f'{e(c["author"])}</a></div><div class="d_post_content_main"><div class="d_post_content">{brs(c)}</div>'
            f'<div class="core_reply_tail"><span class="tail-info">{c["i"] + 2}#</span><span class="tail-info">{e(c["date"])}</span>'
            f'<a class="lzl_link_unfold">{e(w["reply"])}</a></div></div></div>')
    return f'<div id="j_p_postlist" class="p_postlist"><div class="pb_title">{e(w["count"].format(n=len(t)))}</div>{"".join(out)}</div>'


def span_box(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<li class="cbox_comment"><div class="cbox_area"><div class="cbox_info"><span class="cbox_nick">{e(c["author"])}</span></div>'
            f'<div class="cbox_text_wrap"><span class="cbox_contents">{brs(c)}</span></div><div class="cbox_info_base">'
            f'<span class="cbox_date">{e(c["date"])}</span></div><div class="cbox_tool"><a class="cbox_btn_reply">{e(w["reply"])} '
            f'<span>0</span></a><em class="cbox_cnt_recomm">{c["votes"]}</em></div></div></li>')
    return f'<div class="cbox_module"><h4 class="cbox_head">{e(w["count"].format(n=len(t)))}</h4><ul class="cbox_list">{"".join(out)}</ul></div>'


def vanilla(t, w, rng) -> str:
    out = []
    for c in t:
        out.append(
            f'<li class="Item ItemComment" id="Comment_{700 + c["i"]}"><div class="Comment"><div class="Item-Header CommentHeader">'
            f'<div class="AuthorWrap"><span class="Author"><a class="PhotoWrap" href="/profile/{c["slug"]}"><img class="ProfilePhoto" '
            f'src="/p/{c["slug"]}.jpg" alt=""></a><a class="Username" href="/profile/{c["slug"]}">{e(c["author"])}</a></span></div>'
            f'<div class="Meta CommentMeta"><span class="MItem DateCreated"><a class="Permalink" href="/discussion/comment/{700 + c["i"]}">'
            f'<time datetime="{c["iso"]}">{e(c["date"])}</time></a></span></div></div><div class="Item-BodyWrap"><div class="Item-Body">'
            f'<div class="Message userContent">{paras(c)}</div></div></div><div class="Reactions"><a class="ReactButton">{e(w["like"])}</a>'
            f'</div></div></li>')
    return (f'<div class="vanilla-comments"><h2 class="CommentHeading">{e(w["count"].format(n=len(t)))}</h2>'
            f'<ul class="MessageList DataList Comments">{"".join(out)}</ul></div>')


def paged(t, w, rng) -> str:
    half = max(1, len(t) // 2)
    def card(c):
        return (f'<div class="cmt" data-depth="{c["depth"]}"><div class="cmt-top"><b class="cmt-user">{e(c["author"])}</b>'
                f'<span class="cmt-when">{e(c["ago"])}</span></div><div class="cmt-txt">{paras(c)}</div>'
                f'<div class="cmt-bar"><a href="#">{e(w["reply"])}</a> <a href="#">{e(w["like"])} {c["votes"]}</a></div></div>')
    first, rest = "".join(card(c) for c in t[:half]), "".join(card(c) for c in t[half:])
    return (f'<div class="cmts"><h3>{e(w["count"].format(n=len(t) + 17))}</h3><div class="cmt-page" data-page="1">{first}</div>'
            f'<div class="cmt-page" data-page="2">{rest}</div><button class="cmt-more" data-next="?cpage=3">{e(w["more"])}</button>'
            f'<nav class="cmt-pager"><a href="?cpage=1">1</a> <a href="?cpage=2">2</a> <a href="?cpage=3">3</a> <a href="?cpage=3">›</a></nav></div>')


def forum_table(t, w, rng) -> str:
    rows = "".join(f'<tr class="posthead"><td colspan="2"><a name="p{c["i"]}"></a>{e(c["date"])} <span class="postno">#{c["i"] + 2}</span></td></tr>'
                   f'<tr class="postrow"><td class="poster" width="160" valign="top"><a href="/member/{c["slug"]}"><b>{e(c["author"])}</b></a>'
                   f'<br><img src="/rank/{c["votes"] % 5}.gif" alt=""><br>{c["votes"] * 13}</td><td class="posttext" valign="top">{brs(c)}'
                   f'</td></tr>' for c in t)
    return (f'<table class="replies" width="100%" border="1" cellspacing="0"><tr><th colspan="2">{e(w["count"].format(n=len(t)))}</th></tr>'
            f'{rows}</table><p class="pages"><a href="?p=2">2</a> <a href="?p=2">»</a></p>')


SYSTEMS_B = {
    "forum_table": (forum_table, "flat"),
    "plain_ul": (plain_ul, "nested"),
    "guestbook": (guestbook, "flat"),
    "qa_answers": (qa_answers, "flat"),
    "reviews": (reviews, "flat"),
    "fediverse": (fediverse, "flat"),
    "dl_thread": (dl_thread, "nested"),
    "comment_table": (comment_table, "flat"),
    "ol_plain": (ol_plain, "nested"),
    "inreply_flat": (inreply_flat, "reply"),
    "issue_timeline": (issue_timeline, "flat"),
    "bbs_floors": (bbs_floors, "flat"),
    "span_box": (span_box, "flat"),
    "vanilla": (vanilla, "flat"),
    "paged": (paged, "flat"),
}
