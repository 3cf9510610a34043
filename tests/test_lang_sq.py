"""Albanian (cleaners/lang/sq.toml): artefact lines leave, article sentences that use the same words stay, a comment
thread is found, a composed document whose language is detected keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Biblioteka qendrore e Korçës rihapet pas tre vitesh rikonstruksion"
ARTICLE = ["Bashkia e Korçës rihapi të hënën në mëngjes bibliotekën qendrore për publikun, ku salla e re e leximit "
           "mund të presë njëkohësisht dyqind vizitorë.",
           "Punimet kushtuan rreth dymbëdhjetë milionë lekë, pjesa më e madhe e të cilave u financua nga qeveria "
           "qendrore, sipas zyrtarëve të bashkisë.",
           "Salla e leximit për studentët do të jetë e hapur edhe natën duke filluar nga muaji i ardhshëm, tha "
           "drejtoresha e bibliotekës."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """An Albanian text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or,
    with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "sq", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Nga Elira Krasniqi", "byline"),
    ("Shkruar nga Arben Hoxha", "byline"),
    ("Foto: Arben Hoxha/AFP", "photo-credit"),
    ("Lexo edhe: Bashkia miraton buxhetin e ri të qytetit", "related-story"),
    ("Lajme të ngjashme|Bashkia miraton buxhetin e ri të qytetit|Përmbytjet izolojnë fshatrat malore",
     "related-heading"),
    ("Shpërndaje: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Zëri i Korçës. Të gjitha të drejtat e rezervuara.", "copyright"),
    ("Abonohuni në buletinin tonë dhe merrni lajmet më të rëndësishme në emailin tuaj.", "newsletter"),
    ("Na ndiqni në Facebook dhe Instagram.", "social"),
    ("Shkarkoni aplikacionin tonë për Android dhe iOS.", "app-download"),
    ("Etiketat: Korça, biblioteka, kultura", "taxonomy-line"),
    ("Komentet janë mbyllur.", "comment-prompt"),
    ("Ky artikull është vetëm për abonentët.", "paywall"),
    ("Artikulli vazhdon pas reklamës", "ad-label"),
    ("Lexim 6 minuta", "reading-time"),
])
def test_albanian_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Nga ana tjetër, banorët e lagjeve përreth filluan ta përdorin bibliotekën çdo ditë.",
    "Burimi i financimit për fazën e dytë ende nuk është vendosur nga këshilli bashkiak.",
    "Na ndiqni në këtë rrugë, u tha kryetari i bashkisë gazetarëve gjatë vizitës.",
    "Komentet e banorëve për projektin ishin të ndryshme, dhe opozita kërkoi një debat të ri.",
    "Reklama e vendeve të punës për bibliotekën u publikua në janar.",
    "Ndaj vendimit reagoi edhe opozita, e cila kërkoi një seancë të jashtëzakonshme të këshillit.",
    "Sipas drejtoreshës, ndalohet hyrja me ushqime në sallën e leximit, por jo me libra personalë.",
    "Duke filluar nga e hëna, biblioteka do të jetë e hapur edhe të shtunën.",
    "Pasi u mbyll për tre vjet, biblioteka pritet të tërheqë shumë vizitorë.",
    "Sot biblioteka ka mbi njëqind mijë tituj.",
    "Kryetari thotë se biblioteka do të hapet edhe në fundjavë, nga ora 9 në 18.",
    "Nxënësit e shkollave do të kenë një orë lexim çdo javë në sallën e re.",
])
def test_albanian_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_albanian_comment_thread(pipeline):
    thread = ("Komente|Arben Hoxha shkroi:|Më në fund, e kemi pritur dhjetë vjet.|Elira Krasniqi shkroi:|"
              "Për fat të keq, nuk ka vend për biçikleta.")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Arben Hoxha", "Elira Krasniqi"], ARTICLE)


def test_albanian_comments_under_says_and_a_date_at_a_time(pipeline):
    """A blog's "Name thotë:" head over "3 mars 2025 në 1:14" ("says", "at"), a reply control under each comment."""
    thread = ("3 komente|Vallja thotë:|3 mars 2025 në 1:14|Kush do t'i paguajë këto kur buxheti është i ngushtë?|"
              "Përgjigju|Gent Marku thotë:|4 mars 2025 në 2:14|Katër orë debat për diçka që e dinin të gjithë.|"
              "Përgjigju")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Vallja", "Gent Marku"], ARTICLE)


def test_a_composed_albanian_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Nga Elira Krasniqi", "Foto: Arben Hoxha/AFP", "Lexo edhe: Qyteti merr një treg të ri",
                 "Na ndiqni në Facebook dhe Instagram.", "Abonohuni në buletinin tonë.",
                 "Të gjitha të drejtat e rezervuara."]
    paragraphs = ARTICLE + ["Kryetari i bashkisë tha se biblioteka do të ketë edhe një sallë për fëmijët dhe një "
                            "kënd për të moshuarit.",
                            "Biblioteka ka sot mbi njëqind mijë libra në shqip, anglisht dhe gjuhë të tjera."]
    text = "\n\n".join([TITLE, *artefacts[:2], *paragraphs[:3], artefacts[2], *paragraphs[3:], *artefacts[3:]])
    lang_dump.assert_composed(pipeline, "sq", text, paragraphs, TITLE)     # no declared language: detected


def test_the_file_hidden_reads_as_a_language_without_one():
    """The tests of the shape rules use Albanian as a language without a file (tests/unlisted_lang.py hides it):
    hidden, no word of it is matched, by a pattern made before or after; shown again, its words come back."""
    from cleaners import lang

    from .unlisted_lang import hidden_file
    english = lang.words("by", ("en",))
    assert lang.words("by", ("sq", "en")) != english and not lang.without_file(("sq", "en"))
    made = lang.pattern("by", ("sq", "en"), "start")
    assert made.match("nga Arben Hoxha")
    with hidden_file("sq"):
        assert lang.load("sq") is None and "sq" not in lang.available() and lang.without_file(("sq", "en"))
        assert lang.words("by", ("sq", "en")) == english
        assert not lang.pattern("by", ("sq", "en"), "start").match("nga Arben Hoxha")
    assert lang.words("by", ("sq", "en")) != english and "sq" in lang.available()
    assert lang.pattern("by", ("sq", "en"), "start").match("nga Arben Hoxha")


@pytest.mark.parametrize("name,person", [
    ("Pasi Virtanen", True), ("Duke Ellington", True),       # names that are Albanian words ("pasi", "duke")
    ("Megjithatë Qeveria", False),                           # an Albanian function word: no name
])
def test_albanian_function_words_read_in_every_language_keep_names_that_are_albanian_words(name, person):
    from cleaners.builtin._byline import is_person_name
    assert is_person_name(name) is person
