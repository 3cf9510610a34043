"""Comment sections of a fourth blind part (`tests/page_threads_blind_more.py`), written from
knowledge of real pages before reading the comment rules: Q&A pages as two other engines render
them (Question2Answer's lists, the 2012 Stack Exchange tables: answers at depth 0, the comments
under an answer at depth 1), the Facebook comments box as it was rendered into pages in 2012
(nested, its ``fb_iframe_widget`` wrapper) and a plugin's server-side copy of it (flat), and forum
topics of phpBB 2 (tables, signature under a rule, quoted posts) and phpBB 3 (profile box,
quote blocks, signature). Same contract as `page_threads_blind_systems.py`; a quoted post and a
signature are not the comment's text (gold keeps the post's own words).

Two look-alikes: a sidebar of related questions with vote counts (page furniture) and a reader
question answered by an expert inside the article (article text)."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind_systems import brs, nested, paras


def _answers(thread):
    kids: dict = {}
    for i, c in enumerate(thread):
        if c["parent"] is not None:
            kids.setdefault(c["parent"], []).append(c)
    return [(c, kids.get(i, [])) for i, c in enumerate(thread) if c["parent"] is None]


def qa_q2a(thread, w, title):
    def note(k):
        return (f'<div class="qa-c-list-item hentry comment" id="c{k["id"]}"><div class="qa-c-item-content qa-post-content">'
                f'<a name="{k["id"]}"></a><div class="entry-content">{e(" ".join(k["paras"]))}</div></div>'
                f'<span class="qa-c-item-meta"><span class="qa-c-item-what">commented</span> <span class="qa-c-item-when">'
                f'<span class="qa-c-item-when-data"><span class="published updated"><span class="value-title" title="2024">'
                f'{e(k["date"])}</span></span></span></span> <span class="qa-c-item-who"><span class="qa-c-item-who-pad">by </span>'
                f'<span class="qa-c-item-who-data"><span class="vcard author"><a href="../user/{k["id"]}" class="qa-user-link url nickname">'
                f'{e(k["author"])}</a></span></span></span></span><div class="qa-c-item-buttons"><input value="{e(w["reply"])}" type="submit" '
                f'class="qa-form-light-button qa-form-light-button-comment"></div></div>')

    def answer(c, notes, k):
        return (f'<div class="qa-a-list-item{" qa-a-list-item-selected" if k == 0 else ""} hentry answer" id="a{c["id"]}">'
                f'<form method="post"><div class="qa-a-item-main"><div class="qa-voting qa-voting-net"><span class="qa-netvote-count">'
                f'<span class="qa-netvote-count-data">{c["votes"]}</span><span class="qa-netvote-count-pad"> votes</span></span></div>'
                f'<div class="qa-a-item-content qa-post-content"><a name="{c["id"]}"></a><div class="entry-content">{paras(c)}</div></div>'
                f'<span class="qa-a-item-avatar-meta"><span class="qa-a-item-meta"><a href="#a{c["id"]}" class="qa-a-item-what">answered</a> '
                f'<span class="qa-a-item-when"><span class="qa-a-item-when-data">{e(c["date"])}</span></span> <span class="qa-a-item-who">'
                f'<span class="qa-a-item-who-pad">by </span><span class="qa-a-item-who-data"><a href="../user/{c["id"]}" class="qa-user-link">'
                f'{e(c["author"])}</a></span><span class="qa-a-item-who-points"> ({c["votes"] * 31 + 5} points)</span></span></span></span>'
                f'<div class="qa-a-item-buttons"><input value="{e(w["reply"])}" type="submit" class="qa-form-light-button"></div></div>'
                f'<div class="qa-a-item-c-list" id="a{c["id"]}_list">{"".join(note(n) for n in notes)}</div></form></div>')
    body = "".join(answer(c, notes, k) for k, (c, notes) in enumerate(_answers(thread)))
    return (f'<div class="qa-part-a-list"><h2 id="a_list_title">{e(w["answers"].format(n=len(_answers(thread))))}</h2>'
            f'<div class="qa-a-list" id="a_list">{body}</div></div>')


def qa_tables(thread, w, title):
    def note(k):
        return (f'<tr id="comment-{k["id"]}" class="comment"><td class="comment-actions"><table><tbody><tr><td class="comment-score">'
                f'<span title="number of upvotes">{k["votes"]}</span></td><td>&nbsp;</td></tr></tbody></table></td><td class="comment-text">'
                f'<div><span class="comment-copy">{e(" ".join(k["paras"]))}</span> – <a href="/users/{k["id"]}/x" class="comment-user">'
                f'{e(k["author"])}</a> <span class="comment-date" dir="ltr"><a class="comment-link" href="#comment{k["id"]}">'
                f'<span class="relativetime-clean">{e(k["date"])}</span></a></span></div></td></tr>')

    def answer(c, notes):
        return (f'<a name="{c["id"]}"></a><div id="answer-{c["id"]}" class="answer" data-answerid="{c["id"]}"><table><tr>'
                f'<td class="votecell"><div class="vote"><span class="vote-count-post">{c["votes"]}</span></div></td><td class="answercell">'
                f'<div class="post-text">{paras(c)}</div><table class="fw"><tr><td class="vt"><div class="post-menu">'
                f'<a href="/a/{c["id"]}" class="short-link">{e(w["share"])}</a></div></td><td align="right" class="post-signature">'
                f'<div class="user-info"><div class="user-action-time">answered <span class="relativetime">{e(c["date"])}</span></div>'
                f'<div class="user-gravatar32"><img src="/g.png" width="32"></div><div class="user-details"><a href="/users/{c["id"]}/y">'
                f'{e(c["author"])}</a><br><span class="reputation-score">{c["votes"] * 97 + 11}</span></div></div></td></tr></table></td></tr>'
                f'<tr><td class="votecell"></td><td><div id="comments-{c["id"]}" class="comments"><table><tbody>{"".join(note(n) for n in notes)}'
                f'</tbody></table></div><div id="comments-link-{c["id"]}"><a class="comments-link">add comment</a></div></td></tr></table></div>')
    tops = _answers(thread)
    return (f'<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="subheader answers-subheader">'
            f'<h2>{e(w["answers"].format(n=len(tops)))}</h2><div id="tabs"><a class="youarehere" href="?tab=votes">votes</a>'
            f'<a href="?tab=oldest">oldest</a></div></div></div>{"".join(answer(c, notes) for c, notes in tops)}</div>')


def fb_legacy(thread, w, title):
    def item(c, sub):
        cls = "fbCommentReply" if c["depth"] else "fbTopLevelComment"
        return (f'<li class="fbFeedbackPost fbFirstPartyPost uiListItem {cls} uiListVerticalItemBorder" id="fbc_{c["id"]}">'
                f'<div class="UIImageBlock clearfix"><a class="postActor UIImageBlock_Image" href="https://fb.example/{c["id"]}">'
                f'<img class="img" src="/p.jpg" alt=""></a><div class="UIImageBlock_Content"><div class="postContainer fsl fwb fcb">'
                f'<a class="profileName" href="https://fb.example/{c["id"]}">{e(c["author"])}</a><div class="postContent fsm fwn fcg">'
                f'<div class="postText">{brs(c)}</div><div class="stat_elem"><div class="action_links fsm fwn fcg">'
                f'<a class="fbUpDownVoteOption" href="#">{e(w["reply"])}</a> · <a href="#">{e(w["like"])}</a> · '
                f'<abbr class="timestamp">{e(c["date"])}</abbr></div></div></div></div>'
                + (f'<ul class="uiList fbFeedbackReplies">{sub}</ul>' if sub else "") + '</div></div></li>')
    return (f'<div class="fb-comments fb_iframe_widget" data-href="https://example.org/story" data-num-posts="10"><span>'
            f'<div class="fbFeedbackContent"><div class="fbFbWidgetHeader clearfix"><span class="fbCommentCount">'
            f'{e(w["heading"].format(n=len(thread)))}</span></div><div class="fbTopLevelComposer"><textarea class="connect_comment_widget">'
            f'</textarea></div><ul class="uiList fbFeedbackPosts">{nested(thread, item, lambda h, d: h)}</ul>'
            f'<div class="fbConnectWidgetFooter"><a class="uiLinkSubtle" href="#">Facebook social plugin</a></div></div></span></div>')


def fb_seo(thread, w, title):
    items = "".join(
        f'<li id="fbc-{c["id"]}"><div class="fbc-meta"><img src="https://graph.example/{c["id"]}/picture" alt="" width="32">'
        f'<a class="fbc-author" href="https://fb.example/{c["id"]}" rel="nofollow">{e(c["author"])}</a> '
        f'<span class="fbc-date">{e(c["date"])}</span></div><div class="fbc-message">{paras(c)}</div></li>' for c in thread)
    return (f'<div id="fbcomments" class="fb-comments-wrap"><div class="fb-comments fb_iframe_widget" data-href="https://example.org/a">'
            f'<span><iframe title="Facebook Social Plugin" src="about:blank"></iframe></span></div><div class="fbcomments-seo">'
            f'<h3>{e(w["heading"].format(n=len(thread)))}</h3><ul class="fbc-list">{items}</ul></div></div>')


def _quote(thread, i, style):
    if i < 2 or i % 2:
        return ""
    q = thread[i - 1]
    if style == 2:
        return (f'<table width="90%" cellspacing="1" cellpadding="3" border="0" align="center"><tr><td><span class="genmed"><b>'
                f'{e(q["author"])} wrote:</b></span></td></tr><tr><td class="quote">{e(q["paras"][0])}</td></tr></table>')
    return f'<blockquote><div><cite>{e(q["author"])} wrote:</cite>{e(q["paras"][0])}</div></blockquote>'


def phpbb2(thread, w, title):
    rows = "".join(
        f'<tr><td width="150" align="left" valign="top" class="{"row2" if i % 2 else "row1"}"><span class="name"><a name="{c["id"]}"></a>'
        f'<b>{e(c["author"])}</b></span><br><span class="postdetails">Member<br><br>{e(w["joined"])}<br>{e(w["posts"].format(n=40 + c["id"]))}'
        f'</span><br></td><td class="{"row2" if i % 2 else "row1"}" width="100%" height="28" valign="top"><table width="100%" border="0" '
        f'cellspacing="0" cellpadding="0"><tr><td width="100%"><a href="viewtopic.php?p={c["id"]}#{c["id"]}"><img src="icon_minipost.gif" '
        f'alt="Post" border="0"></a><span class="postdetails">Posted: {e(c["date"])}<span class="gen">&nbsp;</span>&nbsp; &nbsp;'
        f'Post subject: Re: {e(title)}</span></td><td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p={c["id"]}">'
        f'<img src="icon_quote.gif" alt="{e(w["quote"])}" border="0"></a></td></tr><tr><td colspan="2"><hr></td></tr><tr><td colspan="2">'
        f'<span class="postbody">{_quote(thread, i, 2)}{brs(c)}</span><span class="postbody"><br>_________________<br>'
        f'www.{e(c["author"].split()[0].lower())}-{c["id"]}.example</span></td></tr></table></td></tr>'
        f'<tr><td class="spaceRow" colspan="2" height="1"><img src="spacer.gif" alt="" width="1" height="1"></td></tr>'
        for i, c in enumerate(thread))
    return (f'<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2">'
            f'<a class="maintitle" href="viewtopic.php?t=9">{e(title)}</a></td></tr></table><table class="forumline" width="100%" '
            f'cellspacing="1" cellpadding="3" border="0"><tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Author</th>'
            f'<th class="thRight" nowrap="nowrap">Message</th></tr>{rows}</table>')


def phpbb3_sig(thread, w, title):
    posts = "".join(
        f'<div id="p{c["id"]}" class="post {"bg1" if i % 2 else "bg2"}"><div class="inner"><span class="corners-top"><span></span></span>'
        f'<div class="postbody"><h3><a href="#p{c["id"]}">Re: {e(title)}</a></h3><p class="author"><a href="./viewtopic.php?p={c["id"]}#p{c["id"]}">'
        f'<img src="./icon_post_target.gif" alt="Post"></a>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={c["id"]}">'
        f'{e(c["author"])}</a></strong> » {e(c["date"])}</p><div class="content">{_quote(thread, i, 3)}{brs(c)}</div>'
        f'<div id="sig{c["id"]}" class="signature">www.{e(c["author"].split()[0].lower())}-{c["id"]}.example</div></div>'
        f'<dl class="postprofile" id="profile{c["id"]}"><dt><a href="./memberlist.php?mode=viewprofile&amp;u={c["id"]}">'
        f'{e(c["author"])}</a></dt><dd>Member</dd><dd>&nbsp;</dd><dd><strong>{e(w["posts"].format(n=40 + c["id"]))}</strong></dd>'
        f'<dd><strong>{e(w["joined"])}</strong></dd></dl><div class="back2top"><a href="#wrap" class="top">Top</a></div>'
        f'<span class="corners-bottom"><span></span></span></div></div><hr class="divider">' for i, c in enumerate(thread))
    return (f'<div id="page-body"><h2><a href="./viewtopic.php?f=2&amp;t=9">{e(title)}</a></h2><div class="topic-actions">'
            f'<div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply"><span></span>Post a reply</a></div></div>'
            f'<div class="pagination">{len(thread)} posts • Page <strong>1</strong> of <strong>1</strong></div></div>{posts}</div>')


def related_questions(lang, rng):
    heads = rng.sample(lang["comments"], min(5, len(lang["comments"])))
    rows = "".join(f'<div class="spacer"><a href="/q/{i}" title="Vote score"><div class="answer-votes{" answered-accepted" if i % 2 else ""}">'
                   f'{7 * i + 2}</div></a> <a href="/q/{i}/x" class="question-hyperlink">{e(h)}</a></div>' for i, h in enumerate(heads))
    return f'<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related">{rows}</div></div>', []


def expert_answers(lang, rng):
    names = rng.sample(lang["names"], 2)
    texts = rng.sample(lang["comments"], min(4, len(lang["comments"])))
    pairs = list(zip(texts[0::2], texts[1::2]))
    html = "".join(f'<div class="qa-block"><div class="question"><p class="asker"><strong>{e(names[0])}</strong></p><p>{e(q)}</p></div>'
                   f'<div class="answer"><p class="answerer"><strong>{e(names[1])}</strong></p><p>{e(a)}</p></div></div>' for q, a in pairs)
    return f'<div class="reader-qa">{html}</div>', [t for p in pairs for t in p]


SYSTEMS4 = {
    "qa_q2a": (qa_q2a, "qa"), "qa_tables": (qa_tables, "qa"), "fb_legacy": (fb_legacy, "dom1"), "fb_seo": (fb_seo, "flat"),
    "phpbb2": (phpbb2, "flat"), "phpbb3_sig": (phpbb3_sig, "flat"),
}
NEGATIVES4 = {"related_questions": related_questions, "expert_answers": expert_answers}
IN_ARTICLE4 = {"expert_answers"}
