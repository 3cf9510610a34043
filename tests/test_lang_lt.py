"""Lithuanian (cleaners/lang/lt.toml): artefact lines leave, article sentences that use the same words stay,
comment threads are found, a composed document whose language is detected keeps its paragraphs and loses its
artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Naujas tiltas per Nerį atidarytas po trejų metų statybų"
ARTICLE = ["Kauno miesto taryba antradienį iškilmingai atidarė naują tiltą per Nerį, kuris turėtų "
           "sumažinti eismą miesto centre.",
           "Statybos truko trejus metus ir kainavo beveik keturiasdešimt milijonų eurų, didžiąją dalį "
           "lėšų skyrė Europos Sąjungos fondai.",
           "Aplinkinių gyvenviečių gyventojai sako esantys patenkinti, nors privažiavimo kelių darbai "
           "tęsis iki metų pabaigos."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "lt", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Autorius: Jonas Petraitis", "byline"),
    ("Autorė: Ona Kazlauskienė, ELTA", "byline"),
    ("Paskelbta: 2026-03-14 19:05", "date-line"),
    ("Nuotr. Jonas Petraitis/BNS", "photo-credit"),
    ("Šaltinis: ELTA", "agency-credit"),
    ("Taip pat skaitykite: Miesto taryba patvirtino naują biudžetą", "related-story"),
    ("Susijusios naujienos|Miesto taryba patvirtino naują biudžetą|Potvyniai atkirto kalnų kaimus nuo pasaulio", "related-story"),
    ("Dalintis: Facebook · X · WhatsApp", "share-row"),
    ("Visos teisės saugomos.", "copyright"),
    ("© 2026 Kauno diena. Visos teisės saugomos. Be raštiško leidėjo sutikimo turinio kopijavimas draudžiamas.", "copyright"),
    ("Autoriaus nuomonė nebūtinai sutampa su redakcijos pozicija.", "disclaimer"),
    ("Šis straipsnis parengtas naudojant dirbtinį intelektą, jį peržiūrėjo redakcija.", "disclaimer"),
    ("Šioje svetainėje naudojami slapukai, kad galėtume pagerinti jūsų patirtį. Tęsdami naršymą "
     "sutinkate su slapukų naudojimu.", "disclaimer"),
    ("Užsiprenumeruokite mūsų naujienlaiškį ir gaukite svarbiausias naujienas į jūsų el. paštą.", "newsletter"),
    ("Sekite mus Facebook ir Instagram.", "social"),
    ("Atsisiųskite mūsų programėlę Android ir iOS įrenginiams.", "app-download"),
    ("Paremkite nepriklausomą žurnalistiką: tapkite prenumeratoriumi vos už 3 eurus per mėnesį.", "donation-appeal"),
    ("Skaitymo laikas: 4 min.", "reading-time"),
    ("Straipsnis tęsiamas po reklama", "ad-label"),
    ("Žymos: Kaunas, Neris, eismas", "taxonomy-line"),
    ("Komentavimas išjungtas.", "comment-prompt"),
    ("Šis straipsnis skirtas tik prenumeratoriams.", "paywall"),
    ("Pradžia » Naujienos » Lietuva", "breadcrumb"),
    ("Jei jums patiko šis straipsnis, pasidalinkite juo su draugais.", "liked-this"),
    ("Šis straipsnis pirmą kartą paskelbtas portale 15min.lt.", "original-source"),
    ("Skaitomiausi|1. Miesto taryba patvirtino naują biudžetą|2. Potvyniai atkirto kalnų kaimus nuo pasaulio", "related-story"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Rašo jis retai, bet kiekvienas jo laiškas laukiamas, sakė organizatoriai.",
    "Šaltinis Neries slėnyje buvo atrastas prieš šimtą metų.",
    "Paremkite vietos ūkininkus, ragino meras atidarydamas turgų.",
    "Komentarai apie politikų sprendimą buvo įvairūs, o opozicija reikalavo naujų diskusijų.",
    "Sekite eismo pokyčius, vairuotojus ragino policija.",
    "Skaitomiausi šių metų romanai buvo detektyvai, rodo tyrimas.",
    "Reklama tilto statybos darbams buvo paskelbta sausį.",
    "Visos darbuotojų teisės bus apsaugotos, pažadėjo ministras.",
    "Slapukus atidarymui iškepė netoliese esančios mokyklos mokinės.",
    "Tilto projekto autorius yra architektas Jonas Petraitis iš Vilniaus.",
    "Dalintis savo nuomone kviečiame visus gyventojus, sakė meras susirinkime.",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("Komentarai (2)|Marius K. - prieš 3 valandas|Pagaliau, laukėme dešimt metų.|Atsakyti|Ona Jonaitė "
     "- prieš 5 valandas|Gaila, kad nėra dviračių tako.|Atsakyti",
     ["Marius K.", "Ona Jonaitė"]),
    ("Komentarai|Marius Kazlauskas rašo:|Pagaliau, laukėme dešimt metų.|Ona Jonaitė rašo:|Gaila.",
     ["Marius Kazlauskas", "Ona Jonaitė"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)



def test_an_empty_thread_note_leaves(pipeline):
    assert _cleaned("Komentarų dar nėra. Būkite pirmas!", pipeline, last=True)["body"].split("\n\n")[-1] == ARTICLE[2]



def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Autorius: Jonas Petraitis",
                 "Skaitymo laikas: 4 min.",
                 "Nuotr. Ona Jonaitė/BNS",
                 "Taip pat skaitykite: Miestas gaus naują turgų",
                 "Paremkite nepriklausomą žurnalistiką. Kiekviena auka svarbi.",
                 "Sekite mus Facebook ir Instagram.",
                 "Užsiprenumeruokite mūsų naujienlaiškį.",
                 "Visos teisės saugomos.",
                 "Dalintis: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Meras sakė, kad naujajame tilte bus atskiri takai dviratininkams ir pėstiesiems.",
                            "Skaičiuojama, kad per tiltą kasdien važiuos daugiau nei dvidešimt "
                            "tūkstančių automobilių."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "lt", text, paragraphs, TITLE)     # no declared language: detected
