"""A slideshow's counter and arrows (cleaners/builtin/dom_slides.py, read by dom_gallery, rules gallery-counter and
gallery-controls) go in any language, the captions still go to metadata.captions; a sentence that counts, a
listicle's numbers, a counter-like line outside a gallery and a gallery that wraps the article stay."""
from cleaners.builtin.dom_gallery import DomGallery
from cleaners.builtin.dom_slides import is_control, is_counter
from cleaners.pipeline import Pipeline
from tests.builtin._html import ARTICLE, page, rules, run

LONG = ARTICLE * 2

# (gallery class, counter, controls, caption): several languages and scripts, several gallery shapes
GALLERIES = (
    ("slideshow", "<div class='counter'>1 / 12</div>", "<a class='prev'>\u2039</a><a class='next'>\u203a</a>",
     "Runners cross the bridge at dawn, watched by crowds along the river."),
    ("bildergalerie", "<span>Bild 3 von 20</span>", "<div><a>\u00ab Zurück</a> | <a>Weiter \u00bb</a></div>",
     "Läufer überqueren im Morgengrauen die Brücke, beobachtet von vielen Zuschauern."),
    ("photo-gallery", "<p class='pos'>صورة 3 من 20</p>", "<button>\u276e</button><button>\u276f</button>",
     "عداؤون يعبرون الجسر عند الفجر بينما يتابعهم الجمهور على ضفتي النهر."),
    ("carousel", "<div class='swiper-pagination'>(2 из 9)</div>", "<span>\u2190 \u2192</span>",
     "Бегуны пересекают мост на рассвете под взглядами зрителей на набережной."),
    ("fotogalerie", "<em>3 of 20</em>", "<nav>\u00ab Previous | Next \u00bb</nav>",
     "A rower passes under the old bridge as the fog lifts over the harbour."),
)


def _gallery(cls: str, counter: str, controls: str, caption: str, slides: int = 1) -> str:
    figures = "".join(f"<figure><img src='{k}.jpg'><figcaption>{caption}</figcaption></figure>" for k in range(slides))
    return f"<div class='{cls}'>{counter}{figures}{controls}</div>"


def test_counters_and_arrows_go_and_captions_stay_captions():
    for cls, counter, controls, caption in GALLERIES:
        for slides in (1, 3):
            html = page(f"<article>{LONG}{_gallery(cls, counter, controls, caption, slides)}</article>")
            doc, text = run(DomGallery(), html)
            assert "night bus" in text, cls
            assert "gallery-counter" in rules(doc) and "gallery-controls" in rules(doc), (cls, rules(doc))
            for r in doc.removed:
                if r.rule in ("gallery-counter", "gallery-controls"):
                    assert r.text not in text and caption not in r.text, (cls, r.text)
            assert all(caption == c for c in doc.metadata.get("captions") or [caption])


def test_a_photo_page_keeps_its_captions_but_not_its_counter():
    slides = "".join(f"<li><img src='{k}.jpg'><p>Runners cross the bridge on day {k} of the race.</p>"
                     f"<span class='num'>{k} / 6</span></li>" for k in range(1, 7))
    doc, text = run(DomGallery(), page(f"<article><h1>The race</h1><p>The race in pictures.</p>"
                                       f"<ul class='slideshow'>{slides}</ul></article>"))
    assert "Runners cross the bridge on day 5" in text and "5 / 6" not in text
    assert set(rules(doc)) == {"gallery-counter"}


def test_counting_sentences_listicles_and_lines_outside_a_gallery_stay():
    items = "".join(f"<div class='slide'><h3>{k}.</h3><p>Tip {k}: start slowly.</p></div>" for k in range(1, 5))
    html = page(f"<article>{LONG}<p class='score'>3 / 12</p><div class='slider'>"
                "<p>3 of 20 people said they would take the night bus again.</p>"
                f"{items}</div></article>")
    doc, text = run(DomGallery(), html)
    assert "gallery-counter" not in rules(doc) and "gallery-controls" not in rules(doc)
    assert "3 / 12" in text
    assert not is_counter("3 of 20 people said") and not is_counter("1.") and not is_counter("12 / 3")
    assert not is_control("Next week the council votes again \u00bb") and not is_control("Page 2 \u00bb")


def test_a_page_wrapper_named_for_a_gallery_keeps_its_lines():
    html = page(f"<div class='page-gallery'><div class='entry'>{LONG}<p>1 / 2</p></div></div>")
    doc, text = run(DomGallery(), html)
    assert "1 / 2" in text and doc.removed == ()


def test_the_counter_leaves_the_record_body():
    story = ("<p>Der Fluss stieg über Nacht um fast zwei Meter, die Unterstadt wurde vor dem Morgengrauen geräumt, "
             "teilte die Feuerwehr mit, nachdem die Deiche an der alten Mühle leckten.</p>") * 3
    html = ("<html lang='de'><head><title>Hochwasser</title></head><body><main><article><h1>Hochwasser im Tal</h1>"
            + story + "<div class='bildergalerie'><figure><img src='a.jpg'><figcaption>Wasser auf dem Marktplatz am "
            "Dienstag.</figcaption></figure><span class='zaehler'>Bild 3 von 20</span></div></article></main>"
            "</body></html>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("t.html", html.encode(), "html"))
    assert "Bild 3 von 20" not in record["body"] and "Unterstadt" in record["body"]
    assert any(r["rule"] == "gallery-counter" for r in record["removed"])
