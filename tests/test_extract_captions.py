"""A photo page's captions kept in the body (cleaners/extract_captions.py): the extraction drops a figure whole."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_captions import photo_captions_as_text
from cleaners.pipeline import Pipeline

CAPTIONS = ("Volunteers carry sandbags along the river wall as the water rises on Sunday evening.",
            "A ferry waits at the flooded landing stage below the old customs house.")
ARTICLE = ("<p>The council voted on Tuesday to extend the night bus service to the northern districts, after a year "
           "of petitions from shift workers who had no way home.</p><p>The extension will cost about two million a "
           "year and starts in March, the council said in a statement published after the vote.</p>")


def _body(html: str) -> str:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("t.html", html.encode(), "html"))["body"]


def _page(inner: str) -> str:
    return (f"<html><head><title>The flood in pictures</title></head><body><header><a href='/'>Home</a></header>"
            f"<main><article><h1>The flood in pictures</h1>{inner}</article></main></body></html>")


TITLE = "Ferry town along the estuary counts the cost of the spring flood after a week of rain"
LEAD = ("The river crested at dawn on Sunday, two hand-widths below the wall the town raised after the last great "
        "flood, and by noon the water had begun to fall.")


def test_a_photo_pages_captions_are_its_body_beside_a_short_lead():
    figures = "".join(f"<figure class='kg-card kg-image-card kg-card-hascaption'><img src='https://cdn.example.net/"
                      f"{k}.webp' width='1200' height='800' alt=''><figcaption>{c}</figcaption></figure>"
                      for k, c in enumerate(CAPTIONS))
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE} | Example</title></head><body><div class='viewport'>"
            f"<main id='site-main' class='site-main'><article class='article post'><header class='article-header "
            f"gh-canvas'><h1 class='article-title'>{TITLE}</h1><div class='article-byline'>Jane Roe · 8.5.2019</div>"
            f"</header><section class='gh-content gh-canvas'><p>{LEAD}</p>{figures}</section></article></main></div>"
            f"</body></html>")
    body = _body(html)
    assert LEAD in body and CAPTIONS[0] in body and CAPTIONS[1] in body


def test_a_photo_pages_two_captions_alone_are_its_body():
    figures = "".join(f"<figure class='wp-block-image'><img src='{k}.jpg'><figcaption>{c}</figcaption></figure>"
                      for k, c in enumerate(CAPTIONS))
    body = _body(_page(figures))
    assert CAPTIONS[0] in body and CAPTIONS[1] in body


def test_a_news_pages_caption_still_goes_to_metadata():
    html = _page(f"<figure><img src='a.jpg'><figcaption>{CAPTIONS[0]}</figcaption></figure>{ARTICLE}")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("t.html", html.encode(), "html"))
    assert CAPTIONS[0] not in record["body"] and "night bus" in record["body"]
    assert record["metadata"]["captions"] == [CAPTIONS[0]]


def test_short_captions_become_paragraphs_and_a_long_one_stays_a_caption():
    long = "A paragraph of prose that was set in a caption element by a theme. " * 8
    dom = LexborHTMLParser(f"<body><figure><img src='a.jpg'><figcaption>{CAPTIONS[0]}</figcaption></figure>"
                           f"<figure><figcaption>{long}</figcaption></figure></body>")
    assert photo_captions_as_text(dom) == 1
    assert dom.css_first("p").text() == CAPTIONS[0] and len(dom.css("figure")) == 1


def test_a_caption_left_on_a_page_of_longer_paragraphs_stays_a_caption():
    dom = LexborHTMLParser(f"<body><figure><img src='a.jpg'><figcaption><p>{CAPTIONS[1]}</p></figcaption></figure>"
                           f"{ARTICLE}</body>")
    assert photo_captions_as_text(dom) == 0 and len(dom.css("figure figcaption")) == 1


def test_a_caption_over_an_article_of_one_paragraph_a_box_stays_out_of_the_body():
    answers = ("The rivers rose faster than the models said, and the towns on their banks had less time than ever.",
               "We will see more such weeks, above all in the valleys, where the water has nowhere else to go.",
               "Older people and those on the ground floors are at risk first, so the warnings must reach them early.",
               "Dykes help, but so do meadows that may flood, and the towns have built over too many of them.")
    paragraphs = "".join(f"<div class='RichText'><p>{a}</p></div>" for a in answers)
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><figure><img src='a.jpg'>"
            f"<figcaption><p>{CAPTIONS[0]}</p><span class='copyright'>Photo: Jane Roe</span></figcaption></figure>"
            f"<section>{paragraphs}</section></article></body></html>")
    body = _body(html)
    assert answers[0] in body and answers[3] in body and CAPTIONS[0] not in body


def test_a_news_page_inside_one_form_keeps_its_caption_out_of_the_body():
    html = (f"<html><head><title>{TITLE}</title></head><body><form id='aspnetForm'><div class='story'>"
            f"<figure><img src='a.jpg'><figcaption>{CAPTIONS[0]}</figcaption></figure>{ARTICLE}</div></form>"
            f"</body></html>")
    dom = LexborHTMLParser(html)
    assert photo_captions_as_text(dom) == 0


def test_a_gallery_of_teasers_after_a_short_story_stays_out_of_its_body():
    # the story's block holds the short article; a carousel of captioned teasers follows it, outside that block
    teasers = ("Council votes on the harbour wall (Ann Lee)", "Ferry fares rise in May (Tom Berg)",
               "School roof repaired before winter (Ann Lee)")
    gallery = "".join(f"<figure class='carousel'><img src='{k}.jpg'><figcaption>{t}</figcaption></figure>"
                      for k, t in enumerate(teasers))
    short = "<p>The night buses will run to the northern districts from March, the council said.</p>"
    html = (f"<html><body><div class='page'><div class='post'><h1>Night buses</h1><div class='entry'>{short}</div>"
            f"</div><div class='gallery'><p>Photo galleries</p>{gallery}</div></div></body></html>")
    dom = LexborHTMLParser(html)
    assert photo_captions_as_text(dom) == 0 and len(dom.css("figcaption")) == 3


def test_a_gallery_of_captioned_figures_inside_a_figure_becomes_paragraphs():
    inner = "".join(f"<figure class='wp-block-image'><img src='{k}.jpg'><figcaption>{c}</figcaption></figure>"
                    for k, c in enumerate(CAPTIONS))
    dom = LexborHTMLParser(f"<body><figure class='wp-block-gallery'>{inner}<figcaption>The flood.</figcaption>"
                           f"</figure></body>")
    assert photo_captions_as_text(dom) == 3
    assert not dom.css("figure") and [p.text() for p in dom.css("p")] == [*CAPTIONS, "The flood."]


def test_figures_nested_past_two_deep_keep_their_captions_as_captions():
    page = "<figure><figcaption>{}</figcaption>" * 3 + "</figure>" * 3
    dom = LexborHTMLParser("<body>" + page.format(*CAPTIONS, "The third, inside two figures.") + "</body>")
    assert photo_captions_as_text(dom) == 2
    assert [p.text() for p in dom.css("p")] == list(CAPTIONS) and len(dom.css("figcaption")) == 1


def test_figures_nested_thousands_deep_are_read_once():
    dom = LexborHTMLParser("<body>" + "<figure><figcaption>A caption.</figcaption>" * 3000 + "</figure>" * 3000)
    assert photo_captions_as_text(dom) == 2 and len(dom.css("figcaption")) == 2998
