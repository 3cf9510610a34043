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
