"""Comment sections of news sites and Q&A pages (blind harness, third part): reader comments
with recommend counts and a policy, a flat list indented by depth classes, a flat list whose
replies name their parent ("in reply to" links), a flat list with "@name" replies, and Q&A
answers with their comments. Same contract as `page_threads_blind_systems.py`; ``link``
nesting: flat markup, the parent named by a link to its anchor; ``mention``: flat markup,
replies start with "@name" (written into the
text by the composer; depth and parent not scored)."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind_systems import nested, paras


def news_reader(thread, w, title):
    def item(c, sub):
        return (f'<li class="comment-item" id="c-{c["id"]}"><div class="comment-meta"><strong class="user">{e(c["author"])}</strong> '
                f'<span class="ts">{e(c["date"])}</span></div><div class="comment-text">{paras(c)}</div><div class="comment-tools">'
                f'<button class="recommend">{e(w["recommend"])} <span class="count">{c["votes"]}</span></button> '
                f'<button class="reply">{e(w["reply"])}</button> <button class="report">{e(w["report"])}</button></div>'
                + (f'<ul class="replies">{sub}</ul>' if sub else "") + '</li>')
    return (f'<section class="reader-comments" id="reader-comments"><h2>{e(w["heading"].format(n=len(thread)))}</h2>'
            f'<p class="policy">{e(w["policy"])}</p><div class="sort">{e(w["sort"])}</div><a class="login" href="/login">{e(w["login"])}</a>'
            f'<ul class="comment-list">{nested(thread, item, lambda h, d: h)}</ul><button class="load-more">{e(w["load_more"])}</button></section>')


def indent_classes(thread, w, title):
    items = "".join(
        f'<div class="cmt level-{c["depth"]}" style="margin-left:{c["depth"] * 24}px" id="cmt{c["id"]}"><div class="cmt-head">'
        f'<span class="cmt-user">{e(c["author"])}</span> · <span class="cmt-when">{e(c["date"])}</span></div>'
        f'<div class="cmt-body">{paras(c)}</div><div class="cmt-foot"><a href="#">{e(w["reply"])}</a> · <a href="#">{e(w["share"])}</a> · '
        f'<span class="up">▲ {c["votes"]}</span></div></div>' for c in thread)
    return (f'<div class="discussion"><h3 class="disc-title">{e(w["heading"].format(n=len(thread)))}</h3>{items}'
            f'<p class="disc-more"><a href="?page=2">{e(w["load_more"])}</a></p></div>')


def reply_links(thread, w, title):
    def line(c):
        if c["parent"] is None:
            return ""
        p = thread[c["parent"]]
        return f'<p class="in-reply-to">{e(w["in_reply"])} <a href="#comment-{p["id"]}">{e(p["author"])}</a></p>'
    items = "".join(
        f'<div class="comment" id="comment-{c["id"]}"><p class="comment-by"><span class="name">{e(c["author"])}</span> '
        f'<span class="date">{e(c["date"])}</span></p>{line(c)}<div class="comment-text">{paras(c)}</div>'
        f'<p class="comment-links"><a href="#comment-{c["id"]}">{e(w["permalink"])}</a> | <a href="#">{e(w["reply"])}</a> | '
        f'<a href="#">{e(w["report"])}</a></p></div>' for c in thread)
    return (f'<div id="comment-section"><h2>{e(w["heading"].format(n=len(thread)))}</h2><div class="comments">{items}</div>'
            f'<div class="comment-form"><h3>{e(w["form"])}</h3><p>{e(w["form_note"])}</p><textarea></textarea>'
            f'<button>{e(w["submit"])}</button></div></div>')


def mentions(thread, w, title):
    items = "".join(
        f'<div class="user-comment"><div class="uc-author"><a href="/u/{c["id"]}">{e(c["author"])}</a></div><div class="uc-date">{e(c["date"])}</div>'
        f'<div class="uc-text">{paras(c)}</div><div class="uc-actions"><a>{e(w["like"])} ({c["votes"]})</a> <a>{e(w["reply"])}</a></div></div>'
        for c in thread)
    return (f'<div class="user-comments"><div class="uc-count">{e(w["heading"].format(n=len(thread)))}</div>{items}'
            f'<div class="uc-policy">{e(w["policy"])}</div></div>')


def qa_answers(thread, w, title):
    """Answers at depth 0, comments on an answer at depth 1 (the thread is made that shape)."""
    kids: dict = {}
    for i, c in enumerate(thread):
        if c["parent"] is not None:
            kids.setdefault(c["parent"], []).append(c)

    def answer(c, first):
        notes = "".join(f'<li class="comment js-comment" id="comment-{k["id"]}"><div class="comment-score"><span>{k["votes"]}</span></div>'
                        f'<div class="comment-text"><div class="comment-body"><span class="comment-copy">{e(" ".join(k["paras"]))}</span> – '
                        f'<a href="/users/{k["id"]}" class="comment-user">{e(k["author"])}</a> <span class="comment-date">'
                        f'<span class="relativetime-clean">{e(k["date"])}</span></span></div></div></li>' for k in kids.get(c["idx"], []))
        return (f'<div id="answer-{c["id"]}" class="answer js-answer{" accepted-answer" if first else ""}"><div class="post-layout">'
                f'<div class="votecell post-layout--left"><div class="js-vote-count">{c["votes"]}</div>'
                + (f'<div class="js-accepted-answer-indicator" title="{e(w["accepted"])}">✓</div>' if first else "")
                + f'</div><div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{paras(c)}</div>'
                f'<div class="mt24"><div class="post-menu"><a href="#">{e(w["share"])}</a> <a href="#">Follow</a></div>'
                f'<div class="post-signature"><div class="user-info"><div class="user-action-time">answered <span>{e(c["date"])}</span></div>'
                f'<div class="user-details"><a href="/users/{c["id"]}">{e(c["author"])}</a><div class="-flair"><span class="reputation-score">'
                f'{c["votes"] * 97 + 11}</span></div></div></div></div></div></div><div class="post-layout--right js-post-comments-component">'
                f'<div class="comments js-comments-container"><ul class="comments-list js-comments-list">{notes}</ul></div>'
                f'<div><a class="js-add-link comments-link">Add a comment</a></div></div></div></div>')
    tops = [dict(c, idx=i) for i, c in enumerate(thread) if c["parent"] is None]
    body = "".join(answer(c, k == 0) for k, c in enumerate(tops))
    return (f'<div id="answers"><div id="answers-header"><div class="answers-subheader"><h2 class="mb0">{e(w["answers"].format(n=len(tops)))}</h2>'
            f'<div>{e(w["sort"])}</div></div></div>{body}<h2 class="space">Your Answer</h2><form id="post-form"><textarea></textarea></form></div>')


SYSTEMS3 = {
    "news_reader": (news_reader, "dom"), "indent_classes": (indent_classes, "indent"), "reply_links": (reply_links, "link"),
    "mentions": (mentions, "mention"), "qa_answers": (qa_answers, "qa"),
}
