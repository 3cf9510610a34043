"""dom_boilerplate ``newsletter``: a sign-up box is short and form-like; a post whose container a newsletter
platform names for a newsletter ("newsletter-post") holds a headline and paragraphs, and stays."""
from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import page, rules, run

POST = ("<p>I spent the week in the county archive reading the letters of a harbour master who wrote every Sunday.</p>"
        "<p>He complained about the fog, the pilots and the price of coal, in that order, for eleven whole years.</p>")
FORM = ("<div class='subscription-widget-wrap'><p>Subscribe to get new posts.</p><form><input type='email'>"
        "<button>Subscribe</button></form></div>")
# a footer paragraph longer than the short post's: the main text container is the footer's, the post is unprotected
FOOTER = ("<footer><p>" + "Our platform is the home of independent writing, where readers pay the writers they "
          "love. " * 4 + "</p></footer>")


def _post(cls: str, heading: str = "<h1>Letters from the harbour</h1>", body: str = POST) -> str:
    return page(f"<article class='{cls}'><div class='post-header'>{heading}<div class='post-meta'>Anna Field</div>"
                f"</div><div class='available-content'><div class='body markup'>{body}</div></div>{FORM}</article>"
                + FOOTER)


def test_short_post_named_newsletter_post_keeps_its_text_and_loses_its_form():
    doc, text = run(DomBoilerplate(), _post("typography newsletter-post post"))
    assert "harbour master" in text and "price of coal" in text and "Letters from the harbour" in text
    assert "Subscribe to get new posts" not in text and rules(doc) == ["newsletter"]


def test_post_without_headline_but_with_prose_paragraphs_stays():
    body = POST + ("<p>The last letter, from 1911, is about a storm that took two boats and the lighthouse "
                   "keeper's dog.</p>")
    doc, text = run(DomBoilerplate(), _post("newsletter-post", heading="", body=body))
    assert "lighthouse keeper" in text and "harbour master" in text


def test_sign_up_box_with_blurb_and_fine_print_still_goes():
    box = ("<section class='newsletter-signup'><h3>The Morning Brief</h3><p>Get the five stories you need to know "
           "about every weekday morning, straight to your inbox, for free.</p><form><input type='email'>"
           "<button>Sign up</button></form><p>By signing up you agree to our terms of use and acknowledge our "
           "privacy notice. You can unsubscribe at any time.</p></section>")
    doc, text = run(DomBoilerplate(), page(f"<article>{POST * 2}</article>{box}"))
    assert "Morning Brief" not in text and "unsubscribe" not in text and "harbour master" in text
    assert rules(doc) == ["newsletter"]
