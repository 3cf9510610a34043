"""dom_boilerplate: boxes named by English class and id words (consent, share, newsletter, related, ad,
tags, paywall, author, breadcrumb, disclaimer), against article text under the same words.
"""
import pytest

from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, rules, run


LONG = "<p>" + "This is a long paragraph of running text that belongs to the article itself. " * 7 + "</p>"


def test_consent_banner_removed():
    doc, text = run(DomBoilerplate(), page(f"<div id='cookie-consent'>We use cookies. Accept</div><article>{ARTICLE}</article>"))
    assert "cookies" not in text and rules(doc) == ["consent-banner"]


def test_share_bar_removed_but_article_with_share_class_kept():
    html = page(f"<div class='post-share-wrapper'><article>{ARTICLE}</article>"
                "<ul class='share-buttons'><li>Facebook</li><li>Twitter</li></ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "night bus" in text and "Facebook" not in text
    assert rules(doc) == ["share-bar"]


def test_newsletter_widget_with_form_removed():
    html = page(f"<article>{ARTICLE}</article><section class='Newsletter'><h3>Daily briefing</h3>"
                "<form><input type='email'></form><div class='Newsletter-stateSent'>Thanks for signing up!</div></section>")
    doc, text = run(DomBoilerplate(), html)
    assert "Thanks for signing up" not in text and rules(doc) == ["newsletter"]


def test_related_box_goes_to_metadata():
    html = page(f"<article>{ARTICLE}</article><div class='related-stories'><h3>Related</h3>"
                "<a href='/a/1'><img src='/i/1.jpg'>Council approves new tram line</a>"
                "<a href='/a/2'>Night buses return to the city centre</a></div>", )
    doc, text = run(DomBoilerplate(), html, url="https://example.org/news/x")
    assert "tram line" not in text
    assert doc.metadata["related"][0] == {"title": "Council approves new tram line", "url": "https://example.org/a/1",
                                          "id": None, "image": "https://example.org/i/1.jpg"}
    assert rules(doc) == ["related-box"]


def test_related_class_on_long_text_kept():
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article><div class='related-context'>{LONG}</div>"))
    assert "running text" in text and doc.removed == ()


def test_ad_slot_removed_and_words_containing_ad_kept():
    html = page(f"<article>{ARTICLE}<div class='ad-slot'>Advertisement</div>"
                "<div class='header-shadow'>Section header</div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Advertisement" not in text and "Section header" in text
    assert rules(doc) == ["ad"]


def test_tag_list_goes_to_tags():
    html = page(f"<article>{ARTICLE}<div class='post-tags'><a href='/t/buses'>Buses</a>, <a href='/t/council'>Council</a></div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Buses" not in text and doc.metadata["tags"] == ["Buses", "Council"]


def test_paywall_print_and_author_boxes_removed():
    html = page(f"<article>{ARTICLE}<div class='paywall-prompt'>Subscribe to keep reading</div>"
                "<a class='print-button'>Print</a><div class='author-bio'>Jo is our transport writer. Follow her.</div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert text.endswith("after the vote.")
    assert rules(doc) == ["paywall", "print-link", "author-box"]


def test_nav_and_footer_removed_main_container_kept():
    html = page(f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav><main><article>{ARTICLE}</article></main>"
                "<footer>© Example Media</footer>")
    doc, text = run(DomBoilerplate(), html)
    assert text.startswith("The council") and "Example Media" not in text
    assert rules(doc) == ["navigation", "footer"]


def test_article_inside_footer_like_wrapper_kept():
    doc, text = run(DomBoilerplate(), page(f"<footer><article>{ARTICLE}</article></footer>"))
    assert "night bus" in text and doc.removed == ()


TWEET = ("<blockquote class='twitter-tweet'><p lang='en'>The new bridge opens to traffic on Monday morning.</p>"
         "&mdash; City Roads (@cityroads) <a href='https://twitter.com/cityroads/status/1'>March 4, 2024</a>"
         "</blockquote>")


def test_embedded_post_in_a_social_wrapper_is_kept_as_a_plain_quote():
    html = page(f"<article><div class='entry-content'>{ARTICLE}"
                f"<div class='social-media-embed'>{TWEET}</div>{ARTICLE}</div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "The new bridge opens to traffic" in text
    quote = doc.dom.css_first("blockquote")
    assert quote is not None and "class" not in quote.attributes and quote.parent.attributes.get("class") == "entry-content"
    assert doc.dom.css_first(".social-media-embed") is None and doc.removed == ()


def test_share_bar_without_an_embedded_post_is_still_removed():
    html = page(f"<article>{ARTICLE}<div class='social-media-share'><a href='https://twitter.com/intent'>Tweet</a> "
                f"<a href='https://facebook.com/share'>Share</a></div><blockquote><p>A quoted line.</p></blockquote></article>")
    doc, text = run(DomBoilerplate(), html)
    assert rules(doc) == ["share-bar"] and "A quoted line." in text


def test_related_box_of_headlines_with_summaries_is_removed_into_related():
    items = "".join(f"<li><h3><a href='/story/{i}'>Council story number {i} makes the news</a></h3>"
                    f"<div>A one-line summary of story {i} that explains a bit more about what happened there.</div></li>"
                    for i in range(4))
    html = page(f"<article>{ARTICLE}</article><div class='latest-news-box'><ul>{items}</ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert rules(doc) == ["related-box"] and "Council story number 2" not in text
    assert len(doc.metadata["related"]) == 4


def test_related_named_box_with_few_links_and_text_is_kept():
    box = ("<div class='related-context'><p>The vote follows a <a href='/a'>year of petitions</a> by shift workers, "
           "who said the last bus left the centre too early for the late shifts at the port and the hospital.</p></div>")
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article>{box}"))
    assert rules(doc) == [] and "year of petitions" in text


@pytest.mark.parametrize("cls", ["most_read", "recent_posts", "more_stories", "you_may_like"])
def test_related_box_names_written_with_underscores(cls):
    items = "".join(f"<li><a href='/n/{i}'>Council approves new budget number {i}</a></li>" for i in range(4))
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article><div class='{cls}'><ol>{items}</ol></div>"))
    assert "budget number" not in text and rules(doc) == ["related-box"]


def test_an_underscored_class_of_running_text_stays():
    doc, text = run(DomBoilerplate(), page(f"<article><div class='most_read_story'>{LONG}</div>{ARTICLE}</article>"))
    assert "long paragraph" in text and rules(doc) == []


@pytest.mark.parametrize("attrs", ["id='onetrust-banner-sdk'", "class='privacy_notice' id='sp_message_container'",
                                   "class='cc-window cc-banner'"])
def test_consent_platform_banners_removed(attrs):
    doc, text = run(DomBoilerplate(), page(f"<div {attrs}><p>This website uses cookies to personalise ads.</p>"
                                           f"<button>I agree</button></div><article>{ARTICLE}</article>"))
    assert "personalise" not in text and rules(doc) == ["consent-banner"]


def test_a_privacy_paragraph_of_the_article_stays():
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}<div class='privacy-law'>{LONG}</div></article>"))
    assert "long paragraph" in text and rules(doc) == []


def test_an_amp_ad_and_its_placeholder_go_but_an_amp_image_stays():
    html = page(f"<article>{ARTICLE}<amp-ad width='300' height='250' type='doubleclick'><div placeholder>"
                f"Advertisement</div></amp-ad><amp-img src='/a.jpg' width='10' height='10'></amp-img></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Advertisement" not in text and rules(doc) == ["ad"] and doc.dom.css_first("amp-img") is not None


def test_a_paragraph_whose_atomic_css_names_include_ad_is_kept():
    """Generated class strings ("pw-post-body-paragraph ad yv 9j oo v2"): "ad" is one name among them."""
    para = ("<p class='pw-post-body-paragraph ad yv 9j oo v2 li c3dk'>The council voted on Tuesday to extend "
            "the night bus service.</p>")
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{para}</article>"))
    assert "extend the night bus service." in text and doc.removed == ()


def test_an_ad_slot_named_by_short_words_still_goes():
    slot = "<div class='ad ad-slot dfp'><span>Advertisement</span></div>"
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{slot}</article>"))
    assert "Advertisement" not in text and rules(doc) == ["ad"]


@pytest.mark.parametrize("box", [
    "<div class='breadcrumb'>You are here: <a href='/'>Home</a> / <a href='/travel'>Travel</a> / A week by the sea</div>",
    "<ul id='crumbtrail'><li><a href='/'>Start</a></li><li><a href='/sport'>Sport</a></li></ul>",
    "<p class='site-breadcrumbs__list'>Accueil › Politique › Le budget voté</p>",
])
def test_a_breadcrumb_trail_goes_whatever_share_of_it_is_linked(box):
    doc, text = run(DomBoilerplate(), page(f"{box}<article>{ARTICLE}</article>"))
    assert text.startswith("The council") and rules(doc) == ["breadcrumb"]


def test_a_breadcrumb_wrapper_holding_the_headline_and_a_crumble_recipe_stay():
    html = page("<div class='breadcrumb-header'><a href='/'>Home</a> / <a href='/food'>Food</a>"
                "<h1>Apple crumble for a cold evening</h1></div>"
                f"<article>{ARTICLE}<p class='crumble-topping'>Rub the butter into the flour.</p></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Apple crumble for a cold evening" in text and "Rub the butter" in text and doc.removed == ()


def test_a_disclaimer_box_under_a_post_goes_but_a_long_one_of_running_text_stays():
    html = page(f"<article>{ARTICLE}</article><p class='disclaim'>This is a personal website. Opinions expressed "
                "are not necessarily those of my employer.</p>")
    doc, text = run(DomBoilerplate(), html)
    assert "Opinions expressed" not in text and rules(doc) == ["disclaimer"]
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article><div class='disclaimer-note'>{LONG}</div>"))
    assert "running text" in text and doc.removed == ()


@pytest.mark.parametrize("cls", ["about_author", "aboutauthor", "wp-about-author-container", "about-the-author"])
def test_an_about_author_box_goes_written_with_or_without_the(cls):
    html = page(f"<article>{ARTICLE}</article><div class='{cls}'><p>Sam Reed is always drawing. When he is not "
                "making comics he paints in his studio.</p></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "always drawing" not in text and rules(doc) == ["author-box"]


def test_box_with_a_class_and_an_id_removed_once():
    """The selector gives an element with both a class and an id twice: it is read once, removed and logged once."""
    html = page(f"<article>{ARTICLE}</article><div class='share-bar' id='share'>Share this story</div>")
    doc, text = run(DomBoilerplate(), html)
    assert "Share this story" not in text and rules(doc) == ["share-bar"]
