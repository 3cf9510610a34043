"""A reference page's apparatus (cleaners/builtin/dom_apparatus.py): an infobox, section edit links, the notes and
references ending the article and its cite box go; a data table, an edit word, a references list mid-article stay."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.dom_apparatus import DomApparatus
from cleaners.document import Document
from tests.builtin._html import ARTICLE, page, run

PROSE = ("<p>The lighthouse keeper's cottage was restored last year with money from a local trust, and it now "
         "houses a small museum about the families who kept the light burning for two centuries.</p>")


def _rules(doc):
    return [(r.rule, r.text) for r in doc.removed]


def test_infobox_goes_with_its_facts_logged():
    box = ("<table class='infobox vcard'><tr><th colspan='2'>Old Light</th></tr><tr><th>Built</th><td>1851</td></tr>"
           "<tr><th>Height</th><td>32 m</td></tr><tr><th>Keeper</th><td>Ann Morrow</td></tr></table>")
    doc, text = run(DomApparatus(), page(f"<main><div class='mw-parser-output'>{box}{PROSE}{ARTICLE}</div></main>"))
    assert "Ann Morrow" not in text and "restored last year" in text
    assert ("infobox", "Built: 1851\nHeight: 32 m\nKeeper: Ann Morrow") in _rules(doc)


def test_a_data_table_of_the_article_stays():
    table = ("<table class='wikitable'><tr><th>Year</th><th>Visitors</th><th>Ships</th></tr>"
             "<tr><td>2024</td><td>12,000</td><td>4</td></tr><tr><td>2025</td><td>15,500</td><td>6</td></tr></table>")
    facts = "<table><tr><th>Built</th><td>1851</td></tr><tr><th>Height</th><td>32 m</td></tr></table>"
    doc, text = run(DomApparatus(), page(f"<main><div>{PROSE}{table}{facts}{ARTICLE}</div></main>"))
    assert "15,500" in text and "32 m" in text and doc.removed == ()


def test_section_edit_links_go_and_the_heading_stays():
    html = page(f"<main><div>{PROSE}<h2><span class='mw-headline'>History</span><span class='mw-editsection'>"
                f"[<a href='/w/index.php?title=Old_Light&amp;action=edit&amp;section=1'>edit</a>]</span></h2>{ARTICLE}"
                f"<h3>Keepers <span>[<a href='/wiki/Old_Light?action=edit&amp;section=2'>modifier</a>]</span></h3>"
                f"{PROSE}</div></main>")
    doc, text = run(DomApparatus(), html)
    assert "History" in text and "Keepers" in text and "edit" not in text and "modifier" not in text
    assert "[" not in text and [r for r, _ in _rules(doc)] == ["edit-link", "edit-link"]


def test_an_edit_word_in_a_heading_stays():
    doc, text = run(DomApparatus(), page(f"<main><div><h2>How to <a href='/guide/edit'>edit</a> a photo</h2>"
                                         f"{PROSE}{ARTICLE}</div></main>"))
    assert "How to edit a photo" in text and doc.removed == ()


NOTES = ("<section class='footnotes' role='doc-endnotes'><h2>Notes</h2><ol><li id='fn1'><p>Harbour board minutes, "
         "1851, p. 7. <a href='#fnref1'>\u21a9</a></p></li></ol></section>"
         "<h2>References</h2><div class='reflist'><ol class='references'><li>Morrow, A. (1990). <i>Lights of the "
         "coast</i>. Port Press.</li></ol></div>")


def test_notes_and_references_ending_the_article_go():
    html = page(f"<main><article><div class='entry'>{PROSE}<p>Built in 1851.<sup><a href='#fn1'>1</a></sup></p>"
                f"{ARTICLE}</div>{NOTES}</article></main><footer><p>All rights reserved.</p></footer>")
    doc, text = run(DomApparatus(), html)
    assert "minutes" not in text and "Lights of the coast" not in text and "References" not in text
    assert "Built in 1851. 1" in text and "restored last year" in text
    assert sorted(r for r, _ in _rules(doc)) == ["endnotes"] * 3


def test_a_references_list_in_the_middle_of_an_article_stays():
    html = page(f"<main><article><h1>Why your CV needs references</h1>{PROSE}<ul class='references'>"
                f"<li>A former manager who saw your work.</li><li>A teacher or a coach.</li></ul>{ARTICLE}"
                f"</article></main>")
    doc, text = run(DomApparatus(), html)
    assert "A teacher or a coach." in text and doc.removed == ()



def test_a_cite_box_of_the_page_goes_and_a_quotes_citation_stays():
    head = "<title>The old light of Carrow Point</title>"
    cite = ("<div class='cite-box'><h4>Cite this post</h4><pre>Ann Morrow (2026). The old light of Carrow Point. "
            "Harbour Notes.</pre></div>")
    quote = ("<blockquote><p>The light must never go out.</p><p class='citation'>Keeper's log, 1851</p></blockquote>")
    html = page(f"<main><article><h1>The old light of Carrow Point</h1><div>{PROSE}{quote}{ARTICLE}</div>{cite}"
                f"</article></main>", head)
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    doc = DomApparatus().clean_html(doc.with_metadata(title="The old light of Carrow Point"))
    text = " ".join(doc.dom.body.text(separator=" ").split())
    assert "Cite this post" not in text and "Keeper's log, 1851" in text
    assert [r.rule for r in doc.removed] == ["cite-box"]

