"""The fourth blind page harness's markup: an article's blocks in a layout's mode, inline furniture boxes,
page headers and footers. Every furniture text goes through ``Kit.j`` (recorded by class)."""
from __future__ import annotations

from tests.page_blind4_compose import Article, Kit, esc, headline


def box(kit: Kit, cls: str) -> str:
    """An inline furniture box of class ``cls`` in one of a few markups."""
    r, w = kit.rng, kit.w
    v = r.randint(0, 2)
    if cls == "ad":
        return (f'<div class="ad-container"><p class="ad-label">{kit.j(cls, w["ad"])}</p><div class="ad" data-slot="mid">'
                '</div></div>', f'<aside class="advert"><small>{kit.j(cls, w["ad"])}</small><iframe src="https://ads.'
                'example/serve?s=300x250" width="300" height="250"></iframe></aside>', '<div id="div-gpt-ad-1712" '
                f'class="gpt"><span class="label">{kit.j(cls, w["ad"])}</span></div>')[v]
    if cls == "newsletter":
        inner = (f'{kit.j(cls, w["news_h"])}', f'{kit.j(cls, w["news_t"])}', f'{kit.j(cls, w["signup"])}')
        return (f'<div class="newsletter-signup"><h3>{inner[0]}</h3><p>{inner[1]}</p><form action="/nl"><input type='
                f'"email" placeholder="you@example.org"><button>{inner[2]}</button></form></div>',
                f'<section class="inline-promo"><p><strong>{inner[0]}</strong></p><p>{inner[1]}</p><p><a class="btn" '
                f'href="/newsletter">{inner[2]}</a></p></section>', f'<aside class="nl-box"><h4>{inner[0]}</h4><div>'
                f'{inner[1]}</div><button type="submit">{inner[2]}</button></aside>')[v]
    if cls == "paywall":
        return (f'<div class="paywall-teaser"><p>{kit.j(cls, w["pay"])}</p><a class="btn" href="/subscribe">'
                f'{kit.j(cls, w["signup"])}</a></div>')
    if cls == "cookie":
        return (f'<div id="cookie-consent" role="dialog" class="cmp-banner"><p>{kit.j(cls, w["cookie"])}</p>'
                f'<button class="accept">{kit.j(cls, w["accept"])}</button></div>')
    if cls in ("related", "mostread"):
        head = kit.j(cls, w["related" if cls == "related" else "most"])
        items = [(kit.href(h), kit.j(cls, h)) for h in kit.heads(r.randint(3, 4))]
        if v == 0:
            lis = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in items)
            tag = "ul" if cls == "related" else "ol"
            return f'<aside class="{cls}"><h4>{head}</h4><{tag}>{lis}</{tag}></aside>'
        if v == 1:
            cards = "".join(f'<div class="card"><a href="{u}"><img src="/i/{i}.jpg" alt=""><span class="card-title">'
                            f'{t}</span></a></div>' for i, (u, t) in enumerate(items))
            return f'<div class="rail {cls}-rail"><div class="rail-head">{head}</div>{cards}</div>'
        links = "".join(f'<p><a href="{u}">{t}</a></p>' for u, t in items)
        return f'<section class="{cls}-block"><h3>{head}</h3>{links}</section>'
    if cls == "share":
        return (f'<div class="share-bar sticky"><span>{kit.j(cls, w["share"])}</span><a href="#fb">Facebook</a> '
                f'<a href="#x">X</a> <a href="#wa">WhatsApp</a><button>{kit.j(cls, w["copy"])}</button></div>')
    if cls == "comments":
        return f'<div class="comment-counter"><a href="#comments">{kit.j(cls, kit.n("comments"))}</a></div>'
    if cls == "readalso":
        h = kit.heads(1)[0]
        return (f'<p class="read-also"><strong>{kit.j(cls, w["also"])}:</strong> <a href="{kit.href(h)}">'
                f'{kit.j(cls, h)}</a></p>', f'<div class="inline-link">{kit.j(cls, w["also"])} → <a href="'
                f'{kit.href(h)}">{kit.j(cls, h)}</a></div>', f'<aside class="see-also"><span>{kit.j(cls, w["also"])}'
                f'</span><a href="{kit.href(h)}">{kit.j(cls, h)}</a></aside>')[v]
    if cls == "tags":
        tags = "".join(f'<a href="/tag/{i}" rel="tag">{kit.j(cls, t)}</a> ' for i, t in enumerate(
            kit.rng.sample(w["nav"].split("|")[1:], 3)))
        return f'<div class="tags"><span>{kit.j(cls, w["tags"])}:</span> {tags}</div>'
    raise ValueError(cls)


def fig(kit: Kit, caption: str) -> str:
    """A decorative picture: its caption and credit are furniture."""
    name = kit.rng.choice(kit.data["names"])
    cap = f'{kit.j("caption", caption)} ' if caption else ""
    return (f'<figure class="wp-img"><img src="https://cdn.{kit.site}/img/{kit.rng.randint(1, 999)}.jpg" alt="" '
            f'width="800" height="533"><figcaption>{cap}<span class="credit">{kit.j("credit", kit.w["photo"] + ": " + name)}'
            '</span></figcaption></figure>')


def blocks(kit: Kit, art: Article, spare: list[str], mode: str = "p") -> str:
    """The article's blocks; ``mode``: ``p`` (semantic), ``div`` (divs, no <p>), ``br`` (text and <br><br>),
    ``font`` (old markup with <font>)."""
    out = []
    caps = [headline(s) for s in spare[1:]]
    for kind, value in art.blocks:
        if kind == "p":
            out.append({"p": f"<p>{esc(value)}</p>", "div": f'<div class="text-block">{esc(value)}</div>',
                        "br": f"{esc(value)}<br><br>\n", "font": f'<font size="2">{esc(value)}</font><br><br>\n'}[mode])
        elif kind in ("h2", "h3", "item"):
            tag = "h3" if kind == "h3" else "h2"
            out.append({"p": f"<{tag}>{esc(value)}</{tag}>", "div": f'<div class="subhead"><strong>{esc(value)}'
                        '</strong></div>', "br": f"<b>{esc(value)}</b><br><br>\n",
                        "font": f'<font size="3"><b>{esc(value)}</b></font><br><br>\n'}[mode])
        elif kind in ("ul", "ol"):
            if mode in ("p", "div"):
                out.append(f"<{kind}>" + "".join(f"<li>{esc(x)}</li>" for x in value) + f"</{kind}>")
            else:
                out.append("".join(f"&bull; {esc(x)}<br>\n" for x in value) + "<br>\n")
        elif kind == "quote":
            out.append(f"<blockquote><p>{esc(value)}</p></blockquote>" if mode != "br" else
                       f"<blockquote>{esc(value)}</blockquote>")
        elif kind == "drop":
            out.append(f'<p class="has-drop-cap"><span class="dropcap">{esc(value[0])}</span>{esc(value[1:])}</p>')
        elif kind == "fn":
            text, i = value
            out.append(f'<p>{esc(text)}<sup id="fnref{i}"><a href="#fn{i}" class="footnote-ref">{i}</a></sup></p>')
        elif kind == "story":
            name = kit.rng.choice(kit.data["names"])
            out.append(f'<figure class="essay-photo"><img src="https://cdn.{kit.site}/essay/{len(out)}.jpg" alt="">'
                       f'<figcaption><p>{esc(value)}</p><span class="credit">'
                       f'{kit.j("credit", kit.w["photo"] + ": " + name)}</span></figcaption></figure>')
        elif kind == "fig":
            out.append(fig(kit, caps.pop() if caps and kit.rng.random() < 0.7 else ""))
        elif kind == "pull":
            out.append(f'<aside class="pullquote"><blockquote>{kit.j("pull", value)}</blockquote></aside>')
        elif kind == "break":
            out.append('<p class="section-break">* * *</p>')
        elif kind == "time":
            out.append(f'<time class="entry-time">{kit.j("time", value)}</time>')
        elif kind == "slot":
            out.append(box(kit, value))
        elif kind == "table":
            head, *rows = value
            out.append("<table class=\"data\"><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) +
                       "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                                                        for row in rows) + "</tbody></table>")
        elif kind == "card":
            out.append(recipe_card_head(kit, art))
    return "\n".join(out)


def recipe_card_head(kit: Kit, art: Article) -> str:
    w = kit.w
    return (f'<div class="recipe-card"><h2 class="recipe-name">{kit.j("recipe", art.title)}</h2>'
            f'<p class="recipe-meta">{kit.j("recipe", w["serves"])}</p><div class="rating">★★★★☆ '
            f'<span>{kit.j("recipe", kit.n("rate"))}</span></div></div>')


def header(kit: Kit, cls: str = "site-header") -> str:
    nav = kit.w["nav"].split("|")
    links = "".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(nav))
    kit.j("nav", " ".join(nav))
    return f'<header class="{cls}"><a class="logo" href="/">{esc(kit.site)}</a><nav><ul>{links}</ul></nav></header>'


def byline(kit: Kit, art: Article) -> str:
    return (f'<div class="byline">{esc(kit.w["by"])} <a rel="author" href="/author/x">{kit.j("byline", art.author)}'
            f'</a> · <time datetime="{kit.date}">{kit.date}</time> · <span>{kit.j("byline", kit.n("read", 3, 12))}'
            '</span></div>')


def footer(kit: Kit) -> str:
    w = kit.w
    return (f'<footer class="site-footer"><p>{kit.j("footer", w["follow"])}: <a href="#">Facebook</a> '
            f'<a href="#">Instagram</a></p><p>© 2026 {esc(kit.site)}. {kit.j("footer", w["rights"])}</p>'
            f'<a href="#top">{kit.j("footer", w["top"])}</a></footer>')


def head(kit: Kit, art: Article, extra: str = "") -> str:
    d = ' dir="rtl"' if kit.lang in ("ar", "he") else ""
    return (f'<!DOCTYPE html>\n<html lang="{kit.lang}"{d}><head><meta charset="utf-8"><title>{esc(art.title)} | '
            f'{esc(kit.site)}</title><meta property="og:title" content="{esc(art.title)}">'
            f'<meta name="viewport" content="width=device-width">{extra}</head>\n')
