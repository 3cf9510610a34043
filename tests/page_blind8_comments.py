"""Comment sections of the eighth blind page harness, in the shapes of 2009-2013 blog and news systems.

Shapes: ``wp`` (``ol.commentlist li.comment``, replies in ``ul.children``, trackbacks, a reply form), ``blogger``
(``dl#comments-block`` dt/dd), ``typepad`` (``div.comment-content`` + ``p.comment-footer`` "Posted by: X | date"),
``drupal`` (``div.comment``, an auto subject, "Submitted by"), ``vb`` (vBulletin postbit tables), ``news`` (a
newspaper's reader comments), ``table`` (a hand-made table), and ``disqus`` / ``haloscan`` (loaded by script: the
page holds no comment, only their placeholders). Each builder records the meta lines it prints as furniture.
"""
from __future__ import annotations

import html as _html

from tests.page_blind8_furniture import Kit

E = _html.escape
SCRIPTED = ("disqus", "haloscan")


def _paras(text: str, tag: str = "p") -> str:
    return "".join(f"<{tag}>{E(x)}</{tag}>" for x in text.split("\n"))


def _stamp(kit: Kit) -> str:
    return f"{kit.date()} {kit.time()}"


def wp(kit: Kit, comments: list[tuple[str, str]]) -> str:
    head = f"{len(comments)} Responses to “{kit.title}”"
    kit.add("comment_meta", [head])
    out, depth_open = [f'<h3 id="comments">{E(head)}</h3><ol class="commentlist">'], False
    for i, (who, text) in enumerate(comments):
        stamp = _stamp(kit)
        kit.add("comment_meta", [f"{who} says: {stamp}"])
        reply = i > 0 and not depth_open and kit.rng.random() < 0.25
        li = (f'<li class="comment {"even" if i % 2 else "odd"} depth-{2 if reply else 1}" id="li-comment-{i + 40}">'
              f'<div id="comment-{i + 40}" class="comment-body"><div class="comment-author vcard">'
              f'<img alt="" src="http://0.gravatar.com/avatar/{i}?s=32" class="avatar avatar-32 photo" height="32" '
              f'width="32" /><cite class="fn">{E(who)}</cite> <span class="says">says:</span></div>'
              f'<div class="comment-meta commentmetadata"><a href="#comment-{i + 40}">{E(stamp)}</a></div>'
              f'{_paras(text)}<div class="reply"><a class="comment-reply-link" href="?replytocom={i + 40}#respond">'
              f'Reply</a></div></div>')
        if reply:
            out[-1] = out[-1][:-len("</li>")] if out[-1].endswith("</li>") else out[-1]
            out.append(f'<ul class="children">{li}</li></ul></li>')
            depth_open = True
        else:
            out.append(li + "</li>")
            depth_open = False
    out.append("</ol>")
    if kit.rng.random() < 0.5:
        tb = f"[...] {kit.rng.choice(kit.others)} [...]"
        kit.add("trackback", ["Trackbacks/Pingbacks", tb])
        out.append(f'<h3>Trackbacks/Pingbacks</h3><ol class="pinglist"><li class="pingback"><a href="http://x.org/">'
                   f'Weekend links</a> {E(tb)}</li></ol>')
    kit.add("comment_form", [kit.w("reply"), "Name (required)", "Mail (will not be published) (required)"])
    out.append(f'<div id="respond"><h3>{E(kit.w("reply"))}</h3><form action="/wp-comments-post.php" method="post" '
               'id="commentform"><p><input type="text" name="author" id="author" /><label for="author"><small>Name '
               '(required)</small></label></p><p><input type="text" name="email" id="email" /><label for="email">'
               '<small>Mail (will not be published) (required)</small></label></p><p><textarea name="comment" '
               'id="comment" cols="100%" rows="10"></textarea></p><p><input name="submit" type="submit" id="submit" '
               'value="Submit Comment" /></p></form></div>')
    return "".join(out)


def blogger(kit: Kit, comments: list[tuple[str, str]]) -> str:
    head = f"{len(comments)} {kit.w('comments').lower()}:"
    kit.add("comment_meta", [head, "Post a Comment"])
    rows = []
    for i, (who, text) in enumerate(comments):
        stamp = _stamp(kit)
        kit.add("comment_meta", [f"{who} {kit.w('said')}...", stamp])
        rows.append(f'<dt class="comment-author " id="c{i}71"><a name="c{i}71"></a><a href="http://www.blogger.com/'
                    f'profile/{i}0" rel="nofollow">{E(who)}</a> {E(kit.w("said"))}...</dt><dd class="comment-body">'
                    f'<p>{"<br /><br />".join(E(x) for x in text.split(chr(10)))}</p></dd><dd class="comment-footer">'
                    f'<span class="comment-timestamp"><a href="#c{i}71" title="comment permalink">{E(stamp)}</a>'
                    f'</span> <span class="item-control blog-admin pid-1"><a href="/delete-comment.g">'
                    f'<img src="//img1.blogblog.com/img/icon_delete13.gif" /></a></span></dd>')
    return (f'<div class="comments" id="comments"><a name="comments"></a><h4>{E(head)}</h4><div id="Blog1_comments-block'
            f'-wrapper"><dl class="avatar-comment-indent" id="comments-block">{"".join(rows)}</dl></div>'
            '<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1&amp;postID=2">Post a '
            'Comment</a></p></div>')


def typepad(kit: Kit, comments: list[tuple[str, str]]) -> str:
    kit.add("comment_meta", [kit.w("comments")])
    rows = []
    for i, (who, text) in enumerate(comments):
        footer = f"Posted by: {who} | {_stamp(kit)}"
        kit.add("comment_meta", [footer])
        rows.append(f'<a id="c{i}6531"></a><div class="comment" id="comment-{i}6531"><div class="comment-content">'
                    f'{_paras(text)}</div><p class="comment-footer">Posted by: <a href="http://profile.typepad.com/'
                    f'{i}" rel="nofollow">{E(who)}</a> | <a href="#comment-{i}6531">{E(footer.split(" | ")[1])}</a>'
                    '</p></div>')
    kit.add("comment_form", ["Post a comment", "Comments are moderated, and will not appear until the author has "
                             "approved them."])
    return (f'<div class="comments" id="comments"><a id="comments"></a><h3 class="comments-header">'
            f'{E(kit.w("comments"))}</h3><div class="comments-content">{"".join(rows)}</div></div>'
            '<form id="comment-form" method="post" action="/t/comments"><h3 class="comments-open-header">Post a '
            'comment</h3><p class="comments-open-moderated">Comments are moderated, and will not appear until the '
            'author has approved them.</p><textarea id="comment-text" name="text" rows="10" cols="50"></textarea>'
            '<input type="submit" name="post" value="Post" /></form>')


def drupal(kit: Kit, comments: list[tuple[str, str]]) -> str:
    rows = []
    for i, (who, text) in enumerate(comments):
        subject = " ".join(text.split()[:3]) + "…" if " " in text else text[:6] + "…"
        line = f"Submitted by {who} on {kit.date()}."
        kit.add("comment_meta", [line, "reply"])
        rows.append(f'<a id="comment-{i + 300}"></a><div class="comment comment-published {"odd" if i % 2 else "even"}'
                    f' clear-block"><h3><a href="/node/12#comment-{i + 300}" class="active">{E(subject)}</a></h3>'
                    f'<div class="submitted">{E(line)}</div><div class="content">{_paras(text)}</div>'
                    f'<ul class="links"><li class="comment_reply first last"><a href="/comment/reply/12/{i + 300}">'
                    'reply</a></li></ul></div>')
    return f'<div id="comments"><h2 class="comments">{E(kit.w("comments"))}</h2>{"".join(rows)}</div>'


def vb(kit: Kit, comments: list[tuple[str, str]]) -> str:
    rows = []
    for i, (who, text) in enumerate(comments):
        joined = f"Join Date: {kit.w('months')[:3]} {kit.year - kit.rng.randint(1, 6)}"
        posts = f"Posts: {kit.rng.randint(12, 9999):,}"
        kit.add("comment_meta", [f"#{i + 2}", joined, posts, "Reply With Quote"])
        rows.append(f'<table class="tborder" id="post{i + 9000}" cellpadding="6" cellspacing="0" border="0" '
                    f'width="100%" align="center"><tr><td class="thead"><div class="normal" style="float:right">'
                    f'&nbsp;#<a href="showpost.php?p={i + 9000}&amp;postcount={i + 2}"><strong>{i + 2}</strong></a>'
                    f'</div><div class="normal">{E(_stamp(kit))}</div></td></tr><tr><td class="alt2" width="175">'
                    f'<a class="bigusername" href="member.php?u={i}">{E(who)}</a><div class="smallfont">Member</div>'
                    f'<div class="smallfont"><div>{E(joined)}</div><div>{E(posts)}</div></div></td>'
                    f'<td class="alt1" id="td_post_{i + 9000}"><div id="post_message_{i + 9000}">'
                    f'{"<br /><br />".join(E(x) for x in text.split(chr(10)))}</div></td></tr><tr><td class="alt2" '
                    f'colspan="2" align="right"><a href="newreply.php?do=newreply&amp;p={i + 9000}" rel="nofollow">'
                    '<img src="images/buttons/quote.gif" alt="Reply With Quote" border="0" /> Reply With Quote</a>'
                    '</td></tr></table>')
    return f'<div id="posts">{"".join(rows)}</div>'


def news(kit: Kit, comments: list[tuple[str, str]]) -> str:
    head = f"{kit.w('comments')} ({len(comments)})"
    kit.add("comment_meta", [head])
    rows = []
    for who, text in comments:
        line = f"{who} – {kit.date()}"
        kit.add("comment_meta", [line, "Report abuse"])
        rows.append(f'<div class="comment-item"><p class="comment-author"><strong>{E(who)}</strong> – '
                    f'<span class="date">{E(line.split(" – ")[1])}</span></p><div class="comment-text">{_paras(text)}'
                    '</div><a class="report" href="/report?c=1">Report abuse</a></div>')
    return f'<div id="reader-comments"><h3>{E(head)}</h3>{"".join(rows)}</div>'


def table(kit: Kit, comments: list[tuple[str, str]]) -> str:
    rows = []
    for who, text in comments:
        stamp = _stamp(kit)
        kit.add("comment_meta", [f"{who} {stamp}"])
        rows.append(f'<tr><td class="commentauthor" bgcolor="#eeeeee"><b>{E(who)}</b> <font size="1">{E(stamp)}'
                    f'</font></td></tr><tr><td class="commenttext">{"<br><br>".join(E(x) for x in text.split(chr(10)))}'
                    '<br>&nbsp;</td></tr>')
    return (f'<a name="comments"></a><font size="3"><b>{E(kit.w("comments"))}</b></font><table width="100%" '
            f'border="0" cellspacing="1" cellpadding="3" class="comments">{"".join(rows)}</table>')


def disqus(kit: Kit, comments: list[tuple[str, str]]) -> str:
    kit.add("comment_placeholder", ["Please enable JavaScript to view the comments powered by Disqus."])
    return ('<div id="disqus_thread"></div><script type="text/javascript">var disqus_shortname = "example"; (function()'
            ' { var dsq = document.createElement("script"); dsq.async = true; dsq.src = "http://" + disqus_shortname + '
            '".disqus.com/embed.js"; (document.getElementsByTagName("head")[0]).appendChild(dsq); })();</script>'
            '<noscript>Please enable JavaScript to view the <a href="http://disqus.com/?ref_noscript">comments powered'
            ' by Disqus.</a></noscript><a href="http://disqus.com" class="dsq-brlink">blog comments powered by '
            '<span class="logo-disqus">Disqus</span></a>')


def haloscan(kit: Kit, comments: list[tuple[str, str]]) -> str:
    kit.add("comment_placeholder", ["Comments | Trackback"])
    return ('<p class="haloscan"><a href="javascript:HaloScan(\'1139\');" target="_self">Comments <script '
            'type="text/javascript">postCount(\'1139\');</script></a> | <a href="javascript:HaloScanTB(\'1139\');" '
            'target="_self">Trackback <script type="text/javascript">postCountTB(\'1139\');</script></a></p>')


SHAPES = {"wp": wp, "blogger": blogger, "typepad": typepad, "drupal": drupal, "vb": vb, "news": news, "table": table,
          "disqus": disqus, "haloscan": haloscan}
