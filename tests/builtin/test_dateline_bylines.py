"""dateline: bylines in each language and script (names, several authors, roles, agencies, user names),
against headlines and sentences that open with the word for "by".
"""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts
from ._dateline import BODY, TITLE


@pytest.mark.parametrize("line,author,code", [
    ("Von Anna Schmidt", "Anna Schmidt", "de"),
    ("Par Jean-Luc Martin et Claire Dubois", "Jean-Luc Martin et Claire Dubois", "fr"),
    ("Por María García | 9 de diciembre de 2016", "María García", "es"),
    ("Door Jan de Vries", "Jan de Vries", "nl"),
    ("Автор: Иван Петров", "Иван Петров", "ru"),
    ("By Ann Lee and Tom Roe, Reuters", "Ann Lee and Tom Roe", "en"),     # the agency is no author
    ("By Ann Lee", "Ann Lee", "de"),                                      # English: the fallback
    ("מאת יוסי כהן", "יוסי כהן", "he"),                                    # Hebrew letters have no capitals
    ("מאת ג'ק בן דוד | 9 במרץ 2026", "ג'ק בן דוד", "he"),
    ("نویسنده: علی رضایی", "علی رضایی", "fa"),                              # nor Arabic-script letters
    ("به قلم مریم احمدی | ۱۲ مارس ۲۰۲۶", "مریم احمدی", "fa"),
    ("लेखक: राहुल शर्मा", "राहुल शर्मा", "hi"),                                # nor Devanagari, with its vowel signs
    ("द्वारा: प्रिया वर्मा, न्यूज़ डेस्क", "प्रिया वर्मा", "hi"),
    ("Автор: Євген Іваненко", "Євген Іваненко", "uk"),                   # capitals outside А-Я: Є І Ї Ґ
    ("Текст: Ґанна Їжакевич", "Ґанна Їжакевич", "uk"),
    ("Аутор: Ђорђе Јовановић", "Ђорђе Јовановић", "sr"),                 # Ђ Ј Љ Њ Ћ Џ
    ("Γράφει ο Νίκος Δήμου", "Νίκος Δήμου", "el"),                       # Greek capitals
    ("Της Μαρίας Οικονόμου", "Μαρίας Οικονόμου", "el"),
    ("Autor: Ștefan Țuțea", "Ștefan Țuțea", "ro"),                       # Latin Extended-B capitals (lines.CAPITAL)
    ("ავტორი: ნინო ბერიძე", "ნინო ბერიძე", "ka"),                         # Georgian letters: no capitals written
    ("نویسنده: علی رضایی و مریم احمدی", "علی رضایی و مریم احمدی", "fa"),    # two names: each of four words at most
    ("लेखक: राहुल शर्मा और प्रिया वर्मा", "राहुल शर्मा और प्रिया वर्मा", "hi"),
    ("লেখক: রহিম উদ্দিন", "রহিম উদ্দিন", "bn"),                             # the other Brahmic scripts (lines.UNCASED)
    ("প্রতিবেদক: সুমাইয়া আক্তার ও রহিম উদ্দিন", "সুমাইয়া আক্তার ও রহিম উদ্দিন", "bn"),
    ("By ராஜேஷ் குமார்", "ராஜேஷ் குமார்", "ta"),                               # Tamil, no file: English's "by"
    ("By ಅನಿಲ್ ಕುಮಾರ್", "ಅನಿಲ್ ಕುಮಾರ್", "kn"),
    ("By አበበ ከበደ", "አበበ ከበደ", "am"),                                     # Ethiopic
    ("글: 김민지", "김민지", "ko"),                                           # Hangul: no capitals either
    ("기자: 박준호 | 2026.03.04 10:15", "박준호", "ko"),
    ("Ayşe Yılmaz yazdı", "Ayşe Yılmaz", "tr"),                           # a verb-final language: "by" last
    ("김민지 기자", "김민지", "ko"),
    ("கவிதா சுந்தரம் எழுதியது", "கவிதா சுந்தரம்", "ta"),                   # Tamil: "written" last
    ("โดย ประภาพร วงศ์สวัสดิ์", "ประภาพร วงศ์สวัสดิ์", "th"),                    # Thai names are spaced words
])
def test_bylines_in_other_languages_and_agencies(line, author, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and doc.metadata["author"] == author


@pytest.mark.parametrize("line,code", [
    ("প্রতিবেদক দলটি গতকাল ঢাকায় পৌঁছেছে।", "bn"),       # "The reporters' team reached Dhaka yesterday."
    ("লেখক হিসেবে তিনি দশটি বই লিখেছেন।", "bn"),
    ("기자 회견에서 대통령은 새 정책을 발표했다.", "ko"),                      # "At the press conference, ..."
    ("Bakan dedi", "tr"),                                                  # "the minister said": one cased word
    ("Gazeteci Ayşe Yılmaz dün bu konuda bir makale yazdı.", "tr"),
    ("By அரசு புதிய திட்டத்தை அறிவித்தது, அமைச்சர் கூறினார்.", "ta"),
    ("இந்த நூலை அவரது மகள் எழுதியது", "ta"),                                # "his daughter wrote this book"
])
def test_a_sentence_of_an_uncased_script_opening_with_a_by_word_stays(line, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, line, BODY] and doc.metadata.get("author") is None


@pytest.mark.parametrize("line,code", [("Door Prize Winners Announced", "en"), ("Von Braun Rocket Replica Unveiled", "en"),
                                       ("Di Maio Quits Party Leadership", "fr"), ("Por Favor Restaurant Closes", "de")])
def test_a_word_for_by_in_another_language_is_no_byline(line, code):
    """Only the document's language and English are read: "door" is Dutch for "by"."""
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}", language=code)
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("line,code", [
    ("מאת כל המועמדים רק אחד הגיע לדיון על התקציב", "he"),      # a function word ("על")
    ("מאת חמשת השחקנים הצעירים שנבחרו השנה לנבחרת", "he"),       # more words than a name in a script without case has
    ("خبرنگار ایرنا در تهران گزارش داد", "fa"),                    # a function word ("در")
    ("द्वारा बनाए गए नियम सभी पर लागू होते हैं", "hi"),               # more words than a name has
    ("Autor: ștefan țuțea", "ro"),                                  # a cased script in lower case is no name
    ("ავტორი თავის წიგნში წერს ქალაქის ისტორიაზე და ხიდებზე", "ka"),     # more words than a name, "and" or not
])
def test_a_sentence_in_a_script_without_case_after_the_word_for_by_is_no_byline(line, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("line", ["By Train To Paris", "Von der Leyen bis Macron", "By The Numbers"])
def test_headlines_after_by_are_not_bylines(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("line,language,author", [
    ("Par Lena Vogel, envoyé spécial", "fr", "Lena Vogel"),
    ("By María García, Staff Writer", "en", "María García"),
    ("By Ann Lee, Tom Baker and Jo Kim, AP", "en", "Ann Lee, Tom Baker and Jo Kim"),
    ("Von Anna Schmidt und Jan Vogel | dpa", "de", "Anna Schmidt und Jan Vogel"),
])
def test_the_author_is_the_names_without_a_role_or_an_agency(line, language, author):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=language)
    assert doc.metadata["author"] == author and texts(doc) == [TITLE, BODY]


def test_a_headline_that_opens_with_by_is_no_byline():
    doc = run_cleaner(Dateline, f"{TITLE}\n\nBy Train To Paris, Slowly\n\n{BODY}")
    assert doc.metadata.get("author") is None and "By Train To Paris, Slowly" in texts(doc)


@pytest.mark.parametrize("line,author,date,code", [
    ("Posted by timothy", "timothy", None, "en"),
    ("by jdoe42 on November 29, 2010", "jdoe42", "2010-11-29", "en"),
    ("Geschrieben von mkoch am 3. März 2012", "mkoch", "2012-03-03", "de"),
])
def test_a_byline_naming_a_user_name_in_the_head_goes_to_metadata(line, author, date, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and cuts(doc, "dateline") == [("byline-handle", line)]
    assert doc.metadata["author"] == author and doc.metadata["date"] == date


@pytest.mark.parametrize("line", [
    "by the river",                             # a function word: no user name
    "by timothy and his friends, who stayed",   # more than a date after the name
])
def test_lines_that_only_look_like_a_user_name_byline_stay(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert line in texts(doc) and doc.metadata["author"] is None


def test_a_user_name_byline_below_the_head_stays():
    line = "posted by timothy"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n" + "\n\n".join([BODY] * 4) + f"\n\n{line}\n\n{BODY}")
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("code, line, author", [("en", "Maria Lopez | 09.12.2016 18:30", "Maria Lopez"),
                                                 ("de", "Jonas Reiter · 9. Dezember 2016", "Jonas Reiter"),
                                                 ("ru", "Анна Смирнова | 9 декабря 2016", "Анна Смирнова")])
def test_a_name_before_a_date_in_the_head_is_the_author(code, line, author):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and doc.metadata["author"] == author
    assert cuts(doc, "dateline") == [("byline-date", line)]


@pytest.mark.parametrize("line,code", [
    ("Του Γιάννη Παπαδόπουλου η πρόταση απορρίφθηκε στη Βουλή.", "el"),   # "Γιάννη's proposal was rejected": a sentence
    ("Іван Франко написав цю поему у 1905 році.", "uk"),
    ("Автор: Їжак у тумані, мультфільм 1975 року, знову в кіно.", "uk"),
])
def test_a_sentence_opening_with_a_name_in_these_capitals_is_no_byline(line, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert line in texts(doc) and doc.metadata["author"] is None
