"""Comment heads that end with a said-word and an ellipsis character, and the localised
said-words of Blogger ("a dit…", "hat gesagt…", "powiedział(a)...")."""
import pytest

from cleaners.builtin.comments.vocabulary import vocabulary


def test_a_head_ending_with_a_said_word_and_an_ellipsis_character_gives_the_name():
    voc = vocabulary()
    assert voc.strip_name("Jean Dupont a dit\u2026") == "Jean Dupont"
    assert voc.strip_name("Lena Vogel hat gesagt\u2026") == "Lena Vogel"
    assert voc.strip_name("Piotr Nowak powiedział(a)...") == "Piotr Nowak"
    assert voc.strip_name("Иван Петров сказал(а)...") == "Иван Петров"


def test_an_ellipsis_after_other_words_or_a_said_word_ending_a_sentence_is_no_head():
    voc = vocabulary()
    assert not voc.has_said("Wir warten noch auf die Zahlen\u2026")
    assert not voc.has_said("Das hat er uns gestern gesagt.")



@pytest.mark.parametrize("first,second", [("Mehmet Arslan dedi ki:", "Deniz Kaya dedi ki:"),
                                          ("Mehmet Arslan · 5 saat önce", "deniz_34 · 3 saat önce")])
def test_turkish_said_heads_relative_dates_and_reply_controls_make_a_thread(pipeline, first, second):
    from tests.conftest import text_doc
    from . import SENTENCES
    text = (f"{SENTENCES['tr']}\n\n{SENTENCES['tr']}\n\nYorumlar (2)\n\n{first}\n"
            f"Köprü yıllardır bekleniyordu, sonunda yapılıyor.\nYanıtla\n\n"
            f"{second}\nİnşaat ne zaman biter, belli mi?\nYanıtla\n")
    doc = pipeline.process(text_doc(text, language="tr"))
    assert [b.text for b in doc.blocks] == [SENTENCES["tr"], SENTENCES["tr"]]
    assert [(c.author, c.text) for c in doc.comments] == [
        (first.split(" dedi")[0].split(" ·")[0], "Köprü yıllardır bekleniyordu, sonunda yapılıyor."),
        (second.split(" dedi")[0].split(" ·")[0], "İnşaat ne zaman biter, belli mi?")]

def test_a_turkish_story_quoting_what_someone_said_has_no_thread(pipeline):
    from tests.conftest import text_doc
    from . import SENTENCES
    quote = "Toplantının sonunda vali dedi ki: köprü haziranda açılacak ve geçiş ücretsiz olacak."
    last = "Belediye başkanı ise ihalenin gelecek ay yapılacağını söyledi."
    doc = pipeline.process(text_doc(f"{SENTENCES['tr']}\n\n{quote}\n\n{last}", language="tr"))
    assert doc.comments == () and [b.text for b in doc.blocks] == [SENTENCES["tr"], quote, last]


@pytest.mark.parametrize("first,second", [("Erik Holm skriver:", "Maja Ek skriver:"),
                                          ("Erik Holm · för 5 timmar sedan", "maja_ek · igår")])
def test_swedish_heads_and_relative_dates_make_a_thread(pipeline, first, second):
    from tests.conftest import text_doc
    from . import SENTENCES
    text = (f"{SENTENCES['sv']}\n\n{SENTENCES['sv']}\n\nKommentarer (2)\n\n{first}\n"
            f"Bron borde ha byggts för länge sedan.\nSvara\n\n{second}\nNär blir bygget klart, vet någon?\nSvara\n")
    doc = pipeline.process(text_doc(text, language="sv"))
    assert [b.text for b in doc.blocks] == [SENTENCES["sv"], SENTENCES["sv"]]
    assert [c.author for c in doc.comments] == [first.split(" skriver")[0].split(" ·")[0],
                                               second.split(" skriver")[0].split(" ·")[0]]


@pytest.mark.parametrize("first,second", [("Олена Гнатюк пише:", "Тарас Мельник пише:"),
                                          ("Олена Гнатюк · 5 годин тому", "taras_m · вчора")])
def test_ukrainian_heads_and_relative_dates_make_a_thread(pipeline, first, second):
    from tests.conftest import text_doc
    from . import SENTENCES
    text = (f"{SENTENCES['uk']}\n\n{SENTENCES['uk']}\n\nКоментарі (2)\n\n{first}\n"
            f"Міст мали збудувати ще десять років тому.\nВідповісти\n\n{second}\nКоли закінчать ремонт, хтось знає?\nВідповісти\n")
    doc = pipeline.process(text_doc(text, language="uk"))
    assert [b.text for b in doc.blocks] == [SENTENCES["uk"], SENTENCES["uk"]]
    assert [c.author for c in doc.comments] == [first.split(" пише")[0].split(" ·")[0],
                                               second.split(" пише")[0].split(" ·")[0]]


@pytest.mark.parametrize("first,second", [("Petr Dvořák napsal:", "Jana Malá napsala:"),
                                          ("Petr Dvořák · před 5 hodinami", "jana_m · včera")])
def test_czech_heads_and_relative_dates_make_a_thread(pipeline, first, second):
    from tests.conftest import text_doc
    from . import SENTENCES
    text = (f"{SENTENCES['cs']}\n\n{SENTENCES['cs']}\n\nDiskuse (2)\n\n{first}\n"
            f"Most tu měl stát už před deseti lety.\nOdpovědět\n\n{second}\nKdy budou s opravou hotovi, neví někdo?\nOdpovědět\n")
    doc = pipeline.process(text_doc(text, language="cs"))
    assert [b.text for b in doc.blocks] == [SENTENCES["cs"], SENTENCES["cs"]]
    assert [c.author for c in doc.comments] == [first.split(" napsal")[0].split(" ·")[0],
                                               second.split(" napsal")[0].split(" ·")[0]]


@pytest.mark.parametrize("first,second", [("أحمد علي كتب:", "سارة محمود كتب:"),
                                          ("أحمد علي · منذ 5 ساعات", "sara_m · أمس")])
def test_arabic_heads_and_relative_dates_make_a_thread(pipeline, first, second):
    from tests.conftest import text_doc
    from . import SENTENCES
    text = (f"{SENTENCES['ar']}\n\n{SENTENCES['ar']}\n\nالتعليقات (2)\n\n{first}\n"
            f"كان يجب بناء هذا الجسر قبل عشر سنوات.\nرد\n\n{second}\nمتى ينتهي الترميم، هل يعرف أحد؟\nرد\n")
    doc = pipeline.process(text_doc(text, language="ar"))
    assert [b.text for b in doc.blocks] == [SENTENCES["ar"], SENTENCES["ar"]]
    assert [c.author for c in doc.comments] == [first.split(" كتب")[0].split(" ·")[0],
                                               second.split(" كتب")[0].split(" ·")[0]]


def test_a_name_in_a_script_without_case_may_head_a_comment_but_not_with_a_function_word():
    from cleaners.builtin.comment_thread import head_of
    from cleaners.document import Block
    assert head_of(Block("أحمد علي كتب:"), ("ar", "en")).author == "أحمد علي"
    assert head_of(Block("أحمد في البيت كتب:"), ("ar", "en")) is None     # "في" ("in") is never part of a name
    assert head_of(Block("ahmed ali wrote:"), ("en",)) is None               # a cased script still needs its capitals
