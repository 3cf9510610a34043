"""Article markups of the HTML generalisation harness (tests/page_generalisation.py).

``SEEN``: the eight markups the chain was first measured on (``<article>``/``<main>``,
class-less divs, a layout table, WordPress, Drupal, Joomla, Blogger, Ghost). ``UNSEEN``: markups
added later as an out-of-sample check, written from how such sites mark pages up: Medium and
Substack, AMP (``amp-img``, ``amp-ad`` with its label), a news site's ``div.story-body`` with
``div.article__content``, paragraphs that are ``<br><br>``-separated text in one div, a
page builder's deep div soup with generated class names, Typepad/Movable Type (``entry-body``
and its ``entry-footer``), and news CMSs whose classes are in the page's language
(``artikel-text``, ``contenu-article``, ``statja-tekst``...).

`wrap(rng, markup, lang, title, head, parts)` returns ``(html, extra)``: the article and the
furniture the markup itself brings (``(class, html-free lines)``: an ad label, an entry footer).
"""
from __future__ import annotations

import re
from html import escape

SEEN = ("semantic", "divs", "table", "wordpress", "drupal", "joomla", "blogger", "ghost")
UNSEEN = ("medium", "substack", "amp", "story-body", "br-text", "soup", "typepad", "native")

AD_LABEL = {"en": "Advertisement", "de": "Anzeige", "fr": "Publicité", "es": "Publicidad", "it": "Pubblicità",
            "pt": "Publicidade", "nl": "Advertentie", "ru": "Реклама", "pl": "Reklama"}
POSTED = {   # Movable Type's entry footer: (posted at {time} in, permalink, comments)
    "en": ("Posted at {t} in", "Permalink", "Comments ({n})"), "de": ("Veröffentlicht um {t} in", "Permalink",
                                                                       "Kommentare ({n})"),
    "fr": ("Publié à {t} dans", "Lien permanent", "Commentaires ({n})"),
    "es": ("Publicado a las {t} en", "Enlace permanente", "Comentarios ({n})"),
    "it": ("Pubblicato alle {t} in", "Permalink", "Commenti ({n})"),
    "pt": ("Publicado às {t} em", "Link permanente", "Comentários ({n})"),
    "nl": ("Geplaatst om {t} in", "Permalink", "Reacties ({n})"),
    "ru": ("Опубликовано в {t} в рубрике", "Постоянная ссылка", "Комментарии ({n})"),
    "pl": ("Opublikowano o {t} w", "Link bezpośredni", "Komentarze ({n})")}
CATEGORY = {"en": "Local news", "de": "Lokales", "fr": "Actualité locale", "es": "Local", "it": "Cronaca",
            "pt": "Local", "nl": "Regionaal", "ru": "Новости города", "pl": "Wiadomości lokalne"}
NATIVE = {   # (wrapper class, title class, text class) as news CMSs in the language name them
    "en": ("article-wrapper", "article-headline", "article-text"), "de": ("artikel", "artikel-titel", "artikel-text"),
    "fr": ("article-contenu", "titre-article", "contenu-article"), "es": ("noticia", "titular", "cuerpo-noticia"),
    "it": ("articolo", "titolo-articolo", "testo-articolo"), "pt": ("materia", "titulo-materia", "texto-materia"),
    "nl": ("artikel", "artikel-kop", "artikel-tekst"), "ru": ("statja", "statja-zagolovok", "statja-tekst"),
    "pl": ("artykul", "tytul-artykulu", "tresc-artykulu")}


def _seen(markup: str, title: str, head: str, body: str) -> str:
    h1 = f"<h1>{escape(title)}</h1>"
    if markup == "semantic":
        return f"<main><article>{h1}{head}<div>{body}</div></article></main>"
    if markup == "divs":
        return f"<div><div>{h1}{head}</div><div>{body}</div></div>"
    if markup == "table":
        return f'<table width="100%"><tr><td valign="top">{h1}{head}{body}</td></tr></table>'
    if markup == "wordpress":
        return (f'<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">'
                f'{escape(title)}</h1>{head}</header><div class="entry-content">{body}</div></article>')
    if markup == "drupal":
        return (f'<div class="node node-article"><h1 class="page-title">{escape(title)}</h1>{head}'
                f'<div class="field field-name-body"><div class="field-items"><div class="field-item even">{body}'
                f'</div></div></div></div>')
    if markup == "joomla":
        return (f'<div class="item-page" itemscope><div class="page-header"><h2 itemprop="headline">{escape(title)}</h2>'
                f'</div>{head}<div itemprop="articleBody">{body}</div></div>')
    if markup == "blogger":
        return (f'<div class="post hentry"><h3 class="post-title entry-title">{escape(title)}</h3>{head}'
                f'<div class="post-body entry-content">{body}</div></div>')
    return (f'<article class="gh-article"><header class="gh-article-header"><h1 class="gh-article-title">'
            f'{escape(title)}</h1>{head}</header><section class="gh-content">{body}</section></article>')


def _token(rng, n: int = 5) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def _medium(rng, title, head, parts):
    cls = " ".join(_token(rng, 2) for _ in range(6))
    body = "".join(re.sub(r"^<p>", f'<p class="pw-post-body-paragraph {cls}" data-selectable-paragraph="" '
                                   f'id="{_token(rng, 4)}">', p) for p in parts)
    return (f'<article><div class="{_token(rng)}"><section><div class="{_token(rng)} {_token(rng)}">'
            f'<h1 class="pw-post-title {_token(rng, 2)}" data-testid="storyTitle">{escape(title)}</h1>{head}'
            f'{body}</div></section></div></article>')


def _substack(rng, title, head, parts):
    return (f'<div class="single-post"><div class="post-header"><h1 class="post-title published">{escape(title)}</h1>'
            f'{head}</div><div class="available-content"><div dir="auto" class="body markup">{"".join(parts)}'
            f'</div></div></div>')


def _amp(rng, lang, title, head, parts):
    at = rng.randint(1, len(parts))
    ad = (f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/{rng.randint(1000, 9999)}/article">'
          f'<div placeholder>{AD_LABEL[lang]}</div></amp-ad>')
    body = parts[:at] + [ad] + parts[at:]
    img = (f'<amp-img src="/img/{rng.randint(1, 999)}.jpg" width="1200" height="675" layout="responsive" alt="">'
           f'</amp-img>')
    html = (f'<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">'
            f'{escape(title)}</h1>{head}</header><figure class="amp-wp-article-featured-image">{img}</figure>'
            f'<div class="amp-wp-article-content">{"".join(body)}</div></article>')
    return html, [("ad-label", [AD_LABEL[lang]])]


def _story_body(rng, title, head, parts):
    inner = "".join(f'<div class="article__content-block">{p}</div>' if p.startswith("<p>") else p for p in parts)
    return (f'<div class="story-body"><div class="story-body__header"><h1 class="story-body__h1">{escape(title)}'
            f'</h1>{head}</div><div class="article__content" data-component="text-block">{inner}</div></div>')


def _br_text(rng, title, head, parts):
    out = []
    for p in parts:     # paragraphs become text runs between <br><br>; other blocks stay elements
        out.append(p[3:-4] + "<br><br>" if p.startswith("<p>") and p.endswith("</p>") else p)
    return (f'<div id="content"><h2 class="headline">{escape(title)}</h2>{head}<div class="text">{"".join(out)}'
            f'</div></div>')


def _soup(rng, title, head, parts):
    def box(inner):
        return (f'<div class="{_token(rng)} comp-{_token(rng, 8)}" data-testid="richTextElement">'
                f'<div class="{_token(rng)}">{inner}</div></div>')
    body = "".join(box(re.sub(r"^<p>(.*)</p>$", r'<p class="font_8"><span>\1</span></p>', p)) for p in parts)
    return (f'<div id="SITE_CONTAINER"><div class="{_token(rng)}"><div id="comp-{_token(rng, 8)}" class="{_token(rng)}">'
            f'{box(f"<h1 class=font_0>{escape(title)}</h1>")}{head}{body}</div></div></div>')


def _typepad(rng, lang, title, head, parts):
    posted, link, comments = POSTED[lang]
    when = f"{rng.randint(1, 12)}:{rng.randint(10, 59)}"
    line = posted.format(t=when)
    count = comments.format(n=rng.randint(0, 9))
    footer = (f'<div class="entry-footer"><p class="entry-footer-info">{escape(line)} '
              f'<a href="/cat">{escape(CATEGORY[lang])}</a> | <a class="permalink" href="/p">{escape(link)}</a> | '
              f'<a href="#comments">{escape(count)}</a></p></div>')
    html = (f'<div class="entry-type-post entry" id="entry-{rng.randint(1000, 99999)}"><h3 class="entry-header">'
            f'{escape(title)}</h3>{head}<div class="entry-content"><div class="entry-body">{"".join(parts)}</div></div>'
            f'{footer}</div>')
    return html, [("entry-footer", [f"{line} {CATEGORY[lang]} | {link} | {count}"])]


def _native(rng, lang, title, head, parts):
    wrapper, title_cls, text = NATIVE[lang]
    return (f'<div class="{wrapper}"><h1 class="{title_cls}">{escape(title)}</h1>{head}<div class="{text}">'
            f'{"".join(parts)}</div></div>')


def wrap(rng, markup: str, lang: str, title: str, head: str, parts: list[str]) -> tuple[str, list]:
    """The article in ``markup``: ``(html, [(furniture class, lines)])``."""
    if markup in SEEN:
        return _seen(markup, title, head, "".join(parts)), []
    if markup == "amp":
        return _amp(rng, lang, title, head, parts)
    if markup == "typepad":
        return _typepad(rng, lang, title, head, parts)
    if markup == "native":
        return _native(rng, lang, title, head, parts), []
    make = {"medium": _medium, "substack": _substack, "story-body": _story_body, "br-text": _br_text,
            "soup": _soup}[markup]
    return make(rng, title, head, parts), []
