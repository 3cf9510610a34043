"""extract_byline (cleaners/extract_byline.py): a page naming its author only in a byline beside the article's first
lines, which the extraction drops, keeps the author in metadata.author; a byline away from the body's start (another
story's, in a list after the article), a phrase that is no name, or a page whose meta tags name the author do not."""
import pytest

from cleaners.extract_byline import closing_field, names_before_date

PARAS = {
    "en": ["The city council approved the budget for next year after a long debate on Tuesday evening, officials said.",
           "The opposition criticised cuts to youth centres and the public library, which will close on Sundays.",
           "The regional government must still approve the budget; a decision is expected in February next year."],
    "fr": ["Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat.",
           "L'opposition a critiqué les économies prévues pour les maisons de quartier et la bibliothèque.",
           "La préfecture doit encore valider le budget ; une décision est attendue pour le mois de février."],
}


def _page(code: str, byline: str, after: str = "", head: str = "", count: int = 3) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in PARAS[code][:count])
    return (f"<html lang='{code}'><head><title>Council passes budget</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>Council passes budget</h1>{byline}<div class='text'>{paras}</div></article>{after}"
            f"<footer>Contact | Privacy | Terms</footer></body></html>").encode()


def _author(pipeline, page: bytes):
    doc = pipeline.process(pipeline.document("page.html", page, "html"))
    return doc.metadata.get("author"), doc


@pytest.mark.parametrize("code,byline,author", [
    ("en", "<div class='meta'><span class='author'>By <a href='/staff/ann-lee'>Ann Lee</a></span></div>", "Ann Lee"),
    ("fr", "<p class='byline'>Par Claire Martin, publié le 2 décembre 2026 à 18h05, mis à jour à 19h12</p>",
     "Claire Martin"),
    ("en", "<div class='byline'>By Ann Lee Published Nov. 5, 2012 10:03 am</div>", "Ann Lee"),
])
def test_a_dropped_byline_at_the_articles_start_names_the_author(pipeline, code, byline, author):
    found, doc = _author(pipeline, _page(code, byline))
    assert found == author
    assert [b.text for b in doc.blocks] == PARAS[code]


def test_a_byline_of_another_story_after_the_article_is_not_the_author(pipeline):
    after = ("<div><h3>Ferry service to resume in spring</h3><p>By Tom Reed</p>"
             "<p>Repairs to the harbour ferry are due to end in March.</p></div>")
    found, _ = _author(pipeline, _page("en", "", after=after))
    assert found is None


def test_a_phrase_that_is_no_name_and_a_declared_author_stay(pipeline):
    found, _ = _author(pipeline, _page("en", "<div class='kicker'>By the numbers</div>"))
    assert found is None
    declared = "<meta name='author' content='Jo Park'>"
    found, _ = _author(pipeline, _page("en", "<span class='author'>By Ann Lee</span>", head=declared))
    assert found == "Jo Park"


def test_names_end_before_a_date_or_a_published_word():
    assert names_before_date("Andrew Beaujon Published Nov.", ("en",)) == "Andrew Beaujon"
    assert names_before_date("Stephen M. Walt Thursday", ("en",)) == "Stephen M. Walt"
    assert names_before_date("Ann Lee May 5", ("en",)) == "Ann Lee"
    assert names_before_date("Theresa May", ("en",)) == "Theresa May"      # a month's name is a name without a number
    assert names_before_date("Claire Martin", ("fr",)) == "Claire Martin"


def test_a_byline_closing_a_row_of_fields_names_the_author():
    row = "2 декабря 2026, 14:20 Просмотров: 1 204 Автор: Ирина Соколова"
    assert closing_field(row, ("ru", "en")) == "Ирина Соколова"
    assert closing_field("Posted on May 5, 2012 | Author: Ann Lee", ("en",)) == "Ann Lee"


def test_a_by_word_with_more_fields_after_its_names_or_no_names_is_no_closing_byline():
    assert closing_field("2 декабря 2026 Автор: Ирина Соколова Просмотров: 1 204", ("ru", "en")) is None
    assert closing_field("Read more by clicking here", ("en",)) is None
    assert closing_field("Copyright 2012 Ann Lee. Powered by TypePad", ("en",)) is None      # no label
