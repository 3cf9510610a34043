"""A paragraph that is one link holding a whole sentence stays (cleaners/extract_links.py), alone,
in the link-only rule of dom_promos and through the pipeline; a linked headline does not."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.dom_promos import DomPromos
from cleaners.extract_links import is_linked_sentence, unwrap_sentence_links
from cleaners.pipeline import Pipeline

from .builtin._html import ARTICLE, page, rules, run

SENTENCE = ("Der Stadtrat hat am Montag beschlossen, die Straßenbahnlinie 7 bis zum Hauptbahnhof zu verlängern, die "
            "Bauarbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern.")
HEADLINE = "Stadtrat beschließt Verlängerung der Straßenbahnlinie 7 bis zum Hauptbahnhof nach langer Debatte"
P1 = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
      "petitions from shift workers who had no way home.")
P2 = ("Drivers' unions welcomed the plan but asked for more staff on the late routes, where several drivers were "
      "attacked last winter.")


def test_a_long_sentence_with_its_full_stop_is_a_linked_sentence():
    assert is_linked_sentence(SENTENCE) and is_linked_sentence(f"„{SENTENCE}“")


def test_headlines_cut_off_teasers_and_short_lines_are_not():
    assert not is_linked_sentence(HEADLINE)                       # no full stop
    assert not is_linked_sentence(SENTENCE[:-1] + "...")          # an ellipsis: a cut-off teaser
    assert not is_linked_sentence("Read the full report here.")   # too short for running text
    assert not is_linked_sentence(SENTENCE.upper())


def test_the_link_of_a_linked_sentence_is_unwrapped_others_stay():
    dom = LexborHTMLParser(f"<p class='x'><span><a href='/a'>{SENTENCE}</a></span></p>"
                           f"<p><a href='/b'>{HEADLINE}</a></p><p>See <a href='/c'>{SENTENCE}</a></p>")
    assert unwrap_sentence_links(dom) == 1
    assert [a.attributes["href"] for a in dom.css("a")] == ["/b", "/c"]
    assert SENTENCE in dom.body.text()


def test_dom_promos_keeps_a_linked_sentence_and_cuts_a_linked_headline():
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}<p><a href='/a'>{SENTENCE}</a></p>"
                                      f"<p><a href='/b'>{HEADLINE}</a></p></article>"))
    assert "Bauarbeiten sollen" in text and "nach langer Debatte" not in text and rules(doc) == ["link-paragraph"]


def test_a_linked_sentence_between_paragraphs_reaches_the_body():
    html = (f"<html><head><title>Tram</title></head><body><article><h1>Tram</h1><p>{P1}</p>"
            f"<p><a href='/stadt/1.html'>{SENTENCE}</a></p><p>{P2}</p></article></body></html>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("t.html", html.encode(), "html"))
    assert SENTENCE in record["body"] and P2 in record["body"]


# rule lead-in-link: a short linked paragraph ending with a colon right before a quotation or a list
QUOTE = ("<blockquote><p>Budget cuts have closed two clinics in the port since spring, and the waiting lists "
         "for the remaining ones have doubled, the health inspectors wrote.</p></blockquote>")


def test_a_linked_lead_in_to_a_quotation_reaches_the_body():
    html = (f"<html><head><title>Clinics</title></head><body><article><h1>Clinics</h1><p>{P1}</p>"
            f"<p><a href='https://example.org/report'>The inspectors' report says</a>:</p>{QUOTE}<p>{P2}</p>"
            f"</article></body></html>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("c.html", html.encode(), "html"))
    assert "The inspectors' report says:" in record["body"] and "waiting lists" in record["body"]


def test_only_a_short_paragraph_ending_with_a_colon_before_a_quotation_or_list_is_a_lead_in():
    dom = LexborHTMLParser(
        f"<p><a href='/1'>Read the minister's letter</a>:</p>\n<ul><li>one</li></ul>"     # a lead-in to a list
        f"<p><a href='/2'>Council approves new budget</a></p>{QUOTE}"                    # a teaser: no colon
        f"<p><a href='/3'>The report says</a>:</p><p>{P2}</p>"                           # no quotation after it
        f"<p><a href='/4'>{' '.join(['word'] * 31)}</a>:</p>{QUOTE}"                    # too long for a lead-in
        f"<p><a href='/5'>More stories</a>:</p><ul><li><a href='/6'>Floods close the pass</a></li></ul>")  # related
    assert unwrap_sentence_links(dom) == 1
    assert [a.attributes["href"] for a in dom.css("a")] == ["/2", "/3", "/4", "/5", "/6"]


def test_dom_promos_keeps_a_linked_lead_in_to_a_quotation():
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}<p><a href='/r'>The inspectors' report says</a>:</p>"
                                      f"{QUOTE}<p><a href='/b'>{HEADLINE}</a></p></article>"))
    assert "report says" in text and "nach langer Debatte" not in text and rules(doc) == ["link-paragraph"]


# rule punctuated-link: a paragraph that is one link with the sentence's full stop after it
def test_a_link_with_the_sentences_full_stop_after_it_reaches_the_body():
    html = (f"<html><head><title>Market</title></head><body><article><h1>Market</h1><p>{P1}</p>"
            f"<p><a href='https://photos.example.org/market'>Photos of the night market</a>.</p><p>{P2}</p>"
            f"</article></body></html>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("m.html", html.encode(), "html"))
    assert "Photos of the night market." in record["body"]
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}<p><a href='/m'>Photos of the night market</a>.</p>"
                                      f"<p><a href='/b'>{HEADLINE}</a></p></article>"))
    assert "night market" in text and rules(doc) == ["link-paragraph"]


def test_a_link_without_the_stop_or_of_one_word_or_with_more_text_is_no_punctuated_link():
    from cleaners.extract_links import is_punctuated_link
    for html in ("<p><a href='/a'>Photos of the night market</a></p>",       # a teaser: no stop
                 "<p><a href='/a'>Photos</a>.</p>",                           # one word
                 "<p><a href='/a'>Photos of the night market</a>. And more</p>",
                 "<p><a href='/a'>Photos</a> and <a href='/b'>a map</a>.</p>"):
        assert not is_punctuated_link(LexborHTMLParser(html).css_first("p")), html
