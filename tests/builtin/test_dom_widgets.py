"""Widgets without a telling class (cleaners/builtin/dom_widgets.py), through the dom_boilerplate cleaner."""
import pytest

from cleaners import lang
from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, rules, run

SUMMARY = "The new depot opens next spring with room for forty buses and a workshop for repairs"


def teasers(n: int, end: str = " [...]", summary: str = SUMMARY) -> str:
    return "".join(f"<li><img src='/t/{i}.jpg'><a href='/story/{i}'>Headline number {i} about the tram line</a> "
                   f"{summary} {i}{end}</li>" for i in range(n))


def test_popular_posts_under_a_div_heading_with_counts_go_to_related():
    items = "".join(f"<li><a href='/p/{i}'>Free icon set number {i} for bloggers</a> ({500 - i})</li>" for i in range(5))
    html = page(f"<article>{ARTICLE}</article><div class='box'><div class='box-title'>Popular Posts</div><ul>{items}</ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "icon set" not in text and "night bus" in text
    assert rules(doc) == ["headed-related"]
    assert [r["title"] for r in doc.metadata["related"]][:2] == ["Free icon set number 0 for bloggers",
                                                                 "Free icon set number 1 for bloggers"]


def test_related_heading_over_teasers_with_summaries_goes():
    """Headline links with a one-line summary each: the link share is under a half."""
    html = page(f"<article>{ARTICLE}</article><div class='red'><span>Related Posts</span><div><ul>{teasers(4, '')}"
                "</ul></div></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "depot" not in text and rules(doc) == ["headed-related"]
    assert len(doc.metadata["related"]) == 4


def test_two_teasers_with_bylines_under_a_latest_posts_heading_go_and_under_another_heading_stay():
    """Every item a teaser (headline link, byline, date, summary cut short): a story list under a related heading,
    however long its bylines and dates make it beside its links."""
    items = "".join(f"<li><a href='/p/{i}'>Headline number {i} about the tram line</a> <span>Ann Lee</span> "
                    f"<span>Sunday, December 1{i}, 2018</span><p>The depot opens next spring with forty buses and a "
                    f"workshop for repairs [...]</p></li>" for i in range(2))
    def under(heading, listed):
        return run(DomBoilerplate(), page(f"<article>{ARTICLE}</article><div><h3>{heading}</h3><ul>{listed}</ul></div>"))
    doc, text = under("Latest posts", items)
    assert "depot" not in text and rules(doc) == ["headed-related"] and len(doc.metadata["related"]) == 2
    doc, text = under("Two lines today", items)
    assert "depot" in text and not rules(doc)
    doc, text = under("Latest posts", items.replace(" [...]", "."))     # summaries not cut short: no teasers
    assert "depot" in text and not rules(doc)


def test_recent_comments_widget_goes_but_not_into_related():
    items = "".join(f"<li><strong>Reader {i}:</strong> <a href='/c/{i}'>Great post, thanks for this one</a></li>"
                    for i in range(4))
    html = page(f"<article>{ARTICLE}</article><div><h2>Recent Comments</h2><ul>{items}</ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "Great post" not in text and rules(doc) == ["headed-widget"]
    assert not doc.metadata.get("related")


@pytest.mark.parametrize("code", lang.available())
def test_every_language_names_its_widgets_and_popular_lists(code):
    data = lang.load(code)
    assert data["widgets"], code
    items = "".join(f"<li><a href='/a/{i}'>Link number {i} here</a></li>" for i in range(4))
    widget = data["widgets"][0].title()
    html = page(f"<article>{ARTICLE}</article><div><h3>{widget}</h3><ul>{items}</ul></div>")
    doc, text = _with_language(html, code)
    assert "Link number" not in text and rules(doc) == ["headed-widget"], (code, widget)
    popular = data["related"][-1].capitalize()     # the words added last: popular/recent/most commented lists
    doc, text = _with_language(html.replace(widget, popular), code)
    assert "Link number" not in text and rules(doc) == ["headed-related"], (code, popular)


def _with_language(html: str, code: str):
    from selectolax.lexbor import LexborHTMLParser

    from cleaners.document import Document
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html), metadata={"language": code})
    doc = DomBoilerplate().clean_html(doc)
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


def test_recent_posts_class_with_teasers_goes():
    html = page(f"<article>{ARTICLE}</article><div class='recent_posts'><h4>Catalogued lately</h4>"
                f"<ul>{teasers(3, '', 'The new depot opens next spring')}"
                "</ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "depot" not in text and rules(doc) == ["related-box"]


def test_teaser_list_without_heading_words_goes():
    html = page(f"<article>{ARTICLE}</article><div><div>Buying guide</div><ul>{teasers(4)}</ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "depot" not in text and "Buying guide" in text and rules(doc) == ["teaser-list"]
    assert len(doc.metadata["related"]) == 4


def test_teaser_list_ending_in_read_more_goes():
    more = "… <a href='/more'>Read more »</a>"
    html = page(f"<article>{ARTICLE}</article><ul>{teasers(3, more)}</ul>")
    doc, text = run(DomBoilerplate(), html)
    assert "depot" not in text and rules(doc) == ["teaser-list"]


# -- negatives: the article's own lists and sentences stay -----------------------------------
def test_list_of_source_links_inside_the_article_stays():
    sources = "".join(f"<li><a href='/r/{i}'>Council report on night buses part {i}</a>, published by the "
                      f"transport office in {2010 + i}.</li>" for i in range(4))
    html = page(f"<article>{ARTICLE}<p>Sources:</p><ul>{sources}</ul></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "transport office in 2013" in text and doc.removed == ()


def test_article_list_items_ending_in_ellipsis_without_links_stay():
    points = "".join(f"<li>Point {i} of the plan, which the council will vote on later…</li>" for i in range(4))
    html = page(f"<article>{ARTICLE}<ul>{points}</ul></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Point 3 of the plan" in text and doc.removed == ()


def test_related_word_in_a_sentence_of_a_short_article_stays():
    html = page("<article><p>Recent posts on the council blog said the night buses would return.</p>"
                "<p>Most popular of all was the route to the hospital, <a href='/r'>the report says</a>.</p></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Recent posts on the council blog" in text and "Most popular of all" in text and doc.removed == ()


def test_widget_heading_over_running_text_stays():
    long = "<p>" + "The archive of the city holds maps of every tram line ever planned here. " * 7 + "</p>"
    html = page(f"<article>{ARTICLE}</article><div><h3>Archives</h3>{long}<a href='/a'>one</a><a href='/b'>two</a>"
                "<a href='/c'>three</a></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "maps of every tram line" in text and doc.removed == ()


def test_headed_box_of_long_stories_stays():
    """Under a "Related" heading, items far longer than a teaser are stories of the page, not teasers."""
    body = "It was a long night for the drivers and the mechanics of the depot. " * 12
    items = "".join(f"<div><a href='/s/{i}'>Story number {i} of the night</a> {body}</div>" for i in range(3))
    html = page(f"<article>{ARTICLE}</article><div><div>Related</div>{items}</div>")
    doc, text = run(DomBoilerplate(), html)
    assert "mechanics of the depot" in text and doc.removed == ()


def test_teaser_list_of_headings_with_read_more_links_goes():
    items = "".join(f"<li><h3>Headline number {i} about the depot</h3><p>{SUMMARY} "
                    f"<a href='/s/{i}'>Read more...</a></p><p>2012-11-0{i + 1}</p></li>" for i in range(3))
    html = page(f"<article>{ARTICLE}</article><ul>{items}</ul>")
    doc, text = run(DomBoilerplate(), html)
    assert "depot" not in text and rules(doc) == ["teaser-list"]


def test_article_list_of_headed_points_without_read_more_stays():
    items = "".join(f"<li><h3>Step number {i} of the plan</h3><p>{SUMMARY}, <a href='/s/{i}'>the report</a> "
                    "says.</p></li>" for i in range(3))
    html = page(f"<article>{ARTICLE}<ul>{items}</ul></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Step number 2 of the plan" in text and doc.removed == ()


def test_heading_opening_with_related_words_over_links_goes():
    links = "".join(f"<li><a href='/n/{i}'>Story number {i} of the week</a></li>" for i in range(4))
    html = page(f"<article>{ARTICLE}</article><div><div>More from the Daily Planet</div><ul>{links}</ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "Story number" not in text and rules(doc) == ["headed-related"]


def test_heading_opening_with_related_words_over_text_stays():
    """A subheading that opens with a related word ("More from the mayor") over a paragraph with a link."""
    html = page(f"<article>{ARTICLE}</article><div><h3>More from the mayor</h3><p>She said the buses would "
                "run all night from March, <a href='/r'>in a statement</a> to the <a href='/c'>city council</a> "
                "and <a href='/p'>the press</a>.</p></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "run all night" in text and doc.removed == ()


def test_heading_after_another_goes_with_the_list_after_it():
    """<h3>Section</h3><h4>Most popular</h4><ol>…</ol>: the heading is not its box's first element."""
    items = "".join(f"<li>{i + 1} <h5><a href='/t/{i}'>Rumour number {i} about the coach</a></h5> Views {900 + i}</li>"
                    for i in range(5))
    html = page(f"<article>{ARTICLE}</article><div><h3><a href='/'>Sports gossip</a></h3><h4>MOST POPULAR</h4>"
                f"<ol>{items}</ol></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "Rumour number" not in text and "MOST POPULAR" not in text and "Sports gossip" in text
    assert rules(doc) == ["headed-related", "headed-related"]


def test_related_word_subheading_in_the_article_over_its_own_list_stays():
    points = "".join(f"<li>Point {i}: the buses will run every twenty minutes on the northern routes.</li>"
                     for i in range(4))
    html = page(f"<article>{ARTICLE}<h3>Featured stories</h3><ul>{points}</ul><p>The plan is final.</p></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Point 3" in text and "Featured stories" in text and doc.removed == ()


def test_a_related_heading_with_one_headline_link_goes():
    from selectolax.lexbor import LexborHTMLParser
    from cleaners.document import Document
    html = page(f"<article>{ARTICLE}<p><strong>Lesen Sie auch:</strong> <a href='/n/1'>Bahnstreik nach Gesprächen "
                f"beendet</a></p></article>")
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html), metadata={"language": "de"})
    doc = DomBoilerplate().clean_html(doc)
    text = " ".join(doc.dom.body.text(separator=" ").split())
    assert "Bahnstreik" not in text and "night bus" in text and rules(doc) == ["headed-related"]


def test_a_related_heading_before_running_text_with_a_link_stays():
    html = page(f"<article>{ARTICLE}<p><strong>Read more:</strong> the council's own figures, <a href='/f'>published "
                f"on its website</a>, show a deficit of two million.</p></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "deficit of two million" in text and rules(doc) == []


RUNS = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
        "petitions from shift workers who had no way home.<br><br>")


def test_a_related_heading_inline_among_prose_runs_goes_with_its_links():
    html = page(f"<div class='text'>{RUNS * 2}<strong>Read also:</strong> <a href='/n/1'>Floods cut off mountain "
                f"villages</a><br><br>{RUNS}</div>")
    doc, text = run(DomBoilerplate(), html)
    assert "Floods" not in text and "Read also" not in text and text.count("night bus") == 3
    assert rules(doc) == ["headed-related", "headed-related"]


def test_a_related_heading_inline_before_running_text_stays():
    html = page(f"<div class='text'>{RUNS * 2}<strong>Read also:</strong> what the mayor said about "
                f"<a href='/n/1'>the new depot plans</a> last week.<br><br>{RUNS}</div>")
    doc, text = run(DomBoilerplate(), html)
    assert "the new depot plans" in text and rules(doc) == []


@pytest.mark.parametrize("code, label", [("de", "Auch interessant:"), ("fr", "Lire aussi :"), ("it", "Leggi anche:"),
                                         ("es", "Lee también:"), ("nl", "Lees ook:"), ("pl", "Czytaj także:"),
                                         ("nl", "Meer hierover:"), ("ru", "Вам может быть интересно:")])
def test_a_paragraph_of_a_related_label_and_one_headline_link_goes(code, label):
    """The label is the paragraph's own text, no element around it."""
    html = page(f"<article>{ARTICLE}<p class='text'>{label} <a href='/n/1'>Kliniken stellen neue Pflegekräfte ein"
                f"</a></p>{ARTICLE}</article>")
    doc, text = run(DomBoilerplate(), html, language=code)
    assert "Kliniken" not in text and label not in text and text.count("night bus") == 2
    assert rules(doc) == ["headed-related"] and doc.metadata["related"][0]["url"] == "/n/1"


@pytest.mark.parametrize("inner", [
    "Lesen Sie auch das Kleingedruckte: <a href='/v'>der Vertrag der Stadtwerke</a>",   # not a heading alone
    "Auch interessant: <a href='/n/1'>Kliniken stellen neue Pflegekräfte ein</a>, sagte die Sprecherin.",
    "Auch interessant: <a href='/n/1'>Kliniken stellen neue</a> und <a href='/n/2'>Pflegekräfte ein heute</a>"])
def test_a_paragraph_with_related_words_and_more_than_one_link_stays(inner):
    html = page(f"<article>{ARTICLE}<p>{inner}</p>{ARTICLE}</article>")
    doc, text = run(DomBoilerplate(), html, language="de")
    assert "Kliniken" in text or "Vertrag" in text
    assert rules(doc) == []


def test_a_box_around_an_email_field_is_a_signup_whatever_its_words():
    box = ("<div><h3>Der Morgen</h3><p>Alles, was Sie heute wissen müssen, um sechs Uhr.</p><form action='/nl'>"
           "<input type='email' placeholder='Ihre Adresse'><button>Bestellen</button></form></div>")
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{box}<p>More text after the box.</p></article>"))
    assert "Der Morgen" not in text and "Bestellen" not in text and "night bus" in text and "More text" in text
    assert rules(doc) == ["email-signup"]


def test_comment_and_login_forms_and_a_long_box_with_an_email_field_stay():
    comment = ("<div><h3>Leave a reply</h3><form><input type='email' name='email'><textarea name='comment'></textarea>"
               "<button>Post</button></form></div>")
    login = "<div><h3>Sign in</h3><form><input type='email'><input type='password'><button>Go</button></form></div>"
    long_box = ("<div><p>" + "The council will send the full minutes of every meeting to residents who ask. " * 9
                + "</p><form><input type='email'></form></div>")
    for box in (comment, login, long_box):
        doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article>{box}"))
        assert "email-signup" not in rules(doc), box


def test_a_forum_s_similar_questions_list_goes_but_a_prose_section_so_headed_stays():
    items = "".join(f"<li><a href='/f/{i}'>Warum tropft die Dusche Nummer {i}?</a> ({i + 3} Antworten)</li>"
                    for i in range(4))
    html = page(f"<article>{ARTICLE}</article><div class='similar'><h3>Ähnliche Fragen</h3><ul>{items}</ul></div>")
    doc, text = _with_language(html, "de")
    assert "tropft" not in text and rules(doc) == ["headed-related"]
    prose = ("<p>Ähnliche Fragen stellten sich die Nachbarn schon im vergangenen Winter, als die Leitung zum "
             "ersten Mal einfror und der Hausmeister drei Tage lang nicht erreichbar war.</p>")
    html = page(f"<article>{ARTICLE}<h3>Ähnliche Fragen</h3>{prose}</article>")
    doc, text = _with_language(html, "de")
    assert "Hausmeister" in text and not rules(doc)
