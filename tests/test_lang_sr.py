"""Serbian (cleaners/lang/sr.toml), in both of its scripts: artefact lines in Cyrillic and in Latin letters leave,
article sentences that use the same words stay, a composed Cyrillic document keeps its paragraphs and loses its
artefacts; Serbian capitals open a wire dateline and Serbian names of the networks make share rows and calls."""
from __future__ import annotations

import pytest

from cleaners import lang

from . import lang_dump

TITLE = "Нови мост преко Дунава отворен после три године градње"
ARTICLE = ["Градско веће Новог Сада у уторак је свечано отворило нови мост преко Дунава, који би требало да растерети "
           "саобраћај у центру града.",
           "Градња је трајала три године и коштала скоро четрдесет милиона евра, а већи део новца обезбедили су "
           "фондови Европске уније.",
           "Становници околних насеља кажу да су задовољни, иако се радови на прилазним путевима настављају до краја "
           "године."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Serbian text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "sr", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Пише: Ана Петровић", "byline"),
    ("Аутор: Марко Јовановић", "byline"),
    ("Пише: Ана Петровић, Танјуг", "byline"),
    ("Фото: Ана Петровић/Танјуг", "photo-credit"),
    ("Прочитајте још: Градско веће усвојило нови буџет", "related-story"),
    ("Повезане вести|Градско веће усвојило нови буџет|Поплаве одсекле планинска села од света", "related-story"),
    ("Подели: Facebook · X · Viber", "share-row"),
    ("Подели: Фејсбук · Твитер · Вајбер", "share-row"),
    ("© 2026 Дунавски гласник. Сва права задржана. Забрањено је преузимање садржаја без претходне писмене "
     "сагласности издавача.", "copyright"),
    ("Ставови изнесени у овом тексту су ставови аутора и не одражавају нужно ставове редакције.", "disclaimer"),
    ("Овај сајт користи колачиће како би вам пружио боље корисничко искуство. Даљим коришћењем сајта слажете се са "
     "употребом колачића.", "disclaimer"),
    ("Пратите нас на Фејсбуку и Инстаграму.", "social"),
    ("Преузмите нашу апликацију за Android и iOS.", "app-download"),
    ("Подржите независно новинарство: постаните претплатник већ од 300 динара месечно.", "donation-appeal"),
    ("Време читања: 4 мин", "reading-time"),
    ("Текст се наставља испод огласа", "ad-label"),
    ("Ознаке: Нови Сад, Дунав, саобраћај", "taxonomy-line"),
    ("Коментари су искључени.", "comment-prompt"),
    ("Овај чланак је доступан само претплатницима.", "paywall"),
    ("Почетна » Вести » Србија", "breadcrumb"),
    ("ЈАГОДИНА (Танјуг) -", "wire-dateline"),                  # a capital of the Serbian letters (Ј)
    ("Pročitajte još: Gradsko veće usvojilo novi budžet", "related-story"),
    ("Piše: Ana Petrović, FoNet", "byline"),
    ("Pratite nas na Fejsbuku i Instagramu.", "social"),
    ("Najčitanije|1. Gradsko veće usvojilo novi budžet|2. Poplave odsekle planinska sela od sveta", "related-story"),
])
def test_serbian_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Пише ли ико још писма руком, питали су се организатори изложбе.",
    "Извор реке Дунав налази се у Немачкој, у Шварцвалду.",
    "Подржите локалне произвођаче, поручио је градоначелник на отварању пијаце.",
    "Коментари политичара били су подељени, а опозиција је тражила нову расправу.",
    "Пратите развој ситуације, рекли су из полиције возачима на обилазници.",
    "Пратите Фејсбук страницу општине, поручили су из полиције.",
    "Најчитаније књиге ове године били су криминалистички романи, показало је истраживање.",
    "Оглас за радна места на мосту објављен је у јануару.",
    "Сва права радника биће заштићена, обећао је министар.",
    "Колачиће за отварање испекле су ученице оближње школе.",
    "Подели па владај, рекао је један од одборника о тактици опозиције.",
    "Аутор пројекта моста је архитекта Иван Перић из Београда.",
    "Izvor reke Dunav nalazi se u Nemačkoj, u Švarcvaldu.",
])
def test_serbian_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("Коментари (2)|Марко Перић - пре 3 сата|Коначно, чекали смо ово десет година.|Одговори|"
     "Ивана Ковач - пре 5 сати|Штета што нема бициклистичке стазе.|Одговори", ["Марко Перић", "Ивана Ковач"]),
    ("Komentari (2)|Marko Perić - pre 3 sata|Konačno, čekali smo ovo deset godina.|Odgovori|"
     "Ivana Kovač - pre 5 sati|Šteta što nema biciklističke staze.|Odgovori", ["Marko Perić", "Ivana Kovač"]),
])
def test_serbian_comment_threads_in_both_scripts(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)


def test_a_composed_serbian_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Пише: Ана Петровић", "Време читања: 4 мин", "Фото: Иван Ковач/Танјуг",
                 "Прочитајте још: Град добија нову пијацу", "Подржите независно новинарство. Свака донација се рачуна.",
                 "Пратите нас на Фејсбуку и Инстаграму.", "Пријавите се на њузлетер.", "Сва права задржана.",
                 "Подели: Facebook · X · Viber"]
    paragraphs = ARTICLE + ["Градоначелник је рекао да ће нови мост имати посебне стазе за бициклисте и пешаке.",
                            "Према проценама, мостом ће дневно прелазити више од двадесет хиљада возила."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "sr", text, paragraphs, TITLE)     # no declared language: detected


def test_both_scripts_are_in_every_list_and_the_latin_page_is_serbian():
    assert {"pročitajte još", "прочитајте још"} <= set(lang.words("related", ("sr",)))
    assert {"pre", "пре"} <= set(lang.words("ago", ("sr",)))
    assert lang.languages("sr") == ("sr", "en")          # "sr-Latn" is normalised to "sr": the Latin phrases are here
