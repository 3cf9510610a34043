"""Rule ``login-prompt`` (cleaners/builtin/dom_login.py): a short line about commenting that holds a
login link leaves the page; the article's lines about comments, and longer text, stay."""
import pytest

from cleaners.builtin.dom_login import DomLogin

from ._html import ARTICLE, page, run


def _run(tail: str, language: str = "en"):
    return run(DomLogin(), page(f"<article><h1>Night buses</h1>{ARTICLE}</article>{tail}"), language=language)


@pytest.mark.parametrize("language,prompt,login", [
    ("en", "Please <a href='/wp-login.php'>log in</a> to post a comment.", "log in"),
    ("de", "Bitte <a href='/login'>anmelden</a>, um einen Kommentar zu schreiben.", "anmelden"),
    ("pl", "Musisz być zalogowany, aby dodać komentarz. <a href='/logowanie'>Zaloguj się</a>", "Zaloguj"),
    # a theme's English link in a page of another language
    ("ru", "Для отправки комментария необходимо войти. <span><a href='/in'>Log in</a></span>", "Log in"),
])
def test_a_login_prompt_for_comments_leaves_the_page(language, prompt, login):
    doc, text = _run(f"<div id='respond'><p class='x1'>{prompt}</p></div>", language)
    assert login not in text and "night bus service" in text
    assert [r.rule for r in doc.removed] == ["login-prompt"]


@pytest.mark.parametrize("tail", [
    # no comment word: a member's login line is another rule's business
    "<p>Subscribers <a href='/login'>log in</a> here.</p>",
    # comments named, but the link is no login link
    "<p>The <a href='/report'>council's report</a> drew comments from 300 residents.</p>",
    # a paragraph longer than a prompt
    "<p>Readers who want to add a comment about the night buses can <a href='/login'>log in</a> and write to the "
    "council's transport committee, which reads every message before its monthly meeting.</p>",
    # a box holding blocks (a comment form with its fields) is not one line
    "<div><p>Comment</p><p><a href='/login'>Log in</a></p></div>",
])
def test_other_lines_with_links_stay(tail):
    doc, text = _run(tail)
    assert not doc.removed and "night bus service" in text
