"""Sidebar widgets of blog engines (2008-2024) for the HTML generalisation harness, beside
tests/page_blog_furniture.py: category lists with post counts, "recent comments" lists
("Ann on <post title>"), the "Meta" box (log in, feeds, the engine's site) and tag clouds,
in every language of the harness, at times in generic markup. Renderers return ``(html, lines)``.
The words are the harness's own, apart from cleaners/lang."""

from __future__ import annotations

from html import escape

from .page_blog_furniture import plain
from .page_furniture import SECTIONS, TAG_WORDS

W = {   # (categories, recent comments, "on", meta, log in, entries feed, comments feed)
    "en": ("Categories", "Recent Comments", "on", "Meta", "Log in", "Entries feed", "Comments feed"),
    "de": ("Kategorien", "Neueste Kommentare", "bei", "Meta", "Anmelden", "Feed der Einträge",
           "Kommentare-Feed"),
    "fr": ("Catégories", "Commentaires récents", "dans", "Méta", "Connexion", "Flux des publications",
           "Flux des commentaires"),
    "es": ("Categorías", "Comentarios recientes", "en", "Meta", "Acceder", "Feed de entradas",
           "Feed de comentarios"),
    "it": ("Categorie", "Commenti recenti", "su", "Meta", "Accedi", "Feed dei contenuti", "Feed dei commenti"),
    "pt": ("Categorias", "Comentários recentes", "em", "Meta", "Iniciar sessão", "Feed de entradas",
           "Feed de comentários"),
    "nl": ("Categorieën", "Recente reacties", "op", "Meta", "Inloggen", "Berichten feed", "Reacties feed"),
    "ru": ("Рубрики", "Свежие комментарии", "к записи", "Мета", "Войти", "RSS записей", "RSS комментариев"),
    "pl": ("Kategorie", "Najnowsze komentarze", "o", "Meta", "Zaloguj się", "Kanał wpisów", "Kanał komentarzy"),
}
POSTS = {"en": ["Spring in the old orchard", "A walk along the canal"],
         "de": ["Frühling im alten Obstgarten", "Ein Spaziergang am Kanal"],
         "fr": ["Le printemps au vieux verger", "Une promenade le long du canal"],
         "es": ["Primavera en el viejo huerto", "Un paseo junto al canal"],
         "it": ["Primavera nel vecchio frutteto", "Una passeggiata lungo il canale"],
         "pt": ["Primavera no velho pomar", "Um passeio junto ao canal"],
         "nl": ["Lente in de oude boomgaard", "Een wandeling langs het kanaal"],
         "ru": ["Весна в старом саду", "Прогулка вдоль канала"],
         "pl": ["Wiosna w starym sadzie", "Spacer wzdłuż kanału"]}
COMMENTERS = ["Ruth", "gardenfan77", "Tomasz K.", "Élodie"]


def categories(rng, lang):
    head = W[lang][0]
    cats = [(c, rng.randint(1, 40)) for c in rng.sample(SECTIONS[lang][1:], 4)]
    items = "".join(f'<li class="cat-item"><a href="/c/{k}">{escape(c)}</a> ({n})</li>' for k, (c, n) in enumerate(cats))
    html = f'<aside class="widget widget_categories"><h2 class="widget-title">{escape(head)}</h2><ul>{items}</ul></aside>'
    return html, [head] + [f"{c} ({n})" for c, n in cats]


def recent_comments(rng, lang):
    """Commenters' names and the posts they commented on: a widget, no comment thread."""
    head, on = W[lang][1], W[lang][2]
    rows = [(who, rng.choice(POSTS[lang])) for who in rng.sample(COMMENTERS, 3)]
    items = "".join(f'<li class="recentcomments"><span class="comment-author-link">{escape(who)}</span> {escape(on)} '
                    f'<a href="/p/{k}#comment-{k}">{escape(post)}</a></li>' for k, (who, post) in enumerate(rows))
    html = (f'<aside class="widget widget_recent_comments"><h2 class="widget-title">{escape(head)}</h2>'
            f'<ul id="recentcomments">{items}</ul></aside>')
    return html, [head] + [f"{who} {on} {post}" for who, post in rows]


def meta_box(rng, lang):
    head, login, entries, feed = W[lang][3:]
    links = [login, entries, feed, "WordPress.org"]
    items = "".join(f'<li><a href="/m/{k}">{escape(t)}</a></li>' for k, t in enumerate(links))
    html = f'<aside class="widget widget_meta"><h2 class="widget-title">{escape(head)}</h2><ul>{items}</ul></aside>'
    return html, [head] + links


def tag_cloud(rng, lang):
    words = rng.sample(TAG_WORDS[lang] + SECTIONS[lang][1:4], 6)
    links = " ".join(f'<a href="/t/{k}" class="tag-cloud-link" style="font-size: {rng.choice([8, 11, 14, 19, 22])}pt;">'
                     f'{escape(w)}</a>' for k, w in enumerate(words))
    return f'<div class="widget widget_tag_cloud"><div class="tagcloud">{links}</div></div>', [" ".join(words)]


BELOW = {cls: plain(make) for cls, make in {"categories": categories, "recent-comments": recent_comments,
                                            "meta-box": meta_box, "tag-cloud": tag_cloud}.items()}
