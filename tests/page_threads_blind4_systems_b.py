"""Comment sections of the fourth blind comment-page harness (`tests/page_threads_blind4.py`), part B: flat
threads (Blogger's classic `dl`, Typepad, a Discourse-like topic, phpBB-like and vBulletin-like forum posts, a
table, a definition list without heading, "@name" replies, "said:" lines, numbered entries with ISO times and
votes). Renderers as in `page_threads_blind4_systems_a.py`."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind4_systems_a import heading, paras


def blogger_classic(t, w, rng):
    out = "".join(f'<dt class="comment-author" id="c{7700 + c["i"]}"><a name="c{7700 + c["i"]}"></a><a href="/profile/{c["i"]}" rel="nofollow">'
                  f'{e(c["author"])}</a> {e(w["said"].format(name="").strip())}</dt><dd class="comment-body"><p>{"<br><br>".join(e(p) for p in c["paras"])}</p></dd>'
                  f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{7700 + c["i"]}" title="comment permalink">{e(c["date"])}</a></span></dd>'
                  for c in t)
    return (f'<div id="comments"><a name="comments"></a><h4>{e(w["count"].format(n=len(t)))}:</h4><dl id="comments-block">{out}</dl>'
            f'<p class="comment-footer"><a href="/comment.g">{e(w["leave"])}</a></p></div>')


def typepad(t, w, rng):
    out = "".join(f'<div class="comment" id="comment-6a00d8341c{c["i"]:03d}"><div class="comment-content">{paras(c)}</div>'
                  f'<p class="comment-footer">Posted by: <a rel="nofollow" href="/p/{c["i"]}">{e(c["author"])}</a> | '
                  f'<a href="#comment-6a00d8341c{c["i"]:03d}">{e(c["date"])}</a></p></div>' for c in t)
    return (f'<div class="comments"><a id="comments"></a><h3 class="comments-header">{e(w["comments"])}</h3>'
            f'<div class="comments-content">{out}</div></div>')


def discourse(t, w, rng):
    out = []
    for c in t:
        to = f'<div class="reply-to-tab"><img class="avatar" src="/s/{c["reply_to"]}.png"> {e(t[c["reply_to"]]["author"])}</div>' if c.get("reply_to") is not None else ""
        out.append(f'<div class="topic-post clearfix regular" data-post-number="{c["i"] + 2}"><article class="boxed onscreen-post" id="post_{c["i"] + 2}">'
                   f'<div class="row"><div class="topic-avatar"><img width="48" class="avatar" src="/u/{c["i"]}.png"></div><div class="topic-body clearfix">'
                   f'<div class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/{c["i"]}">{e(c["author"])}</a></span></div>'
                   f'{to}<div class="post-infos"><div class="post-info post-date"><a class="post-date"><span title="{e(c["date"])}" class="relative-date">{e(c["ago"])}</span></a></div></div></div>'
                   f'<div class="regular contents"><div class="cooked">{paras(c)}</div><section class="post-menu-area clearfix"><nav class="post-controls">'
                   f'<button class="widget-button like-count">{c["votes"]}</button><button class="reply" title="{e(w["reply"])}">{e(w["reply"])}</button>'
                   f'</nav></section></div></div></div></article></div>')
    return f'<div class="posts-wrapper"><div class="topic-area">{"".join(out)}</div></div>'


def phpbb(t, w, rng):
    out = "".join(f'<div id="p{3300 + c["i"]}" class="post has-profile {"bg2" if c["i"] % 2 else "bg1"}"><div class="inner">'
                  f'<dl class="postprofile" id="profile{3300 + c["i"]}"><dt class="has-profile-rank"><a href="/memberlist.php?u={c["i"]}" class="username">{e(c["author"])}</a></dt>'
                  f'<dd class="profile-rank">Member</dd><dd class="profile-posts"><strong>Posts:</strong> {c["votes"] * 7 + 3}</dd></dl>'
                  f'<div class="postbody"><div id="post_content{3300 + c["i"]}"><h3><a href="#p{3300 + c["i"]}">Re: {e(c["title"][:40])}</a></h3>'
                  f'<p class="author"><a class="unread" href="#p"><i class="icon fa-file"></i></a><span class="responsive-hide">{e(w["by"])} '
                  f'<strong><a href="/memberlist.php?u={c["i"]}" class="username">{e(c["author"])}</a></strong> » </span>{e(c["date"])}</p>'
                  f'<div class="content">{"<br><br>".join(e(p) for p in c["paras"])}</div></div></div><div class="back2top"><a href="#top" class="top">Top</a></div></div></div>'
                  for c in t)
    return f'<div class="action-bar bar-top"><a class="button" href="/posting.php">{e(w["reply"])}</a></div><div id="page-body">{out}</div>'


def vbulletin(t, w, rng):
    out = "".join(f'<div id="edit{600 + c["i"]}"><table id="post{600 + c["i"]}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%">'
                  f'<tr><td class="thead"><a name="post{600 + c["i"]}"></a>{e(c["date"])}</td><td class="thead" align="right">#{c["i"] + 1}</td></tr>'
                  f'<tr valign="top"><td class="alt2" width="175"><div id="postmenu_{600 + c["i"]}"><a class="bigusername" href="/member.php?u={c["i"]}">{e(c["author"])}</a></div>'
                  f'<div class="smallfont">Junior Member</div><div class="smallfont"><div>Join Date: Mar 2019</div><div>Posts: {c["votes"] * 5 + 1}</div></div></td>'
                  f'<td class="alt1" id="td_post_{600 + c["i"]}"><div id="post_message_{600 + c["i"]}">{"<br><br>".join(e(p) for p in c["paras"])}</div></td></tr>'
                  f'<tr><td class="alt2"></td><td class="alt1" align="right"><a href="/newreply.php?p={c["i"]}">{e(w["reply"])}</a></td></tr></table></div>'
                  for c in t)
    return f'<div id="posts">{out}</div>'


def table_custom(t, w, rng):
    rows = "".join(f'<tr><td class="meta" valign="top"><b>{e(c["author"])}</b><br><font size="1">{e(c["date"])}</font></td>'
                   f'<td class="text">{"<br><br>".join(e(p) for p in c["paras"])}</td></tr>' for c in t)
    return f'<p><b>{e(w["comments"])}:</b></p><table class="guest-notes" width="100%" border="1" cellpadding="4">{rows}</table>'


def dl_plain(t, w, rng):
    out = "".join(f'<dt>{e(c["author"])} — {e(c["date"])}</dt><dd>{paras(c)}</dd>' for c in t)
    return f'<dl>{out}</dl>'


def at_replies(t, w, rng):
    out = "".join(f'<div class="msg"><div class="msg-top"><span class="nick">{e(c["author"])}</span> <span class="when">{e(c["ago"])}</span></div>'
                  f'<div class="msg-text">{paras(c)}</div><div class="msg-bottom"><a href="#q">{e(w["reply"])}</a> '
                  f'<span class="likes">👍 {c["votes"]}</span></div></div>' for c in t)
    return f'<div class="talk">{heading(w, len(t), rng, tag="h3")}{out}</div>'


def said_lines(t, w, rng):
    out = "".join(f'<div><p><em>{e(w["said"].format(name=c["author"]))}</em></p>{paras(c)}<p><small>{e(c["date"])}</small></p></div>' for c in t)
    return f'<div>{out}</div>'


def numbered_iso(t, w, rng):
    out = "".join(f'<li class="entry"><span class="num">#{c["i"] + 1}</span> <span class="who">{e(c["author"])}</span> '
                  f'<span class="stamp">{c["iso"].replace("T", " ")}</span> <span class="score">+{c["votes"]} / -{c["i"] % 3}</span>'
                  f'<div class="words">{paras(c)}</div></li>' for c in t)
    return f'<section class="feedback"><h2>{e(w["comments"])} ({len(t)})</h2><ol class="entries">{out}</ol></section>'


SYSTEMS_B = {
    "blogger_classic": (blogger_classic, "flat"), "typepad": (typepad, "flat"), "discourse": (discourse, "reply"),
    "phpbb": (phpbb, "flat"), "vbulletin": (vbulletin, "flat"), "table_custom": (table_custom, "flat"),
    "dl_plain": (dl_plain, "flat"), "at_replies": (at_replies, "at"), "said_lines": (said_lines, "flat"),
    "numbered_iso": (numbered_iso, "flat"),
}
