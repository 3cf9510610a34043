"""Furniture of the eighth blind page harness: the widgets, share rows and post metadata of 2009-2013 pages.

Every builder takes the page's ``Kit`` and returns HTML, recording ``(class, [lines a reader sees])`` in
``kit.junk`` so the scorer can tell whether a body kept it.
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass, field
from typing import ClassVar

from tests.page_blind7_furniture import WordKit
from tests.page_blind8_words import W

E = _html.escape
NAMES = ("admin", "jsmith", "Mark", "Editor", "Kathy", "webmaster", "Redaktion", "newsdesk")
SITES = ("Daily Musings", "The Green Thumb", "Gadget Corner", "Notes from Elm Street", "Photo a Day",
         "Small Town Politics", "Kitchen Table Talk", "Bits and Bytes")


@dataclass
class Kit(WordKit):
    WORDS: ClassVar[dict] = W
    rng: object
    lang: str
    title: str
    others: list[str]
    junk: list = field(default_factory=list)
    author: str = ""
    year: int = 2011

    def writer(self) -> str:
        if not self.author:
            self.author = self.rng.choice(NAMES)
        return self.author

    def date(self) -> str:
        return f"{self.rng.randint(1, 28)} {self.w('months')} {self.year}"

    def time(self) -> str:
        return f"{self.rng.randint(1, 12)}:{self.rng.randint(0, 59):02d} {self.rng.choice(('AM', 'PM'))}"


def href(kit: Kit, n: int = 0) -> str:
    return f"/{kit.year}/{kit.rng.randint(1, 12):02d}/{kit.rng.choice(('post', 'story', 'p'))}{kit.rng.randint(100, 9999)}{n}.html"


def share_row(kit: Kit) -> str:
    sites = ["Digg", "del.icio.us", "StumbleUpon", "Reddit", "Facebook", "Twitter", "Technorati", "Google Buzz"]
    kit.rng.shuffle(sites)
    sites = sites[:kit.rng.randint(4, 7)]
    head = kit.w("share") + ":"
    kit.add("share", [head + " " + " ".join(sites)])
    links = " ".join(f'<a href="http://{s.lower().replace(" ", "")}.com/submit?url=x" title="{s}">'
                     f'<img src="/img/{s.lower()}.png" alt="{s}" /> {s}</a>' for s in sites)
    return f'<div class="sociable"><span class="sociable_tagline"><strong>{E(head)}</strong></span> {links}</div>'


def addthis(kit: Kit) -> str:
    kit.add("addthis", [kit.w("share")])
    return (f'<div class="addthis_toolbox addthis_default_style"><a href="http://www.addthis.com/bookmark.php" '
            f'class="addthis_button_compact">{E(kit.w("share"))}</a><span class="addthis_separator">|</span>'
            '<a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a>'
            '<a class="addthis_button_email"></a></div>'
            '<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js"></script>')


def fb_like(kit: Kit) -> str:
    return ('<iframe src="http://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fexample.com%2Fp&amp;layout='
            'standard&amp;show_faces=false&amp;width=450" scrolling="no" frameborder="0" '
            'style="border:none; overflow:hidden; width:450px; height:35px;" allowTransparency="true"></iframe>')


def email_print(kit: Kit) -> str:
    a, b = kit.w("email"), kit.w("print")
    kit.add("email_print", [f"{a} | {b}"])
    return (f'<div class="tools"><a href="/mailto?story=1" onclick="window.open(this.href);return false;">'
            f'<img src="/i/email.gif" border="0" /> {E(a)}</a> | <a href="javascript:window.print()">'
            f'<img src="/i/print.gif" border="0" /> {E(b)}</a></div>')


def flash(kit: Kit) -> str:
    line = kit.rng.choice(("Get Adobe Flash player", "You need Flash Player 9 or later to view this video."))
    kit.add("flash", [line])
    return ('<object width="480" height="385"><param name="movie" value="http://www.youtube.com/v/xYz12AbC"></param>'
            '<param name="allowFullScreen" value="true"></param><embed src="http://www.youtube.com/v/xYz12AbC" '
            'type="application/x-shockwave-flash" allowfullscreen="true" width="480" height="385"></embed>'
            f'</object><p class="noflash"><a href="http://get.adobe.com/flashplayer/">{E(line)}</a></p>')


def tag_cloud(kit: Kit) -> str:
    words = kit.ws("nav") + kit.ws("months")[:3]
    kit.rng.shuffle(words)
    words = words[:8]
    kit.add("tag_cloud", [kit.w("tags"), " ".join(words)])
    links = " ".join(f'<a href="/tag/{i}" class="tag-link-{i}" style="font-size: {kit.rng.randint(8, 22)}pt;">'
                     f'{E(t)}</a>' for i, t in enumerate(words))
    return f'<li id="tag_cloud" class="widget widget_tag_cloud"><h2 class="widgettitle">{E(kit.w("tags"))}</h2>' \
           f'<div>{links}</div></li>'


def blogroll(kit: Kit) -> str:
    sites = list(SITES)
    kit.rng.shuffle(sites)
    sites = sites[:5]
    kit.add("blogroll", [kit.w("links")] + sites)
    items = "".join(f'<li><a href="http://{s.lower().replace(" ", "")}.blogspot.com/">{E(s)}</a></li>' for s in sites)
    return f'<li id="linkcat-2" class="linkcat"><h2>{E(kit.w("links"))}</h2><ul class="xoxo blogroll">{items}</ul></li>'


def archives(kit: Kit) -> str:
    months = kit.ws("months")
    lines = [f"{months[m]} {kit.year} ({kit.rng.randint(1, 19)})" for m in range(kit.rng.randint(3, 7), -1, -1)]
    kit.add("archives", [kit.w("archives")] + lines)
    items = "".join(f"<li><a href='/{kit.year}/{i:02d}/'>{E(x.rsplit(' (', 1)[0])}</a>&nbsp;({x.rsplit('(', 1)[1]}</li>"
                    for i, x in enumerate(lines))
    return f'<li id="archives-2" class="widget widget_archive"><h2 class="widgettitle">{E(kit.w("archives"))}</h2>' \
           f'<ul>{items}</ul></li>'


def recent_posts(kit: Kit) -> str:
    kit.add("recent_posts", [kit.w("recent")] + kit.others)
    items = "".join(f'<li><a href="{href(kit)}" title="{E(x)}">{E(x)}</a></li>' for x in kit.others)
    return f'<li id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widgettitle">' \
           f'{E(kit.w("recent"))}</h2><ul>{items}</ul></li>'


def recent_comments(kit: Kit) -> str:
    on = {"en": "on", "de": "bei", "fr": "dans", "es": "en", "it": "su", "nl": "op", "pt": "em", "ru": "к записи",
          "zh": "评论了"}[kit.lang]
    lines = [f"{kit.rng.choice(('Laura', 'Tom', 'Kevin', 'Anna', 'Peter'))} {on} {x}" for x in kit.others[:2]]
    kit.add("recent_comments", [kit.w("recent_c")] + lines)
    items = "".join(f'<li class="recentcomments">{E(x.split(" ", 1)[0])} {E(on)} <a href="{href(kit)}#comment-1">'
                    f'{E(x.split(" " + on + " ", 1)[1])}</a></li>' for x in lines)
    return f'<li id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widgettitle">' \
           f'{E(kit.w("recent_c"))}</h2><ul id="recentcomments">{items}</ul></li>'


def pagination(kit: Kit) -> str:
    nxt = kit.w("next")
    kit.add("pagination", [f"{kit.w('page')} 1 2 3 {nxt} »"])
    return (f'<div class="pagination"><span class="pages">{E(kit.w("page"))}</span> <span class="current">1</span> '
            f'<a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2" class="next">{E(nxt)} &raquo;</a></div>')


def related(kit: Kit) -> str:
    kit.add("related", [kit.w("related")] + kit.others)
    items = "".join(f'<li><a href="{href(kit)}" rel="bookmark">{E(x)}</a></li>' for x in kit.others)
    return f'<div class="related"><h3>{E(kit.w("related"))}:</h3><ul>{items}</ul></div>'


def rating_box(kit: Kit) -> str:
    stars = kit.rng.randint(3, 5)
    lines = [f"{kit.w('rating')}: {stars}/5", "Pros: big sensor, bright lens", "Cons: battery life, loose dial"]
    if kit.lang != "en":
        lines = lines[:1]
    kit.add("rating", lines)
    cells = "".join(f"<tr><td><b>{E(x.split(':')[0])}:</b></td><td>{E(x.split(':', 1)[1])}</td></tr>" for x in lines)
    img = "".join('<img src="/img/star_on.gif" alt="*" />' for _ in range(stars))
    return f'<table class="ratingbox" border="1" cellpadding="4" align="right" width="220">{cells}' \
           f'<tr><td colspan="2">{img}</td></tr></table>'


def nav(kit: Kit) -> str:
    items = [kit.w("home")] + kit.ws("nav") + [kit.w("about")]
    kit.add("nav", [" ".join(items)])
    return '<ul id="nav" class="menu">' + "".join(f'<li><a href="/{i}/">{E(x)}</a></li>'
                                                  for i, x in enumerate(items)) + "</ul>"


def search(kit: Kit) -> str:
    return f'<form method="get" id="searchform" action="/"><input type="text" name="s" id="s" />' \
           f'<input type="submit" id="searchsubmit" value="{E(kit.w("search"))}" /></form>'


def footer(kit: Kit) -> str:
    line = kit.rng.choice((f"Copyright © {kit.year} {kit.rng.choice(SITES)}. All rights reserved.",
                           f"© {kit.year} {kit.rng.choice(SITES)} | Powered by WordPress | Theme by Theme Lab",
                           f"Powered by Blogger. Template designed by Douglas Bowman, © {kit.year}"))
    kit.add("footer", [line])
    return f'<div id="footer"><p>{E(line)}</p></div>'


SIDEBAR = (tag_cloud, blogroll, archives, recent_posts, recent_comments)
INLINE = (share_row, addthis, fb_like, email_print, flash, related)
