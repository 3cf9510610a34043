"""Article content that looks like a comment thread and is not one, for the HTML generalisation
harness (tests/page_generalisation.py): a Q&A interview (speaker labels before each turn), a FAQ
(question headings over answers), a list of quotes with their speakers, a fan-fiction chapter
with its "Summary" and "Notes" boxes (AO3-like markup), a shop page's list of product reviews
(reviewer, date, stars, text). A page with one of them has no thread: no comment may be emitted
and every text of the block is article text.

`block(rng, lang, kind, paragraphs)` returns ``(html parts, [(kind, text)])``: the parts go
into the article's body, the texts must stay in the record's body.
"""
from __future__ import annotations

from html import escape

from . import generalisation_shapes as shapes
from .page_boards import HANDLES, REMARKS

KINDS = ("interview", "faq", "quotes", "fanfic", "reviews")
QUESTIONS = {
    "en": ["Why did the council change its mind?", "What happens to the old depot?", "How long will the works take?"],
    "de": ["Warum hat der Rat seine Meinung geändert?", "Was passiert mit dem alten Depot?", "Wie lange dauern die Arbeiten?"],
    "fr": ["Pourquoi le conseil a-t-il changé d'avis ?", "Que devient l'ancien dépôt ?", "Combien de temps durent les travaux ?"],
    "es": ["¿Por qué cambió de opinión el ayuntamiento?", "¿Qué pasará con la antigua cochera?",
           "¿Cuánto durarán las obras?"],
    "it": ["Perché il consiglio ha cambiato idea?", "Che fine farà il vecchio deposito?", "Quanto dureranno i lavori?"],
    "pt": ["Porque mudou a câmara de ideias?", "O que acontece ao antigo depósito?", "Quanto tempo duram as obras?"],
    "nl": ["Waarom is de raad van gedachten veranderd?", "Wat gebeurt er met het oude depot?", "Hoe lang duren de werken?"],
    "ru": ["Почему совет изменил решение?", "Что будет со старым депо?", "Сколько продлятся работы?"],
    "pl": ["Dlaczego rada zmieniła zdanie?", "Co stanie się ze starą zajezdnią?", "Jak długo potrwają prace?"]}
ASKER = {"en": "Q", "de": "Frage", "fr": "Question", "es": "Pregunta", "it": "Domanda", "pt": "Pergunta",
         "nl": "Vraag", "ru": "Вопрос", "pl": "Pytanie"}
RESIDENT = {"en": "resident", "de": "Anwohnerin", "fr": "habitante", "es": "vecina", "it": "residente",
            "pt": "moradora", "nl": "bewoner", "ru": "жительница района", "pl": "mieszkanka"}
FANFIC = {   # (summary label, notes label, summary, note)
    "en": ("Summary:", "Notes:", "After the flood, two neighbours rebuild more than a bridge.",
           "Written for the winter exchange. Thank you to my beta reader."),
    "de": ("Zusammenfassung:", "Anmerkungen:", "Nach dem Hochwasser bauen zwei Nachbarn mehr als eine Brücke wieder auf.",
           "Geschrieben für den Winteraustausch. Danke an meine Betaleserin."),
    "fr": ("Résumé :", "Notes :", "Après la crue, deux voisins reconstruisent bien plus qu'un pont.",
           "Écrit pour l'échange d'hiver. Merci à ma bêta-lectrice."),
    "es": ("Resumen:", "Notas:", "Tras la riada, dos vecinos reconstruyen mucho más que un puente.",
           "Escrito para el intercambio de invierno. Gracias a mi lectora beta."),
    "it": ("Riassunto:", "Note:", "Dopo l'alluvione, due vicini ricostruiscono molto più di un ponte.",
           "Scritta per lo scambio invernale. Grazie alla mia beta."),
    "pt": ("Resumo:", "Notas:", "Depois da cheia, dois vizinhos reconstroem muito mais do que uma ponte.",
           "Escrito para a troca de inverno. Obrigada à minha leitora beta."),
    "nl": ("Samenvatting:", "Notities:", "Na de overstroming bouwen twee buren meer dan een brug opnieuw op.",
           "Geschreven voor de winteruitwisseling. Dank aan mijn proeflezer."),
    "ru": ("Краткое содержание:", "Примечания:", "После наводнения двое соседей восстанавливают не только мост.",
           "Написано для зимнего обмена. Спасибо моей бете."),
    "pl": ("Streszczenie:", "Uwagi:", "Po powodzi dwoje sąsiadów odbudowuje coś więcej niż most.",
           "Napisane na zimową wymianę. Dziękuję mojej becie.")}
REVIEWS = {"en": "Customer reviews", "de": "Kundenbewertungen", "fr": "Avis clients", "es": "Opiniones de clientes",
           "it": "Recensioni dei clienti", "pt": "Avaliações de clientes", "nl": "Klantbeoordelingen",
           "ru": "Отзывы покупателей", "pl": "Opinie klientów"}
REVIEW_TEXTS = {
    "en": ["Sturdy and light, it folds in seconds and fits in the car boot.", "The strap broke after two weeks of use."],
    "de": ["Stabil und leicht, lässt sich in Sekunden falten und passt in den Kofferraum.",
           "Der Gurt ist nach zwei Wochen gerissen."],
    "fr": ["Solide et léger, il se plie en quelques secondes et tient dans le coffre.",
           "La sangle a cassé au bout de deux semaines."],
    "es": ["Resistente y ligero, se pliega en segundos y cabe en el maletero.", "La correa se rompió a las dos semanas."],
    "it": ["Robusto e leggero, si piega in pochi secondi e sta nel bagagliaio.", "La cinghia si è rotta dopo due settimane."],
    "pt": ["Resistente e leve, dobra-se em segundos e cabe na bagageira.", "A alça partiu-se ao fim de duas semanas."],
    "nl": ["Stevig en licht, in een paar seconden opgevouwen en past in de kofferbak.", "De riem brak na twee weken."],
    "ru": ["Прочный и лёгкий, складывается за секунды и помещается в багажник.", "Ремень порвался через две недели."],
    "pl": ["Solidny i lekki, składa się w kilka sekund i mieści w bagażniku.", "Pasek pękł po dwóch tygodniach."]}


def _interview(rng, lang, paragraphs):
    name = rng.choice(shapes.names(lang)).split()[-1]
    parts, kept = [], []
    for q, a in zip(QUESTIONS[lang], paragraphs):
        parts += [f"<p><strong>{ASKER[lang]}:</strong> {escape(q)}</p>", f"<p><strong>{escape(name)}:</strong> {escape(a)}</p>"]
        kept += [f"{ASKER[lang]}: {q}", f"{name}: {a}"]
    return parts, kept


def _faq(rng, lang, paragraphs):
    items = list(zip(QUESTIONS[lang], paragraphs))
    html = "".join(f'<div class="faq-item"><h3 class="faq-question">{escape(q)}</h3><div class="faq-answer"><p>'
                   f'{escape(a)}</p></div></div>' for q, a in items)
    return [f'<div class="faq">{html}</div>'], [t for pair in items for t in pair]


def _quotes(rng, lang, paragraphs):
    people = rng.sample(shapes.names(lang), 3)
    items = [(REMARKS[lang][k], f"— {p}, {RESIDENT[lang]}") for k, p in enumerate(people)]
    html = "".join(f'<li><blockquote><p>{escape(q)}</p></blockquote><p class="attribution">{escape(who)}</p></li>'
                   for q, who in items)
    return [f'<ul class="voices">{html}</ul>'], [t for pair in items for t in pair]


def _fanfic(rng, lang, paragraphs):
    summary_label, notes_label, summary, note = FANFIC[lang]
    html = (f'<div class="preface group"><div class="summary module"><h3 class="heading">{summary_label}</h3>'
            f'<blockquote class="userstuff"><p>{escape(summary)}</p></blockquote></div><div class="notes module">'
            f'<h3 class="heading">{notes_label}</h3><blockquote class="userstuff"><p>{escape(note)}</p></blockquote>'
            f'</div></div><div class="userstuff module" role="article">'
            + "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:2]) + "</div>")
    return [html], [summary, note] + paragraphs[:2]


def _reviews(rng, lang, paragraphs):
    people = rng.sample(HANDLES[lang], 2)
    texts = REVIEW_TEXTS[lang]
    html = "".join(f'<div class="review" itemprop="review"><div class="review-rating">{"★" * (5 - k)}{"☆" * k}</div>'
                   f'<span class="review-author" itemprop="author">{escape(p)}</span> <span class="review-date">'
                   f'{escape(shapes.date(rng, lang)[0])}</span><p class="review-text">{escape(t)}</p></div>'
                   for k, (p, t) in enumerate(zip(people, texts)))
    return [f'<section class="product-reviews"><h2>{REVIEWS[lang]}</h2>{html}</section>'], list(texts)


def block(rng, lang, kind: str, paragraphs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The block of ``kind`` (its answers and chapter text are ``paragraphs``): (html parts, kept)."""
    make = {"interview": _interview, "faq": _faq, "quotes": _quotes, "fanfic": _fanfic, "reviews": _reviews}[kind]
    parts, kept = make(rng, lang, paragraphs)
    return parts, [(kind, t) for t in kept]
