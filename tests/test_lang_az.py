"""Azerbaijani (cleaners/lang/az.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Kür çayı üzərində yeni körpü üç illik tikintidən sonra açılıb"
ARTICLE = ["Mingəçevir şəhər icra hakimiyyəti çərşənbə axşamı Kür çayı üzərində yeni körpünü istifadəyə verib, "
           "körpünün şəhər mərkəzində nəqliyyatın sıxlığını azaldacağı gözlənilir.",
           "Tikinti üç il davam edib və təxminən qırx milyon manata başa gəlib, vəsaitin böyük hissəsini dövlət "
           "büdcəsi ayırıb.",
           "Ətraf məhəllələrin sakinləri razı olduqlarını deyirlər, baxmayaraq ki, giriş yollarında işlər ilin "
           "sonunadək davam edəcək."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """An Azerbaijani text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "az", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Müəllif: Leyla Məmmədova", "byline"),
    ("Hazırladı: Leyla Məmmədova və Rəşad Əliyev", "byline"),
    ("Dərc olunub: 14 mart 2026, 19:05", "date-line"),
    ("Foto: Rəşad Əliyev / APA", "photo-credit"),
    ("Mənbə: APA", "agency-credit"),
    ("Bunu da oxuyun: Şəhər büdcəsi təsdiqlənib", "related-story"),
    ("Oxşar xəbərlər|Şəhər büdcəsi təsdiqlənib|Leysan yağışları kəndləri su altında qoyub", "related-story"),
    ("Paylaş: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Mingəçevir Xəbər. Bütün hüquqlar qorunur.", "copyright"),
    ("Müəllifin fikri redaksiyanın mövqeyi ilə üst-üstə düşməyə bilər.", "disclaimer"),
    ("Materialların istifadəsi zamanı hiperlinklə istinad mütləqdir. İcazəsiz istifadə qadağandır.", "disclaimer"),
    ("Sayt kukilərdən istifadə edir. Saytdan istifadəni davam etdirməklə buna razılaşırsınız.", "disclaimer"),
    ("Xəbər bülletenimizə abunə olun və ən son xəbərləri e-poçtunuza alın.", "newsletter"),
    ("Sosial şəbəkələrdə bizi izləyin: Facebook, Instagram.", "social"),
    ("Bizi Facebook-da izləyin", "social"),                  # the network's name inside the call
    ("Bizi Instagram'da izləyin!", "social"),
    ("Telegram kanalımıza abunə olun.", "follow-alone"),
    ("Mobil tətbiqimizi yükləyin: Android və iOS.", "app-download"),
    ("Müstəqil jurnalistikanı dəstəkləyin: ayda 5 manat ianə edin.", "donation-appeal"),
    ("Oxuma müddəti: 4 dəq", "reading-time"),
    ("Xəbər reklamdan sonra davam edir", "ad-label"),
    ("Teqlər: Mingəçevir, Kür, körpü", "taxonomy-line"),
    ("Şərhlər bağlıdır.", "comment-prompt"),
    ("Bu məqalə yalnız abunəçilər üçündür.", "paywall"),
    ("Ana səhifə » Xəbərlər » Region", "breadcrumb"),
    ("Bu xəbəri bəyəndinizsə, dostlarınızla paylaşın.", "liked-this"),
    ("Ən çox oxunanlar|1. Şəhər büdcəsi təsdiqlənib|2. Leysan yağışları kəndləri su altında qoyub",
     "related-story"),
])
def test_azerbaijani_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line,author", [
    ("Müəllif: Əli Həsənov", "Əli Həsənov"),            # a name opening with the Azerbaijani capital "Ə"
    ("Hazırladı: Leyla Məmmədova və Rəşad Əliyev", "Leyla Məmmədova və Rəşad Əliyev"),
])
def test_azerbaijani_byline_names_are_the_author(line, author, pipeline):
    assert _cleaned(line, pipeline)["metadata"]["author"] == author


@pytest.mark.parametrize("line", [
    "Müəllif hüququ ilə bağlı qanun layihəsi parlamentdə müzakirə olunur.",
    "Mənbə suyu kəndin yaxınlığında yerləşir və yazda yenidən axacaq.",
    "Yerli istehsalçılara dəstək olun, deyə icra başçısı bazarın açılışında bildirib.",
    "Sakinlərin şərhləri çox tənqidi olub, ictimai birliyin sədri qeyd edib.",
    "Küçənin sonunadək bizi izləyin, deyə polis sürücülərə müraciət edib.",
    "Bizi Facebook-da izləyənlərin sayı iki dəfə artıb, redaksiya bildirib.",
    "Ən çox oxunan kitablar siyahısında Gəncə şairi birinci yerdədir, sorğu belə göstərir.",
    "Şəhərin reklam xərcləri üç yüz min manat təşkil edib.",
    "İşçilərin bütün hüquqları qorunacaq, nazir bildirib.",
    "Körpü layihəsinin müəllifi bakılı memar Elçin Hüseynovdur.",
    "Avtomobili paylaşmaq nəqliyyatı azaldır, mütəxəssis əlavə edib.",
    "Foto sərgisi mart ayında şəhər muzeyində açılacaq.",
])
def test_azerbaijani_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread", [
    "Şərhlər (2)|Rəşad Əliyev - 3 saat əvvəl|Nəhayət, on il gözləmişik.|Cavab ver|"
    "Günel Quliyeva - 5 saat əvvəl|Təəssüf ki, velosiped yolu yoxdur.|Cavab ver",
    "Şərhlər|Rəşad Əliyev yazdı:|Nəhayət, on il gözləmişik.|Günel Quliyeva yazdı:|Təəssüf.",
])
def test_azerbaijani_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Rəşad Əliyev", "Günel Quliyeva"], ARTICLE)
    empty = _cleaned("Hələ şərh yoxdur. İlk şərhi siz yazın!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_azerbaijani_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Müəllif: Leyla Məmmədova", "Oxuma müddəti: 4 dəq", "Foto: Rəşad Əliyev / APA",
                 "Bunu da oxuyun: Şəhərdə yeni bazar açılacaq", "Bizə dəstək olun. Hər bir ianə vacibdir.",
                 "Bizi izləyin: Facebook, Instagram, Telegram", "Bülletenimizə abunə olun.", "Bütün hüquqlar qorunur.",
                 "Paylaş: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["İcra başçısı bildirib ki, yeni körpüdə velosipedçilər və piyadalar üçün ayrıca "
                            "zolaqlar olacaq.",
                            "Hesablamalara görə, körpüdən hər gün iyirmi mindən çox avtomobil keçəcək."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "az", text, paragraphs, TITLE)     # no declared language: detected
