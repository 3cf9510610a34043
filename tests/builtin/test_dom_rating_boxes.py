"""Rating boxes and vote widgets (cleaners/builtin/dom_rating.py, read by dom_service): a review's star box, a
"Rate this" row, a vote count go, their text logged; a sentence that rates, a table of scores that is the story and
a box named for ratings that holds prose stay."""
from cleaners.builtin.dom_service import DomService
from tests.builtin._html import ARTICLE, page, run

REVIEW = ("<p>The new compact holds up well in the rain, and its zoom is quicker than last year's model, though the "
          "menus still take some getting used to after a week of daily use on the coast.</p>")


def _removed(doc):
    return [(r.rule, r.text) for r in doc.removed]


def _stars(n, src="/images/icons/star-full.png"):
    return "".join(f'<img src="{src}" alt="">' for _ in range(n))


BOXES = (
    # a theme's review box: score, pros and cons, a row of star images
    f'<table class="reviewbox"><tr><td>Verdict:</td><td>4/5</td></tr><tr><td>Good:</td><td>quick zoom</td></tr>'
    f'<tr><td colspan="2">{_stars(4)}{_stars(1, "/images/icons/star-empty.png")}</td></tr></table>',
    # a vote plugin of the era: star links and a vote count
    '<div class="post-ratings"><a class="s1" title="1 / 5" href="#"></a><a class="s2" title="2 / 5" href="#"></a>'
    '<span class="star on"></span><span class="star on"></span><span class="star off"></span>'
    ' Rating: 3.8/5 (16 votes cast)</div>',
    # a fivestar-like form of radio buttons
    '<div class="fivestar-widget"><form>Give it: <input type="radio" name="v" value="1"> '
    '<input type="radio" name="v" value="2"> <input type="radio" name="v" value="3"> '
    '<input type="radio" name="v" value="4"> <input type="radio" name="v" value="5"></form></div>',
    # "Rate this:" with numbered links
    '<div class="vote-row">Rate this: <a href="?r=1">1</a> <a href="?r=2">2</a> <a href="?r=3">3</a> '
    '<a href="?r=4">4</a> <a href="?r=5">5</a></div>',
    # star glyphs in a span named for stars
    '<div><span class="stars">\u2605\u2605\u2605\u2605\u2606</span> <span>(212 reviews)</span></div>',
    # an unnamed cell of star images in an unnamed table
    f'<table><tr><td><b>Score</b></td></tr><tr><td>{_stars(5, "/img/star_on.gif")}</td></tr></table>',
)


def test_rating_boxes_go_and_their_text_is_logged():
    for box in BOXES:
        doc, text = run(DomService(), page(f"<main><div class='entry'>{REVIEW}{box}{ARTICLE}</div></main>"))
        assert "holds up well" in text and "night bus" in text, box
        for word in ("Verdict", "Rating", "Give it", "Rate this", "\u2605", "Score"):
            assert word not in text, box
        assert [r for r, _ in _removed(doc)] == ["rating-box"], box


def test_the_score_stays_in_the_removed_log():
    doc, _ = run(DomService(), page(f"<main><div class='entry'>{REVIEW}{BOXES[0]}{ARTICLE}</div></main>"))
    assert "4/5" in _removed(doc)[0][1]


def test_a_sentence_that_rates_and_a_table_of_scores_stay():
    rates = "<p>I rate it 4 out of 5, and 8/10 for the price alone.</p>"
    scores = ("<table class='results'>" + "".join(f"<tr><td>Round {i}</td><td>{i}/10</td></tr>" for i in range(1, 9))
              + "</table>")
    doc, text = run(DomService(), page(f"<main><div class='entry'>{REVIEW}{rates}{scores}{ARTICLE}</div></main>"))
    assert "I rate it 4 out of 5" in text and "Round 8" in text and doc.removed == ()


def test_a_box_named_for_ratings_that_holds_prose_or_no_marks_stays():
    prose = ("<div class='rating-notes'><p>How we rate: every camera is carried for a week, used in rain and dark "
             "rooms, and scored by two of our editors who did not buy it.</p></div>")
    starters = ("<ul class='starters'><li><a href='/a'>1</a></li><li><a href='/b'>2</a></li>"
                "<li><a href='/c'>3</a></li></ul>")
    named = "<div class='user-rating'>Members who reviewed this camera</div>"
    doc, text = run(DomService(), page(f"<main><div class='entry'>{REVIEW}{prose}{starters}{named}{ARTICLE}</div>"
                                       f"</main>"))
    assert "How we rate" in text and "Members who" in text and doc.removed == ()
