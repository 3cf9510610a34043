"""Newsletter sign-ups and login chrome, against sentences with their words."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,language,rule", [
    ("Sign-up to the newsletter and get a free guide", "en", "newsletter-signup"),
    ("Signup for the Harbour Weekly newsletter", "en", "newsletter-signup"),
    ("To get these notes every month, sign up for the Tide-Table Newsletter.", "en", "newsletter-signup"),
    ("Click here to subscribe to The Harbour Weekly Newsletter", "en", "newsletter-signup"),
    ("Jetzt zum Hafen-Newsletter anmelden", "de", "newsletter-signup"),
    ("Pour recevoir ces notes, inscrivez-vous à la newsletter Marées du Nord.", "fr", "newsletter-signup"),
    ("Zapisz się do naszego newslettera", "pl", "newsletter-signup"),
    ("Haftalık bültenimize abone olun", "tr", "newsletter"),
    ("Şifrenizi mi unuttunuz?", "tr", "login-chrome"),
    ("Anmäl dig till vårt nyhetsbrev Hamnposten", "sv", "newsletter"),
    ("Glömt ditt lösenord?", "sv", "login-chrome"),
    ("Підпишіться на нашу щотижневу розсилку «Економіка»", "uk", "newsletter-signup"),
    ("Забули пароль?", "uk", "login-chrome"),
    ("Přihlaste se k odběru našeho newsletteru Ranní přehled", "cs", "newsletter"),
    ("Zapomněli jste heslo?", "cs", "login-chrome"),
    ("뉴스레터를 구독하시면 매일 아침 주요 뉴스를 받아보실 수 있습니다", "ko", "newsletter"),
    ("비밀번호를 잊으셨나요?", "ko", "login-chrome"),
    ("Εγγραφείτε στο newsletter μας «Πρωινή ενημέρωση»", "el", "newsletter"),
    ("Ξεχάσατε τον κωδικό σας;", "el", "login-chrome"),
    ("Abonează-te la newsletterul nostru „Dimineața”", "ro", "newsletter"),
    ("Ai uitat parola?", "ro", "login-chrome"),
    ("Iratkozzon fel hírlevelünkre, a Reggeli összefoglalóra", "hu", "newsletter"),
    ("Elfelejtette jelszavát?", "hu", "login-chrome"),
    ("اشترك في نشرتنا البريدية الأسبوعية", "ar", "newsletter"),
    ("Tilmeld dig vores nyhedsbrev Havnebladet", "da", "newsletter"),
    ("Glemt din adgangskode?", "da", "login-chrome"),
    ("Đăng ký nhận bản tin Sáng nay", "vi", "newsletter"),
    ("Quên mật khẩu?", "vi", "login-chrome"),
    ("הירשמו לניוזלטר שלנו בוקר טוב", "he", "newsletter"),
    ("שכחת את הסיסמה?", "he", "login-chrome"),
    ("در خبرنامه صبحگاهی ما عضو شوید", "fa", "newsletter"),
    ("رمز عبور را فراموش کرده‌اید؟", "fa", "login-chrome"),
    ("हमारा न्यूज़लेटर सब्सक्राइब करें", "hi", "newsletter"),
    ("पासवर्ड भूल गए?", "hi", "login-chrome"),
    ("Subscriu-te al nostre butlletí Bon dia", "ca", "newsletter"),
    ("Has oblidat la contrasenya?", "ca", "login-chrome"),
    ("Абонирайте се за нашия бюлетин Сутрешен преглед", "bg", "newsletter"),
    ("Забравена парола?", "bg", "login-chrome"),
    ("Prihláste sa na odber newslettera Ranný prehľad", "sk", "newsletter"),
    ("Zabudli ste heslo?", "sk", "login-chrome"),
    ("Berlangganan newsletter kami Kabar Pagi", "id", "newsletter"),
    ("Lupa kata sandi?", "id", "login-chrome"),
    ("Meld deg på nyhetsbrevet vårt Morgenpraten", "nb", "newsletter"),
    ("Glemt passordet?", "nb", "login-chrome"),
    ("Tilaa uutiskirjeemme Aamun uutiset", "fi", "newsletter"),
    ("Unohditko salasanasi?", "fi", "login-chrome"),
    ("هل نسيت كلمة المرور؟", "ar", "login-chrome"),
    ("Forgot your password?", "en", "login-chrome"),
    ("No account yet? Registration is free!", "en", "login-chrome"),
    ("Login or register to post comments", "en", "login-chrome"),
    ("Passwort vergessen?", "de", "login-chrome"),
    ("¿No tienes cuenta? Regístrate gratis", "es", "login-chrome"),
    ("Забыли пароль?", "ru", "login-chrome"),
])
def test_newsletter_signups_and_login_chrome_are_removed(line, language, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] * 4 and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line", [
    "Many parents sign up for the school newsletter every autumn, the head teacher said.",
    "Anna decided to sign up for the parish newsletter last year because she loved writing about gardens.",
    "Forgot your password? The bank said customers would be asked to reset it within a week.",
    "Registration is free for the marathon, which starts at the harbour on Sunday morning and ends in the park.",
])
def test_sentences_with_signup_or_login_words_stay(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Inscrivez-vous à notre newsletter pour recevoir chaque soir le résumé des débats du conseil.", "fr"),
    ("Subscreva a nossa newsletter e receba todas as sextas-feiras o melhor da semana.", "pt"),
    ("Curious what happens next? Subscribe to our daily briefing.", "en"),
])
def test_a_newsletter_call_with_what_the_newsletter_brings(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [("newsletter", line)]


def test_a_newsletter_phrase_before_a_long_report_stays():
    line = ("Subscribe to our daily updates, the council urged residents on Monday, after the flood warnings "
            "went out too late for the families living near the river.")
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="en")
    assert texts(doc) == [BODY, line]


def test_a_sentence_about_a_newsletter_with_a_long_tail_stays():
    line = "Newsletter, który rada osiedla wysyłała do pięciuset mieszkańców, przestanie się ukazywać w styczniu."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="pl")
    assert texts(doc) == [BODY, line]


def test_a_newsletter_phrase_with_a_short_tail_anywhere_in_the_line_makes_the_call():
    from cleaners import lang
    langs = lang.languages("nb")
    # the first phrase ("meld deg på nyhetsbrevet vårt") has nine words after it, the second ("i innboksen") two
    line = "Meld deg på nyhetsbrevet vårt og få de viktigste nyhetene i innboksen hver morgen."
    assert CallsToAction().rule_for(line, langs) == "newsletter"
    prose = "Meld deg på nyhetsbrevet vårt, forteller ordføreren, som leser alle brevene i innboksen hver morgen."
    assert CallsToAction().rule_for(prose, langs) is None      # someone reported: prose
