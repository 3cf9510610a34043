"""Basque (cleaners/lang/eu.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Nerbioiren gaineko zubi berria ireki dute hiru urteko lanen ostean"
ARTICLE = ["Bilboko Udalak asteartean ireki zuen Nerbioiren gaineko zubi berria, hiriaren erdiguneko trafikoa "
           "arintzeko asmoz.",
           "Obrek hiru urte iraun dute eta ia berrogei milioi euro kostatu dira, diruaren zatirik handiena Europako "
           "funtsetatik etorri baita.",
           "Inguruko auzoetako bizilagunak pozik daude, nahiz eta sarbideetako lanek urte amaierara arte jarraituko "
           "duten."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Basque text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "eu", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Testua: Miren Etxeberria", "byline"),
    ("Egilea: Miren Etxeberria eta Jon Urrutia", "byline"),
    ("Argitaratua: 2026ko martxoaren 14a, 19:05", "date-line"),
    ("Argazkia: Jon Urrutia / Foku", "photo-credit"),
    ("Iturria: EFE", "agency-credit"),
    ("Irakurri ere: Udalak aurrekontu berriak onartu ditu", "related-story"),
    ("Lotutako albisteak|Udalak aurrekontu berriak onartu ditu|Euriteek portua urpean utzi dute", "related-story"),
    ("Partekatu: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Bilboko Hitza. Eskubide guztiak erreserbatuta.", "copyright"),
    ("Adierazitako iritziak egilearen erantzukizuna dira, eta ez dute zertan bat etorri erredakzioaren "
     "iritziarekin.", "disclaimer"),
    ("Artikulu hau adimen artifizialaren laguntzaz idatzi da, eta erredakzioak berrikusi du.", "disclaimer"),
    ("Webgune honek cookieak erabiltzen ditu. Nabigatzen jarraitzen baduzu, haien erabilera onartzen duzu.",
     "disclaimer"),
    ("Eman izena gure buletinean eta jaso albisteak zure posta elektronikoan.", "newsletter"),
    ("Jarrai gaitzazu Facebooken eta Instagramen.", "social"),
    ("Deskargatu gure aplikazioa Android eta iOS gailuetarako.", "app-download"),
    ("Babestu euskarazko kazetaritza: egin zaitez bazkide hilean 5 eurotan.", "donation-appeal"),
    ("Irakurtzeko denbora: 4 min", "reading-time"),
    ("Publizitatearen ondoren jarraitzen du", "ad-label"),
    ("Etiketak: Bilbo, Nerbioi, trafikoa", "taxonomy-line"),
    ("Iruzkinak itxita daude.", "comment-prompt"),
    ("Harpidedunentzat soilik.", "paywall"),
    ("Hasiera » Albisteak » Bizkaia", "breadcrumb"),
    ("Artikulu hau gustatu bazaizu, partekatu lagunekin.", "liked-this"),
    ("Artikulu hau jatorriz argitaratu zen Argia aldizkarian.", "original-source"),
    ("Gehien irakurriak|1. Udalak aurrekontu berriak onartu ditu|2. Euriteek portua urpean utzi dute",
     "related-story"),
])
def test_basque_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Testua irakurri ondoren, alkateak bozketa eskatu zuen.",
    "Iturria plazaren erdian dago, eta maiatzean berriro ibiliko da.",
    "Babestu tokiko merkataritza, esan zuen alkateak azoka berria irekitzean.",
    "Iruzkinak oso kritikoak izan ziren, bizilagunen elkartearen arabera.",
    "Jarrai gaitzazu kalearen amaierara arte, eskatu zieten agenteek gidariei.",
    "Gehien irakurriak diren idazleen artean Lekeitioko poeta bat dago, inkestaren arabera.",
    "Udalaren publizitatea hirurehun mila euro kostatu zen.",
    "Langileen eskubide guztiak errespetatuko dira, agindu zuen sailburuak.",
    "Zubiaren egilea Donostiako arkitekto bat da, Jon Perez.",
    "Autoa partekatzeak trafikoa murrizten du, azaldu zuen udaleko teknikariak.",
    "Argazkia atera zuen kazetariak sari bat irabazi zuen iaz.",
])
def test_basque_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread", [
    "Iruzkinak (2)|Jon Urrutia - duela 3 ordu|Azkenean, hamar urte itxaroten egon gara.|Erantzun|"
    "Ane Zubiri - duela 5 ordu|Pena bidegorririk ez izatea.|Erantzun",
    "Iruzkinak|Jon Urrutia dio:|Azkenean, hamar urte itxaroten egon gara.|Ane Zubiri dio:|Pena.",
])
def test_basque_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Jon Urrutia", "Ane Zubiri"], ARTICLE)
    empty = _cleaned("Oraindik ez dago iruzkinik. Izan zaitez lehena!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_basque_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Testua: Miren Etxeberria", "Irakurtzeko denbora: 4 min", "Argazkia: Jon Urrutia / Foku",
                 "Irakurri ere: Hiriak azoka berria izango du", "Lagun iezaguzu. Zure ekarpena ezinbestekoa da.",
                 "Jarrai gaitzazu Facebooken eta Instagramen.", "Harpidetu gure buletinera.",
                 "Eskubide guztiak erreserbatuta.", "Partekatu: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Alkateak esan zuen zubi berriak bidegorri eta oinezkoentzako bide bereiziak izango "
                            "dituela.",
                            "Kalkuluen arabera, egunero hogei mila ibilgailu baino gehiagok zeharkatuko dute zubia."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "eu", text, paragraphs, TITLE)     # no declared language: detected
