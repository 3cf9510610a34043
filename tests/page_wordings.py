"""Furniture of the HTML generalisation harness in wordings and markups tests/page_furniture.py
does not produce, added as an out-of-sample check: inline "read also" links between paragraphs,
ad slots with their label, paywall teasers, author bios, newsletter calls with other wordings,
consent banners of consent-management platforms, and "most read"/"recent posts" widgets whose
class names are written with underscores. Every renderer returns ``(html, lines)`` like those
of tests/page_furniture.py.

The words here are the harness's own, written apart from cleaners/lang on purpose.
"""
from __future__ import annotations

from html import escape

from . import generalisation_exports as exports
from .page_markups import AD_LABEL

READ_ALSO = {"en": ["Also read", "See also", "Don't miss", "Recommended"],
             "de": ["Lesen Sie auch", "Auch interessant", "Lesen Sie dazu", "Ebenfalls lesenswert"],
             "fr": ["À lire aussi", "À voir aussi", "Lire également", "Pour aller plus loin"],
             "es": ["Lee también", "Lea también", "Más información", "No te pierdas"],
             "it": ["Leggi anche", "Potrebbe interessarti", "Vedi anche", "Approfondisci"],
             "pt": ["Veja também", "Saiba mais", "Leia mais", "Recomendamos"],
             "nl": ["Bekijk ook", "Ook interessant", "Lees verder", "Meer lezen"],
             "ru": ["Читайте также", "Смотрите также", "Ещё по теме", "Рекомендуем"],
             "pl": ["Zobacz także", "Czytaj też", "Przeczytaj również", "Polecamy"]}
MOST_READ = {"en": ["Most read", "Recent posts", "Trending now"], "de": ["Meistgelesen", "Neueste Beiträge"],
             "fr": ["Les plus lus", "Articles récents"], "es": ["Lo más leído", "Entradas recientes"],
             "it": ["I più letti", "Articoli recenti"], "pt": ["Mais lidas", "Posts recentes"],
             "nl": ["Meest gelezen", "Recente berichten"], "ru": ["Самое читаемое", "Последние записи"],
             "pl": ["Najczęściej czytane", "Ostatnie wpisy"]}
PAYWALL = {   # (heading, blurb, subscribe, log in)
    "en": ("This article is for subscribers only", "Get unlimited access to all our journalism for $1 a week.",
           "Subscribe now", "Already a subscriber? Log in"),
    "de": ("Dieser Artikel ist nur für Abonnenten", "Lesen Sie alle Artikel für 0,99 € im ersten Monat.",
           "Jetzt abonnieren", "Bereits Abonnent? Hier anmelden"),
    "fr": ("Cet article est réservé aux abonnés", "Accédez à tous nos contenus pour 1 € le premier mois.",
           "Je m'abonne", "Déjà abonné ? Se connecter"),
    "es": ("Este contenido es exclusivo para suscriptores", "Accede a todas las noticias por 1 € el primer mes.",
           "Suscríbete", "¿Ya eres suscriptor? Inicia sesión"),
    "it": ("Questo articolo è riservato agli abbonati", "Leggi tutti gli articoli a 1 € al mese per tre mesi.",
           "Abbonati ora", "Sei già abbonato? Accedi"),
    "pt": ("Este artigo é exclusivo para assinantes", "Tenha acesso ilimitado a todos os conteúdos por 1 € por mês.",
           "Assine já", "Já é assinante? Entrar"),
    "nl": ("Dit artikel is alleen voor abonnees", "Lees onbeperkt alle artikelen voor 1 euro per maand.",
           "Word abonnee", "Al abonnee? Log in"),
    "ru": ("Этот материал доступен только подписчикам", "Получите полный доступ ко всем статьям за 99 рублей в месяц.",
           "Оформить подписку", "Уже подписаны? Войти"),
    "pl": ("Ten artykuł jest dostępny tylko dla subskrybentów", "Czytaj bez ograniczeń za 1 zł przez pierwszy miesiąc.",
           "Kup subskrypcję", "Masz już subskrypcję? Zaloguj się")}
BIO = {   # (heading, "{name} ... " sentence, follow)
    "en": ("About the author", "{name} is a senior reporter covering transport and city hall.", "Follow on X"),
    "de": ("Über die Autorin", "{name} ist Redakteurin im Ressort Lokales und schreibt über Verkehr.", "Folgen"),
    "fr": ("À propos de l'auteur", "{name} est journaliste au service société, spécialiste des transports.", "Suivre"),
    "es": ("Sobre el autor", "{name} es redactor de la sección de local y escribe sobre movilidad.", "Seguir"),
    "it": ("L'autore", "{name} è giornalista della redazione cronaca e si occupa di trasporti.", "Segui"),
    "pt": ("Sobre o autor", "{name} é jornalista da secção local e escreve sobre mobilidade.", "Seguir"),
    "nl": ("Over de auteur", "{name} is verslaggever bij de regioredactie en schrijft over verkeer.", "Volgen"),
    "ru": ("Об авторе", "{name} — корреспондент отдела городских новостей, пишет о транспорте.", "Подписаться"),
    "pl": ("O autorze", "{name} jest reporterem działu miejskiego i pisze o transporcie.", "Obserwuj")}
NEWSLETTER_CTA = {   # (heading, blurb, button)
    "en": ("Get our free morning briefing", "One email a day, no spam, unsubscribe at any time.", "Sign me up"),
    "de": ("Jetzt kostenlos anmelden", "Einmal täglich per E-Mail, jederzeit abbestellbar.", "Anmelden"),
    "fr": ("Recevez notre lettre d'information", "Un e-mail par jour, désinscription en un clic.", "Je m'inscris"),
    "es": ("Apúntate a nuestra newsletter gratuita", "Un correo al día, puedes darte de baja cuando quieras.",
           "Quiero recibirla"),
    "it": ("Ricevi la nostra newsletter gratuita", "Una email al giorno, puoi disiscriverti quando vuoi.", "Registrati"),
    "pt": ("Subscreva a nossa newsletter gratuita", "Um e-mail por dia, pode cancelar a qualquer momento.",
           "Quero receber"),
    "nl": ("Ontvang onze gratis nieuwsbrief", "Eén e-mail per dag, altijd opzegbaar.", "Inschrijven"),
    "ru": ("Получайте нашу бесплатную рассылку", "Одно письмо в день, отписаться можно в любой момент.", "Хочу получать"),
    "pl": ("Odbieraj nasz bezpłatny newsletter", "Jeden e-mail dziennie, możesz zrezygnować w każdej chwili.",
           "Zapisuję się")}
CONSENT = {   # (notice, accept, reject)
    "en": ("This website uses cookies and similar technologies to personalise content and ads.", "I agree",
           "Reject all"),
    "de": ("Diese Website nutzt Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.",
           "Zustimmen", "Ablehnen"),
    "fr": ("Ce site utilise des traceurs pour personnaliser les contenus et les publicités.", "J'accepte", "Refuser"),
    "es": ("Este sitio web utiliza cookies para personalizar el contenido y los anuncios.", "Acepto", "Rechazar"),
    "it": ("Questo sito web utilizza i cookie per personalizzare contenuti e annunci.", "Accetto", "Rifiuta"),
    "pt": ("Este site utiliza cookies para personalizar conteúdos e anúncios.", "Concordo", "Rejeitar"),
    "nl": ("Deze website gebruikt cookies om inhoud en advertenties te personaliseren.", "Akkoord", "Weigeren"),
    "ru": ("Этот сайт использует файлы cookie для персонализации материалов и рекламы.", "Согласен", "Отклонить"),
    "pl": ("Ta strona korzysta z plików cookie w celu personalizacji treści i reklam.", "Zgadzam się", "Odrzuć")}


def read_also(rng, lang):
    """An inline "read also" link (or two) between paragraphs."""
    label = rng.choice(READ_ALSO[lang])
    titles = rng.sample(exports.STORIES[lang], rng.randint(1, 2))
    links = "".join(f'<a href="/news/{k}">{escape(t)}</a>' for k, t in enumerate(titles))
    shape = rng.choice(["strong", "div", "aside-ul"])
    if shape == "strong":
        html = f'<p><strong>{escape(label)}:</strong> {links}</p>'
    elif shape == "div":
        html = f'<div class="inline-related"><span class="inline-related__label">{escape(label)}</span>{links}</div>'
    else:
        items = "".join(f'<li><a href="/news/{k}">{escape(t)}</a></li>' for k, t in enumerate(titles))
        html = f'<aside class="read-more-box"><h4>{escape(label)}</h4><ul>{items}</ul></aside>'
    return html, [label] + titles


def ad_slot(rng, lang):
    shape = rng.choice(["label", "gpt", "p"])
    if shape == "label":
        html = (f'<div class="ad-container"><span class="ad-label">{AD_LABEL[lang]}</span>'
                f'<div id="div-gpt-ad-{rng.randint(1000, 9999)}-0"></div></div>')
    elif shape == "gpt":
        html = f'<div class="advert advert--inline" data-ad-slot="mpu1"><p class="advert__label">{AD_LABEL[lang]}</p></div>'
    else:
        html = f'<p class="sponsor-note">{AD_LABEL[lang].upper()}</p>'
    return html, [AD_LABEL[lang]]


def paywall(rng, lang):
    head, blurb, subscribe, login = PAYWALL[lang]
    html = (f'<div class="paywall-prompt" data-paywall="true"><h3>{escape(head)}</h3><p>{escape(blurb)}</p>'
            f'<a class="button" href="/subscribe">{escape(subscribe)}</a> <a href="/login">{escape(login)}</a></div>')
    return html, [head, blurb, subscribe, login]


def author_bio(rng, lang):
    from .generalisation_shapes import names
    head, sentence, follow = BIO[lang]
    text = sentence.format(name=rng.choice(names(lang)))
    html = (f'<div class="author-bio"><img src="/a/1.jpg" alt=""><div class="author-bio__text"><h4>{escape(head)}</h4>'
            f'<p>{escape(text)}</p><a href="/follow">{escape(follow)}</a></div></div>')
    return html, [head, text, follow]


def newsletter_cta(rng, lang):
    head, blurb, button = NEWSLETTER_CTA[lang]
    shape = rng.choice(["section", "div"])
    form = f'<form class="signup-form"><input type="email" name="email"><input type="submit" value="{escape(button)}"></form>'
    if shape == "section":
        html = f'<section class="newsletter_promo"><h2>{escape(head)}</h2><p>{escape(blurb)}</p>{form}</section>'
    else:
        html = (f'<div class="inline-signup"><p><b>{escape(head)}</b></p><p>{escape(blurb)}</p>'
                f'<a class="btn" href="/newsletter">{escape(button)}</a></div>')
    return html, [head, blurb] + ([button] if shape == "div" else [])


def consent(rng, lang):
    notice, accept, reject = CONSENT[lang]
    shape = rng.choice(["onetrust", "cc", "sp"])
    if shape == "onetrust":
        html = (f'<div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy"><p id="onetrust-policy-text">'
                f'{escape(notice)}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">'
                f'{escape(accept)}</button><button id="onetrust-reject-all-handler">{escape(reject)}</button></div></div>')
    elif shape == "cc":
        html = (f'<div role="dialog" aria-live="polite" class="cc-window cc-banner"><span class="cc-message">'
                f'{escape(notice)}</span><div class="cc-compliance"><a class="cc-btn cc-allow">{escape(accept)}</a>'
                f'<a class="cc-btn cc-deny">{escape(reject)}</a></div></div>')
    else:
        html = (f'<div class="privacy_notice" id="sp_message_container"><p>{escape(notice)}</p>'
                f'<button>{escape(accept)}</button><button>{escape(reject)}</button></div>')
    return html, [notice, accept, reject]


def most_read(rng, lang):
    head = rng.choice(MOST_READ[lang])
    titles = rng.sample(exports.STORIES[lang], 4)
    cls = rng.choice(["most_read", "recent_posts", "widget_recent_entries", "trending_box"])
    items = "".join(f'<li class="{cls}_item"><span class="rank">{k + 1}</span><a href="/n/{k}">{escape(t)}</a></li>'
                    for k, t in enumerate(titles))
    html = f'<div class="{cls}"><h3 class="{cls}_title">{escape(head)}</h3><ol>{items}</ol></div>'
    return html, [head] + titles


ABOVE = {"consent": consent}
INSIDE = {"read-also": read_also, "ad-slot": ad_slot, "newsletter-cta": newsletter_cta}
AFTER = {"paywall": paywall, "author-bio": author_bio}    # at the end of the article's text
BELOW = {"most-read": most_read}
