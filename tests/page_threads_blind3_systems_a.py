"""Blog comment systems of the third blind comment-page harness (`tests/page_threads_blind3.py`),
written from memory of the markup their servers (or a saved page) carried, 2004-2025, without
reading the comment rules: LiveJournal (spacer tables and margin-left divs), Movable Type
("Posted by X at date" under the text), IntenseDebate, Echo (the JS-Kit successor), Tumblr
notes (likes and reblogs among the replies), Squarespace, Ghost's native comments and a
guestbook. Same contract as `page_threads_blind_systems.py`: a renderer takes the thread, the
words ``w`` (chrome) and the title; NESTING names how replies are shown."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind_systems import brs, nested, paras


def livejournal(thread, w, title):
    """Old LJ: each comment a table whose first cell is a transparent spacer (width = 25 px a
    level), or (the 2009 site scheme) a div with margin-left; "Reply · Thread · Link" under it."""
    spacer = len(thread) % 2 == 0

    def one(c):
        head = (f'<span class="ljuser" lj:user="{e(c["author"])}"><a href="/users/{c["id"]}/profile"><img src="/img/userinfo.gif" '
                f'width="17" height="17" alt="[info]"></a><a href="/users/{c["id"]}/"><b>{e(c["author"])}</b></a></span>'
                f'<br><span class="ljcmt_date">{e(c["date"])} (UTC)</span>')
        links = (f'<span class="ljcmt_links">(<a href="?replyto={c["id"]}">{e(w["reply"])}</a>) (<a href="?thread={c["id"]}#t{c["id"]}">'
                 f'Thread</a>) (<a href="#t{c["id"]}">Link</a>)</span>')
        if spacer:
            return (f'<a name="t{c["id"]}"></a><table cellpadding="0" cellspacing="0" width="100%" class="talk-comment"><tr>'
                    f'<td><img src="/img/dot.gif" height="1" width="{c["depth"] * 25}" alt=""></td><td width="100%">'
                    f'<table width="100%" class="talkcomment" cellpadding="2" cellspacing="0"><tr><td valign="top">{head}</td></tr>'
                    f'<tr><td><div class="ljcmt_full">{brs(c)}</div><p style="margin: 0.7em 0 0.2em 0"><font size="-2">{links}'
                    f'</font></p></td></tr></table></td></tr></table>')
        return (f'<div id="ljcmt{c["id"]}" style="margin-left: {c["depth"] * 25}px; margin-top: 5px"><div class="ljcmt_full">'
                f'<div class="ljcmt_header">{head}</div><div class="ljcmt_text">{brs(c)}</div><div class="ljcmt_footer">{links}</div></div></div>')
    return (f'<div id="comments"><div class="comments-links"><a href="?mode=reply">Post a new comment</a></div>'
            f'{"".join(one(c) for c in thread)}<div class="comments-links"><a href="?mode=reply">Post a new comment</a></div></div>')


def movable_type(thread, w, title):
    items = "".join(
        f'<div class="comment" id="comment-{c["id"]}"><a id="c{c["id"]:06d}"></a><div class="comment-content">{paras(c)}</div>'
        f'<p class="comment-footer">Posted by: <a href="http://example.net/~{c["id"]}" rel="nofollow">{e(c["author"])}</a> | '
        f'<a href="#comment-{c["id"]}">{e(c["date"])}</a></p></div>' for c in thread)
    return (f'<div id="comments" class="comments"><h3 class="comments-header">{e(w["heading"].format(n=len(thread)))}</h3>'
            f'<div class="comments-content">{items}</div></div><form method="post" action="/cgi-bin/mt/mt-comments.cgi" '
            f'name="comments_form" id="comments-form"><h3 class="comments-open-header">{e(w["form"])}</h3><div class="comments-open-content">'
            f'<p><label for="comment-author">{e(w["name_field"])}:</label><input id="comment-author" name="author"></p>'
            f'<p><label for="comment-text">Comments:</label><textarea id="comment-text" name="text"></textarea></p>'
            f'<input type="submit" name="preview" value="Preview"> <input type="submit" name="post" value="{e(w["submit"])}"></div></form>')


def intensedebate(thread, w, title):
    def item(c, sub):
        return (f'<div id="IDThread{c["id"]}" class="idc-thread"><div class="idc-c idc-visible" id="IDComment{c["id"]}"><div class="idc-c-h">'
                f'<a class="idc-anchor" name="IDComment{c["id"]}"></a><div class="idc-c-t"><div class="idc-c-t-inner"><div>'
                f'<a class="IDAuthor" href="https://intensedebate.com/people/u{c["id"]}">{e(c["author"])}</a></div>'
                f'<span class="idc-time">{e(c["date"])}</span></div></div><div class="idc-i"><img class="idc-avatar" src="/av.png" '
                f'width="45"></div></div><div class="idc-c-m"><div class="idc-c-b"><div id="IDComment-CommentText{c["id"]}">{brs(c)}</div>'
                f'</div><div class="idc-c-b-bottom"><span class="idc-v"><a class="idc-v-up">+</a><span class="idc-v-total">{c["votes"]}</span>'
                f'<a class="idc-v-down">-</a></span><a class="idc-reply" href="#">{e(w["reply"])}</a></div></div></div>{sub}</div>')
    return (f'<div id="idc-container-parent"><div id="idc-container"><div id="idc-cover"><div class="idc-head"><h3>'
            f'{e(w["heading"].format(n=len(thread)))}</h3><div class="idc-sort">{e(w["sort"])}</div></div>'
            f'<div id="IDCommentsHead"></div><div id="IDThread">{nested(thread, item, lambda h, d: h)}</div>'
            f'<div class="idc-foot"><a href="https://intensedebate.com">IntenseDebate</a> Connect</div></div></div></div>')


def echo(thread, w, title):
    def item(c, sub):
        return (f'<div class="echo-item-content echo-item-depth-{c["depth"]}"><div class="echo-item-avatar"><img src="/av.png"></div>'
                f'<div class="echo-item-wrapper"><div class="echo-item-header"><div class="echo-item-authorName">{e(c["author"])}</div>'
                f'</div><div class="echo-item-data"><div class="echo-item-body"><span class="echo-item-text">{brs(c)}</span></div></div>'
                f'<div class="echo-item-footer"><a class="echo-item-date" href="#">{e(c["date"])}</a> <span class="echo-item-from">via web</span>'
                f' · <a class="echo-item-control echo-clickable">{e(w["reply"])}</a> · <a class="echo-item-control">{e(w["like"])}</a>'
                f'</div></div>' + (f'<div class="echo-item-children">{sub}</div>' if sub else "") + '</div>')
    return (f'<div id="echo-stream" class="echo-stream-container"><div class="echo-stream-header"><div class="echo-stream-state">Live</div>'
            f'<div class="echo-stream-title">{e(w["heading"].format(n=len(thread)))}</div></div><div class="echo-stream-body">'
            f'{nested(thread, item, lambda h, d: h)}</div><div class="echo-stream-more">{e(w["load_more"])}</div></div>')


def tumblr_notes(thread, w, title):
    """Notes: replies and reblogs with added text are the comments; likes between them are not."""
    def note(i, c):
        like = f'<li class="note like tumblelog_x{i}"><span class="action"><a rel="nofollow" href="/x{i}" class="tumblelog">reader{i}</a> likes this</span></li>'
        if i % 2:
            main = (f'<li class="note reply tumblelog_{c["id"]}"><a href="/u{c["id"]}" class="avatar_frame"><img src="/a.png" class="avatar"></a>'
                    f'<span class="action"><a rel="nofollow" href="/u{c["id"]}" class="tumblelog">{e(c["author"])}</a> said: '
                    f'<span class="answer_content">{e(" ".join(c["paras"]))}</span></span><div class="clear"></div></li>')
        else:
            main = (f'<li class="note reblog tumblelog_{c["id"]} with_commentary"><span class="action"><a rel="nofollow" href="/u{c["id"]}" '
                    f'class="tumblelog">{e(c["author"])}</a> reblogged this from <a href="/src" class="source_tumblelog">examplenews</a> and added:'
                    f'</span><div class="clear"></div><blockquote><a href="/post/{c["id"]}" title="View post">{paras(c)}</a></blockquote></li>')
        return like + main
    return (f'<div class="post-notes"><h3 class="notes-count">{len(thread) * 2 + 17} notes</h3><ol class="notes">'
            f'{"".join(note(i, c) for i, c in enumerate(thread))}<li class="note original_post"><span class="action">'
            f'<a href="/">examplenews</a> posted this</span></li></ol></div>')


def squarespace(thread, w, title):
    def item(c, sub):
        return (f'<div class="comment-wrapper" data-commentid="5f{c["id"]}a"><div class="comment clear"><div class="comment-header">'
                f'<div class="avatar"><img src="/s.png"></div><div class="comment-info"><span class="name">{e(c["author"])}</span>'
                f'<span class="timestamp">{e(c["date"])}</span></div></div><div class="comment-body"><div class="body">{paras(c)}</div></div>'
                f'<div class="comment-controls"><span class="reply">{e(w["reply"])}</span><span class="like">{e(w["like"])} '
                f'<span class="like-count">{c["votes"]}</span></span><span class="flag">{e(w["report"])}</span></div></div>'
                + (f'<div class="comment-replies">{sub}</div>' if sub else "") + '</div>')
    return (f'<div class="squarespace-comments" id="comments-5f0a"><div class="comments-header"><div class="comment-count">'
            f'{e(w["heading"].format(n=len(thread)))}</div><div class="comment-sort">{e(w["sort"])}</div></div><div class="new-comment-area">'
            f'<div class="comment-input"><div class="comment-input-mask">{e(w["form"])}…</div></div></div>'
            f'<div class="comments-content">{nested(thread, item, lambda h, d: h)}</div></div>')


def ghost(thread, w, title):
    """Ghost's comments-ui as a saved page: utility-class soup, replies one level deep."""
    def item(c, sub):
        return (f'<div class="flex w-full flex-row" data-testid="comment-component"><div class="mr-2 flex flex-col items-center">'
                f'<figure class="relative h-9 w-9"><img class="absolute top-0 left-0 h-9 w-9 rounded-full" src="/g.png"></figure></div>'
                f'<div class="grow"><div class="mb-2 mt-0.5 flex flex-row flex-wrap items-start sm:flex-row"><h4 class="text-[rgb(23,23,23,0.95)] '
                f'font-sans text-base font-bold leading-snug sm:text-sm">{e(c["author"])}</h4><div class="flex items-baseline pr-4 font-sans '
                f'text-[14px] tracking-tight text-neutral-400"><span title="{e(c["date"])}">·&nbsp;{e(c["date"])}</span></div></div>'
                f'<div class="mt mb-2 flex flex-row items-center gap-4 pr-4"><p class="gh-comment-content font-sans leading-normal '
                f'text-neutral-900 text-[16px]">{brs(c)}</p></div><div class="mb-5 flex items-center gap-5"><button class="flex gap-1 '
                f'text-sm">♡ {c["votes"]}</button><button class="text-sm">{e(w["reply"])}</button><button class="text-sm">…</button></div>'
                + (f'<div class="mb-4 ml-[-1.4rem] mt-7 sm:mb-0 sm:mt-8">{sub}</div>' if sub else "") + '</div></div>')
    return (f'<section class="gh-comments gh-canvas"><div id="ghost-comments-root"><div class="flex w-full flex-col"><div class="mb-7 '
            f'flex w-full items-center justify-between"><h2 class="text-[2.4rem] font-bold">{e(w["heading"].format(n=len(thread)))}</h2>'
            f'<span class="text-sm text-neutral-500">{len(thread)} comments</span></div><div class="z-10"><p class="font-sans">'
            f'{e(w["login"])}</p></div><div class="mt-12">{nested(thread, item, lambda h, d: h)}</div></div></div></section>')


def guestbook(thread, w, title):
    """A 2003 guestbook script: a table per entry, numbered, signed with name and date."""
    n = len(thread)
    items = "".join(
        f'<table width="90%" border="0" cellspacing="1" cellpadding="4" bgcolor="#999999" class="gbentry"><tr bgcolor="#DDDDEE">'
        f'<td width="25%"><font face="Verdana" size="1"><b>#{n - i}</b></font></td><td><font face="Verdana" size="2"><b>{e(c["author"])}</b>'
        f'</font> <font size="1">({e(c["date"])})</font></td></tr><tr bgcolor="#FFFFFF"><td valign="top"><font size="1"><img src="/gb/home.gif"> '
        f'<img src="/gb/email.gif"></font></td><td><font face="Verdana" size="2">{brs(c)}</font></td></tr></table><br>'
        for i, c in enumerate(thread))
    return (f'<div align="center" class="guestbook"><p><font size="4"><b>Guestbook</b></font><br><a href="gbook.php?a=sign">'
            f'{e(w["guestbook"])}</a></p><p><font size="1">{n} entries, page 1 of 1</font></p>{items}'
            f'<p><font size="1">Powered by GBook 1.7</font></p></div>')


SYSTEMS_A = {
    "livejournal": (livejournal, "indent"), "movable_type": (movable_type, "flat"), "intensedebate": (intensedebate, "dom"),
    "echo": (echo, "dom"), "tumblr_notes": (tumblr_notes, "flat"), "squarespace": (squarespace, "dom"),
    "ghost": (ghost, "dom1"), "guestbook": (guestbook, "flat"),
}
