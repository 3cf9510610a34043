"""Furniture of the HTML generalisation harness whose ``class``/``id`` names are in the page's
language ("werbung", "articles-lies", "condividi"), added as an out-of-sample check of the DOM
stages: ad boxes, share rows, related-story lists without a heading, tag rows, print links,
author notes and paywall stubs. The boxes carry no label in words the text cleaners know, so
the class name (and the box's shape) is what tells them. Every renderer returns ``(html,
lines)`` like those of tests/page_furniture.py.

The class names and texts here are the harness's own, written apart from cleaners/lang on
purpose (some are spelled in ways the language data does not list).
"""
from __future__ import annotations

from html import escape

from . import generalisation_exports as exports
from .generalisation_shapes import names

CLASSES = {   # per family and language: class (or id) names a site would use
    "ad": {"en": ["ad-box", "advert-slot"], "de": ["werbung", "anzeige-box", "werbebanner", "werbung__inner"],
           "fr": ["publicite", "bloc-publicite", "pub-encart-publicitaire"], "es": ["publicidad", "anuncio-lateral"],
           "it": ["pubblicita", "box-pubblicita"], "pt": ["publicidade", "bloco-publicidade"],
           "nl": ["advertentie", "reclame-blok"], "ru": ["reklama", "reklama-block"], "pl": ["reklama", "reklama-box"]},
    "share": {"en": ["share-row"], "de": ["teilen", "artikel-teilen", "teilen-leiste"],
              "fr": ["partage", "boutons-partage"], "es": ["compartir", "botones-compartir"],
              "it": ["condividi", "box-condivisione"], "pt": ["partilhar", "compartilhar"],
              "nl": ["delen", "deel-knoppen"], "ru": ["podelitsya"], "pl": ["udostepnij", "udostepnij-box"]},
    "related": {"en": ["related-links"], "de": ["verwandte-artikel", "empfehlungen", "weitere-artikel"],
                "fr": ["articles-lies", "a-lire-aussi"], "es": ["noticias-relacionadas", "relacionados"],
                "it": ["articoli-correlati", "correlati"], "pt": ["noticias-relacionadas", "leia-tambem"],
                "nl": ["gerelateerd", "lees-ook"], "ru": ["pohozhie"], "pl": ["powiazane", "zobacz-takze"]},
    "tags": {"en": ["post-tags"], "de": ["schlagworte", "stichwoerter"], "fr": ["mots-cles", "etiquettes"],
             "es": ["etiquetas"], "it": ["argomenti", "parole-chiave"], "pt": ["etiquetas", "palavras-chave"],
             "nl": ["trefwoorden"], "ru": ["tegi"], "pl": ["tagi", "slowa-kluczowe"]},
    "print": {"en": ["print-button"], "de": ["drucken", "artikel-drucken"], "fr": ["imprimer"], "es": ["imprimir"],
              "it": ["stampa-articolo"], "pt": ["imprimir"], "nl": ["afdrukken"], "ru": ["pechat"], "pl": ["drukuj"]},
    "author": {"en": ["author-info"], "de": ["autorenbox", "autor-info"], "fr": ["bio-auteur"], "es": ["sobre-el-autor"],
               "it": ["box-autore"], "pt": ["sobre-o-autor"], "nl": ["over-de-auteur"], "ru": ["ob-avtore"],
               "pl": ["o-autorze"]},
    "paywall": {"en": ["paywall-box"], "de": ["bezahlschranke", "abo-teaser"], "fr": ["reserve-abonnes"],
                "es": ["muro-de-pago"], "it": ["solo-abbonati"], "pt": ["exclusivo-assinantes"], "nl": ["betaalmuur"],
                "ru": ["platnyy-dostup"], "pl": ["platny-dostep"]},
}
OFFERS = {   # an advertiser's line, no "advertisement" label
    "en": "Summer tyres at half price at Weber's", "de": "Sommerreifen zum halben Preis bei Reifen Weber",
    "fr": "Pneus d'été à moitié prix chez Garage Martin", "es": "Neumáticos de verano a mitad de precio en Talleres Ruiz",
    "it": "Pneumatici estivi a metà prezzo da Gomme Rossi", "pt": "Pneus de verão a metade do preço na Auto Silva",
    "nl": "Zomerbanden voor de halve prijs bij Garage Jansen", "ru": "Летние шины за полцены в магазине «Колесо»",
    "pl": "Opony letnie za pół ceny w sklepie Opony Nowak"}
TOPICS = {"en": ["Transport", "City council", "Budget"], "de": ["Verkehr", "Stadtrat", "Haushalt"],
          "fr": ["Transports", "Conseil municipal", "Budget"], "es": ["Transporte", "Ayuntamiento", "Presupuesto"],
          "it": ["Trasporti", "Consiglio comunale", "Bilancio"], "pt": ["Transportes", "Câmara municipal", "Orçamento"],
          "nl": ["Vervoer", "Gemeenteraad", "Begroting"], "ru": ["Транспорт", "Горсовет", "Бюджет"],
          "pl": ["Transport", "Rada miasta", "Budżet"]}
PRINT = {"en": "Print", "de": "Drucken", "fr": "Imprimer", "es": "Imprimir", "it": "Stampa", "pt": "Imprimir",
         "nl": "Afdrukken", "ru": "Печать", "pl": "Drukuj"}
NOTE = {   # an author note with no heading: "{name} ..."
    "en": "{name} has covered the city's roads and railways since 2015.",
    "de": "{name} berichtet seit 2015 über Straßen und Bahnen der Stadt.",
    "fr": "{name} suit les routes et les trains de la ville depuis 2015.",
    "es": "{name} cubre las carreteras y los trenes de la ciudad desde 2015.",
    "it": "{name} segue strade e ferrovie della città dal 2015.",
    "pt": "{name} acompanha as estradas e os comboios da cidade desde 2015.",
    "nl": "{name} volgt sinds 2015 de wegen en het spoor van de stad.",
    "ru": "{name} с 2015 года пишет о дорогах и железных дорогах города.",
    "pl": "{name} od 2015 roku pisze o drogach i kolei w mieście."}
LOCKED = {   # a paywall stub: (line, link)
    "en": ("The rest of this story is for members.", "Join today"),
    "de": ("Der Rest dieses Textes ist Mitgliedern vorbehalten.", "Mitglied werden"),
    "fr": ("La suite de cet article est réservée aux membres.", "Devenir membre"),
    "es": ("El resto de esta noticia es solo para miembros.", "Hazte miembro"),
    "it": ("Il resto dell'articolo è riservato ai membri.", "Diventa membro"),
    "pt": ("O resto deste artigo é reservado aos membros.", "Torne-se membro"),
    "nl": ("De rest van dit verhaal is voor leden.", "Word lid"),
    "ru": ("Продолжение материала доступно участникам клуба.", "Вступить"),
    "pl": ("Dalsza część tekstu jest dostępna dla członków klubu.", "Dołącz")}
NETWORKS = ["Facebook", "WhatsApp", "Pinterest", "Telegram", "LinkedIn"]


def _attr(rng, family: str, lang: str) -> str:
    name = rng.choice(CLASSES[family][lang])
    return f'id="{name}"' if rng.random() < 0.25 else f'class="{name}"'


def local_ad(rng, lang):
    """An advertiser's link in a box named in the page's language."""
    offer = OFFERS[lang]
    return (f'<div {_attr(rng, "ad", lang)}><a href="https://shop.example/{rng.randint(1, 99)}" rel="sponsored">'
            f'{escape(offer)}</a></div>'), [offer]


def local_share(rng, lang):
    nets = rng.sample(NETWORKS, rng.randint(3, 4))
    links = " ".join(f'<a href="https://{n.lower()}.example/share">{n}</a>' for n in nets)
    return f'<div {_attr(rng, "share", lang)}>{links}</div>', [" ".join(nets)]


def local_related(rng, lang):
    """Three headline links, no heading."""
    titles = rng.sample(exports.STORIES[lang], 3)
    items = "".join(f'<li><a href="/story/{k}">{escape(t)}</a></li>' for k, t in enumerate(titles))
    return f'<div {_attr(rng, "related", lang)}><ul>{items}</ul></div>', titles


def local_tags(rng, lang):
    topics = TOPICS[lang]
    links = " ".join(f'<a href="/topic/{k}">{escape(t)}</a>' for k, t in enumerate(topics))
    return f'<div {_attr(rng, "tags", lang)}>{links}</div>', [" ".join(topics)]


def local_print(rng, lang):
    return f'<a {_attr(rng, "print", lang)} href="/print">{PRINT[lang]}</a>', [PRINT[lang]]


def local_author(rng, lang):
    note = NOTE[lang].format(name=rng.choice(names(lang)))
    return f'<div {_attr(rng, "author", lang)}><img src="/a/2.jpg" alt=""><p>{escape(note)}</p></div>', [note]


def local_paywall(rng, lang):
    line, join = LOCKED[lang]
    return (f'<div {_attr(rng, "paywall", lang)}><p>{escape(line)}</p><a href="/join">{escape(join)}</a></div>',
            [line, join])


INSIDE = {"local-ad": local_ad, "local-share": local_share, "local-tags": local_tags, "local-print": local_print}
AFTER = {"local-author": local_author, "local-paywall": local_paywall}    # at the end of the article's text
BELOW = {"local-related": local_related}
