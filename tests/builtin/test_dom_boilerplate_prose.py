"""dom_boilerplate: a family never prose (share bar, print link, breadcrumb, sidebar, navigation, aside) passes over a
paragraph of prose inside the main text container, an ad's or a paywall's over a run of two (`_dom_prose`); their
furniture still goes, a paywall's or an ad's notice of a sentence or two too."""
import pytest

from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, rules, run

DE = ("<p>Der Stadtrat hat am Dienstag beschlossen, die Buslinie bis in die nördlichen Stadtteile zu verlängern, "
      "nach einem Jahr voller Petitionen.</p><p>Die Verlängerung kostet rund zwei Millionen Euro im Jahr und beginnt "
      "im März, teilte die Stadt nach der Abstimmung mit.</p>")
EN_SENTENCE = ("Shares of the bus operator rose by four per cent on Tuesday after the council announced the new "
               "contract.")
DE_SENTENCE = ("Die Aktie des Busbetreibers stieg am Dienstag um vier Prozent, nachdem der Rat den neuen Vertrag "
               "verkündet hatte.")


@pytest.mark.parametrize("article, sentence", [(ARTICLE, EN_SENTENCE), (DE, DE_SENTENCE)])
@pytest.mark.parametrize("wrap", ["<p class='share-price'>{}</p>", "<div class='paywall'><p>{0}</p><p>{0}</p></div>",
                                  "<div class='promo-text'><p>{0}</p><p>{0}</p></div>",
                                  "<div class='crumb-text'><p>{}</p></div>",
                                  "<div role='complementary'><p>{}</p></div>"])
def test_a_paragraph_of_the_article_named_as_furniture_stays(article, sentence, wrap):
    doc, text = run(DomBoilerplate(), page(f"<article><div class='body'>{article}{wrap.format(sentence)}"
                                           f"{article}</div></article>"))
    assert sentence in text and doc.removed == ()


@pytest.mark.parametrize("article", [ARTICLE, DE])
def test_the_furniture_of_those_families_still_goes(article):
    furniture = ("<div class='share-bar'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a></div>"
                 "<div class='ad-slot'>Advertisement</div>"
                 "<div class='paywall'><p>Subscribe to read on.</p><button>Subscribe</button></div>"
                 "<div class='breadcrumb'><a href='/'>Home</a> / <a href='/news'>News</a></div>")
    doc, text = run(DomBoilerplate(), page(f"<article><div class='body'>{article}{furniture}{article}</div></article>"))
    assert "Facebook" not in text and "Advertisement" not in text and "Subscribe" not in text and "Home" not in text
    assert sorted(rules(doc)) == ["ad", "breadcrumb", "paywall", "share-bar"]


@pytest.mark.parametrize("notice", [
    "<div class='paywall'><p>This article is available to subscribers only. Subscribe today for unlimited access to "
    "all of our journalism.</p></div>",
    "<div class='paywall'><p>Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt abonnieren und unbegrenzt alle "
    "Artikel auf unserer Seite lesen.</p></div>",
    "<div class='ad-container'><p>Advertisement: this content is paid for by our partner and helps us keep the "
    "newsroom running every day.</p></div>"])
def test_a_paywall_or_ad_notice_of_a_sentence_or_two_still_goes(notice):
    doc, text = run(DomBoilerplate(), page(f"<article><div class='body'>{ARTICLE}{notice}{ARTICLE}</div></article>"))
    assert "Subscri" not in text and "Abonnenten" not in text and "Advertisement" not in text
    assert rules(doc) in (["paywall"], ["ad"])


def test_prose_in_such_a_box_outside_the_main_container_still_goes():
    side = f"<div class='sidebar'><p>{EN_SENTENCE}</p></div>"
    doc, text = run(DomBoilerplate(), page(f"<div class='body'>{ARTICLE}{ARTICLE}</div>{side}"))
    assert EN_SENTENCE not in text and rules(doc) == ["sidebar"]


def test_a_linked_teaser_sentence_is_no_prose_of_the_article():
    promo = f"<p class='share-teaser'><a href='/offer'>{EN_SENTENCE}</a></p>"
    doc, text = run(DomBoilerplate(), page(f"<article><div class='body'>{ARTICLE}{promo}{ARTICLE}</div></article>"))
    assert EN_SENTENCE not in text and rules(doc) == ["share-bar"]
