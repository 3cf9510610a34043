"""Calls with their purpose after them, their link after them, or a short question before them
(``call-link``, `MAX_CALL_TAIL_WORDS`, login-chrome after a question), against prose of the same shape."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("code,line,rule", [
    ("en", "Install our app to get the tide tables and ferry delays on your phone.", "app-download"),
    ("es", "Suscríbete a nuestro boletín semanal y recibe cada viernes las noticias de la comarca.", "newsletter-signup"),
    ("ru", "Подписывайтесь на нашу вечернюю рассылку и получайте главное за день.", "newsletter-signup"),
])
def test_a_call_with_a_purpose_of_a_dozen_words_goes(code, line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Download our app and you will find that it asks for your location, your contacts and your camera before "
           "it shows a single line of news."),                                           # a purpose far too long
    ("en", "Install our app to check the tides, the harbour master told the crew, and you will never be caught out."),
])
def test_prose_opening_like_an_app_call_with_a_long_or_reported_tail_stays(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("code,line,rule", [
    ("en", "Follow us on Instagram https://www.instagram.com/harbournotes", "social"),
    ("de", "Abonnieren Sie unseren Newsletter. https://example.org/newsletter", "membership"),
    ("fr", "Téléchargez notre application gratuite www.example.fr/appli", "app-download"),
])
def test_a_call_with_its_link_after_it_goes(code, line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line", [
    "The full report is available at https://example.org/flood-report",
    "Officials said more details would follow on https://example.org/updates",
])
def test_an_article_line_ending_with_a_link_stays(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="en")
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("code,line", [
    ("en", "Want the whole archive? Register for free."),
    ("es", "¿Te interesa este tema? Regístrate gratis."),
    ("de", "Noch mehr Hintergründe gewünscht? Registrieren Sie sich kostenlos."),
    ("ko", "더 많은 소식이 궁금하신가요? 지금 무료로 가입하세요."),
])
def test_a_registration_call_after_a_short_question_goes(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [("login-chrome", line)]


@pytest.mark.parametrize("line", [
    "Who pays for the new pier? Registration is free for residents, the council said.",     # reported
    "Why did the harbour board wait so long before it told the ferry operators what it knew about the damage? "
    "Create an account of that week and the gaps are plain.",                                # a long question
])
def test_a_question_before_prose_of_the_same_opening_stays(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="en")
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("code,line", [
    ("el", "Σας ενδιαφέρει το θέμα; Εγγραφείτε δωρεάν."),                      # Greek's question mark
    ("ar", "هل تريد متابعة الملف؟ سجل مجانا."),
    ("fr", "Vous voulez suivre ce dossier jusqu'au bout ? Inscrivez-vous gratuitement."),
])
def test_a_registration_call_after_a_question_in_other_scripts_goes(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [("login-chrome", line)]


def test_a_greek_question_before_prose_stays():
    line = "Γιατί καθυστέρησε το έργο; Η εγγραφή είναι δωρεάν για τους κατοίκους, δήλωσε ο δήμαρχος."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="el")
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("line,rule", [
    ("앱을 내려받고 날씨 특보를 가장 먼저 받아보세요.", "app-download"),
    ("페이스북과 유튜브에서 저희를 팔로우하고 현장 영상을 확인하세요.", "social"),
])
def test_korean_calls_whose_verb_carries_a_connective_go(line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="ko")
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


def test_a_korean_story_line_about_following_stays():
    line = "경찰은 용의자가 페이스북과 유튜브에서 피해자를 팔로우하고 있었다고 밝혔다."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="ko")
    assert texts(doc) == [BODY, line]
