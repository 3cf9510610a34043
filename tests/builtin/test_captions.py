import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file
BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."
CAPTION = "Rescuers carry a child to safety"


def test_self_concatenated_caption_goes_to_metadata():
    for doubled in (CAPTION + CAPTION, CAPTION + " " + CAPTION):
        doc = run_cleaner(Captions, f"{BODY}\n\n{doubled}")
        assert texts(doc) == [BODY]
        assert doc.metadata["captions"] == [CAPTION]
        assert cuts(doc, "captions") == [("self-concatenated", doubled)]


@pytest.mark.parametrize("line,credit", [
    ("Photo: Maria Lopez/Reuters", "Maria Lopez/Reuters"),
    ("(Image courtesy: City Archive)", "City Archive"),
    ("John Smith / AFP", "John Smith / AFP"),
    ("A flooded street via Getty Images", "A flooded street via Getty Images"),
    ("© Maria Lopez", "Maria Lopez"),
])
def test_photo_credits_go_to_metadata(line, credit):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY]
    assert doc.metadata["credits"] == [credit]
    assert cuts(doc, "captions") == [("photo-credit", line)]


@pytest.mark.parametrize("line", ["Click to see the full-size map", "Tap on the photo to enlarge",
                                  "View the full-size image"])
def test_caption_prompts(line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY] and cuts(doc, "captions") == [("caption-prompt", line)]


@pytest.mark.parametrize("line", [
    "Trade/Tariffs", "Europe/Asia", "The photo shows a bridge.", "Click counts rose by a third in May.",
    "Photos: they show damage across the valley, officials said on Monday evening at length",
    "We said it twice. We said it twice.", "Bye bye",
])
def test_similar_article_lines_are_kept(line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()
    assert doc.metadata["credits"] == [] and doc.metadata["captions"] == []


def test_credits_and_prompts_in_other_languages():
    """In the document's language (and English, the fallback)."""
    from cleaners.builtin.captions import Captions
    for line, credit, code in (("Foto: Anna Schmidt/dpa", "Anna Schmidt/dpa", "de"), ("Crédit photo : AFP", "AFP", "fr"),
                               ("Grafik: Statistisches Bundesamt", "Statistisches Bundesamt", "de"),
                               ("Chart: Datawrapper", "Datawrapper", "de"),
                               ("Ann Lee / Getty Images", "Ann Lee / Getty Images", "en")):
        doc = run_cleaner(Captions, f"Rescue teams reached the village at dawn.\n\n{line}", language=code)
        assert doc.metadata["credits"] == [credit], line
    doc = run_cleaner(Captions, "Rescue teams reached the village at dawn.\n\nKlicken zum Vergrößern", language="de")
    assert [r.rule for r in doc.removed] == ["caption-prompt"]


def test_the_words_of_another_language_are_not_read():
    from cleaners.builtin.captions import Captions
    line = "Crédit photo : AFP"
    doc = run_cleaner(Captions, f"Rescue teams reached the village at dawn.\n\n{line}", language="de")
    assert doc.removed == () and doc.metadata["credits"] == []


def test_a_headline_with_a_slash_is_no_credit():
    from cleaners.builtin.captions import Captions
    doc = run_cleaner(Captions, "Small Farms / Big Data\n\nRescue teams reached the village at dawn.")
    assert doc.removed == () and doc.metadata["credits"] == []


@pytest.mark.parametrize("line,credits,code", [
    ("Chart: The Times • Source: Eurostat • Get the data • Created with Datawrapper", ["The Times", "Eurostat", "Datawrapper"], "en"),
    ("Created with Datawrapper", ["Datawrapper"], "en"),
    ("Grafik: Anna Schmidt · Quelle: Destatis · Erstellt mit Datawrapper", ["Anna Schmidt", "Destatis", "Datawrapper"], "de"),
    ("Graphique : Le Monde | Source : Insee | Obtenir les données", ["Le Monde", "Insee"], "fr"),
    ("Gráfico: EL PAÍS • Fuente: INE • Creado con Flourish", ["EL PAÍS", "INE", "Flourish"], "es"),
    ("График: РБК • Источник: Росстат", ["РБК", "Росстат"], "ru"),
])
def test_chart_footers_go_to_credits(line, credits, code):
    doc = run_cleaner(Captions, f"Rescue teams reached the village at dawn.\n\n{line}", language=code)
    assert texts(doc) == ["Rescue teams reached the village at dawn."]
    assert doc.metadata["credits"] == credits and [r.rule for r in doc.removed] == ["chart-credit"]


@pytest.mark.parametrize("line", [
    "Made with love in a small kitchen in Lyon",       # a footer phrase, but no tool named
    "Chart: the ministry says the numbers will rise again next year • Source: Eurostat",   # a sentence
    "Prices rose • wages fell • rents doubled",
    "Embed this into your daily routine, the coach said.",
])
def test_lines_like_chart_footers_stay(line):
    doc = run_cleaner(Captions, f"Rescue teams reached the village at dawn.\n\n{line}", language="en")
    assert line in texts(doc) and doc.metadata["credits"] == []


@pytest.mark.parametrize("code,line,credit", [
    ("it", "Foto ANSA", "ANSA"),
    ("fr", "(Photo AFP)", "AFP"),
    ("fr", "Photo d'illustration MaxPPP", "MaxPPP"),
    ("pl", "Fot. PAP/Jan Kowalski", "PAP/Jan Kowalski"),
    ("de", "(Archivbild dpa)", "dpa"),
    ("ru", "Фото ТАСС", "ТАСС"),
    ("tr", "Fotoğraf: AA", "AA"),
    ("tr", "(Fotoğraf: İHA)", "İHA"),
    ("sv", "Foto: TT", "TT"),
    ("uk", "Фото: Укрінформ", "Укрінформ"),
    ("cs", "Foto: ČTK", "ČTK"),
    ("ar", "تصوير: رويترز", "رويترز"),
    ("ko", "사진: 연합뉴스", "연합뉴스"),
    ("el", "Φωτογραφία: ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ"),
    ("ro", "Foto: Agerpres", "Agerpres"),
    ("hu", "Fotó: MTI", "MTI"),
    ("da", "Foto: Ritzau Scanpix", "Ritzau Scanpix"),
    ("vi", "Ảnh: TTXVN", "TTXVN"),
    ("he", "צילום: רויטרס", "רויטרס"),
    ("fa", "عکس: ایرنا", "ایرنا"),
    ("hi", "फोटो: पीटीआई", "पीटीआई"),
    ("ca", "Foto: ACN", "ACN"),
    ("bg", "Снимка: БТА", "БТА"),
    ("sk", "Foto: TASR", "TASR"),
    ("id", "Foto: Antara", "Antara"),
    ("nb", "Foto: NTB", "NTB"),
    ("fi", "Kuva: Lehtikuva", "Lehtikuva"),
    ("el", "Φωτογραφία ΕΡΤ", "ΕΡΤ"), ("ro", "Foto ȘtiriTV", "ȘtiriTV"),     # acronyms in any cased script (lines.CAPITAL)
    ("en", "Photo by Ann Lee on Unsplash", "Photo by Ann Lee on Unsplash"),
])
def test_credits_without_a_colon(code, line, credit):
    doc = run_cleaner(Captions, f"The ferry ran again on Monday after the storm.\n\n{line}", language=code)
    assert texts(doc) == ["The ferry ran again on Monday after the storm."]
    assert doc.metadata["credits"] == [credit]


@pytest.mark.parametrize("code,line", [
    ("en", "Photo Finish"), ("en", "Video Games Return To The Classroom"), ("it", "Foto ricordo al porto"),
    ("en", "Video & XML Markup"), ("en", "Video SEO Basics"), ("el", "Φωτογραφία Ημέρας"), ("el", "Βίντεο Ειδήσεων"),
    ("fr", "Photo de famille pour les ministres à Bruxelles."),
    ("tr", "Fotoğraf sanatçısı Ayla Demir'in sergisi cumartesi günü açılıyor."),
    ("ar", "صورة بعد صورة روت الفنانة قصة حريق الغابة."),
    ("ko", "사진 한 장 한 장으로 작가는 산불의 기억을 다시 엮었다."),
    ("vi", "Ảnh nối ảnh, nghệ sĩ đã kể lại câu chuyện về vụ cháy rừng."),
    ("he", "צילום אחר צילום שחזרה האמנית את סיפור השריפה ביער."),
    ("fa", "عکس به عکس، هنرمند داستان آتش‌سوزی جنگل را بازسازی کرد."),
    ("hi", "फोटो दर फोटो कलाकार ने जंगल की आग की कहानी फिर से गढ़ी।"),
    ("ca", "Foto a foto, l'artista va reconstruir la història de l'incendi forestal."),
    ("bg", "Снимка след снимка художничката възстанови историята на горския пожар."),
    ("sk", "Fotka po fotke umelkyňa poskladala príbeh lesného požiaru."),
    ("id", "Foto demi foto, seniman itu menyusun kembali kisah kebakaran hutan."),
    ("nb", "Bilde for bilde bygde kunstneren opp fortellingen om skogbrannen."),
    ("fi", "Kuva kuvalta taiteilija kokosi tarinan metsäpalosta uudelleen."),
    ("el", "Φωτογραφία τη φωτογραφία η καλλιτέχνιδα ξανάστησε την ιστορία της πυρκαγιάς."),
    ("ro", "Foto cu foto, artista a reconstituit povestea incendiului de pădure."),
    ("hu", "Fotóról fotóra rakta össze a művész az erdőtűz történetét."),
    ("cs", "Snímek po snímku skládala fotografka příběh lesního požáru."),
    ("uk", "Фото за фото художниця відтворювала історію лісової пожежі."),
    ("sv", "Bild för bild byggde konstnären upp sin berättelse om skogsbranden."),
])
def test_headings_and_sentences_that_open_with_a_label_stay(code, line):
    doc = run_cleaner(Captions, f"The ferry ran again on Monday after the storm.\n\n{line}", language=code)
    assert texts(doc) == ["The ferry ran again on Monday after the storm.", line]


@pytest.mark.parametrize("code,line", [("it", "Foto Adnkronos"), ("fr", "Photo d'illustration Belga")])
def test_a_wire_service_named_alone_after_a_label_is_a_credit(code, line):
    doc = run_cleaner(Captions, f"The ferry ran again on Monday after the storm.\n\n{line}", language=code)
    assert texts(doc) == ["The ferry ran again on Monday after the storm."]


@pytest.mark.parametrize("code,caption,credit", [
    ("en", "Volunteers fill sandbags outside the town hall", "Photo: Ann Lee / Reuters"),
    ("de", "Helfer füllen Sandsäcke vor dem Rathaus", "Foto: Max Bauer/dpa"),
    ("pl", "Wolontariusze przed ratuszem", "Fot.: Jan Kowalski / PAP"),
    ("tr", "Gönüllüler belediye binasının önünde kum torbası dolduruyor", "Fotoğraf: Ayşe Kaya / DHA"),
    ("sv", "Frivilliga fyller sandsäckar utanför kommunhuset", "Foto: Sara Lind / TT"),
    ("cs", "Dobrovolníci plní pytle s pískem před budovou radnice", "Foto: Jana Nováková / ČTK"),
    ("uk", "Волонтери наповнюють мішки з піском біля будівлі громади", "Фото: Олена Гнатюк / УНІАН"),
])
def test_a_caption_right_over_its_credit_goes_to_metadata(code, caption, credit):
    doc = run_cleaner(Captions, f"{BODY}\n\n{caption}\n{credit}", language=code)
    assert texts(doc) == [BODY]
    assert doc.metadata["captions"] == [caption]
    assert ("credited-caption", caption) in cuts(doc, "captions")


def test_a_line_parted_from_a_credit_by_a_blank_line_or_a_long_paragraph_over_it_stays():
    heading = "Volunteers fill sandbags outside the town hall"
    long = " ".join([BODY] * 2)
    for text, kept in ((f"{BODY}\n\n{heading}\n\nPhoto: Ann Lee / Reuters", [BODY, heading]),
                       (f"{long}\nPhoto: Ann Lee / Reuters", [long])):
        doc = run_cleaner(Captions, text)
        assert texts(doc) == kept and doc.metadata.get("captions", []) == []


@pytest.mark.parametrize("code,line,caption,credit", [
    ("en", "Volunteers fill sandbags (Photo: Ann Lee / Reuters)", "Volunteers fill sandbags", "Ann Lee / Reuters"),
    ("fr", "Des bénévoles remplissent des sacs de sable. Photo : Jean Martin / AFP",
     "Des bénévoles remplissent des sacs de sable.", "Jean Martin / AFP"),
    ("it", "Volontari davanti al municipio (Foto: ANSA)", "Volontari davanti al municipio", "ANSA"),
    ("pl", "Popękany muł na brzegu zbiornika w niedzielę Fot. Anna Wiśniewska / Agencja Wybrzeże",   # a label's stop
     "Popękany muł na brzegu zbiornika w niedzielę", "Anna Wiśniewska / Agencja Wybrzeże"),
])
def test_a_caption_ending_with_its_credit_goes_to_metadata(code, line, caption, credit):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY]
    assert doc.metadata["captions"] == [caption] and doc.metadata["credits"] == [credit]
    assert cuts(doc, "captions") == [("credited-caption", line)]


@pytest.mark.parametrize("line", [
    "The exhibition (photo: left) opens in May and runs until the end of the summer holidays.",
    "The museum asked visitors to send in their pictures. Photo: anyone who took one at the fair is asked to write in.",
    "The report was signed by dr. Fot. Nowak / Kowalski, the two authors of the study on water use.",
])
def test_prose_with_a_photo_label_inside_or_a_long_paragraph_stays(line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("code,line,credit", [
    ("en", "Ann Lee / Harbour Images", "Ann Lee / Harbour Images"),
    ("de", "Anna Weber / Foto Nord", "Anna Weber / Foto Nord"),
    ("pt", "Ana Souza / Agência Sul", "Ana Souza / Agência Sul"),
])
def test_a_name_and_an_agency_named_in_the_documents_words_is_a_credit(code, line, credit):
    doc = run_cleaner(Captions, f"The ferry ran again on Monday after the storm.\n\n{line}", language=code)
    assert texts(doc) == ["The ferry ran again on Monday after the storm."] and doc.metadata["credits"] == [credit]


@pytest.mark.parametrize("code,line", [("de", "Kleine Höfe / Große Daten"), ("en", "Small Towns / Harbour Lights")])
def test_two_names_parted_by_a_slash_without_an_agency_word_stay(code, line):
    doc = run_cleaner(Captions, f"The ferry ran again on Monday after the storm.\n\n{line}", language=code)
    assert doc.removed == () and doc.metadata["credits"] == []


@pytest.mark.parametrize("line", ["Click here to enlarge", "Click on the map to enlarge (PDF)", "Tap the chart to zoom"])
def test_prompt_templates_take_the_words_between_the_verb_and_the_call(line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY] and cuts(doc, "captions") == [("caption-prompt", line)]


@pytest.mark.parametrize("code,line,caption,credit", [
    ("es", "Foto: Vecinos achican agua en la calle Mayor — EFE", "Vecinos achican agua en la calle Mayor", "EFE"),
    ("it", "Foto: I volontari davanti al municipio – Mario Rossi/ANSA", "I volontari davanti al municipio",
     "Mario Rossi/ANSA"),
])
def test_a_label_before_a_caption_and_its_credit_after_a_dash(code, line, caption, credit):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY]
    assert doc.metadata["captions"] == [caption] and doc.metadata["credits"] == [credit]


def test_a_label_before_a_sentence_with_a_long_aside_after_a_dash_stays():
    line = "Foto: El alcalde en el pleno — una imagen que se repite cada semana desde enero en el ayuntamiento"
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}", language="es")
    assert texts(doc) == [BODY, line] and doc.removed == ()


def test_a_label_before_a_name_and_an_agency_after_a_dash_is_a_credit():
    doc = run_cleaner(Captions, f"{BODY}\n\nFoto: Jan de Vries – ANP", language="nl")
    assert texts(doc) == [BODY] and doc.metadata["credits"] == ["Jan de Vries – ANP"]
    assert not doc.metadata.get("captions")


def test_a_caption_over_agencies_under_a_label_no_language_file_holds():
    body = "Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit."
    doc = run_cleaner(Captions, f"{body}\n\nUra e re në muzg\nFoto: Ana Hoxha / AFP\n\n{body}", language="sq")
    assert texts(doc) == [body, body]
    assert doc.metadata["captions"] == ["Ura e re në muzg"] and doc.metadata["credits"] == ["Ana Hoxha / AFP"]


@pytest.mark.parametrize("line", ["Intervistoi: Ana Hoxha", "Shënim: AFP njoftoi se ura do të hapet të hënën."])
def test_a_label_before_no_agency_or_before_a_sentence_is_no_credit(line):
    body = "Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit."
    doc = run_cleaner(Captions, f"{body}\n\nUra e re në muzg\n{line}\n\n{body}", language="sq")
    assert line in texts(doc) and not doc.metadata.get("credits")


def test_a_language_without_a_file_reads_foto_as_a_photo_label():
    from cleaners import lang
    assert lang.load("sq") is None
    article = ["Këshilli i qytetit vendosi të martën të rindërtojë urën e vjetër mbi kanal.",
               "Punimet do të zgjasin dy vjet dhe do të kushtojnë rreth tridhjetë milionë euro."]
    for credit in ("Foto: Ana Horvat", "Фото: Иван Петров"):
        doc = run_cleaner(Captions, "\n\n".join([article[0], "Ura e vjetër në mbrëmje", credit, article[1]]), language="sq")
        assert credit not in texts(doc) and article[0] in texts(doc) and article[1] in texts(doc)


def test_a_sentence_about_a_photo_in_a_language_without_a_file_stays():
    line = "Foto e publikuar të hënën tregon urën e vjetër para shembjes, tha policia."
    doc = run_cleaner(Captions, f"Këshilli i qytetit vendosi të martën të rindërtojë urën e vjetër.\n\n{line}", language="sq")
    assert line in texts(doc)

