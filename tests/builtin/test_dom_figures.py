from cleaners.builtin.dom_figures import DomFigures

from ._html import ARTICLE, page, rules, run


def test_caption_and_credit_go_to_metadata():
    html = page(f"<article><figure><img src='a.jpg'><figcaption>Buses at the depot on Monday.</figcaption>"
                f"<span class='image-credit'>Jane Roe/Agency</span></figure>{ARTICLE}</article>")
    doc, text = run(DomFigures(), html)
    assert "depot" not in text and "Agency" not in text
    assert doc.metadata["captions"] == ["Buses at the depot on Monday."]
    assert doc.metadata["credits"] == ["Jane Roe/Agency"]
    assert sorted(rules(doc)) == ["figure-caption", "photo-credit"]


def test_long_text_in_caption_class_is_kept():
    body = "<p>" + "A long paragraph that is running text and not a caption at all. " * 8 + "</p>"
    doc, text = run(DomFigures(), page(f"<div class='captioned-essay'>{body}</div><article>{ARTICLE}</article>"))
    assert "running text" in text and doc.removed == ()


def test_photo_page_keeps_its_captions_as_the_article():
    gallery = "".join(f"<figure><img src='{n}.jpg'><figcaption>Photo {n}: costumed crowds fill the square during "
                      f"the parade, the {n}th float passing the old town hall.</figcaption>"
                      f"<span class='photo-credit'>Agency</span></figure>" for n in range(6))
    doc, text = run(DomFigures(), page(f"<article><h1>Parade</h1><p>The parade in pictures.</p>{gallery}</article>"))
    assert "costumed crowds" in text and "6th" not in text and "5th float" in text
    assert doc.metadata["captions"] == [] and "Agency" not in text
    assert rules(doc) == ["photo-credit"] * 6


def test_caption_only_photo_page_keeps_the_caption():
    html = page("<article><h1>Sunrise</h1><figure><img src='a.jpg'><figcaption>The sun rises over the harbour "
                "as the first ferry leaves for the islands.</figcaption></figure></article>")
    doc, text = run(DomFigures(), html)
    assert "first ferry" in text and doc.removed == ()


def test_gallery_whose_captions_are_paragraphs_of_the_article_keeps_them():
    gallery = "".join(f"<div class='wp-caption'><img src='{n}.jpg'><p class='wp-caption-text'>Photo {n}: costumed "
                      f"crowds fill the square during the parade, float number {n} passing the town hall.</p></div>"
                      for n in range(5))
    doc, text = run(DomFigures(), page(f"<div class='entry'><p>The parade in pictures, this year.</p>{gallery}</div>"))
    assert "float number 3" in text and doc.removed == ()


def test_a_caption_paragraph_beside_an_article_of_br_runs_goes():
    runs = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year "
            "of petitions from shift workers who had no way home.<br><br>") * 3
    html = page(f"<div id='content'><div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>Buses at "
                f"the depot on Monday.</p></div><div class='text'>{runs}</div></div>")
    doc, text = run(DomFigures(), html)
    assert "depot" not in text and "night bus" in text and doc.metadata["captions"] == ["Buses at the depot on Monday."]


def test_a_caption_reads_as_on_screen_inline_words_joined_script_left_out():
    html = page(f"<article><figure><img src='a.jpg'><figcaption><i>Yersinia pestis</i>, the bacteria behind "
                f"the plague, on a <b>W</b>ashington slide.<br>Second line (<span>NASA/JPL</span>)</figcaption>"
                f"<span class='image-credit'>AdChoices<script>var ev = document.createElement('script');</script>"
                f"</span></figure>{ARTICLE}</article>")
    doc, _ = run(DomFigures(), html)
    assert doc.metadata["captions"] == ["Yersinia pestis, the bacteria behind the plague, on a Washington slide. "
                                        "Second line (NASA/JPL)"]
    assert doc.metadata["credits"] == ["AdChoices"]


def test_display_text_keeps_blocks_and_line_breaks_apart():
    from selectolax.lexbor import LexborHTMLParser
    from cleaners.builtin._dom import display_text
    node = LexborHTMLParser("<div><p>One</p><p>Two</p>Three<br>Four<div>Five</div><span>Si</span>x</div>").css_first("div")
    assert display_text(node) == "One Two Three Four Five Six"


def test_an_element_several_selectors_match_is_one_caption():
    # (lexbor gives an element once for each selector of a list it matches: figcaption, *capt*, *credit*)
    html = page(f"<article><figure><img src='a.jpg'><figcaption class='caption-credit'>Buses at the depot on Monday."
                f"</figcaption></figure>{ARTICLE}</article>")
    doc, text = run(DomFigures(), html)
    assert doc.metadata["captions"] == ["Buses at the depot on Monday."]
    assert [r.rule for r in doc.removed] == ["figure-caption"]


def test_two_figures_with_the_same_caption_are_two_captions():
    figure = "<figure><img src='a.jpg'><figcaption>Buses at the depot on Monday.</figcaption></figure>"
    doc, text = run(DomFigures(), page(f"<article>{figure}{ARTICLE}{figure}</article>"))
    assert doc.metadata["captions"] == ["Buses at the depot on Monday."] * 2
    assert [r.rule for r in doc.removed] == ["figure-caption"] * 2
