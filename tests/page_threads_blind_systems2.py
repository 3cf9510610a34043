"""Comment sections of forums, link aggregators and comment services (blind harness, second
part): phpBB, vBulletin, XenForo, Discourse's crawler view, Reddit-like nested divs, a
Hacker-News-like table indented by spacer widths, Livefyre, the Facebook plugin's static markup,
Commento, Isso, Remark42, Hyvor. Same contract as `page_threads_blind_systems.py`."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind_systems import brs, nested, paras


def phpbb(thread, w, title):
    posts = "".join(
        f'<div id="p{c["id"]}" class="post has-profile {"bg1" if i % 2 else "bg2"}"><div class="inner"><dl class="postprofile" id="profile{c["id"]}">'
        f'<dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u={c["id"]}" class="username">{e(c["author"])}</a></dt>'
        f'<dd class="profile-rank">Member</dd><dd class="profile-posts"><strong>{e(w["posts"].format(n=40 + c["id"]))}</strong></dd>'
        f'<dd class="profile-joined">{e(w["joined"])}</dd></dl><div class="postbody"><div id="post_content{c["id"]}">'
        f'<h3><a href="#p{c["id"]}">Re: {e(title)}</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote" '
        f'title="{e(w["quote"])}" class="button button-icon-only"><span>{e(w["quote"])}</span></a></li></ul>'
        f'<p class="author"><a class="unread" href="#p{c["id"]}"><span class="imageset icon_post_target"></span></a>'
        f'<span class="responsive-hide">by <strong><a href="./memberlist.php?u={c["id"]}" class="username">{e(c["author"])}</a></strong> » </span>'
        f'{e(c["date"])}</p><div class="content">{brs(c)}</div></div></div><div class="back2top"><a href="#top">Top</a></div></div></div>'
        for i, c in enumerate(thread))
    return (f'<div id="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=9">{e(title)}</a></h2>'
            f'<div class="action-bar bar-top"><a href="./posting.php?mode=reply" class="button">Post Reply</a>'
            f'<div class="pagination">{len(thread)} posts • Page <strong>1</strong> of <strong>1</strong></div></div>{posts}</div>')


def vbulletin(thread, w, title):
    posts = "".join(
        f'<li class="postbitlegacy postbitim postcontainer old" id="post_{c["id"]}"><div class="posthead"><span class="postdate old">'
        f'<span class="date">{e(c["date"])}</span></span><span class="nodecontrols"><a name="post{c["id"]}" class="postcounter">#{i + 1}</a>'
        f'</span></div><div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" '
        f'href="member.php?u={c["id"]}"><strong>{e(c["author"])}</strong></a></div><span class="usertitle">Junior Member</span>'
        f'<dl class="userinfo_extra"><dt>Join Date</dt><dd>Jan 2019</dd><dt>Posts</dt><dd>{40 + c["id"]}</dd></dl></div>'
        f'<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{c["id"]}">'
        f'<blockquote class="postcontent restore">{brs(c)}</blockquote></div></div></div></div></div><div class="postfoot">'
        f'<div class="textcontrols floatcontainer"><span class="postcontrols"><a class="quickreply" href="newreply.php?p={c["id"]}">'
        f'{e(w["reply"])}</a> <a class="quotepost" href="#">{e(w["quote"])}</a></span></div></div></li>' for i, c in enumerate(thread))
    return f'<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">{posts}</ol></div>'


def xenforo(thread, w, title):
    posts = "".join(
        f'<article class="message message--post js-post js-inlineModContainer" data-author="{e(c["author"])}" data-content="post-{c["id"]}" '
        f'id="js-post-{c["id"]}"><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">'
        f'<div class="message-userDetails"><h4 class="message-name"><a href="/members/{c["id"]}/" class="username">{e(c["author"])}</a></h4>'
        f'<h5 class="userTitle message-userTitle">Well-known member</h5></div></section></div><div class="message-cell message-cell--main">'
        f'<div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">'
        f'<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/posts/{c["id"]}/"><time class="u-dt">'
        f'{e(c["date"])}</time></a></li></ul><ul class="message-attribution-opposite listInline"><li><a href="/posts/{c["id"]}/">#{i + 1}</a></li>'
        f'</ul></header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer">'
        f'<article class="message-body js-selectToQuote"><div class="bbWrapper">{brs(c)}</div></article></div></div>'
        f'<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">'
        f'<a class="actionBar-action actionBar-action--reply">{e(w["reply"])}</a></div><div class="actionBar-set actionBar-set--internal">'
        f'<a class="actionBar-action actionBar-action--report">{e(w["report"])}</a></div></div></footer></div></div></div></article>'
        for i, c in enumerate(thread))
    return f'<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">{posts}</div></div>'


def discourse(thread, w, title):
    posts = "".join(
        f'<div id="post_{i + 2}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<a itemprop="url" href="/u/{c["id"]}"><span itemprop="name">{e(c["author"])}</span></a></span>'
        f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-03-12T14:05:00Z" class="post-time">'
        f'{e(c["date"])}</time><meta itemprop="position" content="{i + 2}"></span></div><div class="post" itemprop="text">{paras(c)}</div>'
        f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" '
        f'content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="{c["votes"]}"><span class="post-likes">'
        f'{c["votes"]} Likes</span></div></div>' for i, c in enumerate(thread))
    return f'<div id="main-outlet" class="wrap" role="main"><div class="posts">{posts}</div><footer class="noscript-footer-nav"></footer></div>'


def reddit_like(thread, w, title):
    def item(c, sub):
        return (f'<div class="thing id-t1_{c["id"]} comment" data-author="{e(c["author"])}" data-type="comment"><div class="midcol">'
                f'<div class="arrow up"></div><div class="arrow down"></div></div><div class="entry"><p class="tagline">'
                f'<a href="/user/{c["id"]}" class="author">{e(c["author"])}</a> <span class="score unvoted">{e(w["votes"].format(n=c["votes"]))}</span> '
                f'<time class="live-timestamp">{e(c["date"])}</time></p><form class="usertext"><div class="usertext-body"><div class="md">'
                f'{paras(c)}</div></div></form><ul class="flat-list buttons"><li class="first"><a class="bylink">{e(w["permalink"])}</a></li>'
                f'<li><a>{e(w["share"])}</a></li><li><a>{e(w["report"])}</a></li><li><a class="reply-button">{e(w["reply"])}</a></li></ul></div>'
                f'<div class="child">' + (f'<div class="sitetable listing">{sub}</div>' if sub else "") + '</div><div class="clearleft"></div></div>')
    return (f'<div class="commentarea"><div class="panestack-title"><span class="title">{e(w["heading"].format(n=len(thread)))}</span></div>'
            f'<div class="menuarea"><span class="dropdown-title">{e(w["sort"])}</span></div>'
            f'<div class="sitetable nestedlisting">{nested(thread, item, lambda h, d: h)}</div></div>')


def hn_table(thread, w, title):
    rows = "".join(
        f'<tr class="athing comtr" id="{c["id"]}"><td><table border="0"><tr><td class="ind" indent="{c["depth"]}">'
        f'<img src="s.gif" height="1" width="{c["depth"] * 40}"></td><td valign="top" class="votelinks"><center><a id="up_{c["id"]}">'
        f'<div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;">'
        f'<span class="comhead"><a href="user?id={c["id"]}" class="hnuser">{e(c["author"])}</a> <span class="age"><a href="item?id={c["id"]}">'
        f'{e(c["date"])}</a></span> <span class="navs">| <a href="#">next</a> <a class="togg" href="javascript:void(0)">[–]</a></span>'
        f'</span></div><br><div class="comment"><div class="commtext c00">{"<p>".join(e(p) for p in c["paras"])}</div>'
        f'<div class="reply"><p><font size="1"><u><a href="reply?id={c["id"]}">{e(w["reply"].lower())}</a></u></font></p></div></div></td></tr>'
        f'</table></td></tr>' for c in thread)
    return f'<table border="0" class="comment-tree"><tbody>{rows}</tbody></table>'


def livefyre(thread, w, title):
    def item(c, sub):
        return (f'<article class="fyre-comment-article fyre-comment-source-0" data-message-id="{c["id"]}"><div class="fyre-comment-wrapper">'
                f'<header class="fyre-comment-head"><span class="fyre-comment-username"><span>{e(c["author"])}</span></span>'
                f'<time class="fyre-comment-date">{e(c["date"])}</time></header><section class="fyre-comment">{paras(c)}</section>'
                f'<footer class="fyre-comment-footer"><a class="fyre-comment-reply">{e(w["reply"])}</a> <a class="fyre-comment-like">'
                f'{e(w["like"])}</a> <span class="fyre-comment-like-count">{c["votes"]}</span></footer></div>'
                + (f'<div class="fyre-comment-replies">{sub}</div>' if sub else "") + '</article>')
    return (f'<div id="livefyre-comments"><div class="fyre"><div class="fyre-stream-header"><span class="fyre-stream-stats">'
            f'{e(w["heading"].format(n=len(thread)))}</span></div><div class="fyre-comment-stream">{nested(thread, item, lambda h, d: h)}</div>'
            f'<div class="fyre-stream-more"><div class="fyre-stream-more-container">{e(w["load_more"])}</div></div></div></div>')


def facebook_plugin(thread, w, title):
    def item(c, sub):
        return (f'<div class="_3-8y _5nz1 clearfix" direction="left"><div class="_ohe lfloat"><img class="img _8o _8s UFIImageBlockImage" src="/f.jpg">'
                f'</div><div class="_42ef"><div class="_5mdd"><a class="UFICommentActorName" href="https://facebook.example/{c["id"]}">'
                f'{e(c["author"])}</a> <span class="_5mdd"><span>{brs(c)}</span></span></div><div class="_2vq9 fsm fwn fcg">'
                f'<a class="uiLinkSubtle">{e(w["like"])}</a> · <a class="uiLinkSubtle">{e(w["reply"])}</a> · <abbr class="livetimestamp">'
                f'{e(c["date"])}</abbr></div>' + (f'<div class="_44ri _2pis">{sub}</div>' if sub else "") + '</div></div>')
    return (f'<div class="fb-comments fb_iframe_widget"><div class="_56q9"><div class="_4k-6"><span class="_50f7">'
            f'{e(w["heading"].format(n=len(thread)))}</span> <span>{e(w["sort"])}</span></div><div class="_4uyl _1zz8 _2392 clearfix">'
            f'<textarea class="_1cb _5yk1" placeholder="Add a comment..."></textarea></div><div class="_4k-6">'
            f'{nested(thread, item, lambda h, d: h)}</div><div class="_5o4h"><button class="_1gl3 _4jy0">{e(w["load_more"])}</button></div>'
            f'<div class="_5lm5">Facebook Comments Plugin</div></div></div>')


def commento(thread, w, title):
    def item(c, sub):
        return (f'<div class="commento-card" id="commento-card-{c["id"]}" style="border-left: 2px solid #1e88e5"><div class="commento-header">'
                f'<div class="commento-avatar">{e(c["author"][:1])}</div><div class="commento-name">{e(c["author"])}</div>'
                f'<div class="commento-subtitle"><div class="commento-timeago">{e(c["date"])}</div><div class="commento-score">'
                f'{e(w["votes"].format(n=c["votes"]))}</div></div></div><div class="commento-contents"><div class="commento-body">{paras(c)}</div>'
                f'<div class="commento-options"><button class="commento-option-button commento-option-reply" title="{e(w["reply"])}"></button>'
                f'<button class="commento-option-button commento-option-upvote" title="Upvote"></button></div>'
                f'<div id="commento-children-{c["id"]}" class="commento-comments">{sub}</div></div></div>')
    return (f'<div id="commento"><div class="commento-root commento-root-font"><div class="commento-main-area"><div class="commento-login">'
            f'<div class="commento-login-text">{e(w["login"])}</div></div><div class="commento-comments">'
            f'{nested(thread, item, lambda h, d: h)}</div></div><div class="commento-footer"><a href="https://commento.io">Commento</a>'
            f'</div></div></div>')


def isso(thread, w, title):
    def item(c, sub):
        return (f'<div class="isso-comment" id="isso-{c["id"]}"><div class="avatar"><svg height="48" width="48"></svg></div>'
                f'<div class="text-wrapper"><div class="isso-comment-header" role="meta"><span class="author">{e(c["author"])}</span>'
                f'<span class="spacer">•</span><a class="permalink" href="#isso-{c["id"]}"><time>{e(c["date"])}</time></a>'
                f'<span class="note"></span></div><div class="text">{paras(c)}</div><div class="isso-comment-footer">'
                f'<span class="votes">{c["votes"]}</span><a class="upvote" href="#">▲</a><span class="spacer">|</span>'
                f'<a class="downvote" href="#">▼</a><a class="reply" href="#">{e(w["reply"])}</a></div>'
                f'<div class="isso-follow-up">{sub}</div></div></div>')
    return (f'<section id="isso-thread"><h4>{e(w["heading"].format(n=len(thread)))}</h4><div class="isso-postbox"><div class="form-wrapper">'
            f'<div class="textarea-wrapper"><div class="textarea placeholder" contenteditable="true">{e(w["form"])}</div></div>'
            f'<section class="auth-section"><p class="input-wrapper"><input type="text" name="author" placeholder="{e(w["name_field"])}"></p>'
            f'<p class="post-action"><input type="submit" value="{e(w["submit"])}"></p></section></div></div>'
            f'<div id="isso-root">{nested(thread, item, lambda h, d: h)}</div></section>')


def remark42(thread, w, title):
    def item(c, sub):
        return (f'<div class="thread' + (" thread_indented" if c["depth"] else "") + f'"><article class="comment comment_level_{min(c["depth"], 5)}" '
                f'id="remark42__comment-{c["id"]}"><div class="comment__body"><div class="comment__info"><img class="avatar-icon" src="/r.png">'
                f'<span class="comment__username">{e(c["author"])}</span> <a class="comment__time" href="#remark42__comment-{c["id"]}">'
                f'{e(c["date"])}</a> <span class="comment__score"><span class="comment__score-value">+{c["votes"]}</span></span></div>'
                f'<div class="comment__text raw-content">{paras(c)}</div><div class="comment__actions"><button class="comment__action">'
                f'{e(w["reply"])}</button></div></div></article>{sub}</div>')
    return (f'<div id="remark42"><div class="root"><div class="root__input">{e(w["login"])}</div><div class="sort-picker">{e(w["sort"])}</div>'
            f'<div class="root__threads" role="list">{nested(thread, item, lambda h, d: h)}</div></div></div>')


def hyvor(thread, w, title):
    def item(c, sub):
        return (f'<div class="comment" data-depth="{c["depth"]}" id="comment-{c["id"]}"><div class="comment-header"><img class="avatar" src="/h.png">'
                f'<span class="name">{e(c["author"])}</span> <span class="time">{e(c["date"])}</span></div><div class="comment-body">'
                f'{paras(c)}</div><div class="comment-actions"><button>{e(w["reply"])}</button> <button>{e(w["share"])}</button>'
                f' <span class="votes">{c["votes"]}</span></div>' + (f'<div class="replies">{sub}</div>' if sub else "") + '</div>')
    return (f'<div id="hyvor-talk-view"><div class="ht-wrap"><div class="ht-top"><span class="ht-count">{e(w["heading"].format(n=len(thread)))}'
            f'</span><span>{e(w["sort"])}</span></div><div class="ht-comments">{nested(thread, item, lambda h, d: h)}</div>'
            f'<button class="ht-load-more">{e(w["load_more"])}</button></div></div>')


SYSTEMS2 = {
    "phpbb": (phpbb, "flat"), "vbulletin": (vbulletin, "flat"), "xenforo": (xenforo, "mention"),
    "discourse": (discourse, "flat"), "reddit_like": (reddit_like, "dom"), "hn_table": (hn_table, "indent"),
    "livefyre": (livefyre, "dom"), "facebook_plugin": (facebook_plugin, "dom"), "commento": (commento, "dom"),
    "isso": (isso, "dom"), "remark42": (remark42, "dom"), "hyvor": (hyvor, "dom"),
}
