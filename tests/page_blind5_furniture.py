"""Furniture of the fifth blind page harness: each class in several markup shapes, recorded in ``kit.junk``.

Every function takes the page's ``Kit`` and returns HTML; ``FURNITURE`` maps a class to its function and
the slots it may take (top, head, inline, tail, after, side, foot).
"""
from __future__ import annotations

from tests.page_blind5_kit import esc

SOCIAL = ["Facebook", "Twitter", "Google+", "Pinterest", "LinkedIn", "WhatsApp", "Reddit", "Tumblr", "VK"]


def links(k, items, sep=""):
    return sep.join(f'<a href="{k.href()}">{esc(x)}</a>' for x in items)


def ul(k, items, role="wrap", li_role=None):
    lis = "".join(f"<li{k.c(li_role) if li_role else ''}><a href=\"{k.href()}\">{esc(x)}</a></li>" for x in items)
    return f"<ul{k.c(role)}>{lis}</ul>"


def heading(k, text, role="wrap"):
    tag = k.rng.choice(("h2", "h3", "h4", "div", "span", "p", "strong"))
    return f"<{tag}{k.c(role)}>{esc(text)}</{tag}>"


def nav(k):
    items = k.w["menu"][: k.rng.randint(5, 8)]
    k.note("nav", " ".join(items))
    shape = k.rng.randrange(4)
    if shape == 0:
        body = f"<nav{k.c('nav', 'main-navigation')}>{ul(k, items, 'nav', 'menu-item')}</nav>"
    elif shape == 1:
        body = f"<div{k.c('nav', 'menu')}>{links(k, items, ' | ')}</div>"
    elif shape == 2:
        body = "<table><tr>" + "".join(f'<td><a href="{k.href()}">{esc(x)}</a></td>' for x in items) + "</tr></table>"
    else:
        subs = k.headlines(2)
        k.junk[-1][1].extend(subs)
        sub = "".join(f"<li><a href=\"{k.href()}\">{esc(x)}</a>{ul(k, subs, 'sub-menu')}</li>"
                      if i == 1 else f"<li><a href=\"{k.href()}\">{esc(x)}</a></li>" for i, x in enumerate(items))
        body = f"<div{k.c('nav')}><ul{k.c('nav', 'nav-menu')}>{sub}</ul></div>"
    return body


def crumbs(k):
    items = [k.w["menu"][0], k.rng.choice(k.w["menu"][1:])]
    sep = k.rng.choice((" » ", " > ", " / ", " › "))
    k.note("crumbs", sep.join(items))
    if k.rng.random() < 0.5:
        return f"<ol{k.c('crumbs', 'breadcrumb')}>" + "".join(
            f'<li><a href="{k.href()}">{esc(x)}</a></li>' for x in items) + \
            f"<li>{esc(k.prose['title'][:30])}</li></ol>"
    return f"<div{k.c('crumbs', 'breadcrumbs')}>{links(k, items, esc(sep))}{esc(sep)}<span>" \
           f"{esc(k.prose['title'][:30])}</span></div>"


def byline(k):
    r, w, d = k.rng, k.w, k.datestr()
    n = r.randint(0, 40)
    shape = r.randrange(4)
    if shape == 0:
        k.note("byline", f"{w['by']} {k.author}", d)
        return f'<p{k.c("byline", "byline")}>{esc(w["by"])} <a rel="author" href="{k.href()}">{esc(k.author)}' \
               f'</a> | <time datetime="{k.date[0]}-{k.date[1]:02d}-{k.date[2]:02d}">{esc(d)}</time></p>'
    if shape == 1:
        k.note("byline", f"{w['by']} {k.author}", w["comments"].format(n=n))
        return f'<div{k.c("byline", "entry-meta")}><span>{esc(d)}</span> <span>{esc(w["by"])} ' \
               f'<span class="author vcard"><a href="{k.href()}">{esc(k.author)}</a></span></span> ' \
               f'<span><a href="#comments">{esc(w["comments"].format(n=n))}</a></span></div>'
    if shape == 2:
        k.note("byline", k.author, d)
        return f"<div{k.c('byline')}><div>{k.img(40, 40)}</div><div><strong>{esc(k.author)}</strong></div>" \
               f"<div>{esc(d)} · {r.randint(2, 9)} min</div></div>"
    k.note("byline", f"{k.author} {d}")
    return f"<address{k.c('byline', 'submitted')}>{esc(k.author)} — {esc(d)}</address>"


def share(k):
    nets = k.rng.sample(SOCIAL, k.rng.randint(3, 6))
    k.note("share", k.w["share"] + " " + " ".join(nets))
    shape = k.rng.randrange(3)
    if shape == 0:
        return f"<div{k.c('share', 'sharedaddy')}>{heading(k, k.w['share'])}{ul(k, nets)}</div>"
    if shape == 1:
        return f"<div{k.c('share', 'addthis_toolbox')}><span>{esc(k.w['share'])}:</span> " + "".join(
            f'<a href="{k.href()}"><i class="icon"></i>{esc(x)}</a> ' for x in nets) + "</div>"
    return f"<p{k.c('share')}>{esc(k.w['share'])} {links(k, nets, ' · ')}</p>"


def tags(k):
    words = [h.split()[0] if k.lang not in ("ja", "zh") else h[:3] for h in k.rng.sample(k.prose["headlines"], 4)]
    words += [k.rng.choice(k.w["menu"][1:])]
    label = k.rng.choice((k.w["tags"], k.w["cats"]))
    k.note("tags", label + " " + " ".join(words))
    shape = k.rng.randrange(3)
    if shape == 0:
        return f"<p{k.c('tags', 'tag-links')}>{esc(label)}: {links(k, words, ', ')}</p>"
    if shape == 1:
        return f"<div{k.c('tags', 'post-labels')}>{heading(k, label)}{ul(k, words)}</div>"
    return f"<footer{k.c('tags', 'entry-footer')}><span>{esc(label)}</span> " + "".join(
        f'<a rel="tag" href="{k.href()}">{esc(x)}</a> ' for x in words) + "</footer>"


def related(k):
    r = k.rng
    heads = k.headlines(r.randint(3, 5))
    with_head, thumbs = r.random() < 0.7, r.random() < 0.5
    k.note("related", *(([k.w["related"]] if with_head else []) + heads))
    top = heading(k, k.w["related"]) if with_head else ""
    shape = r.randrange(3)
    if shape == 0:
        items = "".join(f"<li>{k.img(80, 60) if thumbs else ''}<a href=\"{k.href()}\">{esc(h)}</a></li>" for h in heads)
        return f"<div{k.c('related', 'jp-relatedposts')}>{top}<ul>{items}</ul></div>"
    if shape == 1:
        items = "".join(f"<div{k.c('widget')}>{thumb(k) if thumbs else ''}"
                        f"<h4><a href=\"{k.href()}\">{esc(h)}</a></h4><span>{esc(k.datestr())}</span></div>"
                        for h in heads)
        return f"<section{k.c('related', 'related-posts')}>{top}<div>{items}</div></section>"
    paras = "".join(f"<p><a href=\"{k.href()}\">{esc(h)}</a></p>" for h in heads)
    return f"<div{k.c('related')}>{top}{paras}</div>"


def thumb(k):
    return f'<a href="{k.href()}">{k.img()}</a>'


def author(k):
    bio = k.prose["bio"].format(name=k.author)
    k.note("author", k.w["about"], bio)
    if k.rng.random() < 0.5:
        return f"<div{k.c('author', 'author-info')}><div>{k.img(96, 96)}</div><div><h4>{esc(k.w['about'])}: " \
               f"{esc(k.author)}</h4><p>{esc(bio)}</p><a href=\"{k.href()}\">{esc(k.w['more'])} →</a></div></div>"
    return f"<section{k.c('author')}>{heading(k, k.w['about'])}<p>{esc(bio)}</p>" \
           f"<p>{links(k, k.rng.sample(SOCIAL, 2), ' | ')}</p></section>"


def newsletter(k):
    w = k.w
    k.note("newsletter", w["sub_head"], w["sub_text"])
    form = f'<form action="/subscribe"><input type="email" placeholder="{esc(w["form"][1])}">' \
           f'<button>{esc(w["sub_btn"])}</button></form>'
    return f"<div{k.c('newsletter', 'widget_mc4wp')}>{heading(k, w['sub_head'])}<p>{esc(w['sub_text'])}</p>{form}</div>"


def ad(k):
    k.note("ad", k.w["ad"])
    slot = k.rng.choice(('<ins class="adsbygoogle" style="display:block" data-ad-slot="123"></ins>',
                         '<iframe src="https://ads.example/serve?z=1" width="300" height="250"></iframe>',
                         '<script>googletag.display("div-gpt-ad-1");</script><div id="div-gpt-ad-1"></div>'))
    return f"<div{k.c('ad', 'advertisement')}><span>{esc(k.w['ad'])}</span>{slot}</div>"


def sponsored(k):
    heads = k.headlines(k.rng.randint(3, 4))
    src = ["Finance Daily", "HealthTips", "TravelNow", "Brand Studio"]
    k.note("sponsored", k.w["sponsored"], *heads)
    items = "".join(f"<div{k.c('widget')}><a href=\"{k.href()}\">{k.img(200, 120)}<span>{esc(h)}</span></a>"
                    f"<small>{k.rng.choice(src)}</small></div>" for h in heads)
    return f"<div{k.c('sponsored', 'OUTBRAIN')}>{heading(k, k.w['sponsored'])}{items}</div>"


def cookie(k):
    k.note("cookie", k.w["cookie"])
    return f"<div{k.c('cookie', 'cookie-notice')} style=\"position:fixed;bottom:0\"><p>{esc(k.w['cookie'])}</p>" \
           f"<a href=\"#\">{esc(k.w['accept'])}</a></div>"


def pager(k):
    a, b = k.headlines(2)
    w = k.w
    k.note("pager", a, b)
    if k.rng.random() < 0.5:
        return f"<nav{k.c('pager', 'post-navigation')}><div><a rel=\"prev\" href=\"{k.href()}\">« {esc(w['prev'])}" \
               f"<br>{esc(a)}</a></div><div><a rel=\"next\" href=\"{k.href()}\">{esc(w['next'])} »<br>{esc(b)}</a>" \
               "</div></nav>"
    return f"<ul{k.c('pager', 'pager')}><li><a href=\"{k.href()}\">← {esc(a)}</a></li>" \
           f"<li><a href=\"{k.href()}\">{esc(b)} →</a></li></ul>"


def footer(k):
    cols = k.w["foot"] + k.w["menu"][1:]
    k.note("footer", " ".join(k.w["foot"]), k.w["rights"])
    blocks = "".join(f"<div{k.c('widget')}>{ul(k, cols[i:i + 4])}</div>" for i in range(0, len(cols), 4))
    return f"<footer{k.c('footer', 'site-footer')}>{blocks}<p>© {k.date[0]} {esc(k.site)}. " \
           f"{esc(k.w['rights'])}</p></footer>"


def widget(k):
    r, w = k.rng, k.w
    kind = r.randrange(4)
    if kind == 0:
        months = [f"{w['archives']} {y}" for y in range(k.date[0] - 1, k.date[0] - 5, -1)]
        k.note("archives", *months)
        body = "".join(f'<li><a href="{k.href()}">{esc(m)}</a> ({r.randint(3, 40)})</li>' for m in months)
        return f"<div{k.c('widget', 'widget_archive')}>{heading(k, w['archives'])}<ul>{body}</ul></div>"
    if kind == 1:
        heads = k.headlines(r.randint(3, 5))
        k.note("popular", w["popular"], *heads)
        return f"<div{k.c('widget', 'PopularPosts')}>{heading(k, w['popular'])}<ol>" + "".join(
            f"<li>{k.img(72, 72) if r.random() < 0.5 else ''}<a href=\"{k.href()}\">{esc(h)}</a></li>"
            for h in heads) + "</ol></div>"
    if kind == 2:
        words = [h.split()[-1] if k.lang not in ("ja", "zh") else h[-2:] for h in k.prose["headlines"]]
        k.note("tagcloud", " ".join(words[:5]))
        return f"<div{k.c('widget', 'tagcloud')}>{heading(k, w['tags'])}" + " ".join(
            f'<a style="font-size:{r.randint(8, 22)}pt" href="{k.href()}">{esc(x)}</a>' for x in words) + "</div>"
    blogs = ["Notes from the Valley", "Kitchen Diaries", "The Daily Commute", "Old Town Photos", "Fieldwork"]
    k.note("blogroll", w["blogroll"], " ".join(blogs[:3]))
    return f"<div{k.c('widget', 'LinkList')}>{heading(k, w['blogroll'])}{ul(k, blogs)}</div>"


def form(k):
    f, w = k.w["form"], k.w
    k.note("form", w["reply"], " ".join(f[:4]))
    fields = "".join(f'<p><label for="f{i}">{esc(x)}</label><input id="f{i}" type="text"></p>'
                     for i, x in enumerate(f[:3]))
    return f"<div{k.c('form', 'comment-respond')}><h3>{esc(w['reply'])}</h3><form>{fields}<p><label>{esc(f[3])}" \
           f"</label><textarea></textarea></p><p><input type=\"submit\" value=\"{esc(f[4])}\"></p></form></div>"


def login(k):
    k.note("login", k.w["login"])
    return f"<p{k.c('login', 'must-log-in')}>{esc(k.w['login'])} <a href=\"{k.href()}\">Log in</a></p>"


def tools(k):
    k.note("tools", f"{k.w['print']} {k.w['mail']}")
    return f"<div{k.c('tools')}><a href=\"javascript:print()\">{esc(k.w['print'])}</a> " \
           f"<a href=\"mailto:?subject=x\">{esc(k.w['mail'])}</a> <a href=\"#\">A+</a> <a href=\"#\">A-</a></div>"


def gallery(k):
    caps = [f"{h} ({k.rng.choice(k.prose['authors'])})" for h in k.headlines(3)]
    k.note("gallery", *caps)
    figs = "".join(f"<figure{k.c('gallery', 'gallery-item')}>{k.img()}<figcaption>{esc(c)}</figcaption></figure>"
                   for c in caps)
    return f"<div{k.c('gallery', 'gallery')}>{heading(k, k.w['gallery']) if k.rng.random() < 0.5 else ''}{figs}</div>"


def embed(k):
    if k.rng.random() < 0.5:
        h = k.headlines(1)[0]
        k.note("embed", h)
        return f'<blockquote class="twitter-tweet"><p lang="{k.lang}" dir="auto">{esc(h)} ' \
               f'<a href="https://t.co/x1">pic.twitter.com/x1</a></p>— City Desk (@citydesk) ' \
               f'<a href="https://twitter.com/citydesk/status/1">{esc(k.datestr())}</a></blockquote>'
    k.note("embed", k.w["video"])
    return f"<div{k.c('embed', 'video-container')}><iframe src=\"https://www.youtube.com/embed/abc\"></iframe>" \
           f"<p>{esc(k.w['video'])}</p></div>"


def toc(k, heads):
    k.note("toc", k.w["toc"], *heads)
    return f"<div{k.c('toc', 'toc_container')}><p>{esc(k.w['toc'])}</p><ol>" + "".join(
        f'<li><a href="#s{i}">{esc(h)}</a></li>' for i, h in enumerate(heads)) + "</ol></div>"


FURNITURE = {
    "nav": (nav, ("top",)), "byline": (byline, ("head", "head", "tail")), "crumbs": (crumbs, ("top", "head")),
    "share": (share, ("head", "tail", "inline", "side")),
    "tags": (tags, ("head", "tail", "after")), "related": (related, ("tail", "after", "inline", "side")),
    "author": (author, ("tail", "after", "side")), "newsletter": (newsletter, ("inline", "tail", "after", "side")),
    "ad": (ad, ("top", "inline", "tail", "side")), "sponsored": (sponsored, ("tail", "after", "side")),
    "cookie": (cookie, ("top", "foot")), "pager": (pager, ("tail", "after")), "footer": (footer, ("foot",)),
    "widget": (widget, ("side",)), "form": (form, ("after",)), "login": (login, ("after", "tail")),
    "tools": (tools, ("head", "tail")), "gallery": (gallery, ("inline", "tail")), "embed": (embed, ("inline",)),
}
