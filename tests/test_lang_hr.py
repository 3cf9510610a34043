"""Croatian (cleaners/lang/hr.toml), also read for Bosnian (`lang.ALIASES`) and holding the ekavian forms of
Serbian in Latin letters: artefact lines leave, article sentences that use the same words stay, a composed
document keeps its paragraphs and loses its artefacts; Croatian text the language model parts between "hr" and
"bs" is still told."""
from __future__ import annotations

import pytest

from cleaners import lang, language

from . import lang_dump

TITLE = "Novi most preko Drave otvoren nakon tri godine gradnje"
ARTICLE = ["Gradsko vijeće Osijeka u utorak je svečano otvorilo novi most preko Drave, koji bi trebao rasteretiti "
           "promet u središtu grada.",
           "Gradnja je trajala tri godine i stajala gotovo četrdeset milijuna eura, a veći dio novca osigurali su "
           "fondovi Europske unije.",
           "Stanovnici okolnih naselja kažu da su zadovoljni, iako se radovi na prilaznim cestama nastavljaju do kraja "
           "godine."]


def _cleaned(line: str, pipeline, code: str = "hr", last: bool = False) -> dict:
    """A Croatian text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, code, TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Piše: Ana Horvat", "byline"),
    ("Piše Ana Horvat i Ivo Kovač", "byline"),
    ("Objavljeno 14. ožujka 2026. u 19:05 | Ažurirano 14. ožujka 2026. u 21:10", "date-line"),
    ("Foto: Ana Horvat/PIXSELL", "photo-credit"),
    ("Pročitajte još: Gradsko vijeće usvojilo novi proračun", "related-story"),
    ("Podijeli: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Glas Drave. Sva prava pridržana. Zabranjeno je preuzimanje sadržaja bez pisanog dopuštenja izdavača.",
     "copyright"),
    ("Stavovi izneseni u ovom tekstu su stavovi autora i ne odražavaju nužno stavove redakcije.", "disclaimer"),
    ("Ovaj tekst je napisan uz pomoć umjetne inteligencije i pregledala ga je redakcija.", "disclaimer"),
    ("Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo. Nastavkom pregledavanja slažete se "
     "s korištenjem kolačića.", "disclaimer"),
    ("Prijavite se na naš newsletter i primajte najvažnije vijesti u vaš sandučić.", "newsletter"),
    ("Pratite nas na Facebooku i Instagramu.", "social"),
    ("Preuzmite našu aplikaciju za Android i iOS.", "app-download"),
    ("Podržite nezavisno novinarstvo: postanite pretplatnik već od 3 eura mjesečno.", "donation-appeal"),
    ("Vaša podrška nam znači sve. Donirajte već danas.", "donation-appeal"),
    ("Vrijeme čitanja: 4 min", "reading-time"),
    ("Tekst se nastavlja ispod oglasa", "ad-label"),
    ("Oznake: Osijek, Drava, promet", "taxonomy-line"),
    ("Komentari su zatvoreni.", "comment-prompt"),
    ("Ovaj članak dostupan je samo pretplatnicima.", "paywall"),
    ("Podijelite ovaj članak s prijateljima!", "share"),
    ("Kliknite za povećanje", "caption-prompt"),
    ("Naslovnica » Vijesti » Hrvatska", "breadcrumb"),
    ("Ako vam se svidio ovaj članak, podijelite ga s prijateljima.", "liked-this"),
    ("Ovaj članak je izvorno objavljen na portalu Index.hr.", "original-source"),
    ("Najčitanije|1. Gradsko vijeće usvojilo novi proračun|2. Poplave odsjekle planinska sela od svijeta", "related-story"),
])
def test_croatian_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Piše li itko još pisma rukom, pitali su se organizatori izložbe.",
    "Izvor rijeke Drave nalazi se u Italiji, u blizini mjesta Toblach.",
    "Foto-klub Osijek priredio je izložbu o gradnji mosta.",
    "Podržite lokalne proizvođače, poručio je gradonačelnik na otvorenju tržnice.",
    "Komentari političara bili su podijeljeni, a oporba je tražila novu raspravu.",
    "Pratite razvoj situacije, rekli su iz policije vozačima na obilaznici.",
    "Najčitanije knjige ove godine bile su kriminalistički romani, pokazalo je istraživanje.",
    "Oglas za radna mjesta na mostu objavljen je u siječnju.",
    "Sva prava radnika bit će zaštićena, obećao je ministar.",
    "Kolačiće za otvorenje ispekle su učenice obližnje škole.",
    "Podijeli i vladaj, rekao je jedan od vijećnika o taktici oporbe.",
    "Donirajte krv, poručili su iz Crvenog križa tijekom akcije.",
    "Pratite Facebook stranicu općine, poručili su iz policije.",     # "pratite" alone is no call to follow
    "Autor projekta mosta je arhitekt Ivan Perić iz Zagreba.",
])
def test_croatian_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_a_croatian_comment_thread_and_an_empty_one(pipeline):
    thread = ("Komentari (2)|Marko Perić - prije 3 sata|Konačno, čekali smo ovo deset godina.|Odgovori|"
              "Ivana Kovač - prije 5 sati|Šteta što nema biciklističke staze.|Odgovori")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Marko Perić", "Ivana Kovač"], ARTICLE)
    said = "Komentari|Marko Perić kaže:|Konačno, čekali smo ovo deset godina.|Ivana Kovač kaže:|Šteta."
    assert [c["author"] for c in _cleaned(said, pipeline, last=True)["comments"]] == ["Marko Perić", "Ivana Kovač"]
    empty = _cleaned("Još nema komentara. Budite prvi koji će komentirati!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_serbian_in_latin_letters_and_bosnian_read_the_croatian_words(pipeline):
    # ekavian forms ("pre 3 sata", "vesti") and Bosnian words ("sedmice") in the same file
    record = _cleaned("Komentari|Milan Jović - pre 3 sata|Konačno.|Odgovori|Amra Hodžić - pre 2 sedmice|Šteta.|Odgovori",
                      pipeline, code="bs", last=True)
    assert [c["author"] for c in record["comments"]] == ["Milan Jović", "Amra Hodžić"]
    assert "Pročitajte takođe: Nove vesti iz grada" not in _cleaned("Pročitajte takođe: Nove vesti iz grada", pipeline,
                                                                    code="bs")["body"]


def test_a_composed_croatian_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Piše: Ana Horvat", "Objavljeno: 14. ožujka 2026. u 19:05", "Vrijeme čitanja: 4 min",
                 "Foto: Ivo Kovač/PIXSELL", "Pročitajte još: Grad dobiva novu tržnicu",
                 "Podržite neovisno novinarstvo. Svaka donacija se računa.", "Pratite nas na Facebooku i Instagramu.",
                 "Prijavite se na naš newsletter.", "Sva prava pridržana.", "Podijeli: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Gradonačelnik je rekao da će novi most imati zasebne staze za bicikliste i pješake.",
                            "Prema procjenama, mostom će dnevno prelaziti više od dvadeset tisuća vozila."]
    text = "\n\n".join([TITLE, *artefacts[:4], *paragraphs[:3], artefacts[4], *paragraphs[3:], *artefacts[5:]])
    lang_dump.assert_composed(pipeline, "hr", text, paragraphs, TITLE)     # no declared language: detected


def test_bosnian_is_read_by_the_croatian_file_and_keeps_its_own_dates():
    assert lang.languages("bs") == ("hr", "bs", "en") and lang.languages("hr") == ("hr", "en")
    assert "pročitajte još" in lang.words("related", lang.languages("bs"))
    from cleaners.dates import date_line
    assert date_line("Objavljeno: 14. mart 2026. u 19:05", languages=lang.languages("bs")).iso == "2026-03-14T19:05:00"   # Bosnian "mart"; the year's dot before the time
    assert date_line("Objavljeno: 14. mart 2026. u 19:05", languages=lang.languages("hr")) is None                # Croatian "ožujak"
    assert date_line("Objavljeno 14. ožujka 2026, 19:05", languages=lang.languages("hr")).iso == "2026-03-14T19:05:00"


class _Model:
    def __init__(self, ranked):
        self.ranked = ranked

    def rank(self, _text):
        return self.ranked


@pytest.mark.parametrize("ranked,code", [
    ([("hr", 0.46), ("bs", 0.44), ("sr", 0.10)], "hr"),     # two codes of one file: their sum tells the language
    ([("bs", 0.48), ("hr", 0.30), ("sr", 0.22)], "bs"),
    ([("hr", 0.62), ("bs", 0.38)], "hr"),
    ([("de", 0.46), ("nl", 0.44), ("en", 0.10)], None),     # two languages of two files: unsure
    ([("hr", 0.45), ("sr", 0.40), ("sl", 0.15)], None),     # Serbian has a file of its own
])
def test_codes_one_file_reads_share_the_models_probability(ranked, code, monkeypatch):
    monkeypatch.setattr(language, "_identifier", lambda: _Model(ranked))
    assert language.detect("Gradsko vijeće u utorak je otvorilo novi most preko rijeke.") == code
