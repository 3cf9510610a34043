"""dom_boilerplate ``sidebar``: a side column named by its class or id ("sidebar", "sidebox",
"right-rail") in markup older than ``<aside>`` goes with its boxes; the column that holds the
article, and a box of running text, stay."""
from cleaners.builtin.dom_boilerplate import DomBoilerplate, families_of

from ._html import ARTICLE, page, rules, run

SIDE_BOXES = ("<h3>Blog menu</h3><ul><li><a href='/'>Home page</a></li><li><a href='/c'>Latest comments</a></li></ul>"
              "<h3>Syndication</h3><p><a href='/feed'>Full text feed</a> <a href='/x'>Excerpts feed</a></p>"
              "<p>Get the monthly digest of the blog by e-mail. <a href='/n'>read more</a></p>")


def test_a_side_column_named_by_its_class_goes():
    html = page(f"<div id='main'><h1>Night buses</h1>{ARTICLE}</div><table class='sidebox'><tr><td>{SIDE_BOXES}"
                "</td></tr></table><div id='right-rail'><p>Town weather: 12 degrees</p></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "night bus" in text and "Syndication" not in text and "weather" not in text
    assert rules(doc) == ["sidebar", "sidebar"]


def test_the_column_holding_the_article_stays_though_named_for_a_sidebar_layout():
    html = page(f"<div class='content-sidebar-wrap'><div class='post'><h1>Night buses</h1>{ARTICLE}</div>"
                f"<div class='widget'>{SIDE_BOXES}</div></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "night bus" in text and "sidebar" not in rules(doc)


def test_a_side_box_of_running_text_stays():
    box = ("<div class='sidebar'><h3>How the night bus works</h3><p>" + "Buses leave the central station every "
           "twenty minutes between midnight and five, stop on request anywhere along the route and take the same "
           "tickets as the day service, which the council says keeps the extension cheap to run. " * 2 + "</p></div>")
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{box}</article>"))
    assert "every twenty minutes" in text and doc.removed == ()


def test_side_words_inside_other_class_words_name_no_sidebar():
    assert not any(rule == "sidebar" for rule, _, _ in families_of("inside-text columnist outside"))
    assert any(rule == "sidebar" for rule, _, _ in families_of("col sidebar-left"))
