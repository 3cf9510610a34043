"""dom_boilerplate: a furniture box holding other furniture (a share bar, a list of teasers) goes whole, once, under
its own rule; what it holds is not logged again, and the same inner box standing alone still goes."""
from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, rules, run

SHARE = "<ul class='share-buttons'><li>Facebook</li><li>Twitter</li></ul>"
TEASERS = "".join(f"<li><a href='/a/{k}'>Council approves new tram line number {k}</a> The council met on Monday "
                  "and voted on the plan that has divided the city for a decade, and the [...]</li>" for k in range(4))


def test_share_bar_inside_a_related_box_goes_with_the_box():
    html = page(f"<article>{ARTICLE}</article><div class='related-stories'><h3>Related</h3>"
                "<a href='/a/1'>Council approves new tram line</a><a href='/a/2'>Night buses return</a>"
                f"{SHARE}</div>")
    doc, text = run(DomBoilerplate(), html, url="https://example.org/news/x")
    assert "Facebook" not in text and "tram line" not in text and "night bus" in text
    assert rules(doc) == ["related-box"]


def test_share_bar_alone_still_goes():
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article>{SHARE}"))
    assert "Facebook" not in text and rules(doc) == ["share-bar"]


def test_teaser_list_inside_a_removed_box_is_not_cut_again():
    html = page(f"<article>{ARTICLE}</article><div class='sidebar'><ul>{TEASERS}</ul></div>")
    alone = page(f"<article>{ARTICLE}</article><ul>{TEASERS}</ul>")
    doc, text = run(DomBoilerplate(), html)
    assert "tram line" not in text and "teaser-list" not in rules(doc) and len(rules(doc)) == 1
    doc, text = run(DomBoilerplate(), alone)
    assert "tram line" not in text and rules(doc) == ["teaser-list"]
