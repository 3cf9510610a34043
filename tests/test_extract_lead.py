"""The lead printed outside the article's body container is put back at its head
(cleaners/extract_lead.py), alone and through the pipeline."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_lead import move_lead
from cleaners.pipeline import Pipeline

LEAD = ("The harbour ferry will run every fifteen minutes from May, the transport authority announced on "
        "Monday after a year of complaints.")
P1 = ("Commuters had waited up to forty minutes for a boat at peak hours, and the authority had cut two "
      "evening crossings last winter to save money on fuel.")
P2 = ("Two new boats are on order and should arrive in April; until then the operator will lease a third "
      "vessel from a neighbouring port, a spokeswoman said.")
P3 = "Fares stay the same, but the monthly pass will also be valid on the night buses along the quay."


def _page(header: str, after: str = "", side: str = "") -> str:
    return (f"<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a></nav>{side}<article>"
            f"<div class='story-header'><h1>Ferries every fifteen minutes</h1>{header}</div>"
            f"<div class='story-content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{after}</article></body></html>")


def _body(page: str) -> str:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("t.html", page.encode(), "html"))["body"]


def test_a_lead_in_the_header_moves_to_the_head_of_the_body_container():
    dom = LexborHTMLParser(_page(f"<p class='perex'>{LEAD}</p>"))
    assert move_lead(dom)
    assert dom.css_first("div.story-content").child.text() == LEAD
    assert dom.css_first("div.story-header p") is None
    paragraphs = _body(_page(f"<p class='perex'>{LEAD}</p>")).split("\n\n")
    assert paragraphs[paragraphs.index(LEAD) + 1] == P1


def test_a_lead_classed_paragraph_after_the_article_or_far_from_it_stays():
    after = _page("", after=f"<div class='summary'>{LEAD}</div>")
    dom = LexborHTMLParser(after)
    assert not move_lead(dom) and dom.css_first("div.summary") is not None
    side = _page("", side=f"<div class='sidebar'><div class='box'><p class='intro'>{LEAD}</p></div></div>")
    assert not move_lead(LexborHTMLParser(side))


def test_a_lead_classed_box_of_links_or_a_label_stays():
    links = "<div class='teaser-text'><a href='/a'>Bridge closed for repairs until the end of June.</a></div>"
    assert not move_lead(LexborHTMLParser(_page(links)))
    label = "<p class='lead'>Transport</p>"
    assert not move_lead(LexborHTMLParser(_page(label)))


def test_a_lead_the_container_already_holds_is_not_repeated():
    page = (f"<html><body><article><div class='head'><h1>Ferries</h1><p class='intro'>{P1}</p></div>"
            f"<div class='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></body></html>")
    assert not move_lead(LexborHTMLParser(page))
    assert _body(page).count(P1[:40]) == 1


def test_a_summary_under_a_teaser_box_s_own_heading_stays():
    box = (f"<div class='promo'><h4><a href='/x'>Follow our newsroom</a></h4><p class='summary'>{LEAD}</p></div>")
    dom = LexborHTMLParser(_page(box))
    assert not move_lead(dom) and dom.css_first("div.promo p.summary") is not None


def test_on_a_page_without_h1_a_lead_box_under_the_h2_headline_moves_as_a_paragraph():
    page = (f"<html><body><article><header><h2>Ferries every fifteen minutes</h2><div class='leadtext'><strong>"
            f"{LEAD}</strong></div></header><section><div class='rich'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
            f"</section></article></body></html>")
    dom = LexborHTMLParser(page)
    assert move_lead(dom)
    first = dom.css_first("div.rich").child
    assert first.tag == "p" and first.text() == LEAD
    assert _body(page).split("\n\n").count(LEAD) == 1


def test_a_description_under_a_section_heading_below_the_headline_stays():
    box = f"<h2>Timetable</h2><p class='desc'>{LEAD}</p>"
    dom = LexborHTMLParser(_page(box))
    assert not move_lead(dom) and dom.css_first("p.desc") is not None


def test_a_dek_printed_as_an_h2_stays_where_it_is():
    """A dek in a heading tag is left out of lead-outside-body: the ScrapingHub gold leaves such decks
    out of the body (tried 03 Dec: two tuning pages of fold C lost)."""
    page = _page(f"<h2 class='b-subheadline'>{LEAD}</h2>")
    dom = LexborHTMLParser(page)
    assert not move_lead(dom) and dom.css_first("h2.b-subheadline") is not None
    assert move_lead(LexborHTMLParser(_page(f"<p class='b-subheadline'>{LEAD}</p>")))


def test_a_subtitle_heading_that_is_no_sentence_stays_a_heading():
    subtitle = "<h2 class='subtitle'>Ferries every fifteen minutes from May on the harbour line and the quay</h2>"
    dom = LexborHTMLParser(_page(subtitle))
    assert not move_lead(dom) and dom.css_first("h2.subtitle") is not None
    nested = f"<h2 class='standfirst'>{LEAD}<ul><li>Fares stay the same.</li></ul></h2>"   # a list: no lead
    assert not move_lead(LexborHTMLParser(_page(nested)))


def test_a_drupal_field_named_teaser_is_a_lead_and_other_fields_are_not():
    field = f"<div class='field field--name-field-teaser field--type-string-long'>{LEAD}</div>"
    dom = LexborHTMLParser(_page(field))
    assert move_lead(dom) and dom.css_first("div.story-content").child.text() == LEAD
    other = f"<div class='field field--name-field-related field--type-string-long'>{LEAD}</div>"
    assert not move_lead(LexborHTMLParser(_page(other)))


def test_a_lead_does_not_move_into_a_container_shorter_than_itself():
    """Paragraphs loose beside the headline; the one box of a paragraph is the author's bio."""
    loose = (f"<html><body><div class='wrap'><article><section><h1>Ferries</h1><p class='subtitle'>{LEAD}</p>"
             f"<p>Then came the rain.</p><blockquote><p>{P1}</p></blockquote><blockquote><p>{P2}</p></blockquote>"
             f"</section></article><div><div class='author-box'><h4>Ann Lee</h4><p>Ann Lee writes about ferries, "
             f"ports and the people who work on the water, from the harbour office on the quay.</p></div></div></div></body></html>")
    dom = LexborHTMLParser(loose)
    assert not move_lead(dom) and dom.css_first("p.subtitle") is not None
    assert LEAD in _body(loose)
    assert move_lead(LexborHTMLParser(_page(f"<p class='perex'>{LEAD}</p>")))     # a body twice the lead's length


def test_a_short_lead_of_six_words_or_more_moves_in_any_script():
    """The floor counts words (a Han character is one), not characters: a one-sentence lead of 59 characters, or of
    twenty Chinese characters, is a lead; a five-word line is none."""
    for lead in ("Na miejsce skierowano kilkanaście zastępów straży pożarnej.", "这一发现有助于改善圈养大熊猫的饲养方式。"):
        dom = LexborHTMLParser(_page(f"<p class='article-lead'><strong>{lead}</strong></p>"))
        assert move_lead(dom) and dom.css_first("div.story-content").child.text() == lead
    assert not move_lead(LexborHTMLParser(_page("<p class='lead'>Read the whole story here.</p>")))


def _with_box(name: str) -> str:
    """The page with a paragraph classed ``name`` holding the lead between the header and the body's container."""
    return _page("").replace("</div><div class='story-content'>",
                             f"</div><p class='{name}'>{LEAD}</p><div class='story-content'>")


def test_the_articles_own_teaser_is_its_lead_and_a_bare_teaser_is_not():
    """"article-teaser" / "article__teaser" name the article's lead (German CMSs print the Vorspann so, outside the
    body's container); a bare "teaser" names another story's box and stays where it is."""
    for name in ("article-teaser", "article__teaser", "story-teaser"):
        dom = LexborHTMLParser(_with_box(name))
        assert move_lead(dom) and dom.css_first("div.story-content").child.text() == LEAD, name
    assert not move_lead(LexborHTMLParser(_with_box("teaser")))
