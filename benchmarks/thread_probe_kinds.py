"""Comment sections and look-alikes of the comment-thread probe (`benchmarks/thread_probe.py`), of kinds the blind
thread harnesses do not print: threads headed by a bare count, by an icon or by nothing; units that are <li>, <article>,
table rows or <dl> entries; replies by nesting or by a margin alone; authors as plain text, mailto links, avatars' alt
text, or with a fan or karma count beside the name; relative, absolute or missing dates; a thread paged by "older
comments"; guestbooks; a forum whose first post is the article; an article without <p> whose comments are <p>; user
reviews. A renderer takes ``(L, thread, rng)`` (``L`` the language's texts, ``thread`` dicts of author, slug, text,
depth, parent, when) and returns the section's HTML; NESTED names the kinds whose markup tells the tree."""
from __future__ import annotations

from html import escape as e


def _when(c):
    return f" <span class=\"d\">{e(c['when'])}</span>" if c["when"] else ""


def _tree(thread, unit, wrap):
    """Nested markup: ``unit(c, children_html)`` per comment, ``wrap(html)`` around each level's units."""
    def level(parent):
        kids = [(i, c) for i, c in enumerate(thread) if c["parent"] == parent]
        return wrap("".join(unit(c, level(i)) for i, c in kids)) if kids else ""
    return level(None)


def count_head(L, thread, rng):
    body = _tree(thread, lambda c, k: f"<li><b>{e(c['author'])}</b>{_when(c)}<p>{e(c['text'])}</p>{k}</li>",
                 lambda h: f"<ul class=\"list\">{h}</ul>")
    return f"<div class=\"cmts\"><h3>{len(thread)}</h3>{body}</div>"


def icon_head(L, thread, rng):
    k = L["W"]["karma"]
    def unit(c, kids):
        return (f"<article class=\"x{c['depth']}\"><header><a href=\"/u/{c['slug']}\">{e(c['author'])}</a> "
                f"<span class=\"k\">{rng.randint(2, 99) / 10}k {k}</span> · <time>{e(c['when'] or '')}</time></header>"
                f"<p>{e(c['text'])}</p>{kids}</article>")
    return (f"<section class=\"talk\"><div class=\"hd\"><i class=\"ico ico-bubble\"></i> {len(thread)}</div>"
            f"{_tree(thread, unit, lambda h: h)}</section>")


def bare_margins(L, thread, rng):
    rows = "".join(f"<div id=\"c{i}\" style=\"margin-left:{40 * c['depth']}px\"><a href=\"mailto:{c['slug']}@mail.example\">"
                   f"{e(c['author'])}</a>{_when(c)}<br>{e(c['text'])}</div>" for i, c in enumerate(thread))
    return f"<div>{rows}</div>"


def table_rows(L, thread, rng):
    rows = "".join(f"<tr><td class=\"a\">{e(c['author'])}<br><small>{e(c['when'] or '')}</small></td>"
                   f"<td>{e(c['text'])}</td></tr>" for c in thread)
    return f"<h2>{L['W']['heading']}</h2><table class=\"gb\" width=\"100%\">{rows}</table>"


def dl_nested(L, thread, rng):
    def unit(c, kids):
        sep = f" · {e(c['when'])}" if c["when"] else ""
        return f"<dt>{e(c['author'])}{sep}</dt><dd>{e(c['text'])}{kids}</dd>"
    return f"<h4>{L['W']['heading']}</h4>{_tree(thread, unit, lambda h: f'<dl>{h}</dl>')}"


def fans(L, thread, rng):
    f = L["W"]["fans"]
    rows = "".join(f"<div class=\"comment{' reply' if c['depth'] else ''}\"><a class=\"user\" href=\"/profil/{c['slug']}\">"
                   f"{e(c['author'])}</a> <span class=\"fans\">{rng.randint(3, 900)} {f}</span>{_when(c)}"
                   f"<div class=\"txt\">{e(c['text'])}</div></div>" for c in thread)
    return f"<div class=\"comments\"><h3>{L['W']['heading']} ({len(thread)})</h3>{rows}</div>"


def avatar_alt(L, thread, rng):
    def unit(c, kids):
        return (f"<div class=\"entry\"><img src=\"/av/{c['slug']}.png\" alt=\"{e(c['author'])}\" width=\"32\">"
                f"<div class=\"meta\">{e(c['when'] or '')}</div><div class=\"body\">{e(c['text'])}</div>{kids}</div>")
    return f"<div class=\"feedback\">{_tree(thread, unit, lambda h: h)}</div>"


def older_pages(L, thread, rng):
    def unit(c, kids):
        return (f"<li class=\"c\"><cite>{e(c['author'])}</cite>{_when(c)}<p>{e(c['text'])}</p>"
                f"<a class=\"r\" href=\"#\">{L['W']['reply']}</a>{kids}</li>")
    nav = f"<div class=\"nav\"><a href=\"?cpage=1\">« {L['W']['older']}</a> <a href=\"?cpage=1\">1</a> 2</div>"
    return f"<div id=\"discussion\"><h2>{L['W']['heading']}</h2>{_tree(thread, unit, lambda h: f'<ol>{h}</ol>')}{nav}</div>"


def siblings(L, thread, rng):
    rows = "".join(f"<h5>{e(c['author'])}</h5><p>{e(c['text'])}</p>" for c in thread)
    return f"<div class=\"box\"><h3>{L['W']['heading']}</h3>{rows}</div>"


def dot_line(L, thread, rng):
    rows = "".join(f"<div class=\"item\"><span>{e(c['author'])}{' · ' + e(c['when']) if c['when'] else ''}</span>"
                   f"<p>{e(c['text'])}</p></div>" for c in thread)
    return f"<div class=\"comments\"><h3>{L['W']['heading']}</h3>{rows}</div>"


def reviews(L, thread, rng):
    rows = "".join(f"<div class=\"review\"><span class=\"stars\" title=\"{rng.randint(2, 5)} {L['W']['stars']}\">★★★★☆</span> "
                   f"<b>{e(c['author'])}</b> <time>{e(c['when'] or '')}</time><p>{e(c['text'])}</p></div>" for c in thread)
    return f"<div id=\"reviews\"><h2>★ 4.2 ({len(thread)})</h2>{rows}</div>"


def guestbook(L, thread, rng):
    rows = "".join(f"<div class=\"gb-entry\"><div class=\"gb-head\">#{len(thread) - i} {e(c['author'])} – "
                   f"{e(c['when'] or '')}</div><div class=\"gb-text\">{e(c['text'])}</div></div>" for i, c in enumerate(thread))
    return f"<div class=\"gb\">{rows}</div>"


SYSTEMS = {"count_head": (count_head, "nested"), "icon_head": (icon_head, "nested"), "bare_margins": (bare_margins, "levels"),
           "table_rows": (table_rows, "flat"), "dl_nested": (dl_nested, "nested"), "fans": (fans, "levels"),
           "avatar_alt": (avatar_alt, "nested"), "older_pages": (older_pages, "nested"), "siblings": (siblings, "flat"),
           "dot_line": (dot_line, "flat"), "reviews": (reviews, "flat"), "guestbook": (guestbook, "flat")}
