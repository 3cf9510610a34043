"""Embedded and news-site comment systems of the third blind comment-page harness
(`tests/page_threads_blind3.py`) as a saved page (or the server) carries them, written from
memory without reading the comment rules: giscus and utterances (GitHub comment markup),
Valine and Waline (Chinese blog widgets), a Naver-like Korean news comment box, Coral Talk,
Viafoura, OpenWeb (Spot.IM), a Guardian-like thread with "Recommend" counts and an NYT-like one.
Same contract as `page_threads_blind_systems.py`."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind_systems import brs, nested, paras


def giscus(thread, w, title):
    def item(c, sub):
        inner = (f'<div class="gsc-comment-header"><div class="gsc-comment-author"><a rel="nofollow noopener noreferrer" target="_blank" '
                 f'href="https://github.com/u{c["id"]}" class="gsc-comment-author-avatar"><img src="/gh.png" width="30" height="30"><span '
                 f'class="link-primary overflow-hidden text-ellipsis font-semibold">{e(c["author"])}</span></a><a rel="nofollow" '
                 f'class="link-secondary overflow-hidden text-ellipsis" href="#discussioncomment-{c["id"]}"><time class="whitespace-nowrap" '
                 f'datetime="2024-03-05T10:12:00Z">{e(c["date"])}</time></a></div></div><div class="markdown gsc-comment-content">{paras(c)}</div>'
                 f'<div class="gsc-comment-footer"><div class="gsc-comment-reactions"><button class="gsc-upvote-button">👍 {c["votes"]}</button>'
                 f'</div></div>')
        if c["depth"]:
            return f'<div class="gsc-reply"><div class="gsc-tl-line"></div><div class="w-full min-w-0">{inner}</div></div>'
        return (f'<div class="gsc-comment"><div class="gsc-comment-box"><div class="gsc-comment-box-main w-full">{inner}</div>'
                + (f'<div class="gsc-replies"><div class="gsc-replies-list">{sub}</div></div>' if sub else "")
                + f'<form class="gsc-reply-box"><button class="gsc-reply-box-button">Write a reply</button></form></div></div>')
    return (f'<div class="giscus"><div class="gsc-main"><div class="gsc-header"><div class="gsc-left-header"><h4 class="gsc-comments-count">'
            f'<span>{len(thread)} comments</span></h4></div><div class="gsc-right-header"><ul class="BtnGroup"><li>Oldest</li><li>Newest</li>'
            f'</ul></div></div><div class="gsc-timeline">{nested(thread, item, lambda h, d: h)}</div><div class="gsc-comment-box">'
            f'<a class="btn btn-primary">Sign in with GitHub</a></div></div></div>')


def utterances(thread, w, title):
    items = "".join(
        f'<article class="timeline-comment"><a class="avatar" href="https://github.com/u{c["id"]}" target="_blank"><img alt="@u{c["id"]}" height="44" '
        f'width="44" src="/gh.png"></a><header class="comment-header"><span class="comment-meta"><a class="text-link" href="https://github.com/u{c["id"]}" '
        f'target="_blank"><strong>{e(c["author"])}</strong></a> commented <a class="text-link" href="https://github.com/o/r/issues/3#issuecomment-{c["id"]}" '
        f'target="_blank">{e(c["date"])}</a></span><div class="comment-actions"></div></header><div class="markdown-body markdown-body-scrollable">'
        f'{paras(c)}</div><div class="comment-footer"><span class="reaction-button">👍 {c["votes"]}</span></div></article>' for c in thread)
    return (f'<div class="utterances" style="height: 900px;"><main class="timeline"><h1 class="timeline-header"><a class="text-link" '
            f'href="https://github.com/o/r/issues/3" target="_blank">{len(thread)} Comments</a> <em>- powered by <a href="https://utteranc.es">'
            f'utteranc.es</a></em></h1>{items}<article class="timeline-comment"><form class="comment" accept-charset="UTF-8"><header class="new-comment-header">'
            f'<nav class="tabnav-tabs"><button class="tabnav-tab">Write</button><button class="tabnav-tab">Preview</button></nav></header>'
            f'<textarea class="form-control" placeholder="Leave a comment"></textarea><a class="btn btn-primary">Sign in to comment</a></form></article></main></div>')


def valine(thread, w, title):
    """Valine: the replies of a root card in its ``vquote`` (one level), "@name ," first."""
    def card(c):
        at = (f'<a class="at" href="#{thread[c["parent"]]["id"]}">@{e(thread[c["parent"]]["author"])} </a> , '
              if c["parent"] is not None else "")
        return (f'<div class="vcard" id="5f2e{c["id"]}"><img class="vimg" src="/gravatar.png"><div class="vh"><div class="vhead">'
                f'<a class="vnick" rel="nofollow" href="#">{e(c["author"])}</a> <span class="vsys">Chrome 120.0</span> <span class="vsys">Windows 10</span>'
                f'</div><div class="vmeta"><span class="vtime">{e(c["date"])}</span><span class="vat">{e(w["reply"])}</span></div>'
                f'<div class="vcontent"><p>{at}{e(c["paras"][0])}</p>{"".join(f"<p>{e(p)}</p>" for p in c["paras"][1:])}</div>'
                f'<div class="vreply-wrapper"></div><div class="vquote">{{kids}}</div></div></div>')
    roots = []
    for i, c in enumerate(thread):
        if c["depth"] == 0:
            roots.append([card(c), []])
        else:
            roots[-1][1].append(card(c).replace("{kids}", ""))
    body = "".join(r.replace("{kids}", "".join(k)) for r, k in roots)
    return (f'<div id="vcomments" class="v" data-class="v"><div class="vpanel"><div class="vwrap"><div class="vheader item3">'
            f'<input name="nick" placeholder="昵称" class="vnick vinput"><input name="mail" placeholder="邮箱" class="vmail vinput"></div>'
            f'<div class="vedit"><textarea class="veditor vinput" placeholder="{e(w["form"])}"></textarea></div><div class="vcontrol">'
            f'<button class="vsubmit vbtn">{e(w["submit"])}</button></div></div></div><div class="vcount"><span class="vnum">{len(thread)}</span> 评论'
            f'</div><div class="vcards">{body}</div><div class="vpage txt-center"></div><div class="vpower txt-right">Powered By <a href="#">Valine</a>'
            f'<br>v1.4.14</div></div>')


def waline(thread, w, title):
    def item(c, sub):
        return (f'<div class="wl-card-item" id="{c["id"]}"><div class="wl-user" aria-hidden="true"><img class="wl-user-avatar" src="/w.png"></div>'
                f'<div class="wl-card"><div class="wl-head"><a class="wl-nick" href="#" target="_blank" rel="nofollow noreferrer">{e(c["author"])}</a>'
                f'<span class="wl-time">{e(c["date"])}</span><div class="wl-comment-actions"><button type="button" class="wl-like" title="{e(w["like"])}">'
                f'♡ <span>{c["votes"]}</span></button><button type="button" class="wl-reply" title="{e(w["reply"])}">↩</button></div></div>'
                f'<div class="wl-meta" aria-hidden="true"><span data-value="Chrome">Chrome</span><span data-value="Mac OS">Mac OS</span></div>'
                f'<div class="wl-content">{paras(c)}</div>' + (f'<div class="wl-quote">{sub}</div>' if sub else "") + '</div></div>')
    return (f'<div data-waline="" class="wl-root"><div class="wl-comment"><div class="wl-panel"><div class="wl-header item3"><div class="wl-header-item">'
            f'<label for="wl-nick">{e(w["name_field"])}</label><input id="wl-nick" class="wl-input wl-nick" name="nick"></div></div>'
            f'<textarea class="wl-editor" placeholder="{e(w["form"])}"></textarea><div class="wl-footer"><button class="wl-btn primary">'
            f'{e(w["submit"])}</button></div></div></div><div class="wl-meta-head"><div class="wl-count"><span>{len(thread)}</span> 评论</div>'
            f'<ul class="wl-sort"><li class="active">Latest</li><li>Oldest</li><li>Hottest</li></ul></div><div class="wl-cards">'
            f'{nested(thread, item, lambda h, d: h)}</div><div class="wl-power"> Powered by <a href="https://waline.js.org">Waline</a> v2.15.8</div></div>')


def naver_like(thread, w, title):
    def item(c, sub):
        cls = "u_cbox_comment" + (" u_cbox_type_reply" if c["depth"] else "")
        return (f'<li class="{cls}" data-info="commentNo:\'{c["id"]}\'"><div class="u_cbox_comment_box"><div class="u_cbox_area"><div class="u_cbox_info">'
                f'<span class="u_cbox_info_main"><span class="u_cbox_name"><span class="u_cbox_name_area"><span class="u_cbox_nick_area">'
                f'<span class="u_cbox_nick">{e(c["author"])}</span></span></span></span></span></div><div class="u_cbox_text_wrap">'
                f'<span class="u_cbox_contents" data-lang="ko">{brs(c)}</span></div><div class="u_cbox_info_base"><span class="u_cbox_date">'
                f'{e(c["date"])}</span></div><div class="u_cbox_tool">' + ("" if c["depth"] else
                f'<a href="#" class="u_cbox_btn_reply"><strong class="u_cbox_reply_txt">{e(w["reply"])}</strong><span class="u_cbox_reply_cnt">'
                f'{c["votes"] % 4}</span></a>') + f'<div class="u_cbox_recomm_set"><a href="#" class="u_cbox_btn_recomm"><span class="u_cbox_ico_recomm">'
                f'{e(w["recommend"])}</span><em class="u_cbox_cnt_recomm">{c["votes"]}</em></a><a href="#" class="u_cbox_btn_unrecomm">'
                f'<em class="u_cbox_cnt_unrecomm">{c["votes"] // 3}</em></a></div></div></div></div>'
                + (f'<div class="u_cbox_reply_area"><ul class="u_cbox_list">{sub}</ul></div>' if sub else "") + '</li>')
    return (f'<div class="u_cbox" id="cbox_module"><div class="u_cbox_wrap u_cbox_ko"><div class="u_cbox_head"><h5 class="u_cbox_title">'
            f'{e(w["heading"].format(n=len(thread)))}</h5><span class="u_cbox_count">{len(thread)}</span></div><div class="u_cbox_write_wrap">'
            f'<div class="u_cbox_write_box"><strong class="u_cbox_write_name">{e(w["login"])}</strong><textarea class="u_cbox_text"></textarea>'
            f'</div></div><div class="u_cbox_sort"><ul class="u_cbox_sort_option"><li>{e(w["sort"])}</li></ul></div><div class="u_cbox_content_wrap">'
            f'<ul class="u_cbox_list">{nested(thread, item, lambda h, d: h)}</ul></div><a class="u_cbox_btn_more" href="#">'
            f'<span class="u_cbox_page_more">{e(w["load_more"])}</span></a><p class="u_cbox_notice">{e(w["policy"])}</p></div></div>')


def coral(thread, w, title):
    def item(c, sub):
        return (f'<div class="coral coral-comment" id="comment-{c["id"]}" data-testid="comment-{c["id"]}"><div class="coral-indent coral-indent-{c["depth"]}">'
                f'<div class="coral-comment-topBar"><div class="coral-comment-userName"><button class="coral-username coral-comment-username">'
                f'<span>{e(c["author"])}</span></button></div><time class="coral-timestamp coral-comment-timestamp" datetime="2024-03-05T10:12:00Z">'
                f'{e(c["date"])}</time></div><div class="coral-content coral-comment-content">{paras(c)}</div><div class="coral-comment-actionBar">'
                f'<button class="coral-reactButton coral-comment-reactButton">{e(w["like"])} {c["votes"]}</button><button class="coral-comment-replyButton">'
                f'{e(w["reply"])}</button><button class="coral-comment-shareButton">{e(w["share"])}</button><button class="coral-comment-reportButton">'
                f'{e(w["report"])}</button></div></div>' + (f'<div class="coral-replyList">{sub}</div>' if sub else "") + '</div>')
    return (f'<div id="coral_thread"><div id="coral-stream" class="coral coral-stream"><div class="coral-streamTabs"><button class="coral-tab">'
            f'{e(w["heading"].format(n=len(thread)))}</button></div><div class="coral-createComment"><p>{e(w["login"])}</p></div>'
            f'<div class="coral-communityGuidelines">{e(w["policy"])}</div><div class="coral-allComments coral-stream-comments">'
            f'{nested(thread, item, lambda h, d: h)}</div><button class="coral-loadMoreButton">{e(w["load_more"])}</button></div></div>')


def viafoura(thread, w, title):
    def item(c, sub):
        return (f'<div class="vf-comment-container" data-comment-id="{c["id"]}"><div class="vf-comment"><div class="vf-comment-header">'
                f'<img class="vf-avatar" src="/v.png"><a class="vf-username vf-comment__author-name" href="#">{e(c["author"])}</a> '
                f'<span class="vf-timestamp vf-comment__timestamp">{e(c["date"])}</span></div><div class="vf-comment-html vf-content">'
                f'{paras(c)}</div><div class="vf-comment-actions"><button class="vf-like-button">▲ {c["votes"]}</button><button class="vf-dislike">▼</button>'
                f'<button class="vf-reply-button">{e(w["reply"])}</button></div></div>'
                + (f'<div class="vf-comment-replies vf-replies-depth-{c["depth"] + 1}">{sub}</div>' if sub else "") + '</div>')
    return (f'<div class="vf3-comments vf-widget"><div class="vf-comments-header"><h2 class="vf-comments-count">{e(w["heading"].format(n=len(thread)))}'
            f'</h2><div class="vf-sort">{e(w["sort"])}</div></div><div class="vf-new-comment"><textarea placeholder="{e(w["form"])}"></textarea></div>'
            f'<div class="vf-comments-list">{nested(thread, item, lambda h, d: h)}</div><button class="vf-load-more">{e(w["load_more"])}</button></div>')


def openweb(thread, w, title):
    def item(c, sub):
        return (f'<li class="spcv_list-item"><article class="spcv_message" data-spot-im-class="message-view" data-message-depth="{c["depth"]}">'
                f'<div class="spcv_message-header"><img class="spcv_avatar" src="/o.png"><span class="spcv_username" data-spot-im-class="message-username">'
                f'{e(c["author"])}</span><time class="spcv_timestamp" data-spot-im-class="message-timestamp">{e(c["date"])}</time></div>'
                f'<div class="spcv_entity-content" data-spot-im-class="message-text">{paras(c)}</div><div class="spcv_message-footer">'
                f'<button class="spcv_reply-button" aria-label="Reply">{e(w["reply"])}</button><button class="spcv_like" aria-label="Like">👍 {c["votes"]}'
                f'</button><button aria-label="Share">{e(w["share"])}</button></div></article>'
                + (f'<ul class="spcv_children-list">{sub}</ul>' if sub else "") + '</li>')
    return (f'<div data-spotim-module="conversation" data-post-id="a123"><div class="spcv_conversation"><div class="spcv_conversation-header">'
            f'<span class="spcv_messages-count">{e(w["heading"].format(n=len(thread)))}</span><span>{e(w["sort"])}</span></div>'
            f'<div class="spcv_community-guidelines">{e(w["policy"])}</div><ul class="spcv_messages-list">{nested(thread, item, lambda h, d: h)}'
            f'</ul><button class="spcv_load-more-messages">{e(w["load_more"])}</button><div class="spcv_footer">Powered by OpenWeb</div></div></div>')


def guardian_like(thread, w, title):
    def item(c, sub):
        to = (f'<span class="d-comment__reply-to-author"><a href="#comment-{thread[c["parent"]]["id"]}">{e(w["in_reply"])} '
              f'{e(thread[c["parent"]]["author"])}</a></span>' if c["parent"] is not None else "")
        return (f'<li class="d-comment d-comment--{"response" if c["depth"] else "top-level"}" id="comment-{c["id"]}" data-comment-author="{e(c["author"])}">'
                f'<div class="d-comment__inner"><div class="d-comment__meta"><span class="d-comment__author" itemprop="author"><a href="/profile/u{c["id"]}">'
                f'{e(c["author"])}</a></span>{to}<div class="d-comment__timestamp"><a class="js-timestamp" href="#comment-{c["id"]}">{e(c["date"])}</a>'
                f'</div></div><div class="d-comment__content"><div class="d-comment__main"><div class="d-comment__body">{paras(c)}</div></div></div>'
                f'<div class="d-comment__actions"><div class="d-comment__recommend"><span class="d-comment__recommend-count--old">{c["votes"]}</span>'
                f'<span class="d-comment__recommend-button">{e(w["recommend"])}</span></div><button class="d-comment__action--reply">{e(w["reply"])}</button>'
                f'<a class="d-comment__action--report" href="#">{e(w["report"])}</a></div></div>'
                + (f'<ul class="d-thread d-thread--responses">{sub}</ul>' if sub else "") + '</li>')
    return (f'<div class="discussion" id="comments"><div class="discussion__heading"><h2 class="container__meta__title">'
            f'{e(w["heading"].format(n=len(thread)))}</h2></div><div class="discussion__toolbar"><span>{e(w["sort"])}</span></div>'
            f'<ul class="d-thread d-thread--comments">{nested(thread, item, lambda h, d: h)}</ul></div>')


def nyt_like(thread, w, title):
    def item(c, sub):
        return (f'<li class="css-1p7l2hk" data-testid="comment-container"><div class="css-zo2x5w"><div class="css-1mrnj0k"><span class="css-bxnvyp">'
                f'{e(c["author"])}</span><span class="css-1uqmqvh">Seattle</span></div><div class="css-1zdewax"><a href="#permid={c["id"]}" '
                f'class="css-18gp31u">{e(c["date"])}</a></div><p class="css-ov3pxu">{brs(c)}</p><div class="css-1c7tqqr"><button class="css-b4wfb6" '
                f'aria-label="{e(w["recommend"])}">{e(w["recommend"])} {c["votes"]}</button><button class="css-1wbf1vg">{e(w["reply"])}</button>'
                f'<button class="css-1wbf1vg">{e(w["share"])}</button><button class="css-1wbf1vg">Flag</button></div></div>'
                + (f'<ul class="css-11wgf2o">{sub}</ul>' if sub else "") + '</li>')
    return (f'<section id="commentsContainer" class="css-1uh4dum"><header class="css-vi9xt8"><h2 class="css-3h8wt5">'
            f'{e(w["heading"].format(n=len(thread)))}</h2><div class="css-9z3wvj"><button>All</button><button>NYT Picks</button>'
            f'<button>Reader Picks</button></div></header><ul class="css-1esqbwv">{nested(thread, item, lambda h, d: h)}</ul>'
            f'<button class="css-1z3iv4a">{e(w["load_more"])}</button></section>')


SYSTEMS_C = {
    "giscus": (giscus, "dom1"), "utterances": (utterances, "flat"), "valine": (valine, "dom1"), "waline": (waline, "dom"),
    "naver_like": (naver_like, "dom1"), "coral": (coral, "dom"), "viafoura": (viafoura, "dom"), "openweb": (openweb, "dom"),
    "guardian_like": (guardian_like, "dom1"), "nyt_like": (nyt_like, "dom"),
}
