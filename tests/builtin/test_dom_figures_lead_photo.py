"""dom_figures: an interview's one lead photo over questions and answers in boxes of their own is no photo page
(its caption goes to metadata); a photo page whose one caption carries its text keeps it."""
from cleaners.builtin.dom_figures import DomFigures

from ._html import page, rules, run

CAPTION = ("The novelist Ilse Marten in her study in Leipzig, where she wrote most of her new book over two long "
           "winters.")


def _qa(pairs: int) -> str:
    return "".join(f"<div class='qa'><p><strong>What did winter {i} teach you about the book?</strong></p><p>It "
                   "taught me patience, and that a chapter can wait a week; I learned to leave the desk and walk by "
                   f"the river when a page would not come, in winter {i}.</p></div>" for i in range(pairs))


def test_an_interviews_lead_photo_caption_goes_to_metadata():
    html = page(f"<article><h1>Interview</h1><figure><img src='/a.jpg'><figcaption>{CAPTION}</figcaption>"
                f"</figure><div class='interview'>{_qa(8)}</div></article>")
    doc, text = run(DomFigures(), html)
    assert "study in Leipzig" not in text and "walk by the river" in text
    assert rules(doc) == ["figure-caption"] and doc.metadata["captions"] == [CAPTION]


def test_a_photo_pages_one_caption_stays_in_the_text():
    html = page(f"<article><h1>Picture of the day</h1><figure><img src='/a.jpg'><figcaption>{CAPTION} She keeps "
                "the manuscripts in shoe boxes under the window, sorted by the year she began them.</figcaption>"
                "</figure><p>Send us your pictures.</p></article>")
    doc, text = run(DomFigures(), html)
    assert "study in Leipzig" in text and "shoe boxes" in text and rules(doc) == []
