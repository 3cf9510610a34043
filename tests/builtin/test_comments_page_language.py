"""The comment stage reads the words of the page's languages (`lang.page_language`: declared, else detected
from the page's paragraphs) and English; every installed language's only when the language cannot be told."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners import lang
from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import speaking, vocabulary
from cleaners.document import Document

from ._html import ARTICLE, page, run

EN_TEXTS = ["The night buses were overdue, glad they finally came.", "Who pays for the extra drivers though?"]
DE_TEXTS = ["Die Nachtbusse waren längst überfällig.", "Wer bezahlt eigentlich die zusätzlichen Fahrer?"]
DE_ARTICLE = ("<p>Der Stadtrat hat am Dienstag beschlossen, die Nachtbusse bis in die nördlichen Stadtteile fahren "
              "zu lassen, nachdem Schichtarbeiter ein Jahr lang Unterschriften gesammelt hatten.</p>"
              "<p>Die Verlängerung kostet rund zwei Millionen im Jahr und beginnt im März, teilte die Stadt nach der "
              "Abstimmung mit.</p>")


def thread(heads: list[str], texts: list[str], reply: str, heading: str, article: str = ARTICLE) -> str:
    items = "".join(f"<li class='entry'><p class='meta'>{h}</p><p>{t}</p><a href='#r'>{reply}</a></li>"
                    for h, t in zip(heads, texts))
    return f"<div class='story'>{article}</div><h3>{heading}</h3><ol class='discussion'>{items}</ol>"


def comments(body: str, language: str | None = None, head: str = "") -> list[tuple]:
    doc, _ = run(HtmlComments(), page(body, head), language=language)
    return [(c.author, c.text) for c in doc.comments]


# -- an English page: no word of another language's file ------------------------------------------------
# a name ending in a weekday abbreviation of another installed language: French "sam.", Danish "man."
NAMES = ["Uncle Sam", "Best Man"]


@pytest.mark.parametrize("name", NAMES)
def test_an_english_page_keeps_a_name_ending_in_another_languages_weekday_abbreviation(name):
    heads = [f"{name} 12 May 2012 at 9:59", "Ruth Miller 13 May 2012 at 10:02"]
    body = thread(heads, EN_TEXTS, "Reply", "Comments")
    expected = [(name, EN_TEXTS[0]), ("Ruth Miller", EN_TEXTS[1])]
    assert comments(body, language="en") == expected
    assert comments(body) == expected                 # undeclared: detected from its paragraphs


@pytest.mark.parametrize("name", NAMES)
def test_the_weekday_abbreviation_is_a_date_in_the_words_of_every_language(name):
    # (what the scoping takes away: the same head read in every installed language loses the name's end)
    head = f"{name} 12 May 2012 at 9:59"
    with speaking(None):
        assert vocabulary().name_in(head) == name.split()[0]
    with speaking(("en",)):
        assert vocabulary().name_in(head) == name


# -- a German page: its own words -----------------------------------------------------------------------
GERMAN = (["Anna Berg schrieb:", "Jonas Weber schrieb:"], DE_TEXTS, "Antworten", "Kommentare")


def test_a_german_page_reads_german_comment_heads_and_controls():
    expected = [("Anna Berg", DE_TEXTS[0]), ("Jonas Weber", DE_TEXTS[1])]
    assert comments(thread(*GERMAN, article=DE_ARTICLE), language="de") == expected
    assert comments(thread(*GERMAN, article=DE_ARTICLE)) == expected      # undeclared: detected German


def test_a_page_declared_english_does_not_read_german_heads():
    # (two different said-words: a said-word shared by every head is the template's in any language,
    # rule shared-said, and no German word is read then)
    mixed = (["Anna Berg schrieb:", "Jonas Weber sagt:"], *GERMAN[1:])
    assert comments(thread(*mixed, article=DE_ARTICLE), language="de")[0] == ("Anna Berg", DE_TEXTS[0])
    found = comments(thread(*mixed, article=DE_ARTICLE), language="en")
    assert ("Anna Berg", DE_TEXTS[0]) not in found and all(a != "Anna Berg" for a, _ in found)


def test_a_page_written_in_divs_is_told_by_its_prose_runs():
    # no declaration and no paragraph (all text in <div>s): its runs of eight words or more tell it
    body = thread(*GERMAN, article=DE_ARTICLE).replace("<p", "<div").replace("</p>", "</div>")
    assert lang.page_language(_doc(page(body))) == "de"
    assert comments(body) == [("Anna Berg", DE_TEXTS[0]), ("Jonas Weber", DE_TEXTS[1])]
    brs = DE_ARTICLE.replace("<p>", "").replace("</p>", "<br><br>")
    assert lang.page_language(_doc(page(f"<div class='post'>{brs}</div>"))) == "de"


def test_a_page_whose_language_cannot_be_told_reads_every_installed_language():
    # no declaration, no paragraph, no run of prose and too few words outside code and scripts: every language
    menu = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Politik", "Kultur"))
    code = "<pre>Der Stadtrat hat am Dienstag beschlossen, die Nachtbusse fahren zu lassen</pre>"
    script = "<script>var t = 'Der Stadtrat hat am Dienstag beschlossen, die Nachtbusse fahren zu lassen';</script>"
    assert lang.page_language(_doc(page(f"<ul>{menu}</ul>{code}{script}"))) is None
    # no paragraph and no run of eight words: its short runs, labels and comments tell it (`language.page_text`)
    short = thread(*GERMAN, article="<div>Nachtbusse fahren ab März bis Nord</div>").replace("<p", "<div")
    short = short.replace("</p>", "</div>")
    assert lang.page_language(_doc(page(short))) == "de"
    assert comments(short) == [("Anna Berg", DE_TEXTS[0]), ("Jonas Weber", DE_TEXTS[1])]


# -- the page's language ----------------------------------------------------------------------------------
def _doc(html: str, language: str | None = None) -> Document:
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return doc.with_metadata(language=language) if language else doc


def test_page_language_is_the_declared_one_first():
    assert lang.page_language(_doc(page(DE_ARTICLE), language="fr")) == "fr"
    assert lang.page_language(_doc(f"<html lang='de-AT'><body>{ARTICLE}</body></html>")) == "de"


def test_page_language_is_detected_from_the_paragraphs_else_unknown():
    assert lang.page_language(_doc(page(DE_ARTICLE))) == "de"
    assert lang.page_language(_doc(page(ARTICLE))) == "en"
    assert lang.page_language(_doc(page("<p>Ja.</p><div>Nein.</div>"))) is None
    # the paragraphs tell none (one word; a script set inside one): the page's text outside scripts tells it
    assert lang.page_language(_doc(page("<p>Ja.</p><div>Der Stadtrat hat am Dienstag beschlossen</div>"))) == "de"
    script = ("<p><script>var _q = _q || []; _q.push(['_setAccount', 'UA-1-1']); _q.push(['_trackPageview']);"
              "</script></p>")
    runs = "".join(f"<div>{' '.join(DE_ARTICLE.split()[i:i + 5])}</div>" for i in range(1, 30, 5))
    assert lang.page_language(_doc(page(script * 4 + runs.replace("<p>", "").replace("</p>", "")))) == "de"
