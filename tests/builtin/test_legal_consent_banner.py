"""A cookie banner with its buttons, in English on a page of another language or in the page's own
(cleaners/builtin/_notice_shape.py ``consent_banners``, rule ``consent-banner`` of legal); a sentence about cookies
with no button, and a paragraph ending with a bracketed note, stay."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, texts

ARTICLE = {**SENTENCES, "ja": "救助隊は火曜日の夜明けにようやく浸水した村に到着し、地元当局は住民全員が避難したと発表した。"}


def _doc(code: str, line: str):
    return run_cleaner(Legal, "\n\n".join(["Floods reach the valley", ARTICLE[code], line, ARTICLE[code] + " 2"]),
                       language=code)


@pytest.mark.parametrize("code,banner", [
    ("de", "We use cookies to improve your experience and to show you relevant advertising. [Accept all] [Settings]"),
    ("tr", "This site uses cookies to give you a better experience. [Accept] [Manage settings]"),
    ("ru", "We use cookies to improve your experience.\n[Accept all] [Settings]"),
    ("de", "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. [Alle akzeptieren] [Einstellungen]"),
    ("pl", "Używamy plików cookies, aby ułatwić korzystanie z serwisu. [Akceptuję] [Ustawienia]"),
    ("ja", "当サイトではサービス向上のためにクッキーを使用しています。[すべて同意] [設定]"),
    ("fr", "Nous utilisons des cookies pour améliorer votre expérience.\nAccepter | Paramètres"),
])
def test_a_cookie_banner_with_its_buttons_goes_in_any_language(code, banner):
    doc = _doc(code, banner)
    assert texts(doc) == [ARTICLE[code], ARTICLE[code] + " 2"] or texts(doc) == ["Floods reach the valley", ARTICLE[code], ARTICLE[code] + " 2"]
    assert any(r.rule == "consent-banner" for r in doc.removed)


@pytest.mark.parametrize("code,text", [
    ("en", "The regulator said many sites that use cookies to track readers broke the law last year."),
    ("de", "Die Datenschutzbehörde teilte mit, dass viele Seiten Cookies ohne Zustimmung setzen. [Video]"),
    ("en", "We use cookies, the baker joked, pointing at the trays. [Laughter]"),
    ("fr", "Selon la CNIL, de nombreux sites utilisent des cookies sans consentement."),
    ("en", "The minister thanked the rescue teams and left the room. [Applause] [Laughter]"),
])
def test_a_sentence_about_cookies_stays(code, text):
    doc = _doc(code, text)
    assert text in texts(doc)
