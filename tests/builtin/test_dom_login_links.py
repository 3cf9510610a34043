"""dom_login.login_links: one pass over a page's link texts answers as one search a text does."""
from cleaners import lang
from cleaners.builtin.dom_login import _lines_pattern, login_links


def _each(texts, langs):
    link = lang.pattern("login_link", langs, "line")
    return [link.search(t) is not None for t in texts]


def _one_pass(texts, langs):
    return login_links(texts, lang.pattern("login_link", langs, "line"), _lines_pattern(langs))


def test_login_links_as_each_text_searched():
    langs = lang.languages("en")
    texts = ["Home", "Log in", "log in here", "Sign up", "Logging in", "subscribe now!", "", "Zaloguj się",
             "Register", "Registered users", "About us", "LOG IN", "news"]
    assert _one_pass(texts, langs) == _each(texts, langs)
    assert _one_pass(texts, langs)[1] and not _one_pass(texts, langs)[0]


def test_phrase_across_two_texts_is_read_text_by_text():
    # "Log" and "in" one a line make "Log\nin": the phrase's space meets the line break
    langs = lang.languages("en")
    for texts in (["Log", "in"], ["Sign", "in here", "Log in"], ["Log in", "Sign", "in"], ["Subscribe", "now"]):
        assert _one_pass(texts, langs) == _each(texts, langs)


def test_other_languages_and_scripts():
    for code, texts in (("pl", ["Zaloguj się", "Strona główna", "Zarejestruj"]),
                        ("ja", ["ログイン", "ホーム", "ログインして"]),
                        ("de", ["Anmelden", "Startseite", "Registrieren", "Abmelden"])):
        langs = lang.languages(code)
        assert _one_pass(texts, langs) == _each(texts, langs)


def test_no_texts():
    langs = lang.languages("en")
    assert _one_pass([], langs) == []
    assert _one_pass([""], langs) == [False]
