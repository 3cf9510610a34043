"""Parts named in data-* attributes (CSS-in-JS sites hash their classes): the class-keyed rules read
``data-testid``, ``data-component``, ``data-module``, ``data-qa`` and ``data-type`` too."""
from cleaners.builtin._dom import attr_key
from cleaners.builtin.dom_boilerplate import DomBoilerplate
from cleaners.pipeline import Pipeline

from ._html import page, rules, run

PARAS = ("<p data-component='text-block' class='css-1x2y3z'>The council voted on Tuesday to extend the night bus "
         "service to the northern districts, after a year of petitions from shift workers.</p>"
         "<p data-component='text-block' class='css-1x2y3z'>The extension will cost about two million a year and "
         "starts in March, the council said in a statement published after the vote.</p>"
         "<p data-component='text-block' class='css-1x2y3z'>Shift workers at the hospital said the last bus left "
         "before their shifts ended, and that taxis cost them a fifth of their nightly pay.</p>")
AUTHOR = ("<div class='sc-bdVaJa kLmNoP' data-testid='author-card'><img src='/a.jpg'><span>Maria Lind</span>"
          "<span>Maria Lind covers transport and the city council.</span></div>")
SHARE = ("<div class='css-9q8w7e' data-component='ShareBar'><a href='#'>Facebook</a><a href='#'>X</a>"
         "<a href='#'>Email</a></div>")
RELATED = ("<section class='css-4r5t6y' data-module='related-links'><h2>More on this story</h2>"
           "<a href='/a/1'>Tram line to the airport approved by the council</a>"
           "<a href='/a/2'>Night buses return to the old town after ten years</a></section>")


def _page(inner: str) -> str:
    return page(f"<main class='css-a1b2c3'><article class='css-d4e5f6' data-testid='article'><h1>Night buses</h1>"
                f"{inner}</article></main>")


def test_camel_case_data_names_join_the_key():
    from selectolax.lexbor import LexborHTMLParser
    node = LexborHTMLParser("<div class='sc-x' data-component='ShareBar' data-qa='authorCard'></div>").css_first("div")
    assert attr_key(node) == "sc-x  share-bar author-card"
    assert attr_key(LexborHTMLParser("<div class='a' id='b'></div>").css_first("div")) == "a b"


def test_author_card_share_bar_and_related_box_named_in_data_attributes_go():
    body = f"<div data-component='body' class='css-g7h8i9'>{PARAS}</div>{SHARE}{AUTHOR}{RELATED}"
    doc, text = run(DomBoilerplate(), _page(body), url="https://example.org/news/x")
    assert "Facebook" not in text and "covers transport" not in text and "Tram line" not in text
    assert sorted(rules(doc)) == ["author-box", "related-box", "share-bar"]
    assert doc.metadata["related"][0]["title"] == "Tram line to the airport approved by the council"


def test_article_parts_named_body_and_text_block_stay_through_the_pipeline():
    body = (f"<div data-component='body' data-testid='article-body' data-type='article' class='css-g7h8i9'>{PARAS}"
            "<figure data-component='image-block' data-type='image'><img src='/b.jpg'><figcaption>The night bus "
            "at the depot.</figcaption></figure></div>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("t.html", _page(body).encode(), "html"))
    assert "petitions from shift workers" in record["body"] and "a fifth of their nightly pay" in record["body"]
    assert "two million a year" in record["body"]


def test_a_caption_and_a_credit_named_in_data_attributes_go_to_metadata():
    from cleaners.builtin.dom_figures import DomFigures
    figure = ("<div class='css-m1n2o3' data-component='image-block'><img src='/b.jpg'><span class='css-p4q5r6' "
              "data-testid='photoCaption'>The night bus at the depot.</span><span class='css-s7t8u9' "
              "data-testid='image-credit'>Jan Weber</span></div>")
    doc, text = run(DomFigures(), _page(f"<div data-component='body'>{PARAS}{figure}</div>"))
    assert "at the depot" not in text and "Jan Weber" not in text and "two million a year" in text
    assert doc.metadata["captions"] == ["The night bus at the depot."] and doc.metadata["credits"] == ["Jan Weber"]
