"""Estonian (cleaners/lang/et.toml): artefact lines leave, article sentences that use the same words stay,
comment threads are found, a composed document whose language is detected keeps its paragraphs and loses its
artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Uus sild üle Emajõe avati pärast kolme aastat ehitust"
ARTICLE = ["Tartu linnavolikogu avas teisipäeval pidulikult uue silla üle Emajõe, mis peaks vähendama "
           "liiklust kesklinnas.",
           "Ehitus kestis kolm aastat ja maksis ligi nelikümmend miljonit eurot, millest suurema osa "
           "katsid Euroopa Liidu fondid.",
           "Ümberkaudsete asulate elanikud ütlevad, et on rahul, kuigi juurdesõiduteede tööd jätkuvad "
           "aasta lõpuni."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "et", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Autor: Mari Tamm", "byline"),
    ("Autor: Mari Tamm, BNS", "byline"),
    ("Avaldatud: 14.03.2026 19:05", "date-line"),
    ("Foto: Mari Tamm/Postimees", "photo-credit"),
    ("Allikas: BNS", "agency-credit"),
    ("Loe ka: Linnavolikogu kinnitas uue eelarve", "related-story"),
    ("Seotud uudised|Linnavolikogu kinnitas uue eelarve|Üleujutused lõikasid mägikülad maailmast ära", "related-story"),
    ("Jaga: Facebook · X · WhatsApp", "share-row"),
    ("Kõik õigused kaitstud.", "copyright"),
    ("© 2026 Tartu Päevaleht. Kõik õigused kaitstud. Sisu kopeerimine ilma kirjaliku loata on keelatud.", "copyright"),
    ("Autori arvamus ei pruugi ühtida toimetuse seisukohaga.", "disclaimer"),
    ("See artikkel on koostatud tehisintellekti abil ja toimetus on selle üle vaadanud.", "disclaimer"),
    ("See veebileht kasutab küpsiseid, et pakkuda paremat kasutuskogemust. Jätkates sirvimist "
     "nõustute küpsiste kasutamisega.", "disclaimer"),
    ("Tellige meie uudiskiri ja saage olulisemad uudised otse teie postkasti.", "newsletter"),
    ("Jälgi meid Facebookis ja Instagramis.", "social"),
    ("Laadige alla meie rakendus Androidile ja iOS-ile.", "app-download"),
    ("Toetage sõltumatut ajakirjandust: hakake tellijaks juba 3 euroga kuus.", "donation-appeal"),
    ("Lugemisaeg: 4 min", "reading-time"),
    ("Artikkel jätkub pärast reklaami", "ad-label"),
    ("Sildid: Tartu, Emajõgi, liiklus", "taxonomy-line"),
    ("Kommenteerimine on suletud.", "comment-prompt"),
    ("See artikkel on ainult tellijatele.", "paywall"),
    ("Avaleht » Uudised » Eesti", "breadcrumb"),
    ("Kui teile meeldis see artikkel, jagage seda sõpradega.", "liked-this"),
    ("See artikkel ilmus algselt portaalis Delfi.ee.", "original-source"),
    ("Loetuimad|1. Linnavolikogu kinnitas uue eelarve|2. Üleujutused lõikasid mägikülad maailmast ära", "related-story"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Kirjutas ta harva, kuid iga tema kiri oli oodatud, ütlesid korraldajad.",
    "Allikas Emajõe orus avastati sada aastat tagasi.",
    "Toetage kohalikke talunikke, kutsus linnapea turu avamisel.",
    "Kommentaarid poliitikute otsuse kohta olid erinevad ja opositsioon nõudis uut arutelu.",
    "Jälgige liiklusmuudatusi, kutsus politsei juhte üles.",
    "Loetuimad selle aasta romaanid olid krimiromaanid, näitab uuring.",
    "Reklaam silla ehitustööde kohta avaldati jaanuaris.",
    "Kõik töötajate õigused on kaitstud, lubas minister.",
    "Küpsised avamiseks küpsetasid lähedal asuva kooli õpilased.",
    "Silla projekti autor on arhitekt Mari Tamm Tallinnast.",
    "Jagage oma arvamust meiega, kutsus linnapea elanike koosolekul.",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("Kommentaarid (2)|Mart K. - 3 tundi tagasi|Lõpuks, ootasime kümme aastat.|Vasta|Liis Kask - 5 "
     "tundi tagasi|Kahju, et jalgrattateed pole.|Vasta",
     ["Mart K.", "Liis Kask"]),
    ("Kommentaarid|Mart Kask kirjutas:|Lõpuks, ootasime kümme aastat.|Liis Tamm kirjutas:|Kahju.",
     ["Mart Kask", "Liis Tamm"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)



def test_an_empty_thread_note_leaves(pipeline):
    assert _cleaned("Kommentaare veel pole. Olge esimene!", pipeline, last=True)["body"].split("\n\n")[-1] == ARTICLE[2]



def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Autor: Mari Tamm",
                 "Lugemisaeg: 4 min",
                 "Foto: Liis Kask/Postimees",
                 "Loe ka: Linn saab uue turu",
                 "Toetage sõltumatut ajakirjandust. Iga annetus loeb.",
                 "Jälgi meid Facebookis ja Instagramis.",
                 "Tellige meie uudiskiri.",
                 "Kõik õigused kaitstud.",
                 "Jaga: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Linnapea ütles, et uuel sillal on eraldi rajad jalgratturitele ja jalakäijatele.",
                            "Hinnanguliselt sõidab üle silla iga päev rohkem kui kakskümmend tuhat autot."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "et", text, paragraphs, TITLE)     # no declared language: detected
