"""Calls known by how they end (cleaners/builtin/_closing_call.py, read by reader_calls): ``closing-call``, a short
line of a verb-final language that ends with a call (cleaners/lang ``closing_call``), and ``error-report``, a short
line that ends with the error-report shortcut; the Google News editions as social sites and notification calls
(calls_to_action ``social``, ``app-download``)."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

TITLE = "Floods reach the valley"
ARTICLE = {**SENTENCES, "ja": "救助隊は火曜日の夜明けにようやく浸水した村に到着し、地元当局は住民全員が避難したと発表した。"}


def _doc(cleaner, code: str, line: str, where: str = "end"):
    parts = [TITLE, line, ARTICLE[code], ARTICLE[code] + " 2"] if where == "middle" else [TITLE, ARTICLE[code], line]
    return run_cleaner(cleaner, "\n\n".join(parts), language=code)


@pytest.mark.parametrize("code,line,where", [
    ("tr", "Son dakika haberleri için bildirimleri açmayı unutmayın.", "end"),
    ("tr", "Görüşlerinizi yorumlarda bizimle paylaşın.", "middle"),
    ("hi", "ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें।", "end"),
    ("ko", "기사에 대한 의견을 댓글로 남겨 주세요.", "middle"),
    ("ja", "最新ニュースはアプリでチェック！", "end"),
])
def test_a_short_line_ending_with_a_call_goes(code, line, where):
    doc = _doc(ReaderCalls, code, line, where)
    assert line not in texts(doc) and ("closing-call", line) in cuts(doc, "reader_calls")


@pytest.mark.parametrize("code,line", [
    ("tr", "Bakanlık, vatandaşların uyarıları dikkate alarak yetkilileri takip etmesini ve sakin kalmasını istedi."),
    ("tr", "Belediye başkanı yaptığı açıklamada gençlere seslendi ve herkesin yeni uygulamayı denemesi gerektiğini, "
           "bölge halkının da bildirimleri açmayı unutmayın çağrısına uyması gerektiğini söyledi."),
    ("hi", "मंत्री ने कहा कि लोग सरकारी ऐप डाउनलोड करें।"),
    ("ko", "\"기사에 대한 의견을 댓글로 남겨 주세요.\""),
])
def test_prose_quotes_and_reports_that_end_like_a_call_stay(code, line):
    doc = _doc(ReaderCalls, code, line)
    assert line in texts(doc)


@pytest.mark.parametrize("code,line", [
    ("ru", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter."),
    ("uk", "Помітили помилку? Виділіть її та натисніть Ctrl + Enter"),
    ("en", "Spotted a typo? Select it and press Ctrl+Enter"),
])
def test_the_error_report_shortcut_line_goes(code, line):
    doc = _doc(ReaderCalls, code, line)
    assert line not in texts(doc) and ("error-report", line) in cuts(doc, "reader_calls")


@pytest.mark.parametrize("line", [
    "Press Ctrl+Enter to send the message, then close the window and wait for the confirmation.",
    "In the new version of the editor, a comment is no longer sent with Enter alone: users have to hold the "
    "control key as well, Ctrl+Enter.",
])
def test_a_how_to_that_names_the_shortcut_stays(line):
    doc = _doc(ReaderCalls, "en", line)
    assert line in texts(doc)


@pytest.mark.parametrize("code,line,rule", [
    ("pt", "Siga-nos no Google Notícias.", "social"),
    ("hi", "हमें गूगल न्यूज़ पर फॉलो करें।", "social"),
    ("en", "Turn on notifications so you never miss a breaking story.", "app-download"),
    ("de", "Aktivieren Sie die Benachrichtigungen, um keine Eilmeldung zu verpassen.", "app-download"),
])
def test_google_news_follow_calls_and_notification_calls_go(code, line, rule):
    doc = _doc(CallsToAction, code, line)
    assert line not in texts(doc) and (rule, line) in cuts(doc, "calls_to_action")


@pytest.mark.parametrize("code,line", [
    ("pt", "O Google Notícias mudou a forma como os jornais recebem visitas, segundo um estudo da universidade."),
    ("en", "Turn on notifications, the minister told the committee, and nobody reads them any more."),
])
def test_prose_about_google_news_or_notifications_stays(code, line):
    doc = _doc(CallsToAction, code, line)
    assert line in texts(doc)


def test_a_closing_call_glued_to_a_paragraph_leaves_and_the_paragraph_stays():
    call = "Son dakika haberleri için bildirimleri açmayı unutmayın."
    doc = run_cleaner(ReaderCalls, f"{TITLE}\n\n{ARTICLE['tr']} {call}\n\n{ARTICLE['tr']}", language="tr")
    assert texts(doc) == [TITLE, ARTICLE["tr"], ARTICLE["tr"]] and ("appeal-tail", call) in cuts(doc, "reader_calls")


def test_a_closing_call_that_answers_the_paragraph_s_question_stays():
    line = (f"{ARTICLE['tr']} Peki vatandaşlar kesintiden nasıl haberdar olacak? "
            "Son dakika haberleri için bildirimleri açmayı unutmayın.")
    doc = run_cleaner(ReaderCalls, f"{TITLE}\n\n{line}\n\n{ARTICLE['tr']}", language="tr")
    assert line in texts(doc)


def test_a_call_glued_to_an_uncased_paragraph_without_a_space_leaves():
    # a lost break in a script without capitals: the stop between two of its letters ("...कहा।" has its own danda)
    para = "नगर निगम ने मंगलवार को नए पुस्तकालय का उद्घाटन किया और कहा कि यह रात दस बजे तक खुला रहेगा."
    call = "ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें."
    doc = run_cleaner(ReaderCalls, f"{TITLE}\n\n{para}{call}\n\n{para}", language="hi")
    assert texts(doc) == [TITLE, para, para]


def test_an_abbreviation_glued_to_a_name_in_an_uncased_script_is_no_lost_break():
    # "د.محمد" (Dr. Muhammad): a dot between two Arabic letters, and no call after it
    line = "وقال د.محمد السيد إن المكتبة الجديدة ستفتح أبوابها للطلاب حتى العاشرة مساء كل يوم من أيام الأسبوع."
    doc = run_cleaner(ReaderCalls, f"{TITLE}\n\n{line}\n\n{line}", language="ar")
    assert texts(doc) == [TITLE, line, line] and doc.removed == ()
