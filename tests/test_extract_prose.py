"""Rule ``prose-class-kept`` (cleaners/extract_prose.py): a paragraph of the article, or a word set in one of its
sentences, whose class trafilatura deletes for a boilerplate token, is kept; furniture so named still goes."""
import pytest
import trafilatura

from cleaners.pipeline import Pipeline

PARAS = {
    "en": ["The council voted on Tuesday to extend the night bus service to the northern districts of the city.",
           "The extension will cost about two million a year and starts in March, the council said after the vote.",
           "Shift workers had petitioned for a year, saying they had no way home after their late shifts ended.",
           "Critics argue that the money would be better spent on trams, which carry more passengers an hour."],
    "fr": ["Le conseil a voté mardi le prolongement du bus de nuit vers les quartiers nord de la ville.",
           "Le prolongement coûtera environ deux millions par an et commencera en mars, selon la mairie.",
           "Les travailleurs de nuit avaient signé une pétition pendant un an, faute de moyen de rentrer chez eux.",
           "Les opposants estiment que cet argent serait mieux utilisé pour le tramway, qui transporte davantage."],
}


def _page(lang: str, trap: str) -> str:
    p = PARAS[lang]
    return (f"<html lang='{lang}'><head><title>Night bus</title></head><body><article><h1>Night bus</h1>"
            f"<div class='article-body'><p>{p[0]}</p><p>{p[1]}</p>{trap}<p>{p[2]}</p></div></article></body></html>")


def _body(html: str) -> str:
    pipeline = Pipeline()
    return " ".join(pipeline.process(pipeline.document("page.html", html.encode(), "html")).body.split())


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("trap", ["<div class='widget-text'><p>{}</p></div>", "<div class='meta-note'><p>{}</p></div>",
                                  "<div class='social-embed'><blockquote><p>{}</p></blockquote></div>"])
def test_a_paragraph_named_with_a_discard_token_stays(lang, trap):
    sentence = PARAS[lang][3]
    html = _page(lang, trap.format(sentence))
    assert sentence not in (trafilatura.extract(html) or "")        # the trap: trafilatura's class discard
    assert sentence in _body(html)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_word_set_in_a_sentence_in_such_a_span_stays(lang):
    first, rest = PARAS[lang][3].split(" ", 1)
    html = _page(lang, f"<p><span class='tags'>{first}</span> {rest}</p>")
    assert PARAS[lang][3] in _body(html)


def test_furniture_so_named_and_the_byline_still_go():
    html = _page("en", "<div class='post-meta'><p>Posted in News | 3 comments</p></div>"
                       "<p><span class='meta-byline'>By Ann Lee</span> "
                       "<span class='meta-date'>March 3, 2024</span></p>")
    body = _body(html)
    assert "Posted in" not in body and "Ann Lee" not in body and PARAS["en"][2] in body


@pytest.mark.parametrize("notice", [
    "<div class='modal-content'><p>We use cookies to give you the best experience on our website and to show you "
    "relevant offers.</p></div>",
    "<div class='message-container'><p>You are reading a preview of this story, log in with your account to read the "
    "rest of it.</p></div>"])
def test_a_notice_so_named_stays_discarded(notice):
    assert "cookies" not in _body(_page("en", notice)) and "preview" not in _body(_page("en", notice))
