"""Fourth blind page harness layouts, story shapes and old markup: a listicle, a recipe, a live blog, a photo
essay, a long-form feature, a table-heavy data story, an old table layout with <font>, an article of
<div>s without <p>, and text parted by <br><br>."""
from __future__ import annotations

from tests.page_blind4_compose import Article, Kit, esc
from tests.page_blind4_layouts_a import title
from tests.page_blind4_render import blocks, box, byline, footer, head, header


def _page(kit: Kit, art: Article, body: str, side: str = "", cls: str = "entry-content", extra: str = "") -> str:
    return (head(kit, art, extra) + f'<body>{header(kit)}<div class="wrap"><main><article>{title(kit, art)}'
            f'{byline(kit, art)}<div class="{cls}">{body}</div></article></main><aside class="sidebar">{side}</aside>'
            f'</div>{footer(kit)}</body></html>')


def listicle(kit: Kit, art: Article, spare: list[str]) -> str:
    return _page(kit, art, blocks(kit, art, spare).replace("<h2>", '<h2 class="list-item-title">'),
                 box(kit, "mostread"), "listicle-body")


def recipe(kit: Kit, art: Article, spare: list[str]) -> str:
    w = kit.w
    jump = f'<a class="jump-to-recipe" href="#recipe">{kit.j("recipe", w["jump"])}</a>'
    body = blocks(kit, art, spare)
    body = body.replace('<div class="recipe-card">', '<div class="recipe-card" id="recipe">')
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":'
          f'"{esc(art.title)}","recipeYield":"4"}}</script>')
    return _page(kit, art, jump + body + '<button class="print">🖨</button>', box(kit, "related"), "post-content", ld)


def liveblog(kit: Kit, art: Article, spare: list[str]) -> str:
    w = kit.w
    parts, entry = [], []
    for line in blocks(kit, art, spare).split("\n"):
        if line.startswith('<time class="entry-time">') and entry:
            parts.append(entry)
            entry = []
        entry.append(line)
    parts.append(entry)
    posts = "".join(f'<div class="live-post" id="post-{i}"><div class="post-body">{"".join(e)}</div>'
                    f'<div class="post-actions"><button>{kit.j("share", w["share"])}</button></div></div>'
                    for i, e in enumerate(parts))
    heads = [v for k, v in art.blocks if k == "h3"]
    events = "".join(f'<li><a href="#post-{i}">{kit.j("key", h)}</a></li>' for i, h in enumerate(heads))
    return (head(kit, art) + f'<body>{header(kit)}<main class="liveblog"><div class="live-header">'
            f'<span class="badge live">{kit.j("live", w["live"])}</span>{title(kit, art)}<p class="updated">'
            f'{kit.j("live", kit.n("updated", 2, 50))}</p></div><section class="key-events"><h2>{kit.j("key", w["key"])}'
            f'</h2><ul>{events}</ul></section><div class="live-feed">{posts}</div></main>{footer(kit)}</body></html>')


def photo_essay(kit: Kit, art: Article, spare: list[str]) -> str:
    return _page(kit, art, blocks(kit, art, spare), "", "photo-essay gallery")


def longform(kit: Kit, art: Article, spare: list[str]) -> str:
    bio = f'<div class="author-bio"><img src="/a.jpg" alt=""><p>{kit.j("bio", kit.n("bio"))}</p></div>'
    return (head(kit, art) + f'<body class="longform">{header(kit)}<div class="hero"><img src="/hero.jpg" alt="">'
            f'{title(kit, art)}{byline(kit, art)}</div><article class="story"><div class="story-body">'
            f'{blocks(kit, art, spare)}</div>{bio}</article>{box(kit, "related")}{footer(kit)}</body></html>')


def datastory(kit: Kit, art: Article, spare: list[str]) -> str:
    w = kit.w
    body = blocks(kit, art, spare)
    note = (f'<p class="table-note"><small>{kit.j("source", w["source"])}: {kit.j("source", kit.site)}</small> · '
            f'<a href="/data.csv">{kit.j("source", w["download"])}</a></p>')
    body = body.replace("</table>", "</table>" + note, 1)
    chart = f'<div class="chart" data-src="/chart.json"><noscript>{kit.j("source", w["download"])}</noscript></div>'
    return _page(kit, art, body + chart, box(kit, "mostread"), "data-story")


def tablelayout(kit: Kit, art: Article, spare: list[str]) -> str:
    w = kit.w
    nav = "".join(f'<a href="/{i}.html"><font color="#ffffff">{esc(x)}</font></a><br>' for i, x in enumerate(
        w["nav"].split("|")))
    kit.j("nav", " ".join(w["nav"].split("|")))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(art.title)}'
            f'</title></head><body bgcolor="#ffffff"><table width="760" border="0" cellpadding="4"><tr><td colspan="2"'
            f' bgcolor="#003366"><font color="#ffffff" size="5"><b>{esc(kit.site)}</b></font></td></tr><tr><td width='
            f'"150" valign="top" bgcolor="#336699"><font face="Verdana" size="2">{nav}</font></td><td valign="top">'
            f'<font face="Arial, Helvetica" size="4"><b>{kit.j("title", art.title)}</b></font><br>'
            f'<font size="1" color="#666666">{kit.j("byline", art.author)} - {kit.date}</font><br><br>'
            f'<font face="Arial, Helvetica" size="2">{blocks(kit, art, spare, "font")}</font></td></tr><tr><td colspan="2" '
            f'align="center"><font size="1">{kit.j("counter", kit.n("counter", 1000, 99999))} | '
            f'{kit.j("counter", w["lastup"])}: {kit.date} | {kit.j("footer", w["rights"])}</font></td></tr></table>'
            '</body></html>')


def divsoup(kit: Kit, art: Article, spare: list[str]) -> str:
    return _page(kit, art, blocks(kit, art, spare, "div"), box(kit, "related"), "article__content")


def brtext(kit: Kit, art: Article, spare: list[str]) -> str:
    return _page(kit, art, blocks(kit, art, spare, "br"), box(kit, "mostread"), "post-body entry-content")


LAYOUTS_B = {f.__name__: f for f in (listicle, recipe, liveblog, photo_essay, longform, datastory, tablelayout,
                                      divsoup, brtext)}
