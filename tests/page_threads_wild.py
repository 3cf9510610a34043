"""Comment threads of the HTML generalisation harness in markup neither tests/page_threads.py nor
tests/page_boards.py renders, added as a second out-of-sample check: the static markup of the
Disqus WordPress plugin (``dsq-`` ids), Livefyre streams, XenForo message lists, Joomla
JComments and Komento, Isso, Commento and Coral embeds, Medium responses, Substack comment
lists, a 2005-style table forum (phpBB 2 ``forumline``), comments whose class names are in the
page's language with "X schrieb am DATE:" heads, and an unnamed news module (generic classes,
vote counts, "Report" links) under a comment heading. Texts are the harness's own.

Every renderer takes the thread's items and returns its html; `thread(rng, lang)` returns
``(shape, html, gold)`` with gold one ``(author, depth, text)`` per comment in page order.
"""
from __future__ import annotations

from html import escape

from . import generalisation_shapes as shapes
from . import page_boards as boards
from .page_boards import HANDLES, LIKE, _when
from .page_threads import _nest

NOTES = {   # short and plain comments, of the kind the two other modules do not write
    "en": ["Agreed, finally some sense from the council.", "Does anyone know if the night line stops at the hospital?",
           "Same story every year. I will believe it when I see the buses.", "Thanks for the clear write-up."],
    "de": ["Stimmt, endlich mal Vernunft im Rathaus.", "Weiß jemand, ob die Nachtlinie am Krankenhaus hält?",
           "Jedes Jahr dasselbe. Ich glaube es erst, wenn die Busse fahren.", "Danke für den klaren Bericht."],
    "fr": ["D'accord, enfin un peu de bon sens à la mairie.", "Quelqu'un sait si la ligne de nuit s'arrête à l'hôpital ?",
           "Chaque année la même histoire. J'y croirai quand je verrai les bus.", "Merci pour cet article clair."],
    "es": ["De acuerdo, por fin algo de sentido común en el ayuntamiento.",
           "¿Alguien sabe si la línea nocturna para en el hospital?",
           "Todos los años lo mismo. Lo creeré cuando vea los autobuses.", "Gracias por el artículo tan claro."],
    "it": ["D'accordo, finalmente un po' di buon senso in comune.", "Qualcuno sa se la linea notturna ferma all'ospedale?",
           "Ogni anno la stessa storia. Ci crederò quando vedrò gli autobus.", "Grazie per l'articolo chiaro."],
    "pt": ["Concordo, finalmente algum bom senso na câmara.", "Alguém sabe se a linha noturna para no hospital?",
           "Todos os anos a mesma história. Acredito quando vir os autocarros.", "Obrigado pelo artigo claro."],
    "nl": ["Eens, eindelijk wat gezond verstand op het stadhuis.", "Weet iemand of de nachtlijn bij het ziekenhuis stopt?",
           "Elk jaar hetzelfde verhaal. Ik geloof het pas als de bussen rijden.", "Bedankt voor het heldere stuk."],
    "ru": ["Согласен, наконец-то здравый смысл в мэрии.", "Кто-нибудь знает, останавливается ли ночной маршрут у больницы?",
           "Каждый год одно и то же. Поверю, когда увижу автобусы.", "Спасибо за понятную статью."],
    "pl": ["Zgadzam się, wreszcie trochę rozsądku w ratuszu.", "Czy ktoś wie, czy nocna linia staje przy szpitalu?",
           "Co roku to samo. Uwierzę, jak zobaczę autobusy.", "Dzięki za jasny tekst."]}
WROTE = {"en": "wrote on", "de": "schrieb am", "fr": "a écrit le", "es": "escribió el", "it": "ha scritto il",
         "pt": "escreveu em", "nl": "schreef op", "ru": "написал(а)", "pl": "napisał(a)"}
REPORT = {"en": "Report", "de": "Melden", "fr": "Signaler", "es": "Denunciar", "it": "Segnala", "pt": "Denunciar",
          "nl": "Melden", "ru": "Пожаловаться", "pl": "Zgłoś"}
QUOTE = {"en": "Quote", "de": "Zitieren", "fr": "Citer", "es": "Citar", "it": "Cita", "pt": "Citar", "nl": "Citeren",
         "ru": "Цитировать", "pl": "Cytuj"}
LOCAL_CLASS = {"en": "comment", "de": "kommentar", "fr": "commentaire", "es": "comentario", "it": "commento",
               "pt": "comentario", "nl": "reactie", "ru": "kommentariy", "pl": "komentarz"}
RESPONSES = {"en": "Responses", "de": "Antworten", "fr": "Réponses", "es": "Respuestas", "it": "Risposte",
             "pt": "Respostas", "nl": "Reacties", "ru": "Ответы", "pl": "Odpowiedzi"}


def _items(rng, lang, max_depth: int) -> list[tuple[str, int, str]]:
    return boards._items(rng, lang, max_depth, HANDLES[lang] + shapes.names(lang)[:3],
                         NOTES[lang] + shapes.TEXTS[lang][:2], most=6)


def disqus_static(rng, lang, items):
    def one(author, depth, text):
        n = rng.randint(10**5, 10**6)
        return (f'<li id="dsq-comment-{n}"><div id="dsq-comment-header-{n}" class="dsq-comment-header"><cite '
                f'id="dsq-cite-{n}"><span id="dsq-author-user-{n}">{escape(author)}</span></cite></div>'
                f'<div id="dsq-comment-body-{n}" class="dsq-comment-body"><div id="dsq-comment-message-{n}" '
                f'class="dsq-comment-message">{escape(text)}</div></div>')
    body = _nest(items, one, "</li>", "<ul>", "</ul>")
    return f'<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">{body}</ul></div></div>'


def livefyre(rng, lang, items):
    def one(author, depth, text):
        return (f'<article class="fyre-comment-article" data-message-id="{rng.randint(10**7, 10**8)}"><header '
                f'class="fyre-comment-head"><span class="fyre-comment-username"><span>{escape(author)}</span></span>'
                f' <time class="fyre-comment-date">{_when(rng, lang)}</time></header><section class="fyre-comment-body">'
                f'<div class="fyre-comment"><p>{escape(text)}</p></div></section><footer class="fyre-comment-footer">'
                f'<a class="fyre-comment-like">{LIKE[lang]}</a> <a class="fyre-comment-reply">'
                f'{shapes.REPLY_CONTROL[lang]}</a></footer>')
    body = _nest(items, one, "</article>", '<div class="fyre-comment-children">', "</div>")
    return f'<div id="livefyre"><div class="fyre-comment-stream">{body}</div></div>'


def xenforo(rng, lang, items):
    posts = "".join(
        f'<li id="post-{k + 700}" class="message" data-author="{escape(a)}"><div class="messageUserInfo"><div '
        f'class="messageUserBlock"><h3 class="userText"><a class="username" href="/members/{k}">{escape(a)}</a><em '
        f'class="userTitle">Well-known member</em></h3></div></div><div class="messageInfo primaryContent"><div '
        f'class="messageContent"><article><blockquote class="messageText baseHtml">{escape(t)}</blockquote></article>'
        f'</div><div class="messageMeta"><div class="privateControls"><span class="item muted"><a class="datePermalink" '
        f'href="#p"><span class="DateTime">{_when(rng, lang)}</span></a></span></div><div class="publicControls">'
        f'<a class="item control postNumber">#{k + 1}</a> <a class="ReplyQuote item control reply">{QUOTE[lang]}</a>'
        f'</div></div></div></li>' for k, (a, _, t) in enumerate(items))
    return f'<form class="InlineModForm"><ol id="messageList" class="messageList">{posts}</ol></form>'


def jcomments(rng, lang, items):
    def one(author, depth, text):
        return (f'<div class="{"odd" if rng.random() < 0.5 else "even"}" id="comment-item-{rng.randint(1, 999)}">'
                f'<div class="rbox"><div class="comment-box"><span class="comment-author">{escape(author)}</span> '
                f'<span class="comment-date">{_when(rng, lang, True)}</span><div class="comment-body">{escape(text)}'
                f'</div><span class="comments-buttons"><a href="#">{shapes.REPLY_CONTROL[lang]}</a> | <a href="#">'
                f'{QUOTE[lang]}</a></span></div></div>')
    body = _nest(items, one, "</div>", '<div class="comments-list">', "</div>", inside=False)
    return (f'<div id="jc"><h4>{shapes.COMMENTS[lang]} <a class="rss" href="/rss">RSS</a></h4>'
            f'<div id="comments-list" class="comments-list">{body}</div></div>')


def komento(rng, lang, items):
    parts = "".join(
        f'<li id="kmt-{k + 40}" class="kmt-item kmt-comment-item-public kmt-child-{d}" style="margin-left: {d * 40}px">'
        f'<div class="kmt-wrap"><div class="kmt-head"><h3 class="kmt-author"><a href="/u">{escape(a)}</a></h3> '
        f'<span class="kmt-time">{_when(rng, lang)}</span></div><div class="kmt-body"><div class="kmt-text">'
        f'{escape(t)}</div></div><div class="kmt-control"><a class="kmt-reply" href="#">{shapes.REPLY_CONTROL[lang]}'
        f'</a> <a class="kmt-like" href="#">{LIKE[lang]}</a> <a class="kmt-report" href="#">{REPORT[lang]}</a></div>'
        f'</div></li>' for k, (a, d, t) in enumerate(items))
    return (f'<div id="section-kmt" class="theme-kuro"><h3 class="kmt-title">{shapes.COMMENTS[lang]} ({len(items)})'
            f'</h3><ul class="kmt-list reset-child">{parts}</ul></div>')


def isso(rng, lang, items):
    def one(author, depth, text):
        n = rng.randint(1, 999)
        return (f'<div class="isso-comment" id="isso-{n}"><div class="avatar"></div><div class="text-wrapper"><div '
                f'class="isso-comment-header" role="meta"><span class="author">{escape(author)}</span><span '
                f'class="spacer">•</span><a class="permalink" href="#isso-{n}"><time>{_when(rng, lang)}</time></a>'
                f'</div><div class="text"><p>{escape(text)}</p></div><div class="isso-comment-footer"><span '
                f'class="votes">{rng.randint(0, 9)}</span><a class="upvote" href="#">▲</a><a class="downvote" '
                f'href="#">▼</a><a class="reply" href="#">{shapes.REPLY_CONTROL[lang]}</a></div>')
    body = _nest(items, one, "</div></div>", '<div class="isso-follow-up">', "</div>")
    return f'<section id="isso-thread"><h4>{len(items)} {shapes.COMMENTS[lang]}</h4>{body}</section>'


def commento(rng, lang, items):
    def one(author, depth, text):
        return (f'<div class="commento-card" id="commento-card-{rng.randint(10**5, 10**6)}"><div class="commento-header">'
                f'<div class="commento-name">{escape(author)}</div><div class="commento-subtitle"><div '
                f'class="commento-timeago">{_when(rng, lang)}</div><div class="commento-score">{rng.randint(0, 30)} '
                f'points</div></div></div><div class="commento-body"><p>{escape(text)}</p></div><div '
                f'class="commento-options"><button class="commento-option-reply">{shapes.REPLY_CONTROL[lang]}</button>'
                f'</div>')
    body = _nest(items, one, "</div>", '<div class="commento-body commento-children">', "</div>")
    return f'<div id="commento"><div id="commento-comments-area">{body}</div></div>'


def coral(rng, lang, items):
    def one(author, depth, text):
        return (f'<div class="coral coral-comment" role="article"><div class="coral-comment-topBar"><span '
                f'class="coral-comment-username">{escape(author)}</span> <time class="coral-timestamp">'
                f'{_when(rng, lang)}</time></div><div class="coral-comment-content">{escape(text)}</div><div '
                f'class="coral-comment-actionBar"><button class="coral-comment-reactButton">{LIKE[lang]} '
                f'{rng.randint(1, 9)}</button><button class="coral-comment-replyButton">{shapes.REPLY_CONTROL[lang]}'
                f'</button><button class="coral-comment-reportButton">{REPORT[lang]}</button></div>')
    body = _nest(items, one, "</div>", '<div class="coral-indent">', "</div>")
    return f'<div id="coral_thread"><div class="coral coral-stream">{body}</div></div>'


def medium(rng, lang, items):
    posts = "".join(
        f'<div class="streamItem streamItem--conversation"><div class="postArticle"><div class="postMetaInline '
        f'u-floatLeft"><a class="ds-link" href="/@u{k}">{escape(a)}</a><div class="ui-caption"><time>'
        f'{_when(rng, lang, False)}</time></div></div><div class="postArticle-content"><p>{escape(t)}</p></div>'
        f'<div class="postArticle-actions"><button class="button--chromeless">{rng.randint(1, 90)}</button></div>'
        f'</div></div>' for k, (a, _, t) in enumerate(items))
    return f'<section class="responsesStream"><h3>{RESPONSES[lang]}</h3><div class="responsesStreamWrapper">{posts}</div></section>'


def substack(rng, lang, items):
    def one(author, depth, text):
        return (f'<div class="comment-list-item"><div class="comment"><div class="comment-content"><div '
                f'class="comment-meta"><span class="commenter-name"><a href="/p">{escape(author)}</a></span> <a '
                f'class="comment-timestamp" href="#c">{_when(rng, lang, False)}</a></div><div class="comment-body">'
                f'<p>{escape(text)}</p></div><div class="comment-actions"><a href="#">{LIKE[lang]} '
                f'({rng.randint(1, 9)})</a> <a href="#">{shapes.REPLY_CONTROL[lang]}</a></div></div></div>')
    body = _nest(items, one, "</div>", '<div class="comment-list-items">', "</div>")
    return f'<div class="comments-page"><div class="comment-list">{body}</div></div>'


def table_forum(rng, lang, items):
    rows = "".join(
        f'<tr><td class="row{k % 2 + 1}" valign="top" width="150"><span class="name"><a name="{k}"></a><b>'
        f'{escape(a)}</b></span><br><span class="postdetails">Posts: {rng.randint(1, 900)}</span></td>'
        f'<td class="row{k % 2 + 1}" valign="top"><span class="postdetails">{_when(rng, lang, True)}</span><hr>'
        f'<span class="postbody">{escape(t)}</span></td></tr><tr><td class="spaceRow" colspan="2" height="1"></td></tr>'
        for k, (a, _, t) in enumerate(items))
    return (f'<table class="forumline" width="100%" cellspacing="1"><tr><th class="thLeft">Author</th>'
            f'<th class="thRight">{shapes.COMMENTS[lang]}</th></tr>{rows}</table>')


def localised(rng, lang, items):
    cls = LOCAL_CLASS[lang]

    def one(author, depth, text):
        return (f'<div class="{cls}"><p class="{cls}-kopf"><strong>{escape(author)}</strong> {WROTE[lang]} '
                f'{_when(rng, lang, True)}:</p><p>{escape(text)}</p><p class="{cls}-aktionen"><a href="#">'
                f'{shapes.REPLY_CONTROL[lang]}</a> <a href="#">{REPORT[lang]}</a></p>')
    body = _nest(items, one, "</div>", f'<div class="{cls}-antworten">', "</div>")
    return f'<div class="{cls}e-bereich"><h3>{shapes.COMMENTS[lang]}</h3>{body}</div>'


def news_module(rng, lang, items):
    def one(author, depth, text):
        return (f'<li class="item"><div class="item-head"><span class="nick">{escape(author)}</span> <span '
                f'class="when">{_when(rng, lang)}</span></div><div class="item-text">{escape(text)}</div><div '
                f'class="item-foot"><span class="up">+{rng.randint(0, 40)}</span> <span class="down">'
                f'-{rng.randint(0, 9)}</span> <a href="#">{REPORT[lang]}</a></div>')
    body = _nest(items, one, "</li>", '<ul class="sub">', "</ul>")
    return f'<div class="box-bottom"><h2>{shapes.COMMENTS[lang]} ({len(items)})</h2><ul class="list">{body}</ul></div>'


FLAT = {"xenforo": xenforo, "medium": medium, "table-forum": table_forum}
NESTED = {"disqus-static": disqus_static, "livefyre": livefyre, "jcomments": jcomments, "komento": komento,
          "isso": isso, "commento": commento, "coral": coral, "substack": substack, "localised": localised,
          "news-module": news_module}
SHAPES = tuple(FLAT) + tuple(NESTED)


def thread(rng, lang, shape: str | None = None):
    """``(shape, html, gold)``: a thread of ``shape`` (any of ``SHAPES`` when None)."""
    shape = shape or rng.choice(SHAPES)
    items = _items(rng, lang, 0 if shape in FLAT else 2)
    return shape, {**FLAT, **NESTED}[shape](rng, lang, items), items
