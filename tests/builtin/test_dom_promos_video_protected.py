"""A video card's link never takes the story (cleaners/builtin/dom_media_teaser.py, read by dom_promos): a story of
prose runs between <br>s or of bare <div> blocks inside a link that shows a running time (an unclosed thumbnail
link) is protected as the main container is; a video card beside the story still goes (rule video-teaser)."""
from cleaners.builtin.dom_promos import DomPromos
from tests.builtin._html import ARTICLE, page, rules, run

RUN = ("The river rose by almost two metres overnight and the lower town was cleared before dawn, the fire service "
       "said, after the dikes near the old mill began to leak into the cellars.")
RUNS = {"br": "<br><br>".join([RUN] * 4), "div": "".join(f"<div>{RUN}</div>" for _ in range(4))}


def test_a_story_of_runs_or_bare_blocks_inside_a_timed_link_stays():
    for shape, story in RUNS.items():
        html = page(f"<div class='wrap'><a href='/video/7'><img src='t.jpg'><span>1:27</span> Watch the flood "
                    f"<div class='text'>{story}</div></a></div>")
        doc, text = run(DomPromos(), html)
        assert "old mill" in text and doc.removed == (), shape


def test_a_video_card_beside_such_a_story_goes():
    for shape, story in RUNS.items():
        card = ("<div class='card'><a href='/video/8'><img src='v.jpg'><span>2:05</span> "
                "Flood water reaches the square</a></div>")
        doc, text = run(DomPromos(), page(f"<div class='text'>{story}</div>{card}"))
        assert "old mill" in text and "reaches the square" not in text and rules(doc) == ["video-teaser"], shape
    doc, text = run(DomPromos(), page(f"<article>{ARTICLE}{card}</article>"))
    assert "night bus" in text and rules(doc) == ["video-teaser"]
