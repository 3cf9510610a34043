"""Rule ``description-anchor`` (cleaners/extract_anchor.py): the body found again from the
page's description when the extraction took an unrelated part of the page."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_anchor import container_of, description_key, find_anchor
from cleaners.pipeline import Pipeline

LEAD = ("The harbour ferry returned to service on Monday after a three-week repair, carrying "
        "commuters across the bay in under twenty minutes. Engineers replaced both propeller "
        "shafts and a cracked rudder bearing, the operator said, and the timetable is back to "
        "a boat every half hour.")
PROSE = ("Council members spent most of the evening on the library budget, which has not grown "
         "in six years while the town's population rose by a fifth. The finance chair proposed "
         "moving money from road resurfacing, a plan two members called short-sighted because "
         "the worst streets would then wait another winter. A vote is expected next month.")
LINKS = "".join(f'<li><a href="/s{i}">Story number {i} about the town council budget vote</a> — Gazette</li>'
                for i in range(14))


def clean(html: str):
    pipe = Pipeline()
    return pipe.process(pipe.document("page.html", html.encode(), "html"))


def photo_page(description: str, extra: str = "") -> str:
    """A photo page: the article is a caption beside a longer list of links."""
    return f"""<html><head><title>Ferry back</title>
<meta name="description" content="{description}"></head><body>
<div class="main-content"><section><article class="post gallery">
<h1>Harbour ferry is back</h1>
<div class="slide-body"><div class="caption slide-content"><p>{LEAD}</p></div></div>
</article>{extra}</section>
<div class="links"><h3>Around the web</h3><ul>{LINKS}</ul></div></div>
</body></html>"""


def test_caption_article_found_from_description():
    doc = clean(photo_page(LEAD[:160]))
    assert doc.body.startswith("The harbour ferry returned to service")
    assert "Story number" not in doc.body
    cut = [r for r in doc.removed if r.rule == "description-anchor"]
    assert len(cut) == 1 and cut[0].text.startswith("Around the web Story number 0")
    # the replaced body is logged once, not again as not-extracted
    assert not [r for r in doc.removed if r.rule == "not-extracted" and "Story number" in r.text]


def test_description_found_twice_leaves_the_body():
    teaser = f'<div class="teaser"><p>{LEAD[:160]}</p></div>'
    doc = clean(photo_page(LEAD[:160], extra=teaser))
    assert "Story number 0" in doc.body
    assert not [r for r in doc.removed if r.rule == "description-anchor"]


def test_short_description_leaves_the_body():
    doc = clean(photo_page("The harbour ferry returned"))
    assert "Story number 0" in doc.body


def test_prose_body_is_kept_when_the_description_is_a_teaser_elsewhere():
    """The extraction took an article paragraph: the description's words in a list of
    teasers beside it do not move the body."""
    others = [f"A teaser for story {n} on the school board elections, with a line on who stands and a "
              f"second clause written so that the reader clicks through to read the rest of it." for n in range(6)]
    teasers = "".join(f"<li><p>November {9 - i}</p><p>{t}</p></li>" for i, t in enumerate([LEAD[:150], *others]))
    html = f"""<html><head><title>Budget</title><meta name="description" content="{LEAD[:150]}"></head>
<body><article><h1>Library budget</h1><p>{PROSE}</p><p>{LEAD.replace("harbour", "river")}</p></article>
<div class="more"><ul>{teasers}</ul></div></body></html>"""
    doc = clean(html)
    assert "Council members spent" in doc.body and "The river ferry" in doc.body
    assert not [r for r in doc.removed if r.rule == "description-anchor"]


def test_body_holding_the_description_is_not_extracted_again():
    html = f"""<html><head><meta name="description" content="{PROSE[:140]}"></head>
<body><article><p>{PROSE}</p></article><ul>{LINKS}</ul></body></html>"""
    doc = clean(html)
    assert doc.body.startswith("Council members spent")
    assert not [r for r in doc.removed if r.rule == "description-anchor"]


def test_description_key_needs_eight_words():
    assert description_key("One two three four five six seven") == ""
    assert description_key("One, two three: four five six seven eight nine ten") == \
        "one two three four five six seven eight"


def test_anchor_spans_inline_elements_and_must_be_unique():
    dom = LexborHTMLParser("<body><div><p>Alpha <b>beta gamma</b> delta, epsilon zeta eta theta iota.</p>"
                           "<p>other</p></div></body>")
    anchor = find_anchor(dom.body, "alpha beta gamma delta epsilon zeta eta theta")
    assert anchor is not None and anchor.tag == "p"
    twice = LexborHTMLParser("<body><p>alpha beta gamma</p><p>alpha beta gamma</p></body>")
    assert find_anchor(twice.body, "alpha beta gamma") is None
    assert find_anchor(twice.body, "not there") is None


def test_container_stops_before_the_text_it_replaces():
    dom = LexborHTMLParser("<body><div id='outer'><section id='s'><p id='a'>lead words here</p></section>"
                           "<ul><li>link list words one</li></ul></div></body>")
    anchor = dom.css_first("#a")
    assert container_of(anchor, dom.body, avoid="link list words").attributes["id"] == "s"
    assert container_of(anchor, dom.body).attributes["id"] == "outer"


SHORT = ["The ferry left the harbour at seven with forty passengers on board.",
         "Engineers had checked both engines twice during the night shift.",
         "Passengers said the crossing took less than twenty minutes.",
         "The operator plans a second boat from the first of May onwards."]


def _short_paragraph_page(paragraphs: list[str]) -> str:
    """An article in one-sentence paragraphs; its lead sits in a box of its own under the headline."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<html><head><title>Ferry</title><meta name="description" content="{LEAD[:160]}"></head><body>
<main><h1>Harbour ferry is back</h1><div class="top-box"><span>{LEAD}</span></div>
<article class="story">{body}</article></main></body></html>"""


def test_an_article_in_short_paragraphs_stays_when_its_lead_is_printed_apart():
    doc = clean(_short_paragraph_page(SHORT))
    for sentence in SHORT:
        assert sentence in doc.body
    assert not [r for r in doc.removed if r.rule == "description-anchor"]


def test_a_body_of_link_titles_is_still_replaced_by_the_anchored_article():
    titles = [s.rstrip(".") for s in SHORT]          # headlines: no full stop, not a prose run
    doc = clean(_short_paragraph_page(titles))
    assert [r for r in doc.removed if r.rule == "description-anchor"]
    assert doc.body.startswith("The harbour ferry returned to service")


def test_a_short_article_beside_its_lead_stays_the_body():
    """Guard ``lead-beside-body``: the description is the standfirst printed under the headline,
    outside the article's container, and the article is one short paragraph of prose beside it in
    the same small container: the paragraph stays the body (it was replaced by the standfirst)."""
    deck = ("The ferry operator blamed a shortage of spare parts and said the repairs would take "
            "at least another three weeks to finish.")
    story = ("Commuters crowded onto the replacement buses on Monday morning, and the trip around "
             "the bay took almost an hour. The council asked the operator for a firm date by Friday.")
    html = f"""<html><head><title>Ferry out</title><meta name="description" content="{deck}"></head><body>
<header><a href="/">Bay Courier</a><nav><ul><li><a href="/1">News</a></li><li><a href="/2">Sport</a></li></ul></nav></header>
<main class="story-chain"><h1 class="headline">Harbour ferry out of service again</h1>
<h2 class="subheadline">{deck}</h2><div class="byline">By Ann Lee</div>
<article class="article-body"><p class="para">{story}</p></article></main></body></html>"""
    doc = clean(html)
    assert story in doc.body
    assert not [r for r in doc.removed if r.rule == "description-anchor"]
