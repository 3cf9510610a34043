"""Tip lines, channel calls and comment prompts in the words of more languages (cleaners/lang ``tip_call``, ``follow``,
``comment_prompt``, ``closing_call``); an interview's question and article sentences with the same words stay."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

ARTICLE = {**SENTENCES, "zh": "救援队周二凌晨才抵达被洪水淹没的村庄，当地官员表示所有居民已被疏散。",
           "hr": "Spasioci su tek u utorak u zoru stigli do poplavljenog sela, izvijestile su vlasti u regiji."}


def _doc(cleaner, code: str, line: str):
    return run_cleaner(cleaner, "\n\n".join([ARTICLE[code], line, ARTICLE[code] + " 2"]), language=code)


@pytest.mark.parametrize("code,line,rule", [
    ("nl", "Heb je een tip? Mail de redactie.", "tip-line"),
    ("sv", "Har du ett tips? Tipsa oss!", "tip-line"),
    ("da", "Har du et tip? Skriv til os.", "tip-line"),
    ("nb", "Vet du mer? Tips oss!", "tip-line"),
    ("fi", "Lähetä uutisvinkki toimitukselle.", "tip-line"),
    ("cs", "Máte tip na článek? Napište nám.", "tip-line"),
    ("sk", "Máte tip na článok? Napíšte nám.", "tip-line"),
    ("ro", "Ai o informație? Scrie-ne.", "tip-line"),
    ("hu", "Tippje van? Írjon nekünk.", "tip-line"),
    ("el", "Έχετε μια είδηση; Στείλτε μας.", "tip-line"),
    ("vi", "Bạn có thông tin? Liên hệ tòa soạn.", "tip-line"),
    ("ca", "Tens una notícia? Escriu-nos.", "tip-line"),
    ("hr", "Imate vijest? Javite nam.", "tip-line"),
    ("bg", "Имате сигнал? Пишете ни.", "tip-line"),
    ("ar", "هل لديك خبر؟ راسلنا.", "tip-line"),
    ("zh", "欢迎提供新闻线索", "tip-line"),
    ("ru", "Подписывайтесь на наш Telegram-канал.", "social"),
    ("uk", "Підписуйтесь на наш Telegram-канал.", "social"),
    ("ru", "Что думаете? Напишите в комментариях.", "comment-prompt"),
    ("es", "¿Qué opinas? Déjanos tu comentario.", "comment-prompt"),
    ("fr", "Laissez-nous un commentaire.", "comment-prompt"),
    ("de", "Sagen Sie uns Ihre Meinung in den Kommentaren.", "comment-prompt"),
    ("it", "Dicci la tua nei commenti.", "comment-prompt"),
])
def test_a_call_goes(code, line, rule):
    doc = _doc(CallsToAction, code, line)
    assert line not in texts(doc) and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("fa", "عکس‌ها و خبرهای خود را برای ما بفرستید."),
    ("tr", "Haber ve fotoğraflarınızı bize gönderin."),
    ("hi", "अपनी खबरें और तस्वीरें हमें भेजें।"),
    ("ko", "기사에 대한 제보는 이메일로 제보해 주세요."),
])
def test_a_tip_line_of_a_verb_final_language_goes_by_its_end(code, line):
    doc = _doc(ReaderCalls, code, line)
    assert line not in texts(doc) and ("closing-call", line) in cuts(doc, "reader_calls")


@pytest.mark.parametrize("code,line", [
    ("pt", "Qual é a sua opinião sobre a reforma da previdência?"),      # an interview's questions
    ("pl", "Co sądzisz o nowym trenerze reprezentacji?"),
    ("id", "Apa pendapat Anda tentang kebijakan baru itu?"),
    ("ru", "Как вы считаете, почему мост закрыли так надолго?"),
    ("sv", "Hon tipsade oss om bron redan i mars, berättar kommunens tekniska chef."),
    ("cs", "Obyvatelé nám napsali, že most je zavřený už třetí týden."),
])
def test_questions_and_sentences_with_a_calls_words_stay(code, line):
    doc = _doc(CallsToAction, code, line)
    assert line in texts(doc) and doc.removed == ()


def test_a_verb_final_sentence_ending_like_a_tip_call_stays():
    line = "Vatandaşlar şikayetlerini belediyeye değil bize iletin diyerek tepki gösterdi."
    doc = _doc(ReaderCalls, "tr", line)
    assert line in texts(doc) and doc.removed == ()
