"""Paragraphs crowded with inline elements thinned before trafilatura (cleaners/extract_crowded.py, rule
``crowded-paragraph``): the text stays, the elements one paragraph hands trafilatura are capped."""
from lxml import html as lxml_html
from selectolax.lexbor import LexborHTMLParser

from cleaners import extract
from cleaners.extract_crowded import CROWDED, thin_crowded_paragraphs
from cleaners.pipeline import Pipeline

P1 = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
      "petitions from shift workers who had no way home.")
P2 = ("The extension will cost about two million a year and starts in March, the council said in a statement "
      "published after the vote on the new budget.")
WORDS = [f"word{i}" for i in range(2500)]


def _page(paragraph: str) -> str:
    return (f"<html><head><title>Night buses</title></head><body><article><h1>Night buses</h1>"
            f"<p>{P1}</p>{paragraph}<p>{P2}</p></article></body></html>")


def _most_elements_in_a_paragraph(html: str) -> int:
    tree = lxml_html.fromstring(html)
    return max(len(p.xpath(".//*")) for p in tree.iter("p"))


def test_a_paragraph_of_one_span_per_word_is_unwrapped_and_keeps_its_text():
    paragraph = "<p class='speech'>" + " ".join(f"<span>{w}</span>" for w in WORDS) + "</p>"
    dom = LexborHTMLParser(_page(paragraph))
    assert thin_crowded_paragraphs(dom) == 1
    p = dom.css_first("p.speech")
    assert p.css_first("span") is None
    assert p.text() == " ".join(WORDS)


def test_a_paragraph_of_links_is_split_in_order_into_paragraphs_of_at_most_the_cap():
    paragraph = "<p class='tags'>" + " ".join(f"<a href='/t/{w}'><b>{w}</b></a>" for w in WORDS) + "</p>"
    dom = LexborHTMLParser(_page(paragraph))
    assert thin_crowded_paragraphs(dom) == 1
    parts = dom.css("p.tags")
    assert len(parts) == 3                              # 2,500 links, 1,000 a paragraph
    assert all(len(p.css("a")) <= CROWDED for p in parts)
    assert " ".join(p.text() for p in parts).split() == WORDS
    assert len(dom.css("p.tags a")) == len(WORDS)       # the links stay links


def test_ordinary_paragraphs_are_left_as_they_are():
    paragraph = "<p>" + " ".join(f"<b>{w}</b> <a href='/{w}'>{w}</a>" for w in WORDS[:60]) + "</p>"
    dom = LexborHTMLParser(_page(paragraph))
    before = dom.html
    assert thin_crowded_paragraphs(dom) == 0
    assert dom.html == before


def test_what_trafilatura_reads_holds_no_paragraph_over_the_cap_and_the_body_keeps_every_word():
    paragraph = "<p>" + " ".join(f"<span><a href='/{w}'>{w}</a></span>" for w in WORDS * 4) + "</p>"
    page = _page(paragraph)
    assert _most_elements_in_a_paragraph(page) == 2 * len(WORDS) * 4
    pruned = extract.prune_for_extraction(LexborHTMLParser(page))
    assert _most_elements_in_a_paragraph(pruned) <= CROWDED
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("crowded.html", page.encode(), "html"))
    assert P1 in record["body"] and P2 in record["body"]


def test_a_page_of_ordinary_paragraphs_reaches_trafilatura_unthinned():
    paragraph = "<p>" + " ".join(f"<i>{w}</i>" for w in WORDS[:100]) + "</p>"
    pruned = extract.prune_for_extraction(LexborHTMLParser(_page(paragraph)))
    assert _most_elements_in_a_paragraph(pruned) == 100
