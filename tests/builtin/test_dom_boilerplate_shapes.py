"""dom_boilerplate by shape rather than class name: a classless box headed by a newsletter or related
call, an article of <br> runs protected from the boxes beside it, a tag link inside a sentence.
"""
import pytest

from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, rules, run


def _in(lang_code: str, body: str) -> tuple:
    from selectolax.lexbor import LexborHTMLParser

    from cleaners.document import Document
    html = page(body)
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)).with_metadata(language=lang_code)
    doc = DomBoilerplate().clean_html(doc)
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


def test_classless_box_headed_by_a_newsletter_call_is_removed():
    doc, text = _in("nl", f"<div>{ARTICLE}<div class='box'><h4>Meld je aan voor onze nieuwsbrief</h4>"
                          "<p>Elke ochtend het nieuws in je mailbox.</p><a href='/nl'>Aanmelden</a></div></div>")
    assert "Aanmelden" not in text and "nieuwsbrief" not in text and "night bus" in text
    assert rules(doc) == ["headed-newsletter"]


def test_a_section_about_a_newsletter_without_form_or_short_link_is_kept():
    section = ("<div><h3>Newsletter</h3><p>The library's newsletter went out to two thousand readers on Friday and "
               "announced that the reading room closes in May, after thirty years in the old post office.</p></div>")
    doc, text = _in("pl", f"<div>{ARTICLE}{section}</div>")
    assert "reading room" in text and doc.removed == ()


def test_classless_box_headed_by_related_words_goes_to_related():
    box = ("<div><div>Читайте также</div><a href='/s/1'>Наводнение отрезало горные деревни</a>"
           "<a href='/s/2'>Совет утвердил новый бюджет города</a></div>")
    doc, text = _in("ru", f"<div>{ARTICLE}{box}</div>")
    assert "Читайте" not in text and rules(doc) == ["headed-related"]
    assert [r["title"] for r in doc.metadata["related"]] == ["Наводнение отрезало горные деревни",
                                                              "Совет утвердил новый бюджет города"]


def test_a_related_heading_over_running_text_is_kept():
    section = ("<div><h2>Read more</h2><p>The report runs to 300 pages and <a href='/r'>is online</a>; the council "
               "will discuss its findings at the <a href='/m'>next meeting</a> in the town hall.</p></div>")
    doc, text = _in("en", f"<div>{ARTICLE}{section}</div>")
    assert "findings" in text and doc.removed == ()


RUNS = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
        "petitions from shift workers who had no way home.<br><br>") * 3


def test_an_article_of_br_runs_is_protected_and_an_author_box_beside_it_goes():
    bio = "<p>" + "Ann Lee is a senior reporter covering transport and city hall for the paper. " * 2 + "</p>"
    html = page(f"<div id='content'><h2>Night buses</h2><div class='text'>{RUNS}<div class='author-bio'>{bio}</div>"
                "</div></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "senior reporter" not in text and "night bus" in text and rules(doc) == ["author-box"]


def test_one_long_text_line_with_a_br_is_no_article_to_protect():
    from cleaners.builtin._dom_runs import prose_runs
    from selectolax.lexbor import LexborHTMLParser
    one = LexborHTMLParser(page(f"<article>{ARTICLE}</article><div class='foot'>{'x ' * 60}<br>© 2012</div>"))
    assert prose_runs(one) == (None, 0)
    two = LexborHTMLParser(page(f"<div class='text'>{RUNS}</div>"))
    assert prose_runs(two)[0].attributes["class"] == "text"


@pytest.mark.parametrize("paragraph, sentence", [
    ("<p>Prosecutors said the two aides were charged with poisoning <a href='/tag/ann-lee' class='st_tag internal_tag'"
     " rel='tag'>Ann Lee</a>, a family friend, at a dinner in <span class='tags'>Hefei</span> last year, and that the "
     "trial would open in the spring.</p>",
     "poisoning Ann Lee , a family friend, at a dinner in Hefei last year"),
    # a word processor's paste wraps each paragraph's sentence in a <span>: the run is read at the span's level too
    ("<p class='p1'><span class='s1'>The <a href='/t/ann-lee/' id='auto-tag_ann-lee'>Ann Lee</a> band will tour with "
     "its former singer <a href='/t/bo-park/' id='auto-tag_bo-park'>Bo Park</a> next year.</span></p>",
     "The Ann Lee band will tour with its former singer Bo Park next year."),
])
def test_a_tag_link_inside_a_sentence_stays_in_place(paragraph, sentence):
    doc, text = run(DomBoilerplate(), page(f"<article>{paragraph}{ARTICLE}</article>"))
    assert sentence in text
    assert "tag-list" not in rules(doc)


@pytest.mark.parametrize("line", [
    "<p>Tags: <a href='/t/1' class='tag'>Buses</a>, <a href='/t/2' class='tag'>Council</a></p>",
    "<p><span>Tags: <a href='/t/1' id='auto-tag_buses'>Buses</a>, <a href='/t/2' id='auto-tag_council'>Council</a>"
    "</span></p>",
])
def test_a_tag_link_in_a_line_of_links_still_goes(line):
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{line}</article>"))
    assert "Buses" not in text and rules(doc) == ["tag-list", "tag-list"]
