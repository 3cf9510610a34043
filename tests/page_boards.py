"""Comment threads of the HTML generalisation harness added as an out-of-sample check, in the
markup of comment systems and forums tests/page_threads.py does not render: Discourse posts,
vBulletin postbits, the Facebook comments plugin, Viafoura/Livefyre-like widgets, Typepad
comments ("Posted by: NAME | DATE" after the text), Drupal 8 ``article.comment`` with
``div.indented`` replies, Blogger's threaded template, comments whose author line follows the
text (replies in ``ul.children``) and replies nested only by ``margin-left`` styles. Authors
are forum handles as often as names; texts are the harness's own.

Every renderer takes the thread's items and returns its html; `thread(rng, lang)` returns
``(shape, html, gold)`` with gold one ``(author, depth, text)`` per comment in page order.
"""
from __future__ import annotations

from html import escape

from . import generalisation_shapes as shapes
from .page_threads import _nest

HANDLES = {"en": ["oldtimer58", "Ruth M.", "bike_commuter", "J. Okafor", "northside_dad"],
           "de": ["Nordlicht", "Karl-Heinz B.", "radler_77", "Petra aus Kiel", "skeptiker"],
           "fr": ["Lyonnais69", "Mireille D.", "cycliste_urbain", "Hervé", "pragmatique"],
           "es": ["Pepe_Madrid", "Lucía R.", "ciclista_urbano", "Andrés", "vecina_del_barrio"],
           "it": ["Gianni_TO", "Paola B.", "pendolare88", "Ernesto", "lettrice_attenta"],
           "pt": ["Zé_do_Porto", "Marta S.", "ciclista_lx", "Rui", "leitora_atenta"],
           "nl": ["Fietser_Utrecht", "Els V.", "forens82", "Henk", "kritische_lezer"],
           "ru": ["Пётр_К", "Наталья В.", "старожил58", "Мирон", "велосипедист"],
           "pl": ["Marek_K", "Ewa Z.", "rowerzysta77", "Zbyszek", "uważna_czytelniczka"]}
REMARKS = {
    "en": ["We waited forty minutes for a bus last winter. Anything is better than that.",
           "Who is going to pay for the extra drivers? The article does not say.",
           "My street was promised the same thing in 2019 and nothing happened.",
           "Good to see the numbers published for once. More of this please."],
    "de": ["Wir haben letzten Winter vierzig Minuten auf einen Bus gewartet. Alles ist besser als das.",
           "Wer bezahlt eigentlich die zusätzlichen Fahrer? Das steht nirgends.",
           "Unserer Straße wurde 2019 dasselbe versprochen, passiert ist nichts.",
           "Schön, dass die Zahlen endlich offengelegt werden. Bitte mehr davon."],
    "fr": ["L'hiver dernier, nous avons attendu quarante minutes un bus. Tout vaut mieux que ça.",
           "Qui va payer les chauffeurs supplémentaires ? L'article ne le dit pas.",
           "On avait promis la même chose à ma rue en 2019, et rien ne s'est passé.",
           "Enfin des chiffres publiés. Il en faudrait plus souvent."],
    "es": ["El invierno pasado esperamos cuarenta minutos un autobús. Cualquier cosa es mejor.",
           "¿Quién va a pagar a los conductores extra? El artículo no lo dice.",
           "A mi calle le prometieron lo mismo en 2019 y no pasó nada.",
           "Por fin publican las cifras. Ojalá lo hicieran siempre."],
    "it": ["L'inverno scorso abbiamo aspettato un autobus per quaranta minuti. Tutto è meglio di così.",
           "Chi pagherà gli autisti in più? L'articolo non lo dice.",
           "Alla mia via avevano promesso la stessa cosa nel 2019 e non è successo niente.",
           "Finalmente i numeri pubblicati. Servirebbe più spesso."],
    "pt": ["No inverno passado esperámos quarenta minutos por um autocarro. Tudo é melhor do que isso.",
           "Quem vai pagar os motoristas a mais? O artigo não diz.",
           "Prometeram o mesmo à minha rua em 2019 e nada aconteceu.",
           "Finalmente publicam os números. Devia ser sempre assim."],
    "nl": ["Vorige winter wachtten we veertig minuten op een bus. Alles is beter dan dat.",
           "Wie gaat de extra chauffeurs betalen? Dat staat er niet in.",
           "Onze straat kreeg in 2019 dezelfde belofte en er gebeurde niets.",
           "Fijn dat de cijfers eindelijk openbaar zijn. Graag vaker."],
    "ru": ["Прошлой зимой мы ждали автобус сорок минут. Что угодно лучше этого.",
           "А кто будет платить дополнительным водителям? В статье об этом ни слова.",
           "Нашей улице обещали то же самое в 2019 году, и ничего не произошло.",
           "Хорошо, что цифры наконец опубликовали. Побольше бы такого."],
    "pl": ["Zeszłej zimy czekaliśmy na autobus czterdzieści minut. Wszystko jest lepsze od tego.",
           "Kto zapłaci dodatkowym kierowcom? W artykule nie ma ani słowa.",
           "Mojej ulicy obiecano to samo w 2019 roku i nic się nie wydarzyło.",
           "Dobrze, że wreszcie opublikowano liczby. Więcej takich tekstów."]}
POSTED_BY = {"en": "Posted by:", "de": "Geschrieben von:", "fr": "Écrit par :", "es": "Publicado por:",
             "it": "Scritto da:", "pt": "Publicado por:", "nl": "Geplaatst door:", "ru": "Автор:", "pl": "Autor:"}
LIKE = {"en": "Like", "de": "Gefällt mir", "fr": "J'aime", "es": "Me gusta", "it": "Mi piace", "pt": "Gosto",
        "nl": "Vind ik leuk", "ru": "Нравится", "pl": "Lubię to"}


def _items(rng, lang, max_depth: int, names=None, texts=None, most: int = 5) -> list[tuple[str, int, str]]:
    """(author, depth, text) of 2 to ``most`` comments (``names``, ``texts``: the pools, the
    handles and remarks of this module when None), depth at most ``max_depth``."""
    names, texts = names or HANDLES[lang], texts or REMARKS[lang]
    out: list[tuple[str, int, str]] = []
    for k in range(rng.randint(2, most)):
        depth = 0 if not out else min(max_depth, rng.choice([0, 0, out[-1][1] + 1, out[-1][1]]))
        out.append((names[(k * 2 + rng.randrange(2)) % len(names)], depth, texts[k % len(texts)]))
    return out


def _when(rng, lang, times: bool | None = None):
    return escape(shapes.date(rng, lang, times=rng.random() < 0.5 if times is None else times)[0])


def discourse(rng, lang, items):
    posts = "".join(
        f'<div class="topic-post"><article class="boxed onscreen-post" id="post_{k + 2}"><div class="row">'
        f'<div class="topic-avatar"><img class="avatar" alt=""></div><div class="topic-body clearfix">'
        f'<div class="topic-meta-data"><div class="names"><span class="first username"><a href="/u/{k}">{escape(a)}</a>'
        f'</span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"><span '
        f'class="relative-date">{_when(rng, lang)}</span></a></div></div></div><div class="regular contents">'
        f'<div class="cooked"><p>{escape(t)}</p></div><section class="post-menu-area"><button class="reply">'
        f'{shapes.REPLY_CONTROL[lang]}</button></section></div></div></div></article></div>'
        for k, (a, _, t) in enumerate(items))
    return f'<div class="topic-area"><div class="posts-wrapper">{posts}</div></div>'


def vbulletin(rng, lang, items):
    posts = "".join(
        f'<li class="postbitlegacy postcontainer" id="post_{k + 100}"><div class="posthead"><span class="postdate">'
        f'<span class="date">{_when(rng, lang)}</span></span><span class="nodecontrols">#{k + 2}</span></div>'
        f'<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username" '
        f'href="/member/{k}"><strong>{escape(a)}</strong></a></div><span class="usertitle">Member</span>'
        f'<dl class="userinfo_extra"><dt>Join Date</dt><dd>Mar 2015</dd><dt>Posts</dt><dd>{rng.randint(5, 900)}</dd>'
        f'</dl></div><div class="postbody"><div class="content"><blockquote class="postcontent restore">{escape(t)}'
        f'</blockquote></div></div></div></li>' for k, (a, _, t) in enumerate(items))
    return f'<div id="postlist" class="postlist"><ol id="posts" class="posts">{posts}</ol></div>'


def facebook(rng, lang, items):
    def one(author, depth, text):
        return (f'<div class="_3-8y _5nz1 clearfix"><div class="_ohe lfloat"><img class="img _1ci" alt=""></div>'
                f'<div class="_42ef"><div class="UFICommentContentBlock"><a class="UFICommentActorName" href="/p">'
                f'{escape(author)}</a><div class="_3-8m"><span class="_5mdd"><span>{escape(text)}</span></span></div>'
                f'<div class="_2vq9 fsm fwn fcg"><a href="#">{LIKE[lang]}</a> · <a href="#">'
                f'{shapes.REPLY_CONTROL[lang]}</a> · <abbr class="livetimestamp">{_when(rng, lang)}</abbr></div></div>')
    body = _nest(items, one, "</div></div>", '<div class="_44ri _2pis">', "</div>")
    return f'<div class="fb-comments" data-href="https://example.org/a"><div class="_4k-6">{body}</div></div>'


def viafoura(rng, lang, items):
    def one(author, depth, text):
        return (f'<li class="vf-comment-container"><div class="vf-comment-header"><span class="vf-author-name">'
                f'{escape(author)}</span> <time class="vf-timestamp">{_when(rng, lang)}</time></div>'
                f'<div class="vf-content-text"><p>{escape(text)}</p></div><div class="vf-comment-actions">'
                f'<button>{shapes.REPLY_CONTROL[lang]}</button><button>{LIKE[lang]}</button></div>')
    body = _nest(items, one, "</li>", '<ul class="vf-replies">', "</ul>")
    return (f'<div class="vf-conversations"><h2 class="vf-widget-title">{shapes.COMMENTS[lang]}</h2>'
            f'<ul class="vf-content-list">{body}</ul></div>')


def typepad(rng, lang, items):
    parts = "".join(f'<div class="comment" id="comment-{rng.randint(10**6, 10**7)}"><div class="comment-content">'
                    f'<p>{escape(t)}</p></div><p class="comment-footer">{POSTED_BY[lang]} <a href="/p">{escape(a)}</a>'
                    f' | <a href="#c">{_when(rng, lang)}</a></p></div>' for a, _, t in items)
    return (f'<div class="comments" id="comments"><h3 class="comments-header">{shapes.COMMENTS[lang]}</h3>'
            f'<div class="comments-content">{parts}</div></div>')


def drupal8(rng, lang, items):
    def one(author, depth, text):
        return (f'<article class="comment js-comment by-anonymous" role="article"><footer class="comment__meta">'
                f'<p class="comment__author"><span>{escape(author)}</span></p><p class="comment__time">'
                f'{_when(rng, lang)}</p></footer><div class="comment__content"><div class="field--name-comment-body">'
                f'<p>{escape(text)}</p></div><ul class="links inline"><li class="comment-reply"><a href="#r">'
                f'{shapes.REPLY_CONTROL[lang]}</a></li></ul></div>')
    body = _nest(items, one, "</article>", '<div class="indented">', "</div>", inside=False)
    return f'<section class="field--name-comment comments"><h2>{shapes.COMMENTS[lang]}</h2>{body}</section>'


def blogger_threaded(rng, lang, items):
    def one(author, depth, text):
        return (f'<li class="comment" id="c{rng.randint(10**6, 10**7)}"><div class="avatar-image-container"><img alt="">'
                f'</div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="/p">'
                f'{escape(author)}</a></cite><span class="datetime secondary-text"><a href="#c">{_when(rng, lang)}</a>'
                f'</span></div><p class="comment-content">{escape(text)}</p><span class="comment-actions secondary-text">'
                f'<a class="comment-reply">{shapes.REPLY_CONTROL[lang]}</a></span></div>')
    body = _nest(items, one, "</li>", '<div class="comment-replies"><div class="comment-thread inline-thread">'
                 '<ol class="thread-chrome thread-expanded">', "</ol></div></div>")
    return (f'<div class="comments threaded" id="comments"><h3 class="title">{len(items)} '
            f'{shapes.COMMENTS[lang].lower()}:</h3><div class="comments-content"><div class="comment-thread '
            f'toplevel-thread"><ol id="top-ra">{body}</ol></div></div></div>')


def author_after(rng, lang, items):
    def one(author, depth, text):
        return (f'<li><div class="response-text"><p>{escape(text)}</p></div><p class="by">{escape(author)} · '
                f'{_when(rng, lang)}</p>')
    body = _nest(items, one, "</li>", '<ul class="children">', "</ul>")
    return f'<div class="responses"><h3>{shapes.COMMENTS[lang]}</h3><ul class="response-list">{body}</ul></div>'


def margin(rng, lang, items):
    parts = "".join(f'<div class="entry" style="margin-left: {d * 30}px"><strong>{escape(a)}</strong> '
                    f'<small>{_when(rng, lang)}</small><p>{escape(t)}</p></div>' for a, d, t in items)
    return f'<div class="discussion"><h4>{shapes.COMMENTS[lang]} ({len(items)})</h4>{parts}</div>'


FLAT = {"discourse": discourse, "vbulletin": vbulletin, "typepad": typepad}
ONE_LEVEL = {"facebook": facebook, "blogger-threaded": blogger_threaded}
NESTED = {"viafoura": viafoura, "drupal8": drupal8, "author-after": author_after, "margin": margin}
SHAPES = tuple(FLAT) + tuple(ONE_LEVEL) + tuple(NESTED)


def thread(rng, lang, shape: str | None = None):
    """``(shape, html, gold)``: a thread of ``shape`` (any of ``SHAPES`` when None)."""
    shape = shape or rng.choice(SHAPES)
    items = _items(rng, lang, 0 if shape in FLAT else 1 if shape in ONE_LEVEL else 2)
    make = {**FLAT, **ONE_LEVEL, **NESTED}[shape]
    return shape, make(rng, lang, items), items
