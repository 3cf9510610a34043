"""Editorial notes of Russian and Arabic sites: the author's opinion against the newsroom's, a text first
published elsewhere (cleaners/lang ru, ar: ``legal_phrases``, ``original_source``), against prose with their words."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import texts

RU = "Мэрия города объявила во вторник, что ремонт набережной перенесён на осень из-за паводка."
AR = "أعلنت البلدية يوم الأحد عن خطة لتوسيع شبكة المياه لتشمل ثلاثة أحياء في الجهة الشرقية من المدينة."


@pytest.mark.parametrize("line,language,body", [
    ("Мнение автора может не совпадать с позицией редакции.", "ru", RU),
    ("Мнение редакции может не совпадать с мнением автора", "ru", RU),
    ("Материал впервые опубликован на сайте агентства и размещён с его согласия.", "ru", RU),
    ("نشر هذا المقال أولا لدى الوكالة ويعاد نشره بإذن منها.", "ar", AR),
])
def test_editorial_notes_are_removed(line, language, body):
    doc = run_cleaner(Legal, f"{body}\n\n{line}", language=language)
    assert texts(doc) == [body]


@pytest.mark.parametrize("line,language,body", [
    ("Мнение автора статьи разделили многие депутаты городской думы, сообщил источник.", "ru", RU),
    ("Роман впервые опубликован в 1967 году и с тех пор переведён на сорок языков.", "ru", RU),
])
def test_prose_with_the_same_words_stays(line, language, body):
    doc = run_cleaner(Legal, f"{body}\n\n{line}", language=language)
    assert texts(doc) == [body, line]
