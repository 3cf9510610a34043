"""Rule ``thread._off_template``: a run of comments (no wrapper per comment, the text between
repeated siblings) holds each comment's author or date in siblings of one template; a run cut
at generic boxes between a page's blocks, whose names and dates sit in blocks of all kinds, is
no thread.

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from pathlib import Path


from cleaners.builtin.comments import HtmlComments

from ._html import after_comments as cleaned, run

LEAD = ("<p>The harbour ferry sails again from Monday, three weeks earlier than last year, after the repairs to "
        "the north pier were finished ahead of time.</p>")
MORE = "<p>Tickets keep last year's price, and the first boat leaves the old quay at a quarter past six.</p>"


def test_a_run_whose_footers_share_one_template_is_read_with_its_authors():
    rows = [("Finally, my commute gets shorter.", "Mia Lund", "14 March 2013"),
            ("Will bikes be allowed on board?", "Tom Berg", "15 March 2013"),
            ("The old timetable was better.", "Ola Dahl", "16 March 2013")]
    posts = "".join(f'<div class="box"><p>{t}</p></div><div class="box"><p class="by">{a} | {w}</p></div>'
                    f'<p class="tools"><a class="like" href="#">Like</a> <a href="#r">Reply</a></p>'
                    for t, a, w in rows)
    doc = cleaned(f'<div class="story">{LEAD}{MORE}</div><div class="talk"><h3>Comments</h3>{posts}</div>')
    assert [(c.author, c.text) for c in doc.comments] == [(a, t) for t, a, _ in rows]


def test_a_run_cut_at_generic_boxes_with_names_and_dates_in_unlike_blocks_is_no_thread():
    reviews = ('<section class="reviews"><h2>Reviews</h2><div class="rating">★★★★☆</div><span class="author">Mia Lund'
               '</span> <span class="date">14.03.2013, 10:20</span><p>Sturdy, folds in seconds.</p></section>')
    footer = ('<footer class="post-meta"><span>Posted in <a href="/c">Travel</a></span> | '
              '<span class="date">15.03.2013</span></footer>')
    body = (f'<div class="story">{LEAD}<div class="module"><p><span>Updated: 15:20</span></p></div>{MORE}{reviews}'
            f'<div class="module"><ul><li><a href="/m">E-mail</a></li><li><a href="/p">Print</a></li></ul></div>'
            f'<div class="share"><h4>Share this story</h4><a class="like-button" href="#">Like</a></div>{footer}</div>'
            f'<div class="sidebar">{MORE * 4}</div>')
    doc = cleaned(body)
    assert doc.comments == ()
    text = " ".join(doc.dom.body.text(separator=" ").split())
    assert "Sturdy, folds in seconds." in text and "Updated: 15:20" in text


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "comments"
NEWS = ["Il nuovo piano della provincia aggiunge due linee di autobus verso l'ospedale",
        "Tre delle nuove corse partiranno dopo l'arrivo dell'ultimo treno dalla città"]


def test_an_article_parted_by_boxes_with_ids_of_their_own_is_no_thread():
    """Rule `named-boxes`: an Italian article whose paragraphs stand between a share row ("div#condividi"), "Condividi
    / Stampa", a newsletter box, a row of topic links ("div#argomenti") and a gallery, with author boxes after it
    (a page of tests/page_generalisation.py, its paragraphs written here). The two link rows read as names, but
    boxes with ids of their own are two parts of the page, no template of comments: the paragraphs stay the
    article. (The rule's other side: the test below.)"""
    html = (FIXTURES / "article_parted_by_named_boxes.html").read_text(encoding="utf-8")
    doc = run(HtmlComments(), html)[0]
    assert doc.comments == ()
    text = " ".join(doc.dom.body.text(separator=" ").split())
    assert all(p in text for p in NEWS)


def test_a_run_whose_footers_are_class_less_boxes_without_ids_is_still_read():
    rows = [("Finally, my commute gets shorter.", "Mia Lund", "14 March 2013, 10:20"),
            ("Will bikes be allowed on board?", "Tom Berg", "15 March 2013, 11:05"),
            ("The old timetable was better.", "Ola Dahl", "16 March 2013, 09:40")]
    posts = "".join(f'<p>{t}</p><div><b>{a}</b> | {w}</div><p class="tools"><a href="#r">Reply</a></p>'
                    for t, a, w in rows)
    doc = cleaned(f'<div class="story">{LEAD}{MORE}</div><div class="talk"><h3>Comments</h3>{posts}</div>')
    assert [c.author for c in doc.comments] == [a for _, a, _ in rows]
