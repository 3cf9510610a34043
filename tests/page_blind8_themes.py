"""Era themes of the eighth blind page harness: whole documents in the markup of 2009-2013 blogs and news sites.

Themes: ``table`` (nested table columns, ``td.content``, ``<font>``/``<center>``), ``blogger`` (XHTML Blogger
templates: post-outer / post-body / post-footer), ``wordpress`` (2.x-3.x: post / entry or storycontent /
postmetadata, widget sidebars), ``typepad`` (Typepad / Movable Type: entry-body / entry-footer), ``drupal``
(Drupal 6 node / content / links inline), ``portal`` (a vBulletin-era news portal in tables), ``newspaper`` (a
newspaper CMS, ``div#articleText``). Text modes: ``p``, ``br`` (``<br><br>`` paragraphs), ``font`` (paragraphs
wrapped in ``<font>``, inline styles).
"""
from __future__ import annotations

import html as _html

from tests import page_blind8_furniture as F
from tests.page_blind8_furniture import Kit

E = _html.escape
THEMES = ("table", "blogger", "wordpress", "typepad", "drupal", "portal", "newspaper")
MODES = {"table": ("br", "font"), "blogger": ("br", "br", "p"), "wordpress": ("p",), "typepad": ("p", "p", "br"),
         "drupal": ("p",), "portal": ("br", "font"), "newspaper": ("p", "p", "font")}
COMMENTS = {"table": ("table", "haloscan"), "blogger": ("blogger", "blogger", "haloscan", "disqus"),
            "wordpress": ("wp", "wp", "disqus"), "typepad": ("typepad",), "drupal": ("drupal",),
            "portal": ("vb",), "newspaper": ("news", "disqus")}


def caption(kit: Kit, theme: str, text: str) -> str:
    img = f'<img src="http://example.com/photos/{kit.rng.randint(100, 999)}.jpg" width="400" height="300" alt="" />'
    if theme == "blogger":
        return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-'
                f'left: auto; margin-right: auto; text-align: center;"><tbody><tr><td style="text-align: center;">'
                f'<a href="#" style="margin-left: auto; margin-right: auto;">{img}</a></td></tr><tr><td '
                f'class="tr-caption" style="text-align: center;">{E(text)}</td></tr></tbody></table>')
    if theme == "wordpress":
        return (f'<div id="attachment_{kit.rng.randint(10, 99)}" class="wp-caption aligncenter" style="width: 410px">'
                f'{img}<p class="wp-caption-text">{E(text)}</p></div>')
    if theme in ("table", "portal"):
        return f'<center>{img}<br /><font size="1"><i>{E(text)}</i></font></center>'
    return f'<div class="photo">{img}<span class="cutline">{E(text)}</span></div>'


def body(kit: Kit, theme: str, mode: str, blocks: list[tuple[str, str]]) -> str:
    """The story's blocks (``P`` text, ``C`` caption, ``raw`` HTML) in the theme's text mode."""
    out, run = [], []

    def flush():
        if run:
            out.append("<br /><br />\n".join(run) + "<br /><br />")
            run.clear()
    for kind, x in blocks:
        if kind == "P" and mode == "br":
            run.append(E(x))
            continue
        flush()
        if kind == "P":
            out.append(f'<p><font face="Arial, Helvetica" size="2" style="color:#333333">{E(x)}</font></p>'
                       if mode == "font" else f"<p>{E(x)}</p>")
        elif kind == "C":
            out.append(caption(kit, theme, x))
        else:
            out.append(x)
    flush()
    return "\n".join(out)


def _sidebar(kit: Kit, n: int) -> str:
    return "".join(f(kit) for f in kit.rng.sample(F.SIDEBAR, n))


def _head(kit: Kit, title: str) -> str:
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
            'transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=UTF-8" /><title>{E(title)} | {E(F.SITES[len(title) % len(F.SITES)])}</title>'
            '<link rel="stylesheet" href="/style.css" type="text/css" media="screen" /><script type="text/javascript">'
            'var _gaq = _gaq || []; _gaq.push(["_setAccount", "UA-123456-1"]);</script></head>')


def page(kit: Kit, theme: str, title: str, text: str, comments: str, n_comments: int) -> str:
    """The whole document of ``theme`` around the story HTML ``text`` and the comment section ``comments``."""
    rng, who, date = kit.rng, kit.writer(), kit.date()
    cat, tags = rng.choice(kit.ws("nav")), rng.sample(kit.ws("nav"), 2)
    site = rng.choice(F.SITES)
    n_sidebar = rng.randint(2, 4)
    if theme == "table":
        kit.add("header", [site])
        return (_head(kit, title) + f'<body bgcolor="#ffffff" topmargin="0"><table width="100%" border="0" cellpadding='
                f'"0" cellspacing="0"><tr><td colspan="3" class="header"><center><font size="6" face="Georgia">{E(site)}'
                f'</font></center>{F.nav(kit)}</td></tr><tr><td width="180" valign="top" class="leftcol"><ul>'
                f'{_sidebar(kit, n_sidebar)}</ul></td><td valign="top" class="content"><table width="100%" border="0" '
                f'cellpadding="8"><tr><td><font face="Verdana" size="4"><b>{E(title)}</b></font><br /><font size="1" '
                f'color="#999999">{E(date)}</font><br /><br /><font face="Verdana" size="2">{text}</font></td></tr>'
                f'<tr><td>{comments}</td></tr></table></td><td width="160" valign="top" class="rightcol">'
                f'{F.search(kit)}</td></tr><tr><td colspan="3"><center>{F.footer(kit)}</center></td></tr></table>'
                '</body></html>')
    if theme == "blogger":
        line1 = f"{kit.w('posted')} {who} at {kit.time()}"
        cl = f"{n_comments} {kit.w('comments').lower()}"
        kit.add("post_meta", [line1, cl, f"{kit.w('labels')}: {', '.join(tags)}"])
        kit.add("pager", ["Newer Post Older Post " + kit.w("home"), "Subscribe to: Post Comments (Atom)"])
        return (_head(kit, title) + f'<body><div id="outer-wrapper"><div id="header-wrapper"><div class="header section"'
                f' id="header"><div class="widget Header" id="Header1"><h1 class="title">{E(site)}</h1></div></div>'
                '</div><div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div '
                f'class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><h2 class="date-header"><span>{E(date)}'
                '</span></h2><div class="post-outer"><div class="post hentry"><a name="7001"></a><h3 class="post-'
                f'title entry-title">{E(title)}</h3><div class="post-header"></div><div class="post-body entry-content"'
                f' id="post-body-7001">{text}<div style="clear: both;"></div></div><div class="post-footer"><div '
                f'class="post-footer-line post-footer-line-1"><span class="post-author vcard">{E(kit.w("posted"))} '
                f'<span class="fn">{E(who)}</span></span> <span class="post-timestamp">at <a class="timestamp-link" '
                f'href="#" rel="bookmark"><abbr class="published">{E(line1.rsplit(" at ", 1)[1])}</abbr></a></span> '
                f'<span class="post-comment-link"><a class="comment-link" href="#comments">{E(cl)}</a></span></div>'
                f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">{E(kit.w("labels"))}: '
                + ", ".join(f'<a href="/search/label/{E(t)}" rel="tag">{E(t)}</a>' for t in tags) +
                f'</span></div></div></div>{comments}</div></div><div class="blog-pager" id="blog-pager"><span id='
                '"blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span> <span id='
                '"blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span> <a class='
                f'"home-link" href="/">{E(kit.w("home"))}</a></div><div class="clear"></div><div class="post-feeds">'
                'Subscribe to: <a href="/feeds/comments/default" target="_blank">Post Comments (Atom)</a></div></div>'
                '</div></div><div id="sidebar-wrapper"><div class="sidebar section" id="sidebar"><ul>'
                f'{_sidebar(kit, n_sidebar)}</ul></div></div></div>{F.footer(kit)}</div></body></html>')
    if theme == "wordpress":
        meta = f"{kit.w('filed')} {cat} | {kit.w('tags')}: {', '.join(tags)} | {n_comments} {kit.w('comments')} »"
        kit.add("post_meta", [meta, f"{date} by {who}"])
        wrap = rng.choice(("entry", "storycontent"))
        return (_head(kit, title) + f'<body><div id="page"><div id="header"><div id="headerimg"><h1><a href="/">'
                f'{E(site)}</a></h1><div class="description">Just another WordPress weblog</div></div></div>'
                f'<div id="navigation">{F.nav(kit)}</div><hr /><div id="content" class="narrowcolumn"><div class='
                f'"post" id="post-{rng.randint(100, 999)}"><h2><a href="#" rel="bookmark">{E(title)}</a></h2><small>'
                f'{E(date)} by {E(who)}</small><div class="{wrap}">{text}</div><p class="postmetadata">'
                f'{E(kit.w("filed"))} <a href="/category/{E(cat)}" rel="category tag">{E(cat)}</a> | '
                f'{E(kit.w("tags"))}: ' + ", ".join(f'<a href="/tag/{E(t)}" rel="tag">{E(t)}</a>' for t in tags) +
                f' | <a href="#comments">{n_comments} {E(kit.w("comments"))} &#187;</a></p></div>{comments}</div>'
                f'<div id="sidebar"><ul>{F.search(kit)}{_sidebar(kit, n_sidebar)}</ul></div>{F.footer(kit)}</div>'
                '</body></html>')
    if theme == "typepad":
        foot = f"Posted at {kit.time()} in {cat} | Permalink | {kit.w('comments')} ({n_comments}) | TrackBack (0)"
        kit.add("post_meta", [foot])
        return (_head(kit, title) + f'<body class="layout-two-column-right"><div id="container"><div id="container-'
                f'inner" class="pkg"><div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header">'
                f'{E(site)}</h1></div></div><div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha">'
                f'<div id="alpha-inner" class="pkg"><h2 class="date-header">{E(date)}</h2><div class="entry" id="entry-'
                f'{rng.randint(1000, 9999)}"><h3 class="entry-header">{E(title)}</h3><div class="entry-content"><div '
                f'class="entry-body">{text}</div></div><p class="entry-footer"><span class="post-footers">Posted at '
                f'{E(foot.split(" in ")[0][10:])} in <a href="/cat/">{E(cat)}</a></span> <span class="separator">|</span>'
                f' <a class="permalink" href="#">Permalink</a> | <a href="#comments">{E(kit.w("comments"))} '
                f'({n_comments})</a> | <a href="#trackback">TrackBack (0)</a></p></div>{comments}</div></div><div '
                f'id="beta"><div id="beta-inner" class="pkg"><ul>{_sidebar(kit, n_sidebar)}</ul></div></div></div>'
                f'</div>{F.footer(kit)}</div></div></body></html>')
    if theme == "drupal":
        sub = f"Submitted by {who} on {date}"
        reads = f"{rng.randint(100, 9999)} reads"
        kit.add("post_meta", [sub, f"{kit.w('reply')} {reads}"])
        return (_head(kit, title) + f'<body class="sidebars"><div id="page"><div id="header"><div id="logo-title"><h1 '
                f'id="site-name"><a href="/">{E(site)}</a></h1></div>{F.nav(kit)}</div><div id="main"><div id="content">'
                f'<h1 class="title">{E(title)}</h1><div id="node-{rng.randint(10, 999)}" class="node"><span class='
                f'"submitted">{E(sub)}</span><div class="content">{text}</div><div class="links"><ul class="links '
                f'inline"><li class="comment_add first"><a href="/comment/reply/12#comment-form">{E(kit.w("reply"))}'
                f'</a></li><li class="statistics_counter last"><span>{reads}</span></li></ul></div></div>'
                f'{comments}</div><div id="sidebar-right" class="sidebar"><div class="block block-blog"><div class='
                f'"content"><ul>{_sidebar(kit, n_sidebar)}</ul></div></div></div></div>{F.footer(kit)}</div></body>'
                '</html>')
    if theme == "portal":
        kit.add("header", [site, "Forum Today's Posts FAQ Calendar Community"])
        return (_head(kit, title) + f'<body><table class="page" width="100%" cellpadding="0" cellspacing="0"><tr><td '
                f'colspan="2"><a href="/"><img src="/images/logo.gif" alt="{E(site)}" /></a></td></tr><tr><td colspan='
                '"2" class="vbmenu_control"><a href="/forum/">Forum</a> <a href="/search.php?do=getnew">Today\'s Posts'
                '</a> <a href="/faq.php">FAQ</a> <a href="/calendar.php">Calendar</a> <a href="#">Community</a></td>'
                f'</tr><tr><td valign="top" width="200" class="alt2"><ul>{_sidebar(kit, n_sidebar)}</ul></td><td '
                f'valign="top"><table class="tborder" width="100%" cellpadding="6"><tr><td class="tcat">{E(title)}'
                f'</td></tr><tr><td class="alt1"><div class="smallfont">{E(date)}</div><br />{text}</td></tr></table>'
                f'<br />{comments}</td></tr></table>{F.footer(kit)}</body></html>')
    byline = f"By {who.title()}, Staff Writer"
    kit.add("post_meta", [byline, f"Published: {date}"])
    return (_head(kit, title) + f'<body><div id="wrapper"><div id="masthead"><a href="/"><img src="/img/masthead.gif" '
            f'alt="{E(site)}" /></a></div><div id="topnav">{F.nav(kit)}</div><div id="main"><div id="story"><h1 '
            f'class="headline">{E(title)}</h1><div class="byline">{E(byline)}</div><div class="dateline">Published: '
            f'{E(date)}</div><div id="articleText">{text}</div></div>{comments}</div><div id="rightrail">'
            f'{F.search(kit)}<ul>{_sidebar(kit, n_sidebar)}</ul></div>{F.footer(kit)}</div></body></html>')
