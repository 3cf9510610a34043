"""Latvian (cleaners/lang/lv.toml): artefact lines leave, article sentences that use the same words stay,
comment threads are found, a composed document whose language is detected keeps its paragraphs and loses its
artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Jaunais tilts pār Daugavu atklāts pēc trīs gadu būvniecības"
ARTICLE = ["Rīgas dome otrdien svinīgi atklāja jauno tiltu pār Daugavu, kam vajadzētu mazināt "
           "satiksmi pilsētas centrā.",
           "Būvniecība ilga trīs gadus un izmaksāja gandrīz četrdesmit miljonus eiro, lielāko daļu "
           "naudas piešķīra Eiropas Savienības fondi.",
           "Apkārtējo ciematu iedzīvotāji saka, ka ir apmierināti, lai gan darbi pie piebraucamajiem "
           "ceļiem turpināsies līdz gada beigām."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "lv", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Autors: Jānis Bērziņš", "byline"),
    ("Autore: Anna Kalniņa, LETA", "byline"),
    ("Publicēts: 14.03.2026. 19:05", "date-line"),     # (the year's ordinal dot before a time: a date, read)
    ("Foto: Jānis Bērziņš/LETA", "photo-credit"),
    ("Avots: LETA", "agency-credit"),
    ("Lasiet arī: Rīgas dome apstiprina jauno budžetu", "related-story"),
    ("Saistītie raksti|Rīgas dome apstiprina jauno budžetu|Plūdi nošķir kalnu ciematus no pasaules", "related-story"),
    ("Dalīties: Facebook · X · WhatsApp", "share-row"),
    ("Visas tiesības aizsargātas.", "copyright"),
    ("© 2026 Rīgas Vēstis. Visas tiesības aizsargātas. Satura pārpublicēšana bez rakstiskas atļaujas "
     "ir aizliegta.", "copyright"),
    ("Autora viedoklis ne vienmēr sakrīt ar redakcijas nostāju.", "disclaimer"),
    ("Šis raksts sagatavots, izmantojot mākslīgo intelektu, un to pārskatīja redakcija.", "disclaimer"),
    ("Šajā vietnē tiek izmantotas sīkdatnes, lai uzlabotu jūsu pieredzi. Turpinot pārlūkošanu, jūs "
     "piekrītat sīkdatņu izmantošanai.", "disclaimer"),
    ("Abonējiet mūsu jaunumus un saņemiet svarīgākās ziņas tieši jūsu e-pastā.", "newsletter"),
    ("Sekojiet mums Facebook un Instagram.", "social"),
    ("Lejupielādējiet mūsu lietotni Android un iOS ierīcēm.", "app-download"),
    ("Atbalstiet neatkarīgu žurnālistiku: kļūstiet par abonentu jau no 3 eiro mēnesī.", "donation-appeal"),
    ("Lasīšanas laiks: 4 min.", "reading-time"),
    ("Raksts turpinās pēc reklāmas", "ad-label"),
    ("Birkas: Rīga, Daugava, satiksme", "taxonomy-line"),
    ("Komentēšana ir izslēgta.", "comment-prompt"),
    ("Šis raksts ir pieejams tikai abonentiem.", "paywall"),
    ("Sākums » Ziņas » Latvija", "breadcrumb"),
    ("Ja jums patika šis raksts, dalieties ar to ar draugiem.", "liked-this"),
    ("Šis raksts pirmoreiz publicēts portālā Delfi.lv.", "original-source"),
    ("Lasītākie|1. Rīgas dome apstiprina jauno budžetu|2. Plūdi nošķir kalnu ciematus no pasaules", "related-story"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Raksta viņš reti, bet katra viņa vēstule tiek gaidīta, sacīja organizatori.",
    "Avots Daugavas ielejā tika atklāts pirms simts gadiem.",
    "Atbalstiet vietējos zemniekus, aicināja mērs, atklājot tirgu.",
    "Komentāri par politiķu lēmumu bija dažādi, un opozīcija pieprasīja jaunas diskusijas.",
    "Sekojiet satiksmes izmaiņām, autovadītājus aicināja policija.",
    "Lasītākie šī gada romāni bija detektīvi, liecina pētījums.",
    "Reklāma tilta būvdarbiem tika publicēta janvārī.",
    "Visas darbinieku tiesības tiks aizsargātas, solīja ministrs.",
    "Sīkdatnes tīmekļa vietnēs regulē Eiropas tiesību akti, skaidroja eksperts.",
    "Tilta projekta autors ir arhitekts Jānis Bērziņš no Rīgas.",
    "Dalīties ar savu viedokli aicinām visus iedzīvotājus, sacīja mērs sapulcē.",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("Komentāri (2)|Māris K. - pirms 3 stundām|Beidzot, gaidījām desmit gadus.|Atbildēt|Ilze Ozola - "
     "pirms 5 stundām|Žēl, ka nav veloceliņa.|Atbildēt",
     ["Māris K.", "Ilze Ozola"]),
    ("Komentāri|Māris Kalniņš raksta:|Beidzot, gaidījām desmit gadus.|Ilze Ozola raksta:|Žēl.",
     ["Māris Kalniņš", "Ilze Ozola"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)



def test_an_empty_thread_note_leaves(pipeline):
    assert _cleaned("Komentāru vēl nav. Esiet pirmais!", pipeline, last=True)["body"].split("\n\n")[-1] == ARTICLE[2]



def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Autors: Jānis Bērziņš",
                 "Lasīšanas laiks: 4 min.",
                 "Foto: Anna Kalniņa/LETA",
                 "Lasiet arī: Pilsēta iegūs jaunu tirgu",
                 "Atbalstiet neatkarīgu žurnālistiku. Katrs ziedojums ir svarīgs.",
                 "Sekojiet mums Facebook un Instagram.",
                 "Abonējiet mūsu jaunumus.",
                 "Visas tiesības aizsargātas.",
                 "Dalīties: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Mērs sacīja, ka jaunajam tiltam būs atsevišķi celiņi velosipēdistiem un gājējiem.",
                            "Tiek lēsts, ka pa tiltu katru dienu brauks vairāk nekā divdesmit "
                            "tūkstoši automašīnu."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "lv", text, paragraphs, TITLE)     # no declared language: detected
