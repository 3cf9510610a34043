"""Urdu (cleaners/lang/ur.toml): artefact lines leave, article sentences that use the same words stay (Urdu's
full stop "۔" ends them), comment threads are found, a composed document whose language is detected keeps its
paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump
from cleaners.lines import FULL_STOPS, SENTENCE_STOPS, ends_sentence, is_headline_like, is_prose

TITLE = "تین سال کی تعمیر کے بعد دریا پر نیا پل ٹریفک کے لیے کھول دیا گیا"
ARTICLE = ["منگل کے روز میونسپل کارپوریشن نے دریا پر تعمیر ہونے والا نیا پل باضابطہ طور پر کھول دیا، جس سے "
           "شہر کے مرکز میں ٹریفک کا دباؤ کم ہونے کی توقع ہے۔",
           "پل کی تعمیر میں تین سال لگے اور اس پر تقریباً چار ارب روپے خرچ ہوئے، جن میں سے زیادہ تر رقم "
           "وفاقی حکومت نے فراہم کی۔",
           "قریبی دیہات کے رہائشی خوش ہیں، اگرچہ رابطہ سڑکوں کا کام سال کے آخر تک جاری رہے گا۔"]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "ur", TITLE, ARTICLE, line, last)


def test_the_urdu_full_stop_ends_a_sentence():
    sentence = "پولیس نے بتایا کہ حادثے میں تین افراد زخمی ہوئے جنہیں قریبی ہسپتال منتقل کر دیا گیا۔"
    assert "\u06d4" in FULL_STOPS and ends_sentence(sentence) and is_prose(sentence)
    short = "پل منگل کو ٹریفک کے لیے کھول دیا گیا۔"          # a short sentence is no headline
    assert ends_sentence(short) and not is_headline_like(short) and not is_headline_like(short[:-1] + ".")
    assert is_headline_like(short[:-1]) and short.endswith(FULL_STOPS)
    assert "کیا پل وقت پر مکمل ہوگا؟".endswith(SENTENCE_STOPS)  # the question mark of Urdu, Persian and Arabic
    label = "تازہ ترین خبریں"                              # a short label without it: no sentence
    assert not ends_sentence(label) and not is_prose(label) and is_headline_like(label)


@pytest.mark.parametrize("line,rule", [
    ("شائع: 14 مارچ 2026، 19:05", "date-line"),
    ("تحریر: احمد علی", "byline"),
    ("رپورٹ: فاطمہ بیگم", "byline"),
    ("فوٹو: فائل", "photo-credit"),
    ("تصویر: رائٹرز", "photo-credit"),
    ("ذریعہ: اے پی پی", "original-source"),
    ("نوٹ: ادارے کا بلاگر کے ساتھ متفق ہونا ضروری نہیں ہے۔", "disclaimer"),
    ("اگر آپ کو یہ تحریر پسند آئی تو اسے دوستوں کے ساتھ شیئر کریں۔", "liked-this"),
    ("ہمیں فالو کریں", "follow-alone"),
    ("مزید پڑھیں: میونسپل کارپوریشن کا نیا بجٹ منظور", "related-story"),
    ("یہ بھی پڑھیں: سیلاب سے پہاڑی دیہات کا رابطہ منقطع", "related-story"),
    ("متعلقہ خبریں|میونسپل کارپوریشن کا نیا بجٹ منظور|سیلاب سے پہاڑی دیہات کا رابطہ منقطع", "related-story"),
    ("شیئر کریں: Facebook · X · WhatsApp", "share-row"),
    ("جملہ حقوق محفوظ ہیں۔", "copyright"),
    ("ادارے کا مصنف کی رائے سے متفق ہونا ضروری نہیں، یہ تحریر مصنف کی ذاتی رائے پر مبنی ہے۔", "disclaimer"),
    ("ہمارا نیوز لیٹر سبسکرائب کریں اور اہم خبریں سیدھا اپنے ان باکس میں حاصل کریں۔", "newsletter"),
    ("ہماری ایپ ڈاؤن لوڈ کریں۔", "app-download"),
    ("آزاد صحافت کی حمایت کریں: صرف 100 روپے ماہانہ دے کر ہمارا ساتھ دیں۔", "donation-appeal"),
    ("پڑھنے کا وقت: 4 منٹ", "reading-time"),
    ("اشتہار", "ad-label"),
    ("ٹیگز: پل، دریا، ٹریفک", "taxonomy-line"),
    ("تبصرے بند ہیں۔", "comment-prompt"),
    ("صفحہ اول » خبریں » پاکستان", "breadcrumb"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "ذرائع کے مطابق پل کے ڈیزائن پر پہلے بھی بات ہو چکی تھی۔",
    "مقامی کسانوں کی مدد کریں، میئر نے بازار کے افتتاح کے موقع پر کہا۔",
    "فیصلے پر سیاست دانوں کے تبصرے مختلف تھے، اور اپوزیشن نے نئے مذاکرات کا مطالبہ کیا۔",
    "اشتہاری کمپنیوں نے پل کے ساتھ بل بورڈ لگانے کی اجازت مانگی ہے۔",
    "پولیس نے اجازت کے بغیر پل پر جلوس نکالنے پر پابندی لگا دی ہے۔",
    "وزیر نے وعدہ کیا کہ مزدوروں کے تمام حقوق کا تحفظ کیا جائے گا۔",
    "تصویر کھنچوانے کے لیے بہت سے لوگ پل پر جمع ہو گئے۔",
    "کئی ارکان کا مصنف کی رائے سے متفق ہونا ضروری نہیں تھا، ترجمان نے کہا۔",
    "رپورٹ میں کہا گیا ہے کہ پل کی تعمیر مقررہ وقت سے چھ ماہ پہلے مکمل ہوئی۔",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("تبصرے (2)|احمد علی - 3 گھنٹے پہلے|آخرکار، دس سال انتظار کیا۔|جواب دیں|فاطمہ بیگم - 5 "
     "گھنٹے پہلے|سائیکل کے لیے الگ راستہ نہیں، افسوس کی بات ہے۔|جواب دیں",
     ["احمد علی", "فاطمہ بیگم"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)


def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["شائع: 14 مارچ 2026، 19:05",
                 "پڑھنے کا وقت: 4 منٹ",
                 "فوٹو: فائل",
                 "یہ بھی پڑھیں: شہر میں نیا بازار کھل رہا ہے",
                 "آزاد صحافت کی حمایت کریں۔ ہر عطیہ اہم ہے۔",
                 "ہماری ایپ ڈاؤن لوڈ کریں۔",
                 "ہمارا نیوز لیٹر سبسکرائب کریں۔",
                 "جملہ حقوق محفوظ ہیں۔",
                 "شیئر کریں: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["میئر نے کہا کہ نئے پل پر سائیکل سواروں اور پیدل چلنے والوں کے لیے الگ راستے ہوں گے۔",
                            "اندازہ ہے کہ روزانہ بیس ہزار سے زیادہ گاڑیاں اس پل کو استعمال کریں گی۔"]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "ur", text, paragraphs, TITLE)     # no declared language: detected
