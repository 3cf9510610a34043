"""page_authors (cleaners/page_authors.py, page_author_names.py): a page whose JSON-LD, meta tags and bylines name no
author gets one from its markup (microdata, rel=author, a link to an author's page, an author/byline/writer element's
text or image, an article:author profile URL); never a commenter's name, a label ("View Profile", "Redaktion",
"編集部"), the bylines of a related list or of a list of several authors, or a non-name ("Posted by admin")."""
import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.document import Document
from cleaners.page_author_names import clean_name, is_name
from cleaners.page_authors import PENDING, author_from_markup, markup_author, profile_name, settled

TEXT = {"en": "The city council approved the budget for next year after a long debate on Tuesday evening.",
        "de": "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
        "fr": "Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat.",
        "ru": "Городской совет во вторник вечером после долгих споров утвердил бюджет на следующий год.",
        "ja": "市議会は火曜日の夜、長い議論の末に来年度の予算案を可決した。",
        "ar": "وافق المجلس البلدي مساء الثلاثاء على ميزانية العام المقبل بعد نقاش طويل."}


def _page(code: str, before: str = "", after: str = "", head: str = "", outside: str = "") -> str:
    return (f"<html lang='{code}'><head><title>Budget</title>{head}</head><body><div id='page'>{outside}"
            f"<article><h1>Council passes budget</h1>{before}<p>{TEXT[code]}</p><p>{TEXT[code]}</p>{after}</article>"
            f"</div></body></html>")


def _author(code: str, **parts) -> str | None:
    html = _page(code, **parts)
    doc = Document(source="page.html", kind="html", raw=html.encode(), html=html).with_metadata(language=code)
    return markup_author(doc, LexborHTMLParser(html))


@pytest.mark.parametrize("code,before,author", [
    ("de", "<div class='meta'><span itemprop='author' itemscope><a href='/x'><span itemprop='name'>Anna Schmidt"
           "</span></a></span></div>", "Anna Schmidt"),                                       # microdata
    ("en", "<p class='meta'>Filed <a rel='author' href='/u/7'>Ann Lee</a></p>", "Ann Lee"),   # rel=author
    ("fr", "<p class='signature'><a href='/auteur/claire-martin'>Claire Martin</a></p>", "Claire Martin"),  # path
    ("ru", "<div class='author'><img src='a.jpg' alt='Ирина Соколова'></div>", "Ирина Соколова"),    # image alt
    ("ja", "<span class='writer'>山田太郎</span>", "山田太郎"),                                       # class word
    ("ar", "<span class='author-name'>أحمد خالد</span>", "أحمد خالد"),
    ("en", "<span class='byline'>Posted by Ann Lee on October 8, 2012 at 5:30 pm</span>", "Ann Lee"),
    ("en", "<span class='post-author'>Ann Lee and Tom Berg</span>", "Ann Lee and Tom Berg"),
])
def test_the_markup_names_the_author(code, before, author):
    assert _author(code, before=before) == author


@pytest.mark.parametrize("code,before", [
    ("de", "<span itemprop='author' itemscope><span itemprop='name'>Redaktion</span></span>"),
    ("en", "<p><a rel='author' href='/people/neetzanz/'><span>View Profile</span></a></p>"),
    ("ru", "<div class='author'>Автор</div>"),
    ("ja", "<span class='writer'>編集部</span>"),
    ("ar", "<span class='author'>الكاتب</span>"),
    ("en", "<span class='byline'>Posted by admin</span>"),
    ("en", "<span class='byline'>Posted by Admin</span>"),
    ("en", "<span class='author'>Sebastian Blanco RSS feed</span>"),
    ("fr", "<p>Comme l'a expliqué hier soir <a href='/auteur/claire-martin'>Claire Martin</a> dans son livre sur la "
           "ville et ses quartiers, le budget ne suffira pas.</p>"),      # a link to an author's page in a sentence
])
def test_a_label_a_non_name_or_a_name_in_a_sentence_is_no_author(code, before):
    assert _author(code, before=before) is None


def test_a_commenters_name_a_related_lists_bylines_and_a_list_of_authors_are_not_the_author():
    comments = ("<div id='comments'><div class='comment'><span class='fn'>Tom Reed</span> says: Great piece.</div>"
                "<div class='entry'><span class='author'>Eva Berg</span> said so too</div></div>")
    assert _author("en", after=comments) is None
    related = ("<div class='related-stories'><ul><li><a href='/a'>Ferry to resume</a> <span class='byline'>By Tom Reed"
               "</span></li><li><a href='/b'>Library hours</a></li></ul></div>")
    assert _author("en", after=related) is None
    listed = ("<ul><li><span class='author'>Tom Reed</span> Ferry to resume</li>"
              "<li><span class='author'>Eva Berg</span> Library hours</li></ul>")
    assert _author("en", after=listed) is None
    assert _author("en", outside="<aside><span class='author'>Tom Reed</span></aside>") is None


def test_the_name_nearest_after_the_headline_is_taken_and_a_known_author_stays():
    before_title = "<div class='masthead'><span class='author'>Tom Reed</span></div>"
    assert _author("en", outside=before_title, before="<span class='author'>Ann Lee</span>") == "Ann Lee"
    assert _author("en", outside=before_title) == "Tom Reed"
    html = _page("en", before="<span class='author'>Ann Lee</span>")
    doc = Document(source="p", kind="html", raw=b"", html=html).with_metadata(author="Jo Park")
    assert markup_author(doc, LexborHTMLParser(html)) is None


def test_the_markups_author_waits_for_the_text_cleaners_bylines():
    html = _page("en", before="<span class='author'>Ann Lee</span>")
    doc = author_from_markup(Document(source="p", kind="html", raw=b"", html=html), LexborHTMLParser(html))
    assert doc.metadata[PENDING] == "Ann Lee" and not doc.metadata.get("author")
    assert settled(doc).metadata["author"] == "Ann Lee" and PENDING not in settled(doc).metadata
    read = settled(doc.with_metadata(author="Tom Reed"))        # a byline the text cleaners read in the body
    assert read.metadata["author"] == "Tom Reed" and PENDING not in read.metadata


def test_an_article_author_profile_url_names_the_author():
    head = "<meta property='article:author' content='https://www.example.org/profile/oliver-thring'>"
    assert _author("en", head=head) == "Oliver Thring"
    assert profile_name("https://example.org/autor/anna-maria-schmidt/") == "Anna Maria Schmidt"
    for url in ("https://www.facebook.com/oliver.thring", "https://example.org/people/neetzanz/",
                "https://example.org/profile/user-12345"):
        assert profile_name(url) is None
    facebook = "<meta property='article:author' content='https://www.facebook.com/oliver.thring'>"
    assert _author("en", head=facebook) is None


@pytest.mark.parametrize("text,name", [
    ("By Ann Lee | March 3, 2012", "Ann Lee"), ("Jeff Clark says", "Jeff Clark"), ("Ian LYNAM October 8", "Ian LYNAM"),
    ("by Omaha Sun on Aug 8, 2012 9:00 AM", "Omaha Sun"), ("Von Anna Schmidt", "Anna Schmidt"),
    ("Par Claire Martin, publié le 2 décembre", "Claire Martin"), ("Автор: Ирина Соколова", "Ирина Соколова"),
    ("View Profile", None), ("Name", None), ("Authors", None), ("About Us", None), ("NFL.com Staff", None),
    ("Get Instant Leads And Recognition - Advertise On Our Site", None), ("DESIGN", None), ("Permalink", None),
    ("White on Rice Couple", None), ("Profil ansehen", None), ("Voir le profil", None), ("Посмотреть профиль", None),
])
def test_clean_name_reads_names_and_refuses_labels(text, name):
    code = "de" if text.startswith(("Von", "Profil")) else "fr" if text.startswith(("Par", "Voir")) else \
        "ru" if text[:1] in "АП" else "en"
    assert clean_name(text, (code, "en")) == name


def test_a_name_is_words_of_letters_in_any_script():
    assert is_name("Ann Lee", ("en",)) and is_name("Ирина Соколова", ("ru", "en")) and is_name("山田太郎", ("ja", "en"))
    assert not is_name("Ann Lee 2012", ("en",)) and not is_name("ann@example.org", ("en",))
    assert not is_name("One Two Three Four Five Six", ("en",))


def test_the_pipeline_reads_a_post_footers_author_and_leaves_the_body(pipeline):
    """(and a byline the text cleaners read under the headline names the author before the markup does)"""
    footer = ("<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>"
              "<a rel='author' href='/u/3'>Karl Fisch</a></span></span></div>")
    page = _page("en", after=footer).encode()
    doc = pipeline.process(pipeline.document("page.html", page, "html"))
    assert doc.metadata.get("author") == "Karl Fisch"
    assert [b.text for b in doc.blocks].count(TEXT["en"]) == 2 and not any("Karl Fisch" in b.text for b in doc.blocks)
    assert PENDING not in doc.metadata and PENDING not in doc.record()["metadata"]
    page = _page("en", before="<p>By Tom Reed</p>", after=footer).encode()
    doc = pipeline.process(pipeline.document("page.html", page, "html"))
    assert doc.metadata.get("author") == "Tom Reed"
