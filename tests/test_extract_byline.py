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
    "de": ["Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
           "Die Opposition kritisierte die Kürzungen bei den Jugendzentren und der öffentlichen Bibliothek.",
           "Die Landesregierung muss den Haushalt noch genehmigen; eine Entscheidung wird im Februar erwartet."],
    "ko": ["시의회는 화요일 저녁 긴 논쟁 끝에 내년 예산안을 통과시켰다고 관계자들이 밝혔다.",
           "야당은 청소년 센터와 공공 도서관 예산 삭감을 비판했다.",
           "도 정부는 아직 예산을 승인해야 하며, 결정은 2월에 나올 것으로 예상된다."],
    "hi": ["नगर परिषद ने मंगलवार शाम लंबी बहस के बाद अगले साल का बजट पारित कर दिया, अधिकारियों ने बताया।",
           "विपक्ष ने युवा केंद्रों और सार्वजनिक पुस्तकालय के खर्च में कटौती की आलोचना की।",
           "राज्य सरकार को अभी बजट को मंजूरी देनी है; फरवरी में फैसला आने की उम्मीद है।"],
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
    assert names_before_date("Ann Lee Thursday, November 8", ("en",)) == "Ann Lee"
    assert names_before_date("Ann Lee Sun 8 Aug", ("en",)) == "Ann Lee"
    assert names_before_date("Omaha Sun", ("en",)) == "Omaha Sun"
    assert names_before_date("by Omaha Sun on Aug 8, 2012", ("en",)) == "by Omaha Sun"     # a weekday's word in a name


def test_a_byline_closing_a_row_of_fields_names_the_author():
    row = "2 декабря 2026, 14:20 Просмотров: 1 204 Автор: Ирина Соколова"
    assert closing_field(row, ("ru", "en")) == "Ирина Соколова"
    assert closing_field("Posted on May 5, 2012 | Author: Ann Lee", ("en",)) == "Ann Lee"


def test_a_by_word_with_more_fields_after_its_names_or_no_names_is_no_closing_byline():
    assert closing_field("2 декабря 2026 Автор: Ирина Соколова Просмотров: 1 204", ("ru", "en")) is None
    assert closing_field("Read more by clicking here", ("en",)) is None
    assert closing_field("Copyright 2012 Ann Lee. Powered by TypePad", ("en",)) is None      # no label


def test_a_dropped_byline_row_dates_a_page_that_declares_no_date(pipeline):
    """A row of fields under the title, dropped by the extraction, holds the only date of the page: htmldate's
    patterns do not read it ("14 मई 2024"), the document's languages do."""
    byline = "<div class='meta'>रिपोर्ट: अनीता शर्मा | अपडेटेड: 14 मई 2024, 09:15 AM IST</div>"
    _, doc = _author(pipeline, _page("hi", byline))
    assert (doc.metadata.get("date") or "").startswith("2024-05-14")


def test_a_date_in_the_body_or_a_declared_date_is_not_replaced(pipeline):
    """A date the body holds is the article's own (the dateline cleaner reads it there); a declared date stands."""
    paras = PARAS["en"][:2] + ["The vote of 3 March 2021 was the last before the reform, officials added."]
    page = _page("en", "<div class='meta'>Posted in <a href='/news'>News</a></div>").replace(
        PARAS["en"][2].encode(), paras[2].encode())
    _, doc = _author(pipeline, page)
    assert not (doc.metadata.get("date") or "").startswith("2021-03-03")
    declared = "<meta property='article:published_time' content='2026-11-30T08:00:00Z'>"
    _, doc = _author(pipeline, _page("fr", "<div class='meta'>Mis à jour le 2 décembre 2026</div>", head=declared))
    assert doc.metadata["date"].startswith("2026-11-30")


@pytest.mark.parametrize("code,byline,author", [
    ("de", "<div class='meta'>Von Anna Schmidt <span>Aktualisiert am 14. Mai 2024, 09:15 Uhr</span></div>",
     "Anna Schmidt"),
    ("ko", "<div class='meta'>김지현 기자 <span>입력 2024.05.14 09:15</span> <span>수정 2024.05.14 10:02</span></div>",
     "김지현"),
])
def test_a_byline_opening_a_row_of_fields_names_the_author(pipeline, code, byline, author):
    found, _ = _author(pipeline, _page(code, byline))
    assert found == author


def test_a_row_of_fields_without_a_byline_names_no_author(pipeline):
    found, _ = _author(pipeline, _page("de", "<div class='meta'>Mehr zum Thema Aktualisiert am 14. Mai 2024</div>"))
    assert found is None
