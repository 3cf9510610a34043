"""A review's score as metadata.rating (cleaners/builtin/dom_rating.py, page_rating, read by dom_service): one
rating box showing one score ("4.5/5", "8 von 10", "4 out of 5", full and empty stars) gives {"value", "best"};
a vote box, two scores, two boxes and a sentence that rates give none."""
from cleaners.builtin.dom_service import DomService
from tests.builtin._html import ARTICLE, page, run

REVIEW = ("<p>The new compact holds up well in the rain, and its zoom is quicker than last year's model, though the "
          "menus still take some getting used to after a week of daily use on the coast.</p>")


def _star(kind: str) -> str:
    return f"<span class='star star-{kind}'></span>"


SCORED = (
    ("<div class='review-rating'>Rating: 4.5/5</div>", 4.5, 5),
    ("<div class='post-rating'>Wertung: 8 von 10</div>", 8, 10),
    ("<p class='stars'>Our verdict: 4 out of 5</p>", 4, 5),
    ("<div class='rating-box'>التقييم: 7,5/10</div>", 7.5, 10),
    ("<div class='vote-result'>评分 9/10（120 票）</div>", 9, 10),
    ("<div class='rating'>Note : " + _star("full") * 3 + _star("half") + _star("empty") + "</div>", 3.5, 5),
    ("<div class='score-stars'>Оценка " + "<i class='fa fa-star'></i>" * 4 + "<i class='fa fa-star-o'></i></div>",
     4, 5),
    ("<div><span class='stars'>\u2605\u2605\u2605\u2606\u2606</span> <span>(31 avis)</span></div>",
     3, 5),
    ('<table class="reviewbox"><tr><td>Score</td><td>' + '<img src="/i/star-on.png">' * 2
     + '<img src="/i/star-off.png">' * 3 + "</td></tr></table>", 2, 5),
)


def test_one_box_with_one_score_gives_the_rating():
    for box, value, best in SCORED:
        doc, text = run(DomService(), page(f"<main><div class='entry'>{REVIEW}{box}{ARTICLE}</div></main>"))
        assert doc.metadata.get("rating") == {"value": value, "best": best}, box
        assert "holds up well" in text and "rating-box" in [r.rule for r in doc.removed], box


VOTES = (
    # a vote box: numbers to click, plain stars to click, radio buttons
    "<div class='vote-row'>Rate this: <a href='?r=1'>1</a> <a href='?r=2'>2</a> <a href='?r=3'>3</a> "
    "<a href='?r=4'>4</a> <a href='?r=5'>5</a></div>",
    "<div class='rating'>Rate this: " + "<span class='star'></span>" * 5 + "</div>",
    "<div class='rating'>Bewerten: " + _star("empty") * 5 + "</div>",
    # an unrated vote row: empty star images and a plain one after them (a loading mark)
    "<div class='post-ratings'>Be the first to rate: " + '<img src="/r/rating_off.gif">' * 5
    + '<img src="/r/rating_loading.gif"></div>',
    "<div class='fivestar-widget'><form>Ваша оценка: " + "<input type='radio' name='v'>" * 5 + "</form></div>",
    # two scores in a box
    "<div class='rating'>Design 4/5 Battery 3/5</div>",
)


def test_a_vote_box_or_two_scores_give_none():
    for box in VOTES:
        doc, _ = run(DomService(), page(f"<main><div class='entry'>{REVIEW}{box}{ARTICLE}</div></main>"))
        assert "rating" not in doc.metadata and [r.rule for r in doc.removed] == ["rating-box"], box


def test_two_boxes_with_scores_give_none_and_a_sentence_that_rates_gives_none():
    boxes = "<div class='rating'>4/5</div><div class='user-rating'>3.2/5</div>"
    doc, _ = run(DomService(), page(f"<main><div class='entry'>{REVIEW}{boxes}{ARTICLE}</div></main>"))
    assert "rating" not in doc.metadata and len(doc.removed) == 2
    doc, text = run(DomService(), page(f"<main><div class='entry'>{REVIEW}<p>I rate it 4 out of 5.</p>{ARTICLE}"
                                       "</div></main>"))
    assert "rating" not in doc.metadata and "I rate it 4 out of 5" in text and doc.removed == ()


def test_the_record_holds_the_rating_and_validates(pipeline, validator):
    html = ("<html lang='de'><head><title>Test</title></head><body><main><article><h1>Die Kamera im Test</h1>"
            + REVIEW * 3 + "<div class='testnote rating'>Note: 8,5 von 10</div></article></main></body></html>")
    record = pipeline.record(pipeline.document("t.html", html.encode(), "html"))
    assert record["metadata"]["rating"] == {"value": 8.5, "best": 10} and "8,5 von 10" not in record["body"]
    validator.validate(record)
