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


def related_heading(language: str) -> str:
    from cleaners.lang import load
    return load(language)["related"][0].capitalize()


def related_list(rng, language: str):
    """(lines, titles) of a related-story list after the article, in one of several shapes."""
    titles = rng.sample(STORIES[language], rng.randint(2, 4))
    heading = related_heading(language)
    links = [f"[{t}](https://news.example/{language}/{i})" for i, t in enumerate(titles)]
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
