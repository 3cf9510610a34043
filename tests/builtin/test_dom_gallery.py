from cleaners.builtin.dom_gallery import DomGallery

from ._html import ARTICLE, page, rules, run

LONG_ARTICLE = ARTICLE + ("<p>Opposition members said they would ask for a review of the timetable, arguing that the "
                          "council had not consulted the bus drivers' union before the vote.</p>")


def _slides(n: int, tag: str = "li") -> str:
    return "".join(f"<{tag}><img src='{k}.jpg'><p>Runners cross the bridge at dawn on the {k}th day of the race, "
                   f"watched by crowds along the river. (Photo: Jane Roe)</p></{tag}>" for k in range(n))


def test_a_slideshow_after_the_article_goes_to_captions():
    html = page(f"<div class='story'>{LONG_ARTICLE}<ul class='hp-slideshow'>{_slides(6)}</ul></div>")
    doc, text = run(DomGallery(), html)
    assert "night bus" in text and "bus drivers" in text and "Runners cross" not in text
    assert rules(doc) == ["gallery-captions"]
    assert len(doc.metadata["captions"]) == 6 and doc.metadata["captions"][0].startswith("Runners cross the bridge")


def test_a_gallery_named_in_another_language_goes_too():
    html = page(f"<article>{LONG_ARTICLE}<div class='bildergalerie'>{_slides(3, 'figure')}</div></article>")
    doc, text = run(DomGallery(), html)
    assert "Runners cross" not in text and rules(doc) == ["gallery-captions"]


def test_a_carousel_of_story_links_goes_to_related():
    links = "".join(f"<div class='slide'><a href='/story-{k}'>Another story about the city budget, part {k}</a></div>"
                    for k in range(4))
    html = page(f"<article>{LONG_ARTICLE}</article><div class='carousel'>{links}</div>", )
    doc, text = run(DomGallery(), html, url="https://news.example/a")
    assert "Another story" not in text and rules(doc) == ["gallery-links"]
    assert [r["url"] for r in doc.metadata["related"]][:2] == ["https://news.example/story-0",
                                                              "https://news.example/story-1"]
    assert not doc.metadata.get("captions")


def test_a_photo_page_keeps_its_gallery_as_the_article():
    html = page(f"<article><h1>The race</h1><p>The race in pictures.</p><ul class='slideshow'>{_slides(6)}</ul></article>")
    doc, text = run(DomGallery(), html)
    assert "Runners cross the bridge at dawn on the 5th day" in text and doc.removed == ()


def test_slides_of_prose_are_kept():
    prose = "".join(f"<div class='slide'><h3>Tip {k}</h3><p>" + "Start slowly and keep a steady pace for the first "
                    "kilometres, then listen to your body before you push harder on the hills. " * 4 + "</p></div>"
                    for k in range(5))
    doc, text = run(DomGallery(), page(f"<article>{LONG_ARTICLE}<div class='slider'>{prose}</div></article>"))
    assert "Tip 3" in text and doc.removed == ()


def test_the_main_container_named_gallery_is_kept():
    html = page(f"<div class='post-page-gallery'><div class='entry'>{LONG_ARTICLE}</div></div>")
    doc, text = run(DomGallery(), html)
    assert "night bus" in text and doc.removed == ()


def test_a_single_caption_is_left_to_the_figure_cleaner():
    doc, text = run(DomGallery(), page(f"<article>{LONG_ARTICLE}<div class='gallery'>{_slides(1, 'figure')}</div></article>"))
    assert "Runners cross" in text and doc.removed == ()


def test_gallery_words_come_from_the_language_data_as_class_names_spell_them():
    """cleaners/lang class_gallery: Polish 'galeria-zdjęć' written without its accents, French 'diaporama'."""
    for name in ("galeria-zdjec", "diaporama-photos"):
        html = page(f"<article>{LONG_ARTICLE}<div class='{name}'>{_slides(3, 'figure')}</div></article>")
        doc, text = run(DomGallery(), html)
        assert "Runners cross" not in text and rules(doc) == ["gallery-captions"], name
