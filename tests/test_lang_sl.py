"""Slovenian (cleaners/lang/sl.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Nov most čez Savo odprt po treh letih gradnje"
ARTICLE = ["Mestni svet Kranja je v torek slovesno odprl nov most čez Savo, ki naj bi razbremenil promet v središču "
           "mesta.",
           "Gradnja je trajala tri leta in stala skoraj štirideset milijonov evrov, večino denarja pa so zagotovili "
           "evropski skladi.",
           "Prebivalci okoliških naselij pravijo, da so zadovoljni, čeprav se dela na dostopnih cestah nadaljujejo do "
           "konca leta."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Slovenian text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "sl", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Avtor: Maja Novak", "byline"),
    ("Piše: Maja Novak", "byline"),
    ("Objavljeno: 14. 3. 2026 ob 19.05", "date-line"),
    ("Foto: Maja Novak/STA", "photo-credit"),
    ("Vir: STA", "agency-credit"),
    ("Preberite še: Mestni svet sprejel nov proračun", "related-story"),
    ("Sorodne novice|Mestni svet sprejel nov proračun|Poplave odrezale gorske vasi od sveta", "related-story"),
    ("Deli: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Gorenjski glas. Vse pravice pridržane. Kopiranje vsebin brez pisnega dovoljenja izdajatelja je "
     "prepovedano.", "copyright"),
    ("Mnenja avtorjev ne odražajo nujno stališč uredništva.", "disclaimer"),
    ("Ta članek je nastal s pomočjo umetne inteligence, pregledalo ga je uredništvo.", "disclaimer"),
    ("Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo. Z nadaljnjo uporabo strani se strinjate z "
     "njihovo uporabo.", "disclaimer"),
    ("Prijavite se na naše e-novice in prejemajte najpomembnejše novice v vaš e-poštni predal.", "newsletter"),
    ("Spremljajte nas na Facebooku in Instagramu.", "social"),
    ("Prenesite našo aplikacijo za Android in iOS.", "app-download"),
    ("Podprite neodvisno novinarstvo: postanite naročnik že za 3 evre na mesec.", "donation-appeal"),
    ("Čas branja: 4 min", "reading-time"),
    ("Članek se nadaljuje pod oglasom", "ad-label"),
    ("Oznake: Kranj, Sava, promet", "taxonomy-line"),
    ("Komentiranje je onemogočeno.", "comment-prompt"),
    ("Ta članek je na voljo samo naročnikom.", "paywall"),
    ("Naslovnica » Novice » Slovenija", "breadcrumb"),
    ("Če vam je bil članek všeč, ga delite s prijatelji.", "liked-this"),
    ("Članek je bil prvotno objavljen na portalu Delo.si.", "original-source"),
    ("Najbolj brano|1. Mestni svet sprejel nov proračun|2. Poplave odrezale gorske vasi od sveta", "related-story"),
])
def test_slovenian_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Piše se leto 1991, ko je Slovenija razglasila samostojnost.",
    "Vir reke Save je v Zelencih pri Kranjski Gori.",
    "Podprite lokalne pridelovalce, je dejal župan ob odprtju tržnice.",
    "Komentarji politikov so bili deljeni, opozicija pa je zahtevala novo razpravo.",
    "Spremljajte razvoj dogodkov, so voznikom sporočili s policije.",
    "Najbolj brano knjigo letos je napisal domači avtor, kaže raziskava.",
    "Oglas za delovna mesta na mostu je bil objavljen januarja.",
    "Vse pravice delavcev bodo zaščitene, je obljubil minister.",
    "Piškotke za odprtje so spekle učenke bližnje šole.",
    "Avtor projekta mosta je arhitekt Ivan Novak iz Ljubljane.",
    "Delite svoje mnenje z nami, je pozval župan na zboru občanov.",
])
def test_slovenian_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread", [
    "Komentarji (2)|Marko Kos - pred 3 urami|Končno, čakali smo deset let.|Odgovori|"
    "Ana Zupan - pred 5 urami|Škoda, da ni kolesarske steze.|Odgovori",
    "Komentarji|Marko Kos pravi:|Končno, čakali smo deset let.|Ana Zupan pravi:|Škoda.",
])
def test_slovenian_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Marko Kos", "Ana Zupan"], ARTICLE)
    empty = _cleaned("Še ni komentarjev. Bodite prvi, ki bo komentiral!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_slovenian_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Avtor: Maja Novak", "Čas branja: 4 min", "Foto: Ivan Kos/STA",
                 "Preberite še: Mesto dobi novo tržnico", "Podprite neodvisno novinarstvo. Vsaka donacija šteje.",
                 "Spremljajte nas na Facebooku in Instagramu.", "Prijavite se na e-novice.", "Vse pravice pridržane.",
                 "Deli: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Župan je dejal, da bo imel nov most ločene steze za kolesarje in pešce.",
                            "Po ocenah bo čez most vsak dan peljalo več kot dvajset tisoč vozil."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "sl", text, paragraphs, TITLE)     # no declared language: detected
