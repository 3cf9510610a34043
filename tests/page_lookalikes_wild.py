"""Blocks that look like a comment thread and are not one, for the HTML generalisation harness,
beside those of tests/page_lookalikes.py: article content (a live blog's timed entries with
their reporters, a testimonial carousel, readers' questions answered by the newsroom, a dated
timeline) and page furniture (a "latest posts" list with authors, dates and excerpts, the boxes
of an article's two authors with avatars). A page with one of them has no thread: no comment may
be emitted. The content blocks' texts must stay in the body (`block`, as
tests/page_lookalikes.py's); the furniture's lines must leave it (``BELOW``, as
tests/page_furniture.py's).
"""
from __future__ import annotations

from html import escape

from . import generalisation_shapes as shapes
from .page_lookalikes import QUESTIONS

KINDS = ("live-blog", "testimonials", "reader-questions", "timeline")
LIVE = {"en": "Live", "de": "Liveticker", "fr": "En direct", "es": "Directo", "it": "Diretta", "pt": "Ao minuto",
        "nl": "Liveblog", "ru": "Онлайн", "pl": "Relacja na żywo"}
ASKED = {"en": "Asked by {name}", "de": "Frage von {name}", "fr": "Question de {name}", "es": "Pregunta de {name}",
         "it": "Domanda di {name}", "pt": "Pergunta de {name}", "nl": "Vraag van {name}", "ru": "Спрашивает {name}",
         "pl": "Pyta {name}"}
PRAISE = {
    "en": ["The new timetable changed my mornings completely.", "Friendly drivers and clean buses, every single day."],
    "de": ["Der neue Fahrplan hat meine Morgen völlig verändert.", "Freundliche Fahrer und saubere Busse, jeden Tag."],
    "fr": ["Le nouvel horaire a complètement changé mes matinées.", "Des chauffeurs aimables et des bus propres, chaque jour."],
    "es": ["El nuevo horario cambió por completo mis mañanas.", "Conductores amables y autobuses limpios, todos los días."],
    "it": ["Il nuovo orario ha cambiato del tutto le mie mattine.", "Autisti gentili e autobus puliti, ogni giorno."],
    "pt": ["O novo horário mudou por completo as minhas manhãs.", "Motoristas simpáticos e autocarros limpos, todos os dias."],
    "nl": ["De nieuwe dienstregeling heeft mijn ochtenden helemaal veranderd.",
           "Vriendelijke chauffeurs en schone bussen, elke dag."],
    "ru": ["Новое расписание полностью изменило мои утра.", "Вежливые водители и чистые автобусы каждый день."],
    "pl": ["Nowy rozkład całkowicie zmienił moje poranki.", "Uprzejmi kierowcy i czyste autobusy, każdego dnia."]}
LATEST = {"en": "Latest posts", "de": "Neueste Artikel", "fr": "Derniers articles", "es": "Últimas entradas",
          "it": "Ultimi articoli", "pt": "Últimos artigos", "nl": "Laatste berichten", "ru": "Последние записи",
          "pl": "Najnowsze wpisy"}
POSTS = {   # (title, excerpt)
    "en": [("Night buses return to the suburbs", "The first line runs from Friday and stops at the station"),
           ("Market square closed for repairs", "Stalls move to the harbour car park until the end of May")],
    "de": [("Nachtbusse fahren wieder in die Vororte", "Die erste Linie fährt ab Freitag und hält am Bahnhof"),
           ("Marktplatz wegen Reparaturen gesperrt", "Die Stände ziehen bis Ende Mai auf den Hafenparkplatz")],
    "fr": [("Les bus de nuit reviennent en banlieue", "La première ligne circule dès vendredi et dessert la gare"),
           ("La place du marché fermée pour travaux", "Les étals déménagent sur le parking du port jusqu'à fin mai")],
    "es": [("Vuelven los autobuses nocturnos a las afueras", "La primera línea circula desde el viernes y para en la estación"),
           ("Cerrada la plaza del mercado por obras", "Los puestos se trasladan al aparcamiento del puerto hasta mayo")],
    "it": [("Tornano gli autobus notturni in periferia", "La prima linea parte venerdì e ferma alla stazione"),
           ("Piazza del mercato chiusa per lavori", "Le bancarelle si spostano al parcheggio del porto fino a maggio")],
    "pt": [("Autocarros noturnos regressam aos subúrbios", "A primeira linha circula a partir de sexta e para na estação"),
           ("Praça do mercado fechada para obras", "As bancas mudam-se para o parque do porto até ao fim de maio")],
    "nl": [("Nachtbussen rijden weer naar de voorsteden", "De eerste lijn rijdt vanaf vrijdag en stopt bij het station"),
           ("Marktplein dicht voor herstelwerk", "De kramen verhuizen tot eind mei naar de parkeerplaats bij de haven")],
    "ru": [("Ночные автобусы возвращаются в пригороды", "Первый маршрут запустят в пятницу, он будет останавливаться у вокзала"),
           ("Рыночная площадь закрыта на ремонт", "До конца мая торговцы переезжают на парковку у порта")],
    "pl": [("Nocne autobusy wracają na przedmieścia", "Pierwsza linia ruszy w piątek i zatrzyma się przy dworcu"),
           ("Rynek zamknięty z powodu remontu", "Stragany do końca maja przenoszą się na parking przy porcie")]}
BIO = {"en": "{name} covers transport and city hall.", "de": "{name} berichtet über Verkehr und Rathaus.",
       "fr": "{name} couvre les transports et la mairie.", "es": "{name} cubre transporte y ayuntamiento.",
       "it": "{name} segue trasporti e comune.", "pt": "{name} acompanha transportes e a câmara.",
       "nl": "{name} schrijft over verkeer en het stadhuis.", "ru": "{name} пишет о транспорте и мэрии.",
       "pl": "{name} pisze o transporcie i ratuszu."}


def _clock(rng) -> str:
    return f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}"


def _live_blog(rng, lang, paragraphs):
    reporters = rng.sample(shapes.names(lang), 2)
    entries = paragraphs[:4]
    html = "".join(f'<div class="liveblog-entry" id="entry-{k}"><div class="entry-meta"><time>{_clock(rng)}</time> '
                   f'<span class="entry-author">{escape(reporters[k % 2])}</span></div><div class="entry-body"><p>'
                   f'{escape(p)}</p></div><div class="entry-tools"><a href="#e{k}">#</a></div></div>'
                   for k, p in enumerate(entries))
    return [f'<div class="liveblog"><p class="live-label">{LIVE[lang]}</p>{html}</div>'], entries


def _testimonials(rng, lang, paragraphs):
    people = rng.sample(shapes.names(lang), 2)
    quotes = PRAISE[lang]
    html = "".join(f'<div class="slide"><div class="stars">★★★★★</div><blockquote><p>{escape(q)}</p></blockquote>'
                   f'<p class="who"><img class="avatar" src="/t{k}.jpg" alt=""><strong>{escape(p)}</strong></p></div>'
                   for k, (p, q) in enumerate(zip(people, quotes)))
    return [f'<div class="testimonials carousel">{html}</div>'], list(quotes)


def _reader_questions(rng, lang, paragraphs):
    people = rng.sample(shapes.names(lang), 3)
    pairs = list(zip(QUESTIONS[lang], paragraphs[:3], people))
    html = "".join(f'<div class="qa-item"><p class="qa-asker">{escape(ASKED[lang].format(name=n))}, '
                   f'{escape(shapes.date(rng, lang)[0])}</p><p class="qa-question"><strong>{escape(q)}</strong></p>'
                   f'<div class="qa-answer"><p>{escape(a)}</p></div></div>' for q, a, n in pairs)
    return [f'<div class="reader-qa">{html}</div>'], [t for q, a, _ in pairs for t in (q, a)]


def _timeline(rng, lang, paragraphs):
    events = paragraphs[:3]
    html = "".join(f'<li class="event"><span class="event-date">{escape(shapes.date(rng, lang, times=False)[0])}'
                   f'</span><p>{escape(p)}</p></li>' for p in events)
    return [f'<ol class="timeline">{html}</ol>'], events


def block(rng, lang, kind: str, paragraphs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The block of ``kind`` (its entries are ``paragraphs``): (html parts, kept)."""
    make = {"live-blog": _live_blog, "testimonials": _testimonials, "reader-questions": _reader_questions,
            "timeline": _timeline}[kind]
    parts, kept = make(rng, lang, paragraphs)
    return parts, [(kind, t) for t in kept]


def latest_posts(rng, lang):
    people = rng.sample(shapes.names(lang), 2)
    rows = [(t, e, p, shapes.date(rng, lang, times=False)[0]) for (t, e), p in zip(POSTS[lang], people)]
    html = "".join(f'<li class="post-item"><a class="post-title" href="/p/{k}">{escape(t)}</a> <span class="post-by">'
                   f'{escape(p)}</span> <span class="post-date">{escape(d)}</span><p class="post-excerpt">{escape(e)}'
                   f' […]</p></li>' for k, (t, e, p, d) in enumerate(rows))
    return (f'<div class="latest-posts"><h3>{LATEST[lang]}</h3><ul>{html}</ul></div>',
            [LATEST[lang]] + [t for t, *_ in rows] + [f"{e} […]" for _, e, *_ in rows])


def author_boxes(rng, lang):
    people = rng.sample(shapes.names(lang), 2)
    bios = [BIO[lang].format(name=p) for p in people]
    html = "".join(f'<div class="author-box"><img class="avatar" src="/a{k}.jpg" alt=""><h4 class="author-name">'
                   f'{escape(p)}</h4><p class="author-bio">{escape(b)}</p><a class="author-twitter" href="/t{k}">'
                   f'@{k}news</a></div>' for k, (p, b) in enumerate(zip(people, bios)))
    return f'<div class="post-authors">{html}</div>', bios


BELOW = {"latest-posts": latest_posts, "author-boxes": author_boxes}
