"""Calls to action in the words of Portuguese, Polish, Indonesian, Hebrew, Thai, Japanese and Bengali sites (cleaners/lang
``comment_prompt``, ``follow``, ``membership``, ``closing_call``): comment prompts, "join our WhatsApp channel"
lines, "add us on LINE" lines, calls that end a Japanese or Bengali line. A Japanese call is counted two characters a
word (`_closing_call`). Article sentences with the same words stay."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

ARTICLE = {**SENTENCES,
           "th": "ทีมกู้ภัยเดินทางถึงหมู่บ้านที่ถูกน้ำท่วมเมื่อเช้าวันอังคาร และเจ้าหน้าที่ระบุว่าอพยพชาวบ้านทั้งหมดแล้ว",
           "ja": "救助隊は火曜日の夜明けにようやく浸水した村に到着し、地元当局は住民全員が避難したと発表した。",
           "bn": "উদ্ধারকারী দল মঙ্গলবার ভোরে বন্যাকবলিত গ্রামে পৌঁছায়, এবং জেলা প্রশাসন জানিয়েছে যে সব বাসিন্দাকে "
                 "সরিয়ে নেওয়া হয়েছে।"}


def _doc(cleaner, code: str, line: str):
    return run_cleaner(cleaner, "\n\n".join([ARTICLE[code], line, ARTICLE[code] + " 2"]), language=code)


@pytest.mark.parametrize("code,line,rule", [
    ("pt", "Deixe a sua opinião nos comentários abaixo.", "comment-prompt"),
    ("pt", "Comente abaixo o que você achou desta notícia.", "comment-prompt"),
    ("pt", "Entre no canal do WhatsApp e receba as principais notícias do dia.", "social"),
    ("pt", "Participe do nosso canal no Telegram e fique por dentro das notícias.", "social"),
    ("pl", "Podziel się opinią w komentarzach.", "comment-prompt"),
    ("pl", "Zostaw swoją opinię w komentarzu poniżej.", "comment-prompt"),
    ("id", "Berikan komentar Anda di bawah ini.", "comment-prompt"),
    ("id", "Gabung ke saluran WhatsApp kami untuk berita terbaru.", "social"),
    ("he", "ספרו לנו מה אתם חושבים בתגובות", "comment-prompt"),
    ("he", "הצטרפו לקבוצת הווטסאפ שלנו לקבלת עדכונים", "membership"),
    ("th", "กดติดตามเพจของเราเพื่อไม่พลาดข่าวสาร", "membership"),
    ("th", "เพิ่มเพื่อนทาง LINE เพื่อรับข่าวสารก่อนใคร", "membership"),
    ("ja", "ご意見・ご感想はこちら", "comment-prompt"),
])
def test_a_call_of_the_language_goes(code, line, rule):
    doc = _doc(CallsToAction, code, line)
    assert line not in texts(doc) and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("pt", "O ministro deixou a sua opinião clara aos jornalistas depois da reunião no palácio."),
    ("pt", "Os moradores entraram no canal de drenagem para retirar o lixo acumulado."),
    ("pl", "Radni podzielili się opinią na temat budżetu podczas sesji."),
    ("id", "Warga menulis komentar di media sosial setelah banjir merendam desa."),
    ("he", "התושבים הצטרפו לחיפושים אחר הנעדר בשעות הבוקר."),
    ("th", "ตำรวจกำลังติดตามตัวผู้ต้องหาที่หลบหนีไปทางชายแดน"),
    ("ja", "市は住民に情報提供を呼びかけた。"),
])
def test_article_sentences_with_a_calls_words_stay(code, line):
    doc = _doc(CallsToAction, code, line)
    assert line in texts(doc) and doc.removed == ()


@pytest.mark.parametrize("code,line", [
    ("ja", "コメント欄で意見を聞かせてください。"),       # 17 characters: one word each, it was too long for a call
    ("ja", "テレグラムチャンネルに参加してください"),
    ("ja", "情報提供をお待ちしております。"),
    ("bn", "আমাদের টেলিগ্রাম চ্যানেলে যোগ দিন।"),
    ("bn", "আপনার মতামত কমেন্টে লিখুন।"),
])
def test_a_line_ending_with_a_call_goes(code, line):
    doc = _doc(ReaderCalls, code, line)
    assert line not in texts(doc) and ("closing-call", line) in cuts(doc, "reader_calls")


@pytest.mark.parametrize("code,line", [
    ("ja", "市の担当者は、川の水位が下がった後も堤防の点検を続ける方針を示したうえで、住民に意見を聞かせてください"),
    ("bn", "স্থানীয় বাসিন্দারা জেলা প্রশাসককে তাঁদের মতামত জানান।"),
    ("bn", "পরে তিনি টেলিগ্রাম চ্যানেলে যোগ দেওয়া সদস্যদের তালিকা পুলিশকে দেন।"),
])
def test_article_lines_ending_like_a_call_stay(code, line):
    doc = _doc(ReaderCalls, code, line)
    assert line in texts(doc) and doc.removed == ()
