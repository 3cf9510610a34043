"""dom_boilerplate ``overlay``: a dialog laid over the page (an ad-blocker notice, a log-in box) in an element named by
one whole class name ("overlay", "modal") goes, even among the article's paragraphs; a named part of the page
("hero-overlay" over the lead) and an overlay holding the headline stay."""
from cleaners.builtin.dom_boilerplate import DomBoilerplate, families_of

from ._html import ARTICLE, page, rules, run

NOTICE = ("<p>Sie verwenden einen Werbeblocker. Bitte schalten Sie ihn für diese Seite ab, damit wir unsere "
          "Berichte aus der Region weiter kostenlos anbieten können.</p>")


def test_a_notice_in_an_element_named_overlay_goes_from_among_the_paragraphs():
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}<div class='overlay'>{NOTICE}</div>{ARTICLE}</article>"))
    assert "Werbeblocker" not in text and "night bus" in text
    assert rules(doc) == ["overlay"]
    doc, text = run(DomBoilerplate(), page(f"<div id='modal'>{NOTICE}</div><article>{ARTICLE}</article>"))
    assert "Werbeblocker" not in text and rules(doc) == ["overlay"]


def test_a_named_part_of_the_page_or_an_overlay_holding_the_headline_stays():
    lead = ("<div class='hero-overlay'><p>The night buses will run every twenty minutes from May, the council said "
            "on Monday after a year of complaints about the gaps in the timetable.</p></div>")
    doc, text = run(DomBoilerplate(), page(f"<article>{lead}{ARTICLE}</article>"))
    assert "every twenty minutes from May" in text and "overlay" not in rules(doc)
    headed = f"<div class='overlay'><h1>Night buses every twenty minutes</h1>{NOTICE}</div><article>{ARTICLE}</article>"
    doc, text = run(DomBoilerplate(), page(headed))
    assert "Werbeblocker" in text and "overlay" not in rules(doc)
    assert not any(rule == "overlay" for rule, _, _ in families_of("image-overlay caption"))
