"""Comment sections of blog and CMS systems as their servers render them (blind harness,
`tests/page_threads_blind.py`): WordPress (three themes), the Disqus plugin's static
fallback, Blogger (old and threaded), Typepad, Drupal, JComments and Komento.

A renderer takes the thread (comments in page order: ``author``, ``date``, ``paras``, ``depth``,
``parent``, ``votes``, ``id``), the language's chrome words ``w`` and the page title, and
returns the section's HTML. ``NESTING`` says how a system shows replies: ``dom`` (replies inside
or right after their parent's element), ``indent`` (a flat list with depth classes or margins),
``flat`` (no replies: the thread is made flat).
"""
from __future__ import annotations

from html import escape as e


def paras(c: dict, tag: str = "p") -> str:
    return "".join(f"<{tag}>{e(p)}</{tag}>" for p in c["paras"])


def brs(c: dict) -> str:
    return "<br><br>".join(e(p) for p in c["paras"])


def children(thread: list[dict]) -> dict:
    kids: dict = {}
    for i, c in enumerate(thread):
        kids.setdefault(c["parent"], []).append(i)
    return kids


def nested(thread: list[dict], item, wrap) -> str:
    """``item(c, replies_html)`` for each comment, ``wrap(items_html, depth)`` around each level."""
    kids = children(thread)

    def level(parent, depth):
        return wrap("".join(item(thread[i], level(i, depth + 1) if i in kids else "") for i in kids.get(parent, [])), depth)
    return level(None, 0)


def form(w: dict, cls: str = "comment-respond") -> str:
    return (f'<div id="respond" class="{cls}"><h3 class="comment-reply-title">{e(w["form"])}</h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">{e(w["form_note"])}</p>'
            f'<p><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>'
            f'<p><label for="author">{e(w["name_field"])} *</label><input id="author" name="author"></p>'
            f'<p class="form-submit"><input type="submit" value="{e(w["submit"])}"></p></form></div>')


def wp_classic(thread, w, title):
    def item(c, sub):
        return (f'<li id="comment-{c["id"]}" class="comment depth-{c["depth"] + 1}"><article id="div-comment-{c["id"]}" class="comment-body">'
                f'<footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="/a.png" width="50">'
                f'<b class="fn"><a href="https://example.net/~u{c["id"]}" class="url" rel="ugc external nofollow">{e(c["author"])}</a></b> '
                f'<span class="says">{e(w["says"])}</span></div><div class="comment-metadata"><a href="#comment-{c["id"]}">'
                f'<time datetime="2024-03-12T14:05:00+00:00">{e(c["date"])}</time></a></div></footer>'
                f'<div class="comment-content">{paras(c)}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" '
                f'href="?replytocom={c["id"]}#respond">{e(w["reply"])}</a></div></article>'
                + (f'<ol class="children">{sub}</ol>' if sub else "") + "</li>")
    body = nested(thread, item, lambda h, d: h)
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{e(w["heading_alt"].format(n=len(thread), title=title))}</h2>'
            f'<ol class="comment-list">{body}</ol>{form(w)}</div>')


def wp_kubrick(thread, w, title):
    items = "".join(
        f'<li class="{"alt" if i % 2 else ""}" id="comment-{c["id"]}"><cite>{e(c["author"])}</cite> {e(w["says"])}<br>'
        f'<small class="commentmetadata"><a href="#comment-{c["id"]}" title="">{e(c["date"])}</a></small>{paras(c)}</li>'
        for i, c in enumerate(thread))
    return (f'<h3 id="comments">{e(w["heading"].format(n=len(thread)))}</h3><ol class="commentlist">{items}</ol>'
            f'<h3 id="respond">{e(w["form"])}</h3><form action="/wp-comments-post.php" method="post" id="commentform">'
            f'<p><input type="text" name="author" id="author"><label for="author"><small>{e(w["name_field"])}</small></label></p>'
            f'<p><textarea name="comment" id="comment" cols="100" rows="10"></textarea></p>'
            f'<p><input name="submit" type="submit" id="submit" value="{e(w["submit"])}"></p></form>')


def wp_genesis(thread, w, title):
    def item(c, sub):
        return (f'<li class="comment depth-{c["depth"] + 1}" id="comment-{c["id"]}"><article itemprop="comment" itemscope '
                f'itemtype="https://schema.org/Comment"><header class="comment-header"><p class="comment-author" itemprop="author" '
                f'itemscope itemtype="https://schema.org/Person"><img class="avatar" src="/g.png"><span itemprop="name">{e(c["author"])}</span>'
                f' <span class="says">{e(w["says"])}</span></p><p class="comment-meta"><time class="comment-time" itemprop="datePublished">'
                f'<a class="comment-time-link" href="#comment-{c["id"]}">{e(c["date"])}</a></time></p></header>'
                f'<div class="comment-content" itemprop="text">{paras(c)}</div><div class="comment-reply">'
                f'<a class="comment-reply-link" href="#respond">{e(w["reply"])}</a></div></article>'
                + (f'<ul class="children">{sub}</ul>' if sub else "") + "</li>")
    return (f'<div class="entry-comments" id="comments"><h3>{e(w["heading"].format(n=len(thread)))}</h3>'
            f'<ol class="comment-list">{nested(thread, item, lambda h, d: h)}</ol></div>{form(w, "comment-respond genesis")}')


def disqus_static(thread, w, title):
    def item(c, sub):
        i = c["id"]
        return (f'<li class="post" id="dsq-comment-{i}"><div id="dsq-comment-header-{i}" class="dsq-comment-header">'
                f'<cite id="dsq-cite-{i}"><span id="dsq-author-user-{i}">{e(c["author"])}</span></cite></div>'
                f'<div id="dsq-comment-body-{i}" class="dsq-comment-body"><div id="dsq-comment-message-{i}" '
                f'class="dsq-comment-message">{paras(c)}</div></div>' + (f'<ul class="children">{sub}</ul>' if sub else "") + "</li>")
    return (f'<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">{nested(thread, item, lambda h, d: h)}</ul></div>'
            f'</div><noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>')


def blogger_old(thread, w, title):
    items = "".join(
        f'<dt class="comment-author" id="c{c["id"]}"><a name="c{c["id"]}"></a><a href="https://www.blogger.com/profile/{c["id"]}" '
        f'rel="nofollow">{e(c["author"])}</a> said...</dt><dd class="comment-body"><p>{brs(c)}</p></dd>'
        f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{c["id"]}" title="comment permalink">{e(c["date"])}</a>'
        f'</span> <span class="item-control blog-admin pid-1"><a href="/delete-comment.g">Delete</a></span></dd>'
        for c in thread)
    return (f'<div class="comments" id="comments"><a name="comments"></a><h4>{e(w["heading"].format(n=len(thread)))}:</h4>'
            f'<div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">{items}</dl></div>'
            f'<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1">Post a Comment</a></p></div>')


def blogger_threaded(thread, w, title):
    def item(c, sub):
        replies = (f'<div class="comment-replies"><div class="comment-thread inline-thread"><span class="thread-toggle thread-expanded">'
                   f'<span class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span>'
                   f'<ol class="thread-chrome thread-expanded"><div>{sub}</div></ol></div></div>') if sub else ""
        return (f'<li class="comment" id="c{c["id"]}"><div class="avatar-image-container"><img src="/b.png"></div>'
                f'<div class="comment-block"><div class="comment-header"><cite class="user"><a href="/profile/{c["id"]}" rel="nofollow">'
                f'{e(c["author"])}</a></cite><span class="icon user"></span><span class="datetime secondary-text">'
                f'<a rel="nofollow" href="#c{c["id"]}">{e(c["date"])}</a></span></div><p class="comment-content">{brs(c)}</p>'
                f'<span class="comment-actions secondary-text"><a class="comment-reply" target="_self">{e(w["reply"])}</a>'
                f'<span class="item-control blog-admin"><a target="_self" href="/delete">Delete</a></span></span></div>'
                f'{replies}<div class="comment-replybox-single" id="c{c["id"]}-ce"></div></li>')
    return (f'<div class="comments threaded" id="comments"><a name="comments"></a><h4>{e(w["heading"].format(n=len(thread)))}:</h4>'
            f'<div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra">'
            f'{nested(thread, item, lambda h, d: h)}</ol></div><div class="continue" id="top-continue">'
            f'<a class="comment-reply" target="_self">{e(w["form"])}</a></div></div></div>')


def typepad(thread, w, title):
    items = "".join(
        f'<a id="c{c["id"]}"></a><div class="comment font-entrybody" id="comment-6a00{c["id"]}"><div class="comment-content">'
        f'{paras(c)}</div><p class="comment-footer">Posted by: <a rel="nofollow" href="http://example.org/{c["id"]}">{e(c["author"])}</a>'
        f' | <a href="#comment-6a00{c["id"]}">{e(c["date"])}</a></p></div>' for c in thread)
    return (f'<div class="comments" id="comments"><h3 class="comments-header">{e(w["heading"].format(n=len(thread)))}</h3>'
            f'<div class="comments-info"><p>You can follow this conversation by subscribing to the comment feed for this post.</p></div>'
            f'<div class="comments-content">{items}</div></div><form id="comment-form"><h3>{e(w["form"])}</h3><textarea></textarea></form>')


def drupal(thread, w, title):
    def item(c, sub):
        subject = " ".join(c["paras"][0].split()[:4])
        return (f'<a id="comment-{c["id"]}"></a><div class="comment clearfix comment-by-anonymous"><div class="attribution">'
                f'<div class="comment-submitted"><p class="commenter-name"><span class="username">{e(c["author"])}</span></p>'
                f'<p class="comment-time">{e(c["date"])}</p><p class="comment-permalink"><a href="/comment/{c["id"]}#comment-{c["id"]}" '
                f'class="permalink" rel="bookmark">{e(w["permalink"])}</a></p></div></div><div class="comment-text"><div class="comment-arrow"></div>'
                f'<h3><a href="/comment/{c["id"]}#comment-{c["id"]}" class="permalink" rel="bookmark">{e(subject)}</a></h3>'
                f'<div class="content"><div class="field field-name-comment-body field-type-text-long"><div class="field-items">'
                f'<div class="field-item even" property="content:encoded">{paras(c)}</div></div></div></div>'
                f'<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/9/{c["id"]}">{e(w["reply"])}</a>'
                f'</li></ul></div></div>' + (f'<div class="indented">{sub}</div>' if sub else ""))
    return (f'<div id="comments" class="comment-wrapper"><h2 class="title">{e(w["heading"].format(n=len(thread)))}</h2>'
            f'{nested(thread, item, lambda h, d: h)}<h2 class="title comment-form">{e(w["form"])}</h2>'
            f'<form class="comment-form" id="comment-form"><div class="form-item"><label>{e(w["name_field"])}</label><input></div>'
            f'<textarea></textarea><input type="submit" value="{e(w["submit"])}"></form></div>')


def jcomments(thread, w, title):
    def item(c, sub):
        return (f'<div class="{"even" if c["id"] % 2 else "odd"}" id="comment-item-{c["id"]}"><div class="rbox"><div class="comment-box">'
                f'<a class="comment-anchor" href="#comment-{c["id"]}" id="comment-{c["id"]}">#{c["id"]}</a> '
                f'<span class="comment-author">{e(c["author"])}</span> <span class="comment-date">{e(c["date"])}</span>'
                f'<div class="comment-body" id="comment-body-{c["id"]}">{brs(c)}</div><span class="comments-buttons">'
                f'<a href="#" onclick="jcomments.showReply({c["id"]});">{e(w["reply"])}</a> | <a href="#">{e(w["quote"])}</a></span>'
                f'</div></div>' + (f'<div class="comments-list" id="comments-list-{c["id"]}">{sub}</div>' if sub else "") + "</div>")
    return (f'<div id="jc"><div id="comments"><h4>{e(w["heading"].format(n=len(thread)))}</h4><div class="comments-list" id="comments-list-0">'
            f'{nested(thread, item, lambda h, d: h)}</div></div><h4>{e(w["form"])}</h4><form id="comments-form"><textarea></textarea>'
            f'</form><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments">JComments</a></div></div>')


def komento(thread, w, title):
    items = "".join(
        f'<li id="kmt-{c["id"]}" class="kmt-item kmt-comment-item-public kmt-child-{c["depth"]}" style="margin-left: {c["depth"] * 30}px !important">'
        f'<div class="kmt-wrap"><div class="kmt-avatar"><img src="/k.png"></div><div class="kmt-content"><div class="kmt-head">'
        f'<h3 class="kmt-author"><a href="/profile/{c["id"]}">{e(c["author"])}</a></h3><span class="kmt-date"><time>{e(c["date"])}</time></span>'
        f'</div><div class="kmt-body"><div class="kmt-text">{brs(c)}</div></div><div class="kmt-control"><span class="kmt-reply">'
        f'<a href="#">{e(w["reply"])}</a></span> <span class="kmt-like">{e(w["like"])} <b>{c["votes"]}</b></span> '
        f'<span class="kmt-report"><a href="#">{e(w["report"])}</a></span></div></div></div></li>' for c in thread)
    return (f'<div id="section-kmt" class="theme-kuro"><div class="kmt-wrap"><h3 class="kmt-title">{e(w["heading"].format(n=len(thread)))}</h3>'
            f'<ul class="kmt-list reset-child">{items}</ul><div class="kmt-form-section"><h3>{e(w["form"])}</h3><textarea></textarea>'
            f'</div></div></div>')


SYSTEMS = {
    "wp_classic": (wp_classic, "dom"), "wp_kubrick": (wp_kubrick, "flat"), "wp_genesis": (wp_genesis, "dom"),
    "disqus_static": (disqus_static, "dom"), "blogger_old": (blogger_old, "flat"),
    "blogger_threaded": (blogger_threaded, "dom1"), "typepad": (typepad, "flat"), "drupal": (drupal, "dom"),
    "jcomments": (jcomments, "dom"), "komento": (komento, "indent"),
}
