"""Kazakh (cleaners/lang/kk.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Ертіс арқылы өтетін жаңа көпір үш жылдық құрылыстан кейін ашылды"
ARTICLE = ["Павлодар қаласының әкімдігі сейсенбі күні Ертіс өзені арқылы өтетін жаңа көпірді ашты, ол қала "
           "орталығындағы көлік кептелісін азайтады деп күтілуде.",
           "Құрылыс үш жылға созылып, шамамен қырық миллиард теңгеге түсті, қаржының басым бөлігін республикалық "
           "бюджет бөлді.",
           "Маңайдағы аудандардың тұрғындары көңілдері толық екенін айтады, алайда кіреберіс жолдардағы жұмыс жыл "
           "соңына дейін жалғасады."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Kazakh text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "kk", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Автор: Айгүл Серікова", "byline"),
    ("Авторлар: Айгүл Серікова және Ерлан Мұратов", "byline"),
    ("Жарияланды: 14 наурыз 2026, 19:05", "date-line"),
    ("Жарияланды: 2026 жылғы 14 наурыз, 19:05", "date-line"),
    ("Фото: Ерлан Мұратов / Kazinform", "photo-credit"),
    ("Фото: ашық дереккөздерден", "photo-credit"),
    ("Дереккөз: Reuters", "agency-credit"),
    ("Сондай-ақ оқыңыз: Қала бюджеті бекітілді", "related-story"),
    ("Ұқсас жаңалықтар|Қала бюджеті бекітілді|Нөсер жаңбыр ауылдарды су астында қалдырды", "related-story"),
    ("Бөлісу: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Ертіс жаңалықтары. Барлық құқықтар қорғалған.", "copyright"),
    ("Автордың пікірі редакцияның көзқарасымен сәйкес келмеуі мүмкін.", "disclaimer"),
    ("Материалдарды пайдаланғанда сілтеме жасау міндетті. Жазбаша рұқсатынсыз көшіруге тыйым салынады.",
     "disclaimer"),
    ("Сайт cookie файлдарын пайдаланады. Сайтты пайдалануды жалғастыра отырып, сіз бұған келісесіз.", "disclaimer"),
    ("Таратылымымызға жазылыңыз және соңғы жаңалықтарды электрондық поштаңызға алыңыз.", "newsletter"),
    ("Telegram арнамызға жазылыңыз.", "follow-alone"),
    ("Бізді әлеуметтік желілерде оқыңыз: Facebook, Instagram.", "social"),
    ("Бізді Facebook-та оқыңыз", "social"),                  # the network's name inside the call
    ("Бізді Телеграмда оқыңыз!", "social"),
    ("Мобильді қосымшамызды жүктеп алыңыз: Android және iOS.", "app-download"),
    ("Тәуелсіз журналистиканы қолдаңыз: ай сайын 1000 теңге аударыңыз.", "donation-appeal"),
    ("Оқу уақыты: 4 мин", "reading-time"),
    ("Мақала жарнамадан кейін жалғасады", "ad-label"),
    ("Тегтер: Павлодар, Ертіс, көпір", "taxonomy-line"),
    ("Пікірлер жабық.", "comment-prompt"),
    ("Бұл мақала тек жазылушыларға арналған.", "paywall"),
    ("Басты бет » Жаңалықтар » Аймақ", "breadcrumb"),
    ("Көп оқылғандар|1. Қала бюджеті бекітілді|2. Нөсер жаңбыр ауылдарды су астында қалдырды", "related-story"),
])
def test_kazakh_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line,author", [
    ("Автор: Әсел Нұрланқызы", "Әсел Нұрланқызы"),       # names opening with the Kazakh capitals "Ә", "Ұ", "Қ"
    ("Автор: Ұлан Қасымов", "Ұлан Қасымов"),
])
def test_kazakh_byline_names_are_the_author(line, author, pipeline):
    assert _cleaned(line, pipeline)["metadata"]["author"] == author


@pytest.mark.parametrize("line", [
    "Авторлық құқық туралы заң жобасы Мәжілісте талқыланып жатыр.",
    "Бұлақтың дереккөзі ауылдың іргесінде орналасқан, көктемде қайта ағады.",
    "Жергілікті өндірушілерді қолдаңыз, деді әкім базардың ашылуында.",
    "Тұрғындардың пікірлері өте сыни болды, деп атап өтті қоғамдық бірлестік төрағасы.",
    "Көшенің соңына дейін бізді бақылаңыз, деп полиция жүргізушілерге хабарлады.",
    "Бізді Facebook-та оқитындар саны екі есе өсті, деп хабарлады редакция.",
    "Көп оқылған кітаптар тізімінде Шымкенттік ақын бірінші орында, деп хабарлады сауалнама авторлары.",
    "Қаланың жарнама шығындары үш жүз миллион теңгені құрады.",
    "Жұмысшылардың барлық құқықтары қорғалады, деді министр.",
    "Көпір жобасының авторы алматылық сәулетші Нұрлан Қасымов.",
    "Көлікті бірге пайдалану кептелісті азайтады, деп түсіндірді маман.",
    "Фото көрмесі наурыз айында қалалық мұражайда ашылады.",
])
def test_kazakh_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread", [
    "Пікірлер (2)|Ерлан Мұратов - 3 сағат бұрын|Ақыры, он жыл күттік.|Жауап беру|"
    "Әсел Нұрланқызы - 5 сағат бұрын|Өкінішке қарай, велосипед жолы жоқ.|Жауап беру",
    "Пікірлер|Ерлан Мұратов жазды:|Ақыры, он жыл күттік.|Әсел Нұрланқызы жазды:|Өкінішті.",
])
def test_kazakh_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Ерлан Мұратов", "Әсел Нұрланқызы"], ARTICLE)
    empty = _cleaned("Әзірге пікір жоқ. Алғашқы пікірді сіз қалдырыңыз!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_kazakh_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Автор: Айгүл Серікова", "Оқу уақыты: 4 мин", "Фото: Ерлан Мұратов / Kazinform",
                 "Сондай-ақ оқыңыз: Қалада жаңа базар ашылады", "Бізді қолдаңыз. Әр көмек маңызды.",
                 "Telegram арнамызға жазылыңыз.", "Таратылымымызға жазылыңыз.", "Барлық құқықтар қорғалған.",
                 "Бөлісу: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Әкімнің айтуынша, жаңа көпірде велосипедшілер мен жаяу жүргіншілерге арналған бөлек "
                            "жолақтар болады.",
                            "Есептеулер бойынша, көпірден күн сайын жиырма мыңнан астам көлік өтеді."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "kk", text, paragraphs, TITLE)     # no declared language: detected
