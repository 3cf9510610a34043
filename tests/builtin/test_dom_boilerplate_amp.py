"""AMP's ad elements: removed with their placeholder, found whatever the case of the tag."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.dom_boilerplate import DomBoilerplate, amp_ads

from ._html import ARTICLE, page, rules, run

AD = '<{tag} width="300" height="250" type="doubleclick"><div placeholder>Advertisement</div></{tag}>'


def test_amp_ad_elements_removed_in_any_case():
    for tag in ("amp-ad", "AMP-AD", "amp-sticky-ad", "Amp-Embed"):
        doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{AD.format(tag=tag)}</article>"))
        assert "Advertisement" not in text and rules(doc) == ["ad"], tag


def test_amp_ads_in_page_order_and_none_on_a_page_without_them():
    dom = LexborHTMLParser(f"<body>{AD.format(tag='amp-embed')}<p>Text</p>{AD.format(tag='amp-ad')}</body>")
    assert [n.tag for n in amp_ads(dom)] == ["amp-embed", "amp-ad"]
    dom = LexborHTMLParser(f"<body><div class='amp-ad'>Advertisement</div><p>{ARTICLE}</p></body>")
    assert amp_ads(dom) == []
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}<amp-img src='/a.jpg'></amp-img></article>"))
    assert doc.removed == ()
