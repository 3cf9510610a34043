"""Artefacts of the generalisation harness that follow the article in text and markdown
exports: related-story lists, and the article's own closing lists that must stay
(tests/generalisation.py composes them into documents)."""
from __future__ import annotations

import re

STORIES = {
    "en": ["Floods cut off mountain villages", "Rail strike ends after talks", "Council approves new budget",
           "Museum reopens after repairs"],
    "de": ["Hochwasser schneidet Bergdörfer ab", "Bahnstreik nach Gesprächen beendet", "Stadtrat beschließt neuen Haushalt",
           "Museum öffnet nach Renovierung"],
    "fr": ["Les inondations isolent des villages", "La grève du rail prend fin", "Le conseil adopte le budget",
           "Le musée rouvre ses portes"],
    "es": ["Las inundaciones aíslan varios pueblos", "Termina la huelga de trenes", "El ayuntamiento aprueba el presupuesto",
           "El museo reabre sus puertas"],
    "it": ["Le alluvioni isolano i villaggi", "Finito lo sciopero dei treni", "Il consiglio approva il bilancio",
           "Il museo riapre dopo i lavori"],
    "pt": ["As cheias isolam aldeias da serra", "Termina a greve dos comboios", "A câmara aprova o orçamento",
           "O museu reabre após obras"],
    "nl": ["Overstromingen sluiten bergdorpen af", "Treinstaking na overleg beëindigd", "Gemeenteraad keurt begroting goed",
           "Museum weer open na verbouwing"],
    "ru": ["Наводнение отрезало горные деревни", "Забастовка на железной дороге окончена", "Совет утвердил новый бюджет",
           "Музей открылся после ремонта"],
    "pl": ["Powódź odcięła górskie wioski", "Strajk kolejarzy zakończony po rozmowach", "Rada miasta przyjęła budżet",
           "Muzeum otwarte po remoncie"],
}
# the article's own closing lists (a lead-in and short points): article text, must stay
CLOSING_LISTS = [
    ["What we know so far:", "• Two people were injured", "• The road is closed until Monday",
     "• Police are asking witnesses to come forward"],
    ["The plan has three parts:", "- more buses at weekends", "- cheaper tickets for students", "- a new line to the airport"],
    ["Key Points:", "1. Fares Rise In April", "2. Night Buses Return", "3. The Airport Line Opens In May"],
]
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+\.)\s+")


RELATED = {"en": ["Related", "More on this story", "Read next", "You might also like"],
           "de": ["Lesen Sie auch", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Meldungen"],
           "fr": ["À lire aussi", "Sur le même sujet", "Lire aussi"],
           "es": ["Noticias relacionadas", "Te puede interesar", "Más información"],
           "it": ["Leggi anche", "Potrebbe interessarti", "Articoli correlati"],
           "pt": ["Leia também", "Veja também", "Notícias relacionadas"],
           "nl": ["Lees ook", "Meer over dit onderwerp", "Gerelateerde artikelen"],
           "ru": ["Читайте также", "По теме", "Материалы по теме"],
           "pl": ["Czytaj także", "Zobacz też", "Polecamy"]}
for _code, _headings in {"en": ["Further reading", "Most read"], "de": ["Auch interessant", "Meistgelesen"],
                         "fr": ["Les plus lus", "À découvrir"], "es": ["Lo más leído"], "it": ["I più letti"],
                         "pt": ["Mais lidas"], "nl": ["Meest gelezen"], "ru": ["Самое читаемое"],
                         "pl": ["Najczęściej czytane"]}.items():
    RELATED[_code] = RELATED[_code] + _headings     # first measured as held out, then kept
STAMPS = {"en": "3 March 2019", "de": "03.03.2019", "fr": "03/03/2019", "es": "03/03/2019", "it": "03/03/2019",
          "pt": "03/03/2019", "nl": "03-03-2019", "ru": "03.03.2019", "pl": "03.03.2019"}


def related_heading(rng, language: str) -> str:
    return rng.choice(RELATED[language])


def related_list(rng, language: str):
    """(lines, titles) of a related-story list after the article, in one of several shapes."""
    titles = rng.sample(STORIES[language], rng.randint(2, 4))
    heading = related_heading(rng, language)
    stamp = f" \u2013 {STAMPS[language]}" if rng.random() < 0.3 else ""     # a date after each link
    links = [f"[{t}](https://news.example/{language}/{i}){stamp}" for i, t in enumerate(titles)]
    shape = rng.choice(["heading-links", "heading-plain", "heading-numbered", "inline", "links", "title-case"])
    if shape == "heading-links":
        return [rng.choice([heading, f"## {heading}", f"**{heading}:**"]), ""] + [f"- {x}" for x in links], titles
    if shape == "heading-plain":
        return [f"{heading}:"] + titles, titles
    if shape == "heading-numbered":
        return [heading, ""] + [f"{i}. {t}" for i, t in enumerate(titles, 1)], titles
    if shape == "inline":
        return [f"{heading}: {links[0]}"], titles[:1]
    titles = rng.sample(STORIES[language], 3) if len(titles) < 3 else titles
    if shape == "links":
        return [f"* [{t}](/{language}/story/{i})" for i, t in enumerate(titles)], titles
    titles = [" ".join(w[:1].upper() + w[1:] for w in t.split()) for t in titles]
    return list(titles), titles


def plain(line: str) -> str:
    """A line as the body would hold it after markdown rendering (links to their text, no bullet)."""
    return _BULLET.sub("", _LINK.sub(lambda m: m.group(1), line)).strip(" *#:")


# -- markdown exports: breadcrumbs, share rows, images, chart credits ------------------------------
SECTIONS = {"en": ["World", "Europe"], "de": ["Politik", "Ausland"], "fr": ["Monde", "Europe"],
            "es": ["Internacional", "Europa"], "it": ["Esteri", "Europa"], "pt": ["Mundo", "Europa"],
            "nl": ["Buitenland", "Europa"], "ru": ["Мир", "Европа"], "pl": ["Świat", "Europa"]}
CAPTIONS = {"en": "Firefighters on the roof of the town hall after the storm",
            "de": "Feuerwehrleute auf dem Dach des Rathauses nach dem Sturm",
            "fr": "Des pompiers sur le toit de la mairie après la tempête",
            "es": "Bomberos en el tejado del ayuntamiento tras la tormenta",
            "it": "Vigili del fuoco sul tetto del municipio dopo la tempesta",
            "pt": "Bombeiros no telhado da câmara municipal depois da tempestade",
            "nl": "Brandweerlieden op het dak van het stadhuis na de storm",
            "ru": "Пожарные на крыше ратуши после сильной бури",
            "pl": "Strażacy na dachu ratusza po wielkiej burzy"}
NETWORKS = ["Facebook", "Twitter", "X", "WhatsApp", "Telegram", "LinkedIn", "E-Mail"]
AGENCIES = ["Reuters", "AFP", "dpa", "EFE", "ANSA", "Lusa", "ANP", "TASS", "PAP", "Eurostat"]
TOOLS = ["Datawrapper", "Flourish", "Infogram"]
# (home, share label, chart label, source label, get-the-data phrase, made-with phrase) per language
WORDS = {
    "en": ("Home", "Share", "Chart", "Source", "Get the data", "Created with"),
    "de": ("Startseite", "Teilen", "Grafik", "Quelle", "Daten herunterladen", "Erstellt mit"),
    "fr": ("Accueil", "Partager", "Graphique", "Source", "Télécharger les données", "Créé avec"),
    "es": ("Inicio", "Compartir", "Gráfico", "Fuente", "Descargar los datos", "Creado con"),
    "it": ("Home", "Condividi", "Grafico", "Fonte", "Scarica i dati", "Creato con"),
    "pt": ("Início", "Partilhar", "Gráfico", "Fonte", "Descarregar os dados", "Criado com"),
    "nl": ("Home", "Delen", "Grafiek", "Bron", "Download de data", "Gemaakt met"),
    "ru": ("Главная", "Поделиться", "График", "Источник", "Скачать данные", "Создано с помощью"),
    "pl": ("Strona główna", "Udostępnij", "Wykres", "Źródło", "Pobierz dane", "Utworzono za pomocą"),
}


def breadcrumb(rng, language: str) -> list[str]:
    crumbs = [WORDS[language][0]] + SECTIONS[language][:rng.randint(1, 2)]
    shape = rng.choice(["plain", "links", "chevrons", "slashes"])
    if shape == "links":
        return [" › ".join(f"[{c}](/{i})" for i, c in enumerate(crumbs))]
    return [{"plain": " > ", "chevrons": " » ", "slashes": " / "}[shape].join(crumbs)]


def share_row(rng, language: str) -> list[str]:
    label = WORDS[language][1]
    targets = rng.sample(NETWORKS, rng.randint(2, 4))
    shape = rng.choice(["links", "words", "bar"])
    if shape == "links":
        return [f"{label}: " + " ".join(f"[{t}](https://share.example/{t.lower()})" for t in targets)]
    return [f"{label}: " + (" · " if shape == "words" else " | ").join(targets)]


def image(rng, language: str) -> tuple[list[str], list[str]]:
    """(lines, captions): an image with a caption as its alt text or title, or with a file name."""
    caption = CAPTIONS[language]
    shape = rng.choice(["alt", "title", "file"])
    if shape == "alt":
        return [f"![{caption}](https://img.example/{rng.randint(1, 99)}.jpg)"], [caption]
    if shape == "title":
        return [f'![](https://img.example/{rng.randint(1, 99)}.jpg "{caption}")'], [caption]
    return [f"![IMG_{rng.randint(1000, 9999)}.jpg](https://img.example/a.jpg)"], []


def chart_credit(rng, language: str) -> list[str]:
    _, _, chart, source, data, made = WORDS[language]
    agency, other = rng.sample(AGENCIES, 2)
    shape = rng.choice(["label", "footer", "tool"])
    if shape == "label":
        return [f"{chart}: {agency}"]
    if shape == "footer":
        return [f"{chart}: {agency} • {source}: {other} • {data}"]
    return [f"{chart}: {agency} · {made} {rng.choice(TOOLS)}"]
