"""Page furniture of the HTML generalisation harness (tests/page_generalisation.py): navigation
menus, share rows, newsletter boxes, related-story boxes, cookie banners, figures with caption
and credit, bylines with dates, tag lists and footers, each in several markups and in every
language of ``LANGS``. Every renderer returns ``(html, lines)``: the markup and the texts a
reader sees in it, the gold that must never reach the body.

The word data here is the harness's own, written apart from cleaners/lang on purpose: a word
the language files miss is a finding, not a test to adjust.
"""
from __future__ import annotations

from html import escape

from . import generalisation_exports as exports
from . import generalisation_shapes as shapes

LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl")

SECTIONS = {
    "en": ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"],
    "de": ["Startseite", "Welt", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung"],
    "fr": ["Accueil", "Monde", "Politique", "Économie", "Sport", "Culture", "Opinions"],
    "es": ["Inicio", "Internacional", "Política", "Economía", "Deportes", "Cultura", "Opinión"],
    "it": ["Home", "Mondo", "Politica", "Economia", "Sport", "Cultura", "Opinioni"],
    "pt": ["Início", "Mundo", "Política", "Economia", "Desporto", "Cultura", "Opinião"],
    "nl": ["Home", "Buitenland", "Politiek", "Economie", "Sport", "Cultuur", "Opinie"],
    "ru": ["Главная", "В мире", "Политика", "Экономика", "Спорт", "Культура", "Мнения"],
    "pl": ["Strona główna", "Świat", "Polityka", "Gospodarka", "Sport", "Kultura", "Opinie"],
}
SHARE = {"en": ["Share", "Share this article", "Share on"], "de": ["Teilen", "Artikel teilen"],
         "fr": ["Partager", "Partager cet article"], "es": ["Compartir", "Comparte esta noticia"],
         "it": ["Condividi", "Condividi l'articolo"], "pt": ["Partilhar", "Compartilhe"], "nl": ["Delen", "Deel dit artikel"],
         "ru": ["Поделиться"], "pl": ["Udostępnij", "Podziel się"]}
NETWORKS = ["Facebook", "Twitter", "WhatsApp", "LinkedIn", "Telegram", "E-mail", "Pinterest", "Reddit"]
NEWSLETTER = {   # (heading, blurb, button, e-mail placeholder)
    "en": ("Sign up for our newsletter", "Get the day's top stories in your inbox every morning.", "Subscribe",
           "Your email address"),
    "de": ("Newsletter abonnieren", "Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach.",
           "Abonnieren", "Ihre E-Mail-Adresse"),
    "fr": ("Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
           "S'inscrire", "Votre adresse e-mail"),
    "es": ("Suscríbete a nuestro boletín", "Recibe cada mañana las noticias más importantes en tu correo.",
           "Suscribirme", "Tu correo electrónico"),
    "it": ("Iscriviti alla nostra newsletter", "Ricevi ogni mattina le notizie principali nella tua casella di posta.",
           "Iscriviti", "Il tuo indirizzo email"),
    "pt": ("Receba a nossa newsletter", "As principais notícias do dia no seu e-mail, todas as manhãs.", "Subscrever",
           "O seu e-mail"),
    "nl": ("Meld je aan voor onze nieuwsbrief", "Ontvang elke ochtend het belangrijkste nieuws in je mailbox.",
           "Aanmelden", "Je e-mailadres"),
    "ru": ("Подпишитесь на рассылку", "Главные новости дня каждое утро в вашей почте.", "Подписаться",
           "Ваш e-mail"),
    "pl": ("Zapisz się do newslettera", "Najważniejsze wiadomości dnia co rano w Twojej skrzynce.", "Zapisz się",
           "Twój adres e-mail"),
}
RELATED = {"en": ["Related stories", "Read more", "More on this story", "You may also like"],
           "de": ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel"],
           "fr": ["À lire aussi", "Sur le même sujet", "Lire aussi"], "es": ["Noticias relacionadas", "Te puede interesar"],
           "it": ["Articoli correlati", "Leggi anche"], "pt": ["Notícias relacionadas", "Leia também"],
           "nl": ["Lees ook", "Meer over dit onderwerp"], "ru": ["Читайте также", "По теме"],
           "pl": ["Czytaj także", "Zobacz też"]}
COOKIES = {   # (notice, accept, settings)
    "en": ("We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
           "Accept all", "Cookie settings"),
    "de": ("Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten.", "Alle akzeptieren",
           "Einstellungen"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience sur notre site.", "Tout accepter",
           "Paramétrer les cookies"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar tu experiencia de navegación.", "Aceptar todo",
           "Configurar cookies"),
    "it": ("Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.", "Accetta tutti",
           "Gestisci preferenze"),
    "pt": ("Utilizamos cookies para melhorar a sua experiência no nosso site.", "Aceitar todos", "Definições de cookies"),
    "nl": ("Wij gebruiken cookies om uw ervaring op onze website te verbeteren.", "Alles accepteren",
           "Cookie-instellingen"),
    "ru": ("Мы используем файлы cookie, чтобы сделать сайт удобнее для вас.", "Принять", "Настройки"),
    "pl": ("Używamy plików cookie, aby zapewnić najlepsze działanie naszej strony.", "Akceptuję", "Ustawienia"),
}
TAGS = {"en": "Tags", "de": "Schlagwörter", "fr": "Mots-clés", "es": "Etiquetas", "it": "Tag", "pt": "Tags",
        "nl": "Tags", "ru": "Теги", "pl": "Tagi"}
TAG_WORDS = {"en": ["floods", "transport", "budget", "weather"], "de": ["Hochwasser", "Verkehr", "Haushalt", "Wetter"],
             "fr": ["inondations", "transports", "budget", "météo"], "es": ["inundaciones", "transporte", "presupuesto"],
             "it": ["alluvioni", "trasporti", "bilancio"], "pt": ["cheias", "transportes", "orçamento"],
             "nl": ["overstromingen", "verkeer", "begroting"], "ru": ["наводнение", "транспорт", "бюджет"],
             "pl": ["powódź", "transport", "budżet"]}
FOOTER = {   # (links, rights)
    "en": (["About us", "Contact", "Privacy policy", "Terms of use"], "All rights reserved."),
    "de": (["Impressum", "Kontakt", "Datenschutz", "AGB"], "Alle Rechte vorbehalten."),
    "fr": (["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], "Tous droits réservés."),
    "es": (["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"], "Todos los derechos reservados."),
    "it": (["Chi siamo", "Contatti", "Note legali", "Privacy"], "Tutti i diritti riservati."),
    "pt": (["Quem somos", "Contactos", "Termos de uso", "Privacidade"], "Todos os direitos reservados."),
    "nl": (["Over ons", "Contact", "Privacybeleid", "Voorwaarden"], "Alle rechten voorbehouden."),
    "ru": (["О нас", "Контакты", "Политика конфиденциальности"], "Все права защищены."),
    "pl": (["O nas", "Kontakt", "Polityka prywatności", "Regulamin"], "Wszelkie prawa zastrzeżone."),
}
CAPTIONS = {"en": "Rescue workers clear the road near the village on Tuesday morning.",
            "de": "Helfer räumen am Dienstagmorgen die Straße vor dem Dorf.",
            "fr": "Des secouristes dégagent la route près du village mardi matin.",
            "es": "Los equipos de rescate despejan la carretera cerca del pueblo el martes.",
            "it": "I soccorritori liberano la strada vicino al paese martedì mattina.",
            "pt": "Equipas de socorro limpam a estrada perto da aldeia na terça-feira.",
            "nl": "Hulpverleners maken dinsdagochtend de weg bij het dorp vrij.",
            "ru": "Спасатели расчищают дорогу у деревни во вторник утром.",
            "pl": "Ratownicy oczyszczają drogę w pobliżu wsi we wtorek rano."}
AGENCIES = shapes.AGENCIES


def _links(words, rng, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="/{k}">{escape(w)}</a></li>' for k, w in enumerate(words))


def navigation(rng, lang):
    words = rng.sample(SECTIONS[lang], rng.randint(4, 7))
    shape = rng.choice(["nav", "ul-menu", "div-links", "header-nav"])
    if shape == "nav":
        html = f'<nav class="main-nav"><ul>{_links(words, rng)}</ul></nav>'
    elif shape == "ul-menu":
        html = f'<div id="menu"><ul class="menu">{_links(words, rng, "menu-item")}</ul></div>'
    elif shape == "div-links":
        html = '<div class="topbar">' + " | ".join(f'<a href="/s{k}">{escape(w)}</a>' for k, w in enumerate(words)) + "</div>"
    else:
        html = (f'<header class="site-header"><a class="logo" href="/">Daily Ledger</a>'
                f'<nav role="navigation"><ul>{_links(words, rng)}</ul></nav></header>')
    return html, words


def share_row(rng, lang):
    label = rng.choice(SHARE[lang])
    nets = rng.sample(NETWORKS, rng.randint(3, 5))
    shape = rng.choice(["div", "ul", "buttons"])
    if shape == "div":
        html = (f'<div class="share-buttons"><span>{escape(label)}:</span> '
                + " ".join(f'<a href="https://{n.lower()}.example/share">{n}</a>' for n in nets) + "</div>")
    elif shape == "ul":
        html = f'<div class="social-share"><h4>{escape(label)}</h4><ul>{_links(nets, rng, "share-item")}</ul></div>'
    else:
        html = (f'<div class="sharing"><p>{escape(label)}</p>'
                + "".join(f'<button type="button" class="btn-{n.lower()}">{n}</button>' for n in nets) + "</div>")
    return html, [label] + nets


def newsletter(rng, lang):
    head, blurb, button, placeholder = NEWSLETTER[lang]
    shape = rng.choice(["form", "aside", "div"])
    form = (f'<form action="/subscribe"><input type="email" placeholder="{escape(placeholder)}">'
            f'<button type="submit">{escape(button)}</button></form>')
    if shape == "form":
        html = f'<div class="newsletter-signup"><h3>{escape(head)}</h3><p>{escape(blurb)}</p>{form}</div>'
    elif shape == "aside":
        html = f'<aside class="nl-box"><strong>{escape(head)}</strong><p>{escape(blurb)}</p>{form}</aside>'
    else:
        html = f'<div class="box"><h4>{escape(head)}</h4><p>{escape(blurb)}</p><a href="/nl">{escape(button)}</a></div>'
    return html, [head, blurb, button]


def related(rng, lang):
    head = rng.choice(RELATED[lang])
    titles = rng.sample(exports.STORIES[lang], 3)
    shape = rng.choice(["aside", "section", "div-cards"])
    items = "".join(f'<li><a href="/story/{k}">{escape(t)}</a></li>' for k, t in enumerate(titles))
    if shape == "aside":
        html = f'<aside class="related-articles"><h3>{escape(head)}</h3><ul>{items}</ul></aside>'
    elif shape == "section":
        html = f'<section class="more-stories"><h2>{escape(head)}</h2><ol>{items}</ol></section>'
    else:
        html = (f'<div class="teasers"><div class="teasers-title">{escape(head)}</div>'
                + "".join(f'<div class="teaser"><a href="/s/{k}"><h4>{escape(t)}</h4></a></div>'
                          for k, t in enumerate(titles)) + "</div>")
    return html, [head] + titles


def cookie_banner(rng, lang):
    notice, accept, settings = COOKIES[lang]
    shape = rng.choice(["id", "dialog", "class"])
    inner = f'<p>{escape(notice)}</p><button>{escape(accept)}</button><a href="/cookies">{escape(settings)}</a>'
    if shape == "id":
        html = f'<div id="cookie-consent">{inner}</div>'
    elif shape == "dialog":
        html = f'<div role="dialog" aria-label="consent" class="cmp-banner">{inner}</div>'
    else:
        html = f'<div class="gdpr-notice">{inner}</div>'
    return html, [notice, accept, settings]


def figure(rng, lang):
    """A figure: caption (gold for ``metadata.captions``) and credit."""
    caption = CAPTIONS[lang]
    credit = f"{rng.choice(shapes.CREDIT[lang])}: {rng.choice(AGENCIES)}"
    shape = rng.choice(["figure", "figure-span", "div"])
    img = f'<img src="/img/{rng.randint(1, 999)}.jpg" alt="">'
    if shape == "figure":
        html = f'<figure>{img}<figcaption>{escape(caption)} <cite>{escape(credit)}</cite></figcaption></figure>'
    elif shape == "figure-span":
        html = (f'<figure class="wp-block-image">{img}<figcaption><span class="caption">{escape(caption)}</span>'
                f'<span class="credit">{escape(credit)}</span></figcaption></figure>')
    else:
        html = (f'<div class="wp-caption">{img}<p class="wp-caption-text">{escape(caption)}</p>'
                f'<p class="photo-credit">{escape(credit)}</p></div>')
    return html, [caption, credit], caption


def byline(rng, lang):
    """Byline and date: ``(html, lines, author, iso date)``."""
    name = rng.choice(shapes.names(lang))
    by = rng.choice(shapes.BY[lang])
    when, iso = shapes.date(rng, lang, times=False)
    shape = rng.choice(["div", "p-time", "address"])
    if shape == "div":
        html = (f'<div class="byline"><span class="author">{escape(by)} <a href="/a/1">{escape(name)}</a></span> '
                f'<time datetime="{iso}">{escape(when)}</time></div>')
    elif shape == "p-time":
        html = (f'<p class="meta">{escape(by)} <span class="author-name">{escape(name)}</span> | '
                f'<time datetime="{iso}">{escape(when)}</time></p>')
    else:
        html = (f'<div class="article-meta"><address class="author">{escape(by)} {escape(name)}</address>'
                f'<span class="date">{escape(when)}</span></div>')
    return html, [f"{by} {name}", when], name, iso


def tag_list(rng, lang):
    words = rng.sample(TAG_WORDS[lang], 3)
    shape = rng.choice(["div", "ul"])
    if shape == "div":
        html = (f'<div class="tags"><span>{TAGS[lang]}:</span> '
                + ", ".join(f'<a rel="tag" href="/tag/{k}">{escape(w)}</a>' for k, w in enumerate(words)) + "</div>")
    else:
        html = f'<ul class="tag-list">{_links(words, rng, "tag")}</ul>'
    return html, words


def footer(rng, lang):
    links, rights = FOOTER[lang]
    year = rng.randint(2015, 2024)
    line = f"© {year} Daily Ledger. {rights}"
    shape = rng.choice(["footer", "div"])
    items = " · ".join(f'<a href="/f{k}">{escape(w)}</a>' for k, w in enumerate(links))
    if shape == "footer":
        html = f'<footer class="site-footer"><p>{items}</p><p>{escape(line)}</p></footer>'
    else:
        html = f'<div id="footer"><div class="links">{items}</div><div class="copy">{escape(line)}</div></div>'
    return html, links + [line]


ABOVE = {"navigation": navigation, "cookie-banner": cookie_banner}
INSIDE = {"share-row": share_row, "newsletter": newsletter, "related": related, "tag-list": tag_list}
BELOW = {"footer": footer}
