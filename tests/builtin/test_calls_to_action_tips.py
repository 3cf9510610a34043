"""Tip lines (calls_to_action ``tip-line``, cleaners/lang ``tip_call``): the site asks its reader for news, pictures or
a story ("Send us your tips", "Envie a sua sugestão de pauta", "Napisz do nas!"), maybe after a short question
("Have a story for us? ..."); and calls that open with a short question before a comment prompt ("O que você achou?
Comente abaixo."). Article sentences with the same words stay."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

ARTICLE = {**SENTENCES, "th": "ทีมกู้ภัยเดินทางถึงหมู่บ้านที่ถูกน้ำท่วมเมื่อเช้าวันอังคาร และเจ้าหน้าที่ระบุว่าอพยพชาวบ้านทั้งหมดแล้ว",
           "bn": "উদ্ধারকারী দল মঙ্গলবার ভোরে বন্যাকবলিত গ্রামে পৌঁছায়, এবং জেলা প্রশাসন জানিয়েছে যে সব বাসিন্দাকে "
                 "সরিয়ে নেওয়া হয়েছে।"}


def _doc(code: str, line: str):
    return run_cleaner(CallsToAction, "\n\n".join([ARTICLE[code], line, ARTICLE[code] + " 2"]), language=code)


@pytest.mark.parametrize("code,line", [
    ("en", "Send us your tips."),
    ("en", "Got a story for us? Email your tips to the desk."),
    ("pt", "Envie a sua sugestão de pauta para a redação."),
    ("pt", "Tem uma denúncia? Envie para a nossa redação pelo WhatsApp."),
    ("pl", "Masz ciekawy temat? Napisz do nas!"),
    ("de", "Haben Sie Hinweise für uns? Schreiben Sie an tipps@zeitung.example"),
    ("pl", "Byłeś świadkiem zdarzenia? Wyślij nam zdjęcia."),
    ("id", "Punya informasi atau kisah menarik? Kirim ke redaksi."),
    ("he", "יש לכם סיפור? שלחו לנו תמונות וסרטונים מהשטח"),
    ("th", "ร่วมส่งข่าวและเบาะแสได้ที่กล่องข้อความ"),
    ("bn", "খবর পাঠাতে ইমেইল করুন।"),
    ("de", "Haben Sie einen Hinweis? Schreiben Sie uns."),
    ("fr", "Vous avez une info ? Écrivez-nous."),
    ("es", "¿Tienes una denuncia? Escríbenos."),
    ("it", "Hai una segnalazione? Scrivici."),
    ("ru", "Стали очевидцем? Пишите нам."),
    ("uk", "Маєте новину? Напишіть нам."),
])
def test_a_tip_line_goes(code, line):
    doc = _doc(code, line)
    assert line not in texts(doc) and cuts(doc, "calls_to_action") == [("tip-line", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Readers send us their tips on gardening every spring, and the best ones go in the Saturday paper."),
    ("en", "Send us your tips was the slogan the owners printed on every front page of the paper in 1998 and again "
           "this spring."),                                                    # a call phrase, then a long sentence
    ("pt", "A polícia enviou a denúncia para o Ministério Público na semana passada."),
    ("pt", "Envie-nos, pediu o prefeito aos moradores, as fotos da enchente."),  # reported
    ("pl", "Mieszkańcy napisali do nas list w sprawie zamknięcia szkoły."),
    ("id", "Polisi mengirimkan berkas perkara ke kejaksaan pada Senin."),
    ("he", "ראש העירייה כתב לנו שהוא אינו מתכוון להתפטר מתפקידו."),
    ("bn", "তিনি খবর পাঠাতে দেরি করায় উদ্ধারকাজ শুরু হতে কয়েক ঘণ্টা দেরি হয়।"),
    ("de", "Viele Leser schreiben uns, dass die Brücke seit Wochen gesperrt ist."),
    ("de", "Hinweise an die Redaktion zum Verkehr in der Innenstadt haben sich im vergangenen Jahr verdoppelt."),
    ("ru", "Жители написали нам, что мост закрыт уже третью неделю."),
])
def test_article_sentences_with_the_words_of_a_tip_line_stay(code, line):
    doc = _doc(code, line)
    assert line in texts(doc) and doc.removed == ()


@pytest.mark.parametrize("code,line", [
    ("pt", "O que você achou? Comente abaixo."),
    ("pl", "Co o tym sądzisz? Napisz w komentarzu."),
    ("id", "Bagaimana pendapat Anda? Tulis di kolom komentar."),
    ("en", "Did the council get it right? Leave a comment below."),
])
def test_a_comment_prompt_after_a_short_question_goes(code, line):
    doc = _doc(code, line)
    assert line not in texts(doc) and cuts(doc, "calls_to_action") == [("comment-prompt", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Did the council get it right? Leave a comment below was all the mayor wrote on the town's page before "
           "the meeting began on Monday evening."),
    ("en", "Why did it take the council, the county and two ministries eleven years to agree on it? Leave a comment "
           "below."),                                                          # the question is too long for a call's
    ("pl", "Co dalej? Radni podzielili się opinią na temat budżetu podczas sesji."),
])
def test_a_question_before_prose_stays(code, line):
    doc = _doc(code, line)
    assert line in texts(doc) and doc.removed == ()
