"""Comment threads of the HTML generalisation harness, in the markup of several real CMS shapes:
WordPress (``ol.commentlist > li.comment > article.comment-body``, replies in ``ul.children``),
a Disqus-like list, Drupal ``div.comment`` wrappers (replies in ``div.indented``), Blogger
"X said..." with the date below, bare ``<p>`` comments after a heading with the language's word
for "Comments", phpBB-like posts. Every renderer returns ``(html, gold)``: gold is one
``(author, depth, text)`` per comment, in page order.
"""
from __future__ import annotations

from html import escape

from . import generalisation_shapes as shapes

SAID = {"en": "said...", "de": "hat gesagt…", "fr": "a dit…", "es": "dijo...", "it": "ha detto...",
        "pt": "disse...", "nl": "zei...", "ru": "сказал(а)...", "pl": "powiedział(a)..."}
LEAVE = {"en": "Leave a Reply", "de": "Schreibe einen Kommentar", "fr": "Laisser un commentaire",
         "es": "Deja una respuesta", "it": "Lascia un commento", "pt": "Deixe uma resposta", "nl": "Geef een reactie",
         "ru": "Добавить комментарий", "pl": "Dodaj komentarz"}


def _tree(rng, lang) -> list[tuple[str, int, str]]:
    """(author, depth, text) in page order: 2-5 comments, some replies (depth at most 2)."""
    names = shapes.names(lang)
    texts = shapes.TEXTS[lang]
    out: list[tuple[str, int, str]] = []
    for k in range(rng.randint(2, 5)):
        depth = 0 if not out else rng.choice([0, 0, min(out[-1][1] + 1, 2), out[-1][1]])
        text = texts[k % len(texts)]
        if rng.random() < 0.3:
            text += " " + shapes.MORE[lang]
        out.append((names[(k * 3 + rng.randrange(3)) % len(names)], depth, text))
    return out


def _nest(items, one, close: str, children: str, children_close: str, inside: bool = True) -> str:
    """Items nested by depth: each reply in a children container inside its parent (``inside``)
    or right after it (Drupal's ``div.indented``)."""
    def render(k: int) -> tuple[str, int]:
        author, depth, text = items[k]
        html, j = one(author, depth, text), k + 1
        kids = []
        while j < len(items) and items[j][1] > depth:
            kid, j = render(j)
            kids.append(kid)
        replies = children + "".join(kids) + children_close if kids else ""
        return (html + replies + close if inside else html + close + replies), j
    out, k = [], 0
    while k < len(items):
        html, k = render(k)
        out.append(html)
    return "".join(out)


def _when(rng, lang):
    return shapes.date(rng, lang, times=rng.random() < 0.5)[0]


def wordpress(rng, lang, items):
    def one(author, depth, text):
        return (f'<li class="comment depth-{depth + 1}" id="comment-{rng.randint(100, 9999)}">'
                f'<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<b class="fn">{escape(author)}</b> <span class="says">says:</span></div>'
                f'<div class="comment-metadata"><a href="#c"><time>{escape(_when(rng, lang))}</time></a></div></footer>'
                f'<div class="comment-content"><p>{escape(text)}</p></div>'
                f'<div class="reply"><a class="comment-reply-link" href="#r">{shapes.REPLY_CONTROL[lang]}</a></div>'
                f'</article>')
    body = _nest(items, one, "</li>", '<ul class="children">', "</ul>")
    heading = f'<h2 class="comments-title">{len(items)} {shapes.COMMENTS[lang]}</h2>'
    form = f'<div id="respond"><h3 class="comment-reply-title">{LEAVE[lang]}</h3><form><textarea></textarea></form></div>'
    return f'<div id="comments" class="comments-area">{heading}<ol class="commentlist">{body}</ol>{form}</div>'


def disqus(rng, lang, items):
    def one(author, depth, text):
        return (f'<li class="post"><div class="post-content"><div class="post-byline">'
                f'<span class="author"><a href="/u">{escape(author)}</a></span> '
                f'<span class="post-meta"><a class="time-ago" title="{escape(_when(rng, lang))}">'
                f'{escape(_when(rng, lang))}</a></span></div>'
                f'<div class="post-body-inner"><div class="post-message"><p>{escape(text)}</p></div></div>'
                f'<footer><a class="reply">{shapes.REPLY_CONTROL[lang]}</a></footer></div>')
    body = _nest(items, one, "</li>", '<ul class="children">', "</ul>")
    return f'<div id="disqus_thread"><ul id="post-list" class="post-list">{body}</ul></div>'


def drupal(rng, lang, items):
    def one(author, depth, text):
        return (f'<div class="comment comment-by-anonymous clearfix"><div class="submitted">'
                f'<span class="username">{escape(author)}</span> — {escape(_when(rng, lang))}</div>'
                f'<div class="content"><div class="field-name-comment-body"><p>{escape(text)}</p></div></div>'
                f'<ul class="links"><li class="comment-reply"><a href="#r">{shapes.REPLY_CONTROL[lang].lower()}</a></li>'
                f'</ul>')
    body = _nest(items, one, "</div>", '<div class="indented">', "</div>", inside=False)
    return (f'<section id="comments" class="comment-wrapper"><h2 class="title">{shapes.COMMENTS[lang]}</h2>'
            f'{body}</section>')


def blogger(rng, lang, items):
    flat = [(a, 0, t) for a, _, t in items]
    parts = []
    for author, _, text in flat:
        parts.append(f'<dt class="comment-author"><a href="/p/{rng.randint(1, 99)}">{escape(author)}</a> {SAID[lang]}</dt>'
                     f'<dd class="comment-body"><p>{escape(text)}</p></dd>'
                     f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c">'
                     f'{escape(_when(rng, lang))}</a></span></dd>')
    html = (f'<div class="comments" id="comments"><h4>{len(flat)} {shapes.COMMENTS[lang].lower()}:</h4>'
            f'<dl id="comments-block">{"".join(parts)}</dl></div>')
    return html, flat


BARE_VARIANTS = False    # `bare` in more shapes (page_unlisted --bare): signature lines without a class,
#                          "Name, date", the signature before the text; off, the old seeds' pages are unchanged


def bare(rng, lang, items):
    flat = [(a, 0, t) for a, _, t in items]
    parts = []
    cls, sep, before = ' class="posted"', " | ", False
    if BARE_VARIANTS:
        cls, sep, before = rng.choice((cls, "")), rng.choice((sep, ", ")), rng.random() < 0.5
    for author, _, text in flat:
        when = _when(rng, lang)
        by = "Posted by: " if lang == "en" else ""
        sign, said = f'<p{cls}>{by}{escape(author)}{sep}{escape(when)}</p>', f'<p>{escape(text)}</p>'
        parts.append(sign + said if before else said + sign)
    return f'<h3>{shapes.COMMENTS[lang]}</h3>{"".join(parts)}', flat


def phpbb(rng, lang, items):
    """phpBB 3 (prosilver): the poster's profile, then the post: the topic's title after "Re:", the author
    line "by <name> » <date>", the text."""
    flat = [(a, 0, t) for a, _, t in items]
    topic = rng.choice(SUBJECTS[lang])
    by = shapes.BY[lang][0].rstrip(":").lower() if lang not in ("ru", "pl") else "—"
    parts = []
    for k, (author, _, text) in enumerate(flat):
        parts.append(f'<div id="p{k + 10}" class="post bg{k % 2 + 1}"><div class="inner">'
                     f'<dl class="postprofile"><dt><a class="username" href="/m">{escape(author)}</a></dt>'
                     f'<dd><strong>Posts:</strong> {rng.randint(1, 900)}</dd></dl><div class="postbody">'
                     f'<h3><a href="#p{k + 10}">Re: {escape(topic)}</a></h3><p class="author">{by} <strong>'
                     f'<a class="username" href="/m">{escape(author)}</a></strong> » {escape(_when(rng, lang))}</p>'
                     f'<div class="content">{escape(text)}</div></div></div></div>')
    return f'<div class="topic-replies"><h3>{shapes.COMMENTS[lang]}</h3>{"".join(parts)}</div>', flat


SUBJECTS = {"en": ["Night bus plans"], "de": ["Pläne für Nachtbusse"], "fr": ["Les bus de nuit"],
            "es": ["Los autobuses nocturnos"], "it": ["Gli autobus notturni"], "pt": ["Os autocarros noturnos"],
            "nl": ["De nachtbussen"], "ru": ["Ночные автобусы"], "pl": ["Nocne autobusy"]}
NESTED = {"wordpress": wordpress, "disqus": disqus, "drupal": drupal}
FLAT = {"blogger": blogger, "bare": bare, "phpbb": phpbb}
SHAPES = tuple(NESTED) + tuple(FLAT)


def thread(rng, lang, shape: str | None = None):
    """``(shape, html, gold)``: a comment thread of ``shape`` (any when None)."""
    shape = shape or rng.choice(SHAPES)
    items = _tree(rng, lang)
    if shape in NESTED:
        return shape, NESTED[shape](rng, lang, items), items
    html, flat = FLAT[shape](rng, lang, items)
    return shape, html, flat
