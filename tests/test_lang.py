"""The per-language data files and their loader (cleaners/lang)."""
import pytest

from cleaners import lang

REQUIRED = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "uk", "zh", "ja", "cs", "ar", "ko", "el",
            "ro", "hu", "da", "sk", "bg", "ca", "he", "vi", "id", "nb", "fi", "fa", "hi", "hr", "sr", "sl", "lt", "lv",
            "et", "ms", "sw", "tl", "bn", "ur", "gl", "eu", "az", "kk", "af", "mr", "ka", "hy", "my", "km", "am",
            "te", "ne"}


def test_every_required_language_is_installed_and_loads():
    assert REQUIRED <= set(lang.available())
    for code in lang.available():
        data = lang.load(code)
        assert data and set(data) <= set(lang.KEYS)
        assert all(p == p.lower() and p.strip() == p for values in data.values() for p in values)


def test_every_language_covers_every_key():
    for code in REQUIRED:
        assert set(lang.load(code)) == set(lang.KEYS), code


def test_the_document_language_picks_the_file_with_english_as_the_fallback():
    assert lang.languages("de") == ("de", "en")
    assert lang.languages("en") == ("en",)
    assert lang.languages("xx") == ("en",)          # no file and no dates known: English alone
    assert lang.load("is") is None and lang.languages("is") == ("is", "en")    # no file, but dateparser reads its dates
    assert lang.words("donate", ("is", "en")) == lang.words("donate", ("en",))
    assert lang.languages(None) == ("en",)
    assert lang.load("xx") is None and lang.load("../etc") is None


def test_the_document_language_is_detected_once_per_document():
    from tests.conftest import text_doc
    german = "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen."
    doc = text_doc(f"{german}\n\n{german}")
    assert lang.document_languages(doc) == ("de", "en")
    shorter = doc.replace(blocks=doc.blocks[:1] + (doc.blocks[0].with_text("Yes."),))   # the same input, cut
    assert lang.document_languages(shorter) == ("de", "en")
    assert lang.document_languages(doc.with_metadata(language="fr")) == ("fr", "en")
    english = text_doc("The council approved the budget for next year after a long debate on Tuesday evening.")
    assert lang.document_languages(english) == ("en",)


def test_words_are_merged_longest_first():
    both = lang.words("donate", ("de", "en"))
    assert "jetzt spenden" in both and "donate" in both
    assert [len(w) for w in both] == sorted((len(w) for w in both), reverse=True)


@pytest.mark.parametrize("key,where,text,hit", [
    ("donate", "line", "Jetzt spenden", True),
    ("donate", "line", "Jetzt spenden wir mehr", False),
    ("appeal", "search", "Bitte: Unterstützen Sie uns!", True),
    ("appeal", "search", "Поддержите нас сегодня", True),
    ("appeal", "search", "The museum's supporters usually pay", False),
    ("comment_prompt", "start", "Qu\u2019en pensez-vous ?", True),   # either apostrophe
    ("login", "start", "Запам\u02bcятати мене", True),               # the Ukrainian apostrophe ʼ too
    ("login", "start", "Запам\u02bcятай мене", False),
    ("related", "start", "اقرأ أيضاً: ارتفاع الأسعار", True),                # Arabic: no case, tanween alif or not
    ("related", "start", "اقرأ أيضا", True),
    ("comments", "line", "والتعليقات", True),                            # "و" (and) glued before: the same word
    ("comments", "line", "مالتعليقات", False),                           # a letter that is no particle: another word
    ("related", "start", "Lesen Sie auch: Der Haushalt", True),
    ("related", "start", "Lesenswert ist das Buch", False),            # whole words only
    ("related", "line", "İLGİLİ HABERLER", True),                       # Turkish capitals: "İ" of "i" ...
    ("comment_prompt", "line", "YORUMLAR KAPALI", True),                # ... and "I" of "ı"
    ("related", "start", "İlgilenen okurlar için ikinci bir oturum açıldı", False),
    ("related", "line", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", True),                         # Greek capitals without their accents
    ("related", "line", "Σχετικά άρθρα", True),
    ("related", "line", "Σχετικά άρθρα του 2019 για την οικονομία", False),
    ("related", "start", "Citeşte şi: Preţul pâinii", True),               # Romanian ş, ţ with a cedilla
    ("related", "start", "Citeste si: Pretul painii", False),              # no diacritics: not matched
])
def test_patterns_match_whole_phrases(key, where, text, hit):
    p = lang.pattern(key, where=where)
    assert bool((p.match if where != "search" else p.search)(text)) is hit


def test_a_bad_file_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "xx.toml").write_text('language = "xx"\nnonsense = ["a"]\n', encoding="utf-8")
    monkeypatch.setattr(lang, "DIRECTORY", tmp_path)
    lang.load.cache_clear()
    try:
        with pytest.raises(lang.LanguageDataError, match="unknown key"):
            lang.load("xx")
    finally:
        lang.load.cache_clear()


def test_adding_a_file_adds_a_language(tmp_path, monkeypatch):
    (tmp_path / "en.toml").write_text((lang.DIRECTORY / "en.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "sv.toml").write_text('language = "sv"\ndonate = ["stöd oss", "swisha"]\n', encoding="utf-8")
    monkeypatch.setattr(lang, "DIRECTORY", tmp_path)
    for cached in (lang.available, lang.load, lang._words, lang._pattern):
        cached.cache_clear()
    try:
        assert "sv" in lang.available()
        assert lang.pattern("donate", where="line").match("Stöd oss")
    finally:
        for cached in (lang.available, lang.load, lang._words, lang._pattern):
            cached.cache_clear()


def test_document_language(pipeline):
    from tests.conftest import text_doc
    assert lang.document_language(text_doc("x").with_metadata(language="fr")) == "fr"
    german = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen und die Zahlen veröffentlicht."
    assert lang.document_language(text_doc(german)) == "de"
    turkish = "Belediye meclisi, uzun süren tartışmaların ardından gelecek yılın bütçesini salı akşamı onayladı."
    assert lang.document_languages(text_doc(turkish)) == ("tr", "en")


GERMAN = "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen."


@pytest.fixture
def detections(monkeypatch) -> list[str]:
    """The texts given to language detection from now on (detection itself unchanged)."""
    import cleaners.language
    calls: list[str] = []
    detect = cleaners.language.detect
    monkeypatch.setattr(cleaners.language, "detect", lambda text: calls.append(text) or detect(text))
    return calls


def test_the_record_language_is_the_one_the_cleaners_read_detected_once(detections):
    from cleaners.pipeline import Pipeline
    calls, german, pipeline = detections, GERMAN, Pipeline()
    record = pipeline.record(pipeline.document("a.txt", f"{german}\n\n{german} Danach.".encode(), "text"))
    assert record["metadata"]["language"] == "de" and len(calls) == 1      # not detected again on the body
    calls.clear()
    page = f'<html lang="fr"><body><p>{german}</p><p>{german} Danach.</p></body></html>'.encode()
    record = pipeline.record(pipeline.document("b.html", page, "html"))
    assert record["metadata"]["language"] == "fr" and not calls                # the page's own: no detection


def test_a_page_language_detected_for_the_html_stages_is_the_documents(detections):
    from cleaners.pipeline import Pipeline
    calls, german, pipeline = detections, GERMAN, Pipeline()
    page = f"<html><body><article><p>{german}</p><p>{german} Danach.</p></article></body></html>".encode()
    record = pipeline.record(pipeline.document("c.html", page, "html"))
    assert record["metadata"]["language"] == "de" and len(calls) == 1      # the paragraphs', not the body's again
    calls.clear()
    # no paragraph: the page's runs of prose in <div>s tell it, once
    page = f"<html><body><article><div>{german}</div><div>{german} Danach.</div></article></body></html>".encode()
    record = pipeline.record(pipeline.document("d.html", page, "html"))
    assert record["metadata"]["language"] == "de" and len(calls) == 1 and "Stadtrat" in calls[-1]
    calls.clear()
    # no paragraph and no run of eight words: the body tells the document's
    short = "".join(f"<div>{' '.join(german.split()[i:i + 6])}</div>" for i in range(0, len(german.split()), 6))
    page = f"<html><body><article>{short}{short}</article></body></html>".encode()
    record = pipeline.record(pipeline.document("e.html", page, "html"))
    assert record["metadata"]["language"] == "de" and len(calls) == 2 and "Stadtrat" in calls[-1]


def test_norwegian_named_no_reads_the_bokmal_file():
    from cleaners.language import detect
    text = ("Redningsmannskapene kom fram til den oversvømte bygda først ved daggry tirsdag, og myndighetene i regionen "
            "opplyste at alle innbyggerne var evakuert og at veien ville være stengt til helgen.")
    assert detect(text) == "no"                      # py3langid's name for Norwegian
    assert lang.languages("no") == lang.languages("nb") == ("nb", "en")
    assert "les også" in lang.words("related", lang.languages("no"))
    assert "les også" not in lang.words("related", lang.languages("nn"))     # Nynorsk keeps its own code


@pytest.mark.parametrize("code,text,phrase", [
    ("sk", "Záchranári sa k zaplavenej obci dostali až v utorok na úsvite a predstavitelia kraja uviedli, že všetkých "
           "obyvateľov evakuovali a cesta zostane zatvorená do víkendu.", "čítajte aj"),
    ("bg", "Спасителите стигнаха до наводненото село едва във вторник на разсъмване, а от областната администрация "
           "съобщиха, че всички жители са евакуирани и пътят ще остане затворен.", "прочетете още"),
    ("ca", "Els equips de rescat no van arribar al poble inundat fins dimarts a trenc d'alba, i les autoritats de la "
           "comarca han informat que han evacuat tots els veïns i que la carretera seguirà tallada.", "llegeix també"),
    ("he", "צוותי החילוץ הגיעו לכפר המוצף רק ביום שלישי עם שחר, והרשויות במחוז מסרו כי כל התושבים פונו וכי הכביש "
           "יישאר סגור עד סוף השבוע.", "קראו גם"),
    ("fa", "امدادگران تنها سه‌شنبه سحرگاه به روستای سیل‌زده رسیدند و مقام‌های استان اعلام کردند که همه ساکنان تخلیه "
           "شده‌اند و جاده تا پایان هفته بسته می‌ماند.", "بیشتر بخوانید"),
    ("hi", "बचाव दल मंगलवार तड़के ही बाढ़ से घिरे गांव तक पहुंच पाए और जिले के अधिकारियों ने बताया कि सभी निवासियों को "
           "निकाल लिया गया है और सड़क सप्ताह के अंत तक बंद रहेगी।", "ये भी पढ़ें"),
])
def test_a_text_in_a_language_added_on_02_dec_is_detected_and_reads_its_file(code, text, phrase):
    from cleaners.language import detect
    assert detect(text) == code and lang.languages(code) == (code, "en")
    assert phrase in lang.words("related", lang.languages(code))


def test_a_phrase_with_a_half_space_matches_with_it_and_without_it():
    # the Persian half-space (a zero-width non-joiner) as a page's markup keeps it and as a text that left it out has it
    words = lang.words("share", ("fa",))
    assert "اشتراک\u200cگذاری" in words and "اشتراکگذاری" in words
    assert lang.pattern("share", ("fa",), where="line").match("اشتراک\u200cگذاری")
    assert not lang.pattern("share", ("fa",), where="line").match("اشتراک\u200cگذاری\u200cها")
