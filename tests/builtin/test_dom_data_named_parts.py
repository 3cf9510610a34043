"""Parts named only in data-* attributes (hashed CSS-in-JS classes) are found by the DOM cleaners that pick their
elements by class or id (`_data_names.with_named`): a gallery (dom_gallery, also by its ARIA role description), a
table of contents, a references list, an infobox (dom_apparatus), a standfirst (dom_promos), a live badge and a
rating box (dom_service). The article's own data-* names ("ArticleBody", "story-text") keep its text."""
from cleaners.builtin._data_names import SELECTOR, with_named
from cleaners.builtin.dom_apparatus import DomApparatus
from cleaners.builtin.dom_gallery import DomGallery
from cleaners.builtin.dom_promos import DomPromos
from cleaners.builtin.dom_service import DomService
from cleaners.pipeline import Pipeline

from ._html import page, rules, run

STORY = ("<p data-component='story-text' class='css-p1a2b3'>The harbour board approved the new ferry terminal on "
         "Monday, ending a dispute with the fishing cooperative that had lasted for almost three years.</p>"
         "<p data-component='story-text' class='css-p1a2b3'>Work on the quay starts in the spring and the first "
         "ferries are expected to dock there in the summer of the following year, the board said.</p>"
         "<p data-component='story-text' class='css-p1a2b3'>Fishermen said the agreement keeps the old slipway "
         "open and moves the ferry lane away from the nets laid in the bay each winter.</p>"
         "<p data-component='story-text' class='css-p1a2b3'>The cooperative had asked for a second breakwater, which "
         "the board refused on cost, but it will pay for a survey of the seabed before the dredging begins.</p>")
KEPT = ("harbour board approved", "first ferries are expected", "keeps the old slipway")


def _body(inner: str, after: str = "", header: str = "") -> str:
    return page(f"<main class='css-m0n0p0'>{header}<article class='css-a9b8c7' data-testid='ArticleBody'>"
                f"<h1>Ferry terminal approved</h1><div data-module='ArticleBody' class='css-d6e5f4'>{STORY}{inner}"
                f"</div></article></main>{after}")


def _kept(text: str) -> bool:
    return all(k in text for k in KEPT)


def test_the_selector_grows_only_on_a_page_naming_parts_in_data_attributes():
    assert with_named("[class*=toc i]", "<div class='toc'></div>") == "[class*=toc i]"
    assert with_named("[class*=toc i]", "<div data-qa='toc'></div>") == f"[class*=toc i], {SELECTOR}"


def _slides(n: int) -> str:
    return "".join(f"<div class='css-s{k}x' data-testid='GallerySlide'><img src='/{k}.jpg'><span>The quay at low "
                   f"tide on day {k} of the survey, seen from the breakwater. (Photo: Ana Ruiz)</span></div>"
                   for k in range(n))


def test_a_gallery_named_in_a_data_attribute_goes_to_captions():
    gallery = f"<div class='css-1x2y3z' data-testid='PhotoGallery'>{_slides(4)}</div>"
    doc, text = run(DomGallery(), _body("", after=gallery))
    assert "low tide" not in text and _kept(text) and rules(doc) == ["gallery-captions"]
    assert len(doc.metadata["captions"]) == 4


def test_the_article_of_a_gallery_story_named_in_data_attributes_stays():
    html = page(f"<main><article class='css-q' data-testid='GalleryStory'><div data-component='story-text'>{STORY}"
                "</div></article></main>")
    doc, text = run(DomGallery(), html)
    assert _kept(text) and doc.removed == ()


TOC = ("<nav class='css-7h8j9k' {}><h2>Contents</h2><ul><li><a href='#quay'>The quay</a></li>"
       "<li><a href='#nets'>The nets</a></li></ul></nav>")


def test_contents_named_in_a_data_attribute_or_by_its_role_go():
    for attrs in ("data-testid='TableOfContents'", "data-component='toc'", "role='doc-toc'"):
        doc, text = run(DomApparatus(), _body(TOC.format(attrs)))
        assert "The quay" not in text and _kept(text) and rules(doc) == ["contents"], attrs


def test_references_and_an_infobox_named_in_data_attributes_go():
    refs = ("<section class='css-r4t5y6' data-component='ReferencesList'><ol><li>Harbour board minutes, 2024.</li>"
            "<li>Fishing cooperative statement, 2023.</li></ol></section>")
    box = ("<table class='css-i1o2p3' data-module='Infobox'><tr><th>Length</th><td>240 m</td></tr>"
           "<tr><th>Opened</th><td>2027</td></tr><tr><th>Owner</th><td>Harbour board</td></tr></table>")
    doc, text = run(DomApparatus(), _body(box + STORY.replace("harbour board approved", "board voted") + refs))
    assert "minutes, 2024" not in text and "240 m" not in text and _kept(text)
    assert sorted(rules(doc)) == ["endnotes", "infobox"]


def test_the_article_named_contents_and_a_links_box_leaving_the_page_stay():
    html = page(f"<main><div data-testid='ArticleContents' class='css-z'>{STORY}<p><a href='#n1'>1</a></p></div>"
                + TOC.format("data-testid='TableOfContents'").replace("#quay", "/quay").replace("#nets", "/nets")
                + "</main>")
    doc, text = run(DomApparatus(), html)
    assert _kept(text) and "The quay" in text and doc.removed == ()


def test_a_standfirst_named_in_a_data_attribute_is_the_subtitle_and_stays():
    header = ("<header class='css-h1'><p class='css-k2l3m4' data-testid='ArticleStandfirst'>The harbour dispute is "
              "over: ferries will dock at a new quay.</p></header>")
    doc, text = run(DomPromos(), _body("", header=header))
    assert doc.metadata.get("subtitle") == "The harbour dispute is over: ferries will dock at a new quay."
    assert "ferries will dock at a new quay" in text and _kept(text)


def test_the_story_text_named_in_data_attributes_is_no_standfirst():
    doc, text = run(DomPromos(), _body(""))
    assert not doc.metadata.get("subtitle") and _kept(text)


def test_a_live_badge_and_a_rating_box_named_in_data_attributes_go():
    badge = "<div class='css-b1'><span class='css-l1v2e3' data-testid='LiveBadge'>LIVE</span></div>"
    rating = "<div class='css-r7a8t9' data-component='StarRating'>Rating: 4.5/5</div>"
    doc, text = run(DomService(), _body(rating, header=badge))
    assert "LIVE" not in text and "4.5/5" not in text and _kept(text)
    assert sorted(rules(doc)) == ["live-badge", "rating-box"] and doc.metadata["rating"] == {"value": 4.5, "best": 5}


def test_a_live_blogs_entries_and_a_sentence_rating_named_in_data_attributes_stay():
    entries = "".join(f"<div class='css-e{k}' data-testid='LiveBlogEntry'><span data-testid='LiveTimestamp'>"
                      f"Live</span><p>Update {k}: the board met again and the ferry lane was moved.</p></div>"
                      for k in range(3))
    rated = ("<p data-component='story-text' data-testid='ReviewRating' class='css-v'>Fishermen rate the deal 4 out "
             "of 5, saying the winter nets were the part that mattered to them most of all.</p>")
    doc, text = run(DomService(), _body(rated + entries))
    assert _kept(text) and "rate the deal 4 out of 5" in text and "Update 2" in text and doc.removed == ()


def test_the_article_named_in_data_attributes_keeps_its_text_through_the_pipeline():
    html = _body(TOC.format("data-testid='TableOfContents'"),
                 after=f"<div class='css-1x2y3z' data-testid='PhotoGallery'>{_slides(4)}</div>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("t.html", html.encode(), "html"))
    assert _kept(record["body"]) and "low tide" not in record["body"]


def test_a_carousel_described_by_its_aria_role_goes_and_a_slide_of_prose_stays():
    slides = _slides(4).replace("data-testid='GallerySlide'", "aria-roledescription='slide'")
    doc, text = run(DomGallery(), _body("", after=f"<section aria-roledescription='carousel'>{slides}</section>"))
    assert "low tide" not in text and _kept(text) and rules(doc) == ["gallery-captions"]
    html = page(f"<main><section aria-roledescription='carousel' class='css-q'>{STORY}</section></main>")
    doc, text = run(DomGallery(), html)
    assert _kept(text) and doc.removed == ()
