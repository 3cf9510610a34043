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
