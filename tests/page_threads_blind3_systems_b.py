"""Forum topics and boards of the third blind comment-page harness (`tests/page_threads_blind3.py`),
written from memory of the pages these engines served, without reading the comment rules:
SMF 2 (poster column, "Reply #n on:", signature), MyBB 1.8, Invision Community 4, Discuz! X
(the ``postlist`` of tables), Vanilla 2, a 2ch ``read.cgi`` page (numbered ``dt``/``dd`` posts,
replies by ``>>n``) and a futaba/4chan-like imageboard (reply boxes with ``>>No`` quote links).
Same contract as `page_threads_blind_systems.py`; ``link`` nesting: flat markup, the parent
named by a reference to its number."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind_systems import brs, paras


def smf(thread, w, title):
    items = "".join(
        f'<div class="windowbg{"2" if i % 2 else ""}"><span class="topslice"><span></span></span><div class="post_wrapper"><div class="poster">'
        f'<h4><a href="/index.php?action=profile;u={c["id"]}" title="View the profile of {e(c["author"])}">{e(c["author"])}</a></h4>'
        f'<ul class="reset smalltext" id="msg_{c["id"]}_extra_info"><li class="membergroup">Jr. Member</li><li class="stars">'
        f'<img src="/Themes/default/images/star.gif" alt="*"></li><li class="postcount">{e(w["posts"].format(n=c["votes"] * 7 + 3))}</li></ul>'
        f'</div><div class="postarea"><div class="flow_hidden"><div class="keyinfo"><div class="messageicon"><img src="/xx.gif"></div>'
        f'<h5 id="subject_{c["id"]}"><a href="/index.php?topic=77.msg{c["id"]}#msg{c["id"]}">Re: {e(title)}</a></h5><div class="smalltext">'
        f'« <strong>Reply #{i + 1} on:</strong> {e(c["date"])} »</div><div id="msg_{c["id"]}_quick_mod"></div></div>'
        f'<ul class="reset smalltext quickbuttons"><li class="quote_button"><a href="#">{e(w["quote"])}</a></li></ul></div>'
        f'<div class="post"><div class="inner" id="msg_{c["id"]}">{brs(c)}</div></div></div><div class="moderatorbar"><div class="smalltext modified">'
        f'</div><div class="smalltext reportlinks"><a href="#">{e(w["report"])}</a> <img src="/ip.gif"> Logged</div>'
        f'<div class="signature" id="msg_{c["id"]}_signature">~ {e(c["author"])} ~</div></div></div><span class="botslice"><span></span></span></div>'
        f'<hr class="post_separator">' for i, c in enumerate(thread))
    return (f'<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><img src="/topic/veryhot_post.gif"> Author Topic: {e(title)} '
            f'(Read 1234 times)</h3></div><form action="/index.php?action=quickmod2;topic=77.0" method="post" id="quickModForm">'
            f'{items}</form></div><div class="pagesection"><div class="nextlinks"><a href="#">« previous</a> <a href="#">next »</a></div></div>')


def mybb(thread, w, title):
    items = "".join(
        f'<a name="pid{c["id"]}" id="pid{c["id"]}"></a><div class="post classic" style="" id="post_{c["id"]}"><div class="post_author scaleimages">'
        f'<div class="author_avatar"><a href="member.php?uid={c["id"]}"><img src="/av.png" width="70"></a></div><div class="author_information">'
        f'<strong><span class="largetext"><a href="member.php?action=profile&amp;uid={c["id"]}">{e(c["author"])}</a></span></strong>'
        f'<br><span class="smalltext">Member<br><img src="images/star.png" alt="*"></span></div><div class="author_statistics">'
        f'{e(w["posts"].format(n=c["votes"] * 3 + 1))}<br>Threads: {c["votes"] % 5}<br>{e(w["joined"])}<br>Reputation: {c["votes"] % 9}</div>'
        f'</div><div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong>'
        f'<a href="showthread.php?tid=9&amp;pid={c["id"]}#pid{c["id"]}">#{i + 2}</a></strong></div><span class="post_date">'
        f'{e(c["date"])}</span></div><div class="post_body scaleimages" id="pid_{c["id"]}">{brs(c)}</div><div class="post_meta" '
        f'id="post_meta_{c["id"]}"></div></div><div class="post_controls"><div class="postbit_buttons author_buttons float_left">'
        f'<a href="#" class="postbit_website"><span>Website</span></a></div><div class="postbit_buttons post_management_buttons float_right">'
        f'<a href="newreply.php?tid=9&amp;replyto={c["id"]}" class="postbit_quote"><span>{e(w["reply"])}</span></a> '
        f'<a href="#" class="postbit_report"><span>{e(w["report"])}</span></a></div></div></div>' for i, c in enumerate(thread))
    return (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>'
            f'{e(title)}</strong></div></td></tr></table><div id="posts">{items}</div><div class="float_left"><div class="pagination">'
            f'<span class="pages">Pages (2):</span> <span class="pagination_current">1</span> <a href="#" class="pagination_page">2</a></div></div>')


def invision(thread, w, title):
    items = "".join(
        f'<article id="elComment_{c["id"]}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix '
        f'ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone"><div class="cAuthorPane_mobile ipsResponsive_showPhone">'
        f'<div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks">'
        f'<a href="/profile/{c["id"]}-x/" class="ipsType_break">{e(c["author"])}</a></h3></div></div><aside class="ipsComment_author '
        f'cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks '
        f'ipsType_break"><strong><a href="/profile/{c["id"]}-x/" class="ipsType_break">{e(c["author"])}</a></strong></h3><ul class="cAuthorPane_info '
        f'ipsList_reset"><li data-role="group">{e(w["members"])}</li><li class="ipsResponsive_hidePhone ipsType_break">{c["votes"] * 11 + 2} posts</li>'
        f'</ul></aside><div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{c["id"]}_wrap" data-controller="core.front.core.comment" '
        f'class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center"><div class="ipsType_reset '
        f'ipsResponsive_hidePhone">Posted <a href="?do=findComment&amp;comment={c["id"]}" class="ipsType_blendLinks"><time datetime="2024-03-05T10:12:00Z" '
        f'title="{e(c["date"])}" data-short="3 d">{e(c["date"])}</time></a></div></div><div class="cPost_contentWrap"><div data-role="commentContent" '
        f'class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">{paras(c)}</div>'
        f'</div><div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix">'
        f'<div class="ipsReact ipsPos_right"><div class="ipsReact_blurb"><span class="ipsReact_reactCount">{c["votes"]}</span></div>'
        f'<div class="ipsReact_button">{e(w["like"])}</div></div></div><ul class="ipsComment_controls ipsClearfix ipsItemControls_left">'
        f'<li><a href="#" class="ipsButton ipsButton_light ipsButton_verySmall">{e(w["quote"])}</a></li></ul></div></div></div></article>'
        for c in thread)
    return (f'<div class="ipsAreaBackground_light ipsPad"><h2 class="ipsType_pageTitle">{e(title)}</h2></div><div id="comments" '
            f'data-controller="core.front.core.commentFeed" data-feedid="topic-55" class="cTopic ipsClear ipsSpacer_top">'
            f'<div data-role="commentFeed" data-controller="core.front.core.moderation">{items}</div></div>'
            f'<div class="ipsBox ipsPadding ipsComposeAreaWrapper"><div class="ipsComposeArea">{e(w["login"])}</div></div>')


def discuz(thread, w, title):
    items = "".join(
        f'<div id="post_{c["id"]}"><table id="pid{c["id"]}" class="plhin" summary="pid{c["id"]}" cellspacing="0" cellpadding="0"><tr>'
        f'<td class="pls" rowspan="2"><div id="favatar{c["id"]}" class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-{c["id"]}.html" '
        f'target="_blank" class="xw1">{e(c["author"])}</a></div></div><div><div class="avatar"><a href="#"><img src="/uc/avatar.php?uid={c["id"]}">'
        f'</a></div></div><div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p><a class="xi2">{c["votes"]}</a></p>主题</th>'
        f'<th><p><a class="xi2">{c["votes"] * 4}</a></p>帖子</th><td><p><a class="xi2">{c["votes"] * 9}</a></p>积分</td></tr></table></div>'
        f'<p><em><a href="#">中级会员</a></em></p></div></td><td class="plc"><div class="pi"><strong><a href="#pid{c["id"]}" id="postnum{c["id"]}">'
        f'<em>{i + 2}</em><sup>#</sup></a></strong><div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="/online.gif">'
        f'<em id="authorposton{c["id"]}">{e(c["date"])}</em><span class="pipe">|</span><a href="#" rel="nofollow">只看该作者</a></div></div></div>'
        f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{c["id"]}">'
        f'{brs(c)}</td></tr></table></div><div id="comment_{c["id"]}" class="cm"></div></div></div></td></tr><tr><td class="plc plm"></td></tr>'
        f'<tr id="_postposition{c["id"]}"></tr><tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl">'
        f'<em><a class="fastre" href="#">{e(w["reply"])}</a></em><p><a href="#">{e(w["report"])}</a></p></div></div></td></tr>'
        f'<tr class="ad"><td class="pls"></td><td class="plc"></td></tr></table></div>' for i, c in enumerate(thread))
    return (f'<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn">'
            f'<span class="xg1">查看:</span> <span class="xi1">2345</span><span class="pipe">|</span><span class="xg1">{e(w["reply"])}:</span> '
            f'<span class="xi1">{len(thread)}</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{e(title)}</span>'
            f'</h1></td></tr></table>{items}</div><div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="#">2</a></div></div>')


def vanilla(thread, w, title):
    items = "".join(
        f'<li class="Item ItemComment{" Alt" if i % 2 else ""}" id="Comment_{c["id"]}"><div class="Comment"><div class="Options"></div>'
        f'<div class="Item-Header CommentHeader"><div class="AuthorWrap"><span class="Author"><a title="{e(c["author"])}" href="/profile/{c["id"]}" '
        f'class="PhotoWrap"><img src="/u.png" class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/{c["id"]}" class="Username">'
        f'{e(c["author"])}</a></span><span class="AuthorInfo"><span class="MItem RoleTitle">Member</span></span></div><div class="Meta CommentMeta '
        f'CommentInfo"><span class="MItem DateCreated"><a href="/discussion/comment/{c["id"]}#Comment_{c["id"]}" class="Permalink" rel="nofollow">'
        f'<time title="{e(c["date"])}" datetime="2024-03-05T10:12:00+00:00">{e(c["date"])}</time></a></span></div></div><div class="Item-BodyWrap">'
        f'<div class="Item-Body"><div class="Message userContent">{brs(c)}</div><div class="Reactions"><span class="ReactButton">'
        f'{e(w["like"])} {c["votes"]}</span> <a class="ReactButton Quote">{e(w["quote"])}</a> <a class="ReactButton Flag">{e(w["report"])}</a>'
        f'</div></div></div></div></li>' for i, c in enumerate(thread))
    return (f'<div class="CommentsWrap"><span class="BeforeCommentHeading"></span><div class="DataBox DataBox-Comments"><h2 class="CommentHeading">'
            f'{e(w["heading"].format(n=len(thread)))}</h2><ul class="MessageList DataList Comments">{items}</ul></div><div class="P PagerWrap">'
            f'<div class="Pager"><a class="Previous">«</a> <a class="Highlight">1</a> <a class="Next">»</a></div></div></div>'
            f'<div class="Foot Closed"><div class="Note Closed SignInOrRegister">{e(w["login"])}</div></div>')


def _num(thread, c):
    return 2 + thread.index(c)


def ch2_dat(thread, w, title):
    """2ch read.cgi: post 1 is the opener (not in the thread), then ``dt`` number, name, date, ID and ``dd`` text."""
    def ref(c):
        if c["parent"] is None:
            return ""
        n = _num(thread, thread[c["parent"]])
        return f'<a href="../test/read.cgi/news/1709600000/{n}" target="_blank">&gt;&gt;{n}</a><br> '
    items = "".join(
        f'<dt>{_num(thread, c)} ：<a href="mailto:sage"><b>{e(c["author"])}</b></a>：{e(c["date"])} ID:x{c["id"] * 7919 % 99991:05d}'
        f'</dt><dd> {ref(c)}{brs(c)} <br><br></dd>' for c in thread)
    return (f'<div class="thread-2ch"><font size="+1" color="#FF0000">{e(title)}</font><dl class="thread">'
            f'<dt>1 ：<b>ニュース速報＠名無し</b>：2024/03/05(火) 09:00:00.00 ID:op</dt><dd> {e(title)} <br><br></dd>'
            f'{items}</dl><hr><form method="post" action="../test/bbs.cgi"><input type="submit" value="書き込む"> 名前： '
            f'<input name="FROM" size="19"> E-mail<font size="1"> (省略可) </font>: <input name="mail" size="19"><br>'
            f'<textarea rows="5" cols="70" name="MESSAGE"></textarea></form></div>')


def imageboard(thread, w, title):
    def quote(c):
        if c["parent"] is None:
            return ""
        p = thread[c["parent"]]["id"] + 4000
        return f'<a href="#p{p}" class="quotelink">&gt;&gt;{p}</a><br>'
    items = "".join(
        f'<div class="postContainer replyContainer" id="pc{c["id"] + 4000}"><div class="sideArrows" id="sa{c["id"] + 4000}">&gt;&gt;</div>'
        f'<div id="p{c["id"] + 4000}" class="post reply"><div class="postInfo desktop" id="pi{c["id"] + 4000}"><input type="checkbox" name="{c["id"] + 4000}" '
        f'value="delete"> <span class="nameBlock"><span class="name">{e(c["author"])}</span> </span> <span class="dateTime" data-utc="1709600000">'
        f'{e(c["date"])}</span> <span class="postNum desktop"><a href="#p{c["id"] + 4000}" title="Link to this post">No.</a><a href="#q{c["id"] + 4000}" '
        f'title="Reply to this post">{c["id"] + 4000}</a></span></div><blockquote class="postMessage" id="m{c["id"] + 4000}">{quote(c)}{brs(c)}'
        f'</blockquote></div></div>' for c in thread)
    return (f'<div class="board"><div class="thread" id="t4000"><div class="postContainer opContainer" id="pc4000"><div id="p4000" class="post op">'
            f'<div class="postInfo desktop"><span class="subject">{e(title)}</span> <span class="nameBlock"><span class="name">Anonymous</span></span> '
            f'<span class="postNum desktop"><a href="#p4000">No.</a><a href="#q4000">4000</a></span></div><blockquote class="postMessage" id="m4000">'
            f'{e(title)}</blockquote></div></div>{items}</div><hr></div><div class="navLinks navLinksBot">[<a href="/news/">Return</a>] '
            f'[<a href="#top">Top</a>]</div>')


SYSTEMS_B = {
    "smf": (smf, "flat"), "mybb": (mybb, "flat"), "invision": (invision, "flat"), "discuz": (discuz, "flat"),
    "vanilla": (vanilla, "flat"), "ch2_dat": (ch2_dat, "link"), "imageboard": (imageboard, "link"),
}
