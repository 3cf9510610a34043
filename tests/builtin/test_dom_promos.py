from cleaners.builtin.dom_promos import DomPromos, is_all_caps

from ._html import ARTICLE, page, rules, run


def test_link_only_paragraphs_and_their_label_removed():
    html = page(f"<article>{ARTICLE}<p><strong>DON'T MISS</strong></p>"
                "<p><a href='/x'>Mayor opens new depot [VIDEO]</a></p>"
                "<p><a href='/y'>SEE MORE: RIDERSHIP HITS A RECORD</a></p></article>")
    doc, text = run(DomPromos(), html)
    assert "DON'T MISS" not in text and "depot" not in text and "RIDERSHIP" not in text
    assert sorted(rules(doc)) == ["link-paragraph", "link-paragraph", "promo-label"]


def test_paragraph_with_a_link_in_prose_kept_and_quoted_link_kept():
    html = page(f"<article>{ARTICLE}<p>The <a href='/r'>full report</a> runs to 90 pages and was published today.</p>"
                "<blockquote><p><a href='https://t.co/x'>pic.twitter.com/x</a></p></blockquote></article>")
    doc, text = run(DomPromos(), html)
    assert "full report" in text and "pic.twitter.com" in text and doc.removed == ()


def test_standfirst_stays_and_is_the_subtitle():
    """The article's own lead (tests/gold/README.md: body "with ... the article's own standfirst")."""
    html = page(f"<header><h1>Night buses extended</h1><h2 class='sub-head'>Shift workers win a year-long campaign</h2>"
                f"</header><article>{ARTICLE}</article>")
    doc, text = run(DomPromos(), html)
    assert doc.metadata["subtitle"] == "Shift workers win a year-long campaign"
    assert "campaign" in text and doc.removed == ()


def test_subhead_inside_the_article_text_is_kept():
    html = page(f"<article><div class='body'>{ARTICLE}<h2 class='subhead'>What happens next</h2>{ARTICLE}</div></article>")
    doc, text = run(DomPromos(), html)
    assert "What happens next" in text and doc.removed == ()


def test_all_caps():
    assert is_all_caps("SEE MORE: RIDERSHIP 2019")
    assert not is_all_caps("See more") and not is_all_caps("OK")


def test_kicker_right_before_the_headline_is_removed():
    html = page(f"<article><div class='box'><h4>Latest News From the Valley</h4></div>"
                f"<h1>Night buses reach the northern districts</h1><div class='body'>{ARTICLE}</div></article>")
    doc, text = run(DomPromos(), html)
    assert rules(doc) == ["kicker"] and "Latest News From the Valley" not in text
    assert "Night buses reach" in text


def test_sentence_before_the_headline_and_pages_with_several_h1_are_left_alone():
    lead = "<p>The council voted on Tuesday, and the vote was close.</p>"
    doc, text = run(DomPromos(), page(f"{lead}<h1>Night buses reach the north</h1>{ARTICLE}"))
    assert "kicker" not in rules(doc)
    two = page("<span>World news</span><h1>One</h1><h1>Two</h1>" + ARTICLE)
    doc, text = run(DomPromos(), two)
    assert "kicker" not in rules(doc) and "World news" in text
    dated = page("<div>March 11, 2024</div><h1>Night buses reach the north</h1>" + ARTICLE)
    doc, text = run(DomPromos(), dated)
    assert "kicker" not in rules(doc)


def test_list_of_teaser_links_with_bracketed_labels_is_removed_with_its_label():
    links = ("<p><strong>MUST READ</strong></p><p><a href='/a'>Floods close the northern valley road</a> "
             "[<strong>VIDEO]|<br></strong><a href='/b'>Council answers critics of the night bus plan</a>"
             "<strong> [REACTION]</strong></p>")
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}{links}{ARTICLE}</article>"))
    assert sorted(rules(doc)) == ["link-paragraph", "promo-label"] and "Floods close" not in text


def test_paragraph_with_several_links_in_prose_is_kept():
    prose = ("<p>Read the <a href='/r'>full report</a> and the council's <a href='/c'>reply</a> "
             "before the vote on Friday.</p>")
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}{prose}</article>"))
    assert rules(doc) == [] and "full report" in text


def test_numbered_list_of_links_in_one_paragraph_is_the_articles_own_list():
    items = "<br>".join(f"{n}. <a href='/w{n}'>Wallpaper pattern number {n}</a>" for n in range(1, 6))
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}<p>{items}</p></article>"))
    assert "Wallpaper pattern number 3" in text and doc.removed == ()


def test_a_linked_line_opening_in_lower_case_is_running_text_not_a_teaser():
    html = page(f"<article>{ARTICLE}<p><a href='/notes'>and the minutes of the meeting are online as well.</a></p>"
                "<p><a href='https://depot.example.org/plans'>depot.example.org/plans</a></p>"
                "<p><a href='/z'>Council approves the night bus budget</a></p></article>")
    doc, text = run(DomPromos(), html)
    assert "minutes of the meeting" in text and "depot.example.org/plans" in text
    assert "approves the night bus budget" not in text and rules(doc) == ["link-paragraph"]


def test_a_box_of_linked_headlines_with_short_summaries_is_a_teaser_box():
    teasers = ("<div class='more'><div class='t'><h3><a href='/a/1'>Harbour ferry gets a new timetable</a></h3>"
               "<p>Boats will leave every twenty minutes from May, the operator said.</p></div>"
               "<article><a href='/a/2'><h4>Library keeps late hours in winter</h4></a></article></div>")
    html = page(f"<article><div class='body'>{ARTICLE}{teasers}{ARTICLE}</div></article>")
    doc, text = run(DomPromos(), html)
    assert rules(doc) == ["teaser-box"] and "ferry" not in text and "twenty minutes" not in text
    assert "night bus service" in text
    assert [r["title"] for r in doc.metadata["related"]] == ["Harbour ferry gets a new timetable",
                                                             "Library keeps late hours in winter"]


def test_linked_section_headings_over_running_text_and_anchor_links_stay():
    """A section whose linked heading runs on with more than a teaser's text, a table of contents'
    "#" headings and plain subheadings are the article's own."""
    long = "<p>" + "The venue seats four hundred people and opens its doors at seven in the evening. " * 4 + "</p>"
    html = page(f"<article><div class='body'>{ARTICLE}"
                f"<div><div><h3><a href='https://venue.example'>The Old Mill</a></h3>{long}</div>"
                f"<div><h3><a href='https://hall.example'>Town Hall</a></h3>{long}</div></div>"
                "<div><div><h3><a href='#one'>Part one</a></h3><p>Short.</p></div>"
                "<div><h3><a href='#two'>Part two</a></h3><p>Short.</p></div></div>"
                "<div><div><h3>What happens next</h3><p>Short.</p></div><div><h3>Who pays</h3><p>Short.</p></div></div>"
                "</div></article>")
    doc, text = run(DomPromos(), html)
    assert doc.removed == () and "The Old Mill" in text and "Part two" in text and "Who pays" in text


def test_teasers_credited_to_a_sponsor_are_paid_teasers():
    cards = "".join(f"<div><a href='https://ads.example/{k}'><img src='/s.jpg'><span>{t}</span></a>"
                    f"<span>Sponsored by {s}</span></div>"
                    for k, (t, s) in enumerate([("Five habits of early risers", "Contoso Travel"),
                                                ("The loan that pays you back", "Northwind Bank")]))
    html = page(f"<article>{ARTICLE}</article><div><h4>From our partners</h4>{cards}</div>")
    doc, text = run(DomPromos(), html)
    assert rules(doc) == ["sponsored-teaser", "sponsored-teaser"] and "early risers" not in text
    assert "Northwind" not in text and "night bus service" in text


def test_a_sentence_or_a_caption_naming_a_presenter_stays():
    html = page(f"<article>{ARTICLE}<p>Presented by the mayor on Monday, the <a href='/plan'>plan</a> drew criticism "
                "from residents who said the night buses were too few.</p>"
                "<figure><img src='/p.jpg'><figcaption><span>Presented by Ann Lee</span></figcaption></figure>"
                "<p><a href='/concert'>Spring concert</a> <span>Presented by the city orchestra.</span></p></article>")
    doc, text = run(DomPromos(), html)
    assert doc.removed == () and "Presented by the mayor" in text and "Ann Lee" in text and "orchestra" in text


_FESTIVAL = ("<p><a href='https://harbourjazz.example/'>Harbour Jazz Days, 9-18 May, various venues</a></p>"
             "<p>Harbour Jazz Days returns for a tenth year with more than forty concerts in bars, churches and the old "
             "fish market, and a free stage on the quay every afternoon for the local school bands.</p>")
_TALKS = ("<p><a href='https://storytalks.example/'>Story Nights, 12 May, Quay Theatre</a></p>"
          "<p>Story Nights brings six writers to the Quay Theatre for an evening of tales told without notes, "
          "followed by a workshop for anyone who wants to try telling one of their own.</p>")


def test_linked_subheadings_of_a_listing_stay_with_their_paragraphs():
    # guard linked-subheadings: each linked entry heads a paragraph about what it names
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}{_FESTIVAL}{_TALKS}</article>"))
    assert "Harbour Jazz Days, 9-18 May" in text and "Story Nights, 12 May" in text and doc.removed == ()


def test_a_single_linked_line_or_links_over_unrelated_prose_are_still_promos():
    # one linked entry only: the guard needs a listing
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}{_FESTIVAL}</article>"))
    assert "Harbour Jazz Days, 9-18 May" not in text and rules(doc) == ["link-paragraph"]
    # teasers whose following paragraphs speak of something else
    html = page("<article><p><a href='/a'>Mayor opens new depot</a></p>" + ARTICLE.split("</p>")[0] + "</p>"
                "<p><a href='/b'>Ridership hits a record</a></p>" + ARTICLE.split("</p>")[1] + "</p></article>")
    doc, text = run(DomPromos(), html)
    assert "depot" not in text and "Ridership" not in text and rules(doc) == ["link-paragraph", "link-paragraph"]


def test_standfirst_selector_picks_every_class_its_pattern_matches():
    """The standfirst's elements are picked by its literals (lexbor, ASCII case ignored): every class
    the pattern matches once lower-cased is picked, an upper-cased one and a Kelvin sign's "k" too;
    a class holding none of them is not."""
    from selectolax.lexbor import LexborHTMLParser

    from cleaners.builtin.dom_promos import _STANDFIRST, _STANDFIRST_SELECTOR
    classes = ["dek", "article-DEK", "de\u212a", "standfirst", "sub-head", "subheadline", "Sub-Title", "strapline",
               "article-summary", "articlesummary", "summary-text", "lead-in", "LeadIn", "x_subtitle_y"]
    assert all(_STANDFIRST.search(c.lower()) for c in classes)
    dom = LexborHTMLParser("<body>" + "".join(f'<div class="{c}">{c}</div>' for c in classes)
                           + '<div class="teaser">x</div><p class="entry">y</p></body>')
    assert [n.attributes["class"] for n in dom.css(_STANDFIRST_SELECTOR)] == classes
