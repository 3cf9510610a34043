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


# per language: the comments' heading, the said-word of its heads, two heads of each kind (said-word,
# relative age), the reply control under each comment, and the two comments' texts
THREADS = {
    "sv": ("Kommentarer (2)", " skriver", [("Erik Holm skriver:", "Maja Ek skriver:"),
                                           ("Erik Holm · för 5 timmar sedan", "maja_ek · igår")],
           "Svara", ("Bron borde ha byggts för länge sedan.", "När blir bygget klart, vet någon?")),
    "uk": ("Коментарі (2)", " пише", [("Олена Гнатюк пише:", "Тарас Мельник пише:"),
                                      ("Олена Гнатюк · 5 годин тому", "taras_m · вчора")],
           "Відповісти", ("Міст мали збудувати ще десять років тому.", "Коли закінчать ремонт, хтось знає?")),
    "cs": ("Diskuse (2)", " napsal", [("Petr Dvořák napsal:", "Jana Malá napsala:"),
                                      ("Petr Dvořák · před 5 hodinami", "jana_m · včera")],
           "Odpovědět", ("Most tu měl stát už před deseti lety.", "Kdy budou s opravou hotovi, neví někdo?")),
    "ar": ("التعليقات (2)", " كتب", [("أحمد علي كتب:", "سارة محمود كتب:"), ("أحمد علي · منذ 5 ساعات", "sara_m · أمس")],
           "رد", ("كان يجب بناء هذا الجسر قبل عشر سنوات.", "متى ينتهي الترميم، هل يعرف أحد؟")),
           "ko": ("댓글 (2)", " ·", [("김민수 · 5시간 전", "jiyoung_p · 어제"), ("Minsu Kim · 2일 전", "박지영 · 방금 전")],
                  "답글", ("이 다리는 10년 전에 지었어야 했다.", "보수 공사가 언제 끝나는지 아시는 분?")),
                  "el": ("Σχόλια (2)", " έγραψε", [("Γιώργος Παπαδόπουλος έγραψε:", "Μαρία Νικολάου έγραψε:"),
                                                  ("Γιώργος Παπαδόπουλος · πριν από 5 ώρες", "maria_n · χθες")],
                         "Απάντηση", ("Η γέφυρα έπρεπε να είχε χτιστεί πριν από δέκα χρόνια.", "Ξέρει κανείς πότε θα τελειώσουν οι εργασίες;")),
                         "ro": ("Comentarii (2)", " a scris", [("Ion Popescu a scris:", "Maria Ionescu a scris:"),
                                                               ("Ion Popescu · acum 5 ore", "maria_i · ieri")],
                                "Răspunde", ("Podul trebuia construit acum zece ani.", "Știe cineva când se termină lucrările?")),
                                "hu": ("Hozzászólások (2)", " írta", [("Kovács Péter írta:", "Szabó Anna írta:"),
                                                                       ("Kovács Péter · 5 órája", "anna_sz · tegnap")],
                                       "Válasz", ("Ezt a hidat már tíz éve meg kellett volna építeni.", "Tudja valaki, mikor lesznek kész a felújítással?")),
                                "vi": ("Bình luận (2)", " viết", [("Nguyễn Văn Hùng viết:", "Trần Thị Bình viết:"),
                                       ("Nguyễn Văn Hùng · 5 giờ trước", "binh_tran · hôm qua")],
                                       "Trả lời", ("Cây cầu này lẽ ra phải xây từ lâu rồi.", "Có ai biết khi nào sửa xong không?")),
                                "he": ("תגובות (2)", " כתב", [("יוסי כהן כתב:", "דנה לוי כתבה:"),
                                       ("יוסי כהן · לפני 5 שעות", "dana_l · אתמול")],
                                       "הגב", ("את הגשר הזה היו צריכים לבנות כבר לפני עשר שנים.", "מישהו יודע מתי יסתיימו העבודות?")),
                                "ca": ("Comentaris (2)", " va escriure", [("Jordi Puig va escriure:", "Marta Vila va escriure:"),
                                       ("Jordi Puig · fa 5 hores", "marta_v · ahir")],
                                       "Respon", ("Aquest pont s'hauria d'haver fet fa deu anys.", "Algú sap quan acabaran les obres?")),
                                "bg": ("Коментари (2)", " написа", [("Иван Петров написа:", "Мария Георгиева написа:"),
                                       ("Иван Петров · преди 5 часа", "maria_g · вчера")],
                                       "Отговори", ("Този мост трябваше да бъде построен преди десет години.", "Знае ли някой кога ще свърши ремонтът?")),
                                "sk": ("Komentáre (2)", " napísal", [("Peter Kováč napísal:", "Jana Horváthová napísala:"),
                                       ("Peter Kováč · pred 5 hodinami", "jana_h · včera")],
                                       "Odpovedať", ("Tento most mali postaviť už pred desiatimi rokmi.", "Vie niekto, kedy skončí oprava?")),
                                "id": ("Komentar (2)", " menulis", [("Budi Santoso menulis:", "Siti Rahayu menulis:"),
                                       ("Budi Santoso · 5 jam yang lalu", "siti_r · kemarin")],
                                       "Balas", ("Jembatan ini seharusnya dibangun sejak lama.", "Ada yang tahu kapan perbaikannya selesai?")),
                                "nb": ("2 kommentarer", " skriver", [("Kari Nordmann skriver:", "Ola Hansen skriver:"),
                                       ("Kari Nordmann · for 5 timer siden", "ola_h · i går")],
                                       "Svar", ("Brua burde vært bygget for lenge siden.", "Vet noen når arbeidet er ferdig?")),
                                "fi": ("Kommentit (2)", " kirjoitti", [("Matti Virtanen kirjoitti:", "Anna Laine kirjoitti:"),
                                       ("Matti Virtanen · 5 tuntia sitten", "anna_l · eilen")],
                                       "Vastaa", ("Silta olisi pitänyt rakentaa jo kymmenen vuotta sitten.", "Tietääkö joku, milloin remontti valmistuu?")),
                                "fa": ("نظرات (2)", " نوشت", [("علی رضایی نوشت:", "مریم احمدی نوشت:"),
                                       ("علی رضایی · ۵ ساعت پیش", "maryam_a · دیروز")],
                                       "پاسخ", ("این پل باید ده سال پیش ساخته می‌شد.", "کسی می‌داند کارها کی تمام می‌شود؟")),
                                "hi": ("टिप्पणियां (2)", " ने लिखा", [("राहुल शर्मा ने लिखा:", "प्रिया वर्मा ने लिखा:"),
                                       ("राहुल शर्मा · 5 घंटे पहले", "priya_v · कल")],
                                       "जवाब दें", ("यह पुल दस साल पहले बन जाना चाहिए था।", "किसी को पता है कि काम कब खत्म होगा?")),
}


@pytest.mark.parametrize("language,first,second", [(code, first, second) for code, row in THREADS.items()
                                                   for first, second in row[2]])
def test_localised_heads_and_relative_dates_make_a_thread(pipeline, language, first, second):
    from tests.conftest import text_doc
    from . import SENTENCES
    heading, said, _, reply, (one, two) = THREADS[language]
    sentence = SENTENCES[language]
    text = f"{sentence}\n\n{sentence}\n\n{heading}\n\n{first}\n{one}\n{reply}\n\n{second}\n{two}\n{reply}\n"
    doc = pipeline.process(text_doc(text, language=language))
    assert [b.text for b in doc.blocks] == [sentence, sentence]
    assert [c.author for c in doc.comments] == [head.split(said)[0].split(" ·")[0] for head in (first, second)]


def test_a_name_in_a_script_without_case_may_head_a_comment_but_not_with_a_function_word():
    from cleaners.builtin.comment_thread import head_of
    from cleaners.document import Block
    assert head_of(Block("أحمد علي كتب:"), ("ar", "en")).author == "أحمد علي"
    assert head_of(Block("أحمد في البيت كتب:"), ("ar", "en")) is None     # "في" ("in") is never part of a name
    assert head_of(Block("ahmed ali wrote:"), ("en",)) is None               # a cased script still needs its capitals


@pytest.mark.parametrize("first,second", [("Mette Holm skriver:", "Jens Bak skriver:"),
                                          ("Mette Holm · for 5 timer siden", "jens_b · i går")])
def test_danish_heads_and_relative_dates_make_a_thread(pipeline, first, second):
    from tests.conftest import text_doc
    from . import SENTENCES
    text = (f"{SENTENCES['da']}\n\n{SENTENCES['da']}\n\n2 kommentarer\n\n{first}\n"
            f"Broen burde være bygget for længe siden.\nSvar\n\n{second}\nHvornår er byggeriet færdigt, ved nogen det?\nSvar\n")
    doc = pipeline.process(text_doc(text, language="da"))
    assert [b.text for b in doc.blocks] == [SENTENCES["da"], SENTENCES["da"]]
    assert [c.author for c in doc.comments] == [first.split(" skriver")[0].split(" ·")[0],
                                               second.split(" skriver")[0].split(" ·")[0]]
