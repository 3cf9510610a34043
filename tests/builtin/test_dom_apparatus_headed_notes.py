"""A closing notes or references section of no telling markup is found by its heading's words (cleaners/lang
``endnotes_heading``; cleaners/builtin/dom_apparatus.py, rule endnotes) when lists of cited items stand under it;
a "Notes" heading over prose or over a list of tips, and a section the article goes on after, stay."""
from cleaners.builtin.dom_apparatus import DomApparatus
from tests.builtin._html import ARTICLE, page, rules, run

REFS = ("<ol><li>Smith, J. (2019). Rivers of the north. <em>Journal of Water</em> 4: 1-9.</li>"
        "<li>Berger, A. (2021). Floods and towns. <em>Hydrology</em> 12: 33-41.</li>"
        "<li>Okafor, N. (2018). Dikes. <a href='https://example.org/dikes'>example.org</a></li></ol>")
PROSE = ("<p>The council will now ask the region for money to raise the dikes along the river before next winter, "
         "and a first report on the cost is due in the spring, the mayor told the meeting on Tuesday evening.</p>")


def _doc(tail: str, language: str = "en"):
    return run(DomApparatus(), page(f"<main><article><h1>Night buses</h1>{ARTICLE}{tail}</article></main>"),
               language=language)


def test_references_found_by_heading_go():
    for heading, language in (("References", "en"), ("Einzelnachweise", "de"), ("参考文献", "ja"), ("Notes:", "en")):
        doc, text = _doc(f"<h2>{heading}</h2>{REFS}", language)
        assert "Rivers of the north" not in text and heading not in text and "endnotes" in rules(doc)
        assert "night bus service" in text


def test_footnote_paragraphs_under_a_wrapped_heading_go():
    notes = ("<div class='h'><h3>Notes</h3></div><p>1. See the council's minutes of 4 March.</p>"
             "<p>2. The figure is from the operator's report of 2023.</p>")
    doc, text = _doc(notes)
    assert "council's minutes" not in text and "Notes" not in text


def test_notes_heading_over_prose_stays():
    doc, text = _doc(f"<h2>Notes</h2>{PROSE}")
    assert "Notes" in text and "raise the dikes" in text and "endnotes" not in rules(doc)


def test_notes_heading_over_a_list_of_tips_stays():
    tips = ("<h2>Notes</h2><ul><li>Keep the dough in the fridge for a day.</li><li>Use salted butter if you like."
            "</li><li>The cake keeps for three days in a tin.</li></ul>")
    doc, text = _doc(tips)
    assert "salted butter" in text and "Notes" in text


def test_sources_the_article_goes_on_after_stay():
    doc, text = _doc(f"<h2>Sources</h2>{REFS}<h2>What comes next</h2>{PROSE}")
    assert "Rivers of the north" in text and "Sources" in text
