"""html_comments on small inline pages: what is read inside a comment (depth, times, text
without its chrome, line breaks, a repeated title).
"""
from __future__ import annotations

from ._html_comments import ARTICLE, cleaned


def test_depth_from_left_margin():
    items = "".join(f'<div style="margin-left:{m}px"><h4>{a}</h4><p>{t}</p><span>3 points</span></div>'
                    for m, a, t in [(0, "Ann Lee", "Top level."), (24, "Bo Chen", "One level down."),
                                    (48, "Cy Diaz", "Two levels down."), (0, "Di Eng", "Top again.")])
    doc, _ = cleaned(ARTICLE + f'<div class="c7">{items}</div>')
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Ann Lee", 0, None), ("Bo Chen", 1, 0), ("Cy Diaz", 2, 1), ("Di Eng", 0, None)]


def test_absolute_and_relative_times():
    page = ARTICLE + (
        '<section id="comments">'
        '<div class="comment"><span class="username">ann</span> <time datetime="2020-02-03T04:05:06Z">Feb 3</time>'
        '<p>One.</p></div>'
        '<div class="comment"><span class="username">bo</span> <span class="date">12 March 2020, 18:30</span>'
        '<p>Two.</p></div>'
        '<div class="comment"><span class="username">cy</span> <span class="date">5 minutes ago</span>'
        '<p>Three.</p></div>'
        '<div class="comment"><span class="username">di</span>'
        '<mark data-comment-timestamp="1583020800"></mark><p>Four.</p></div>'
        '</section>')
    doc, _ = cleaned(page)
    assert [(c.author, c.date, c.text) for c in doc.comments] == [
        ("ann", "2020-02-03T04:05:06+00:00", "One."), ("bo", "2020-03-12T18:30:00", "Two."),
        ("cy", None, "Three."), ("di", "2020-03-01T00:00:00+00:00", "Four.")]


def test_chrome_inside_a_comment_is_not_text_but_prose_words_are():
    page = ARTICLE + (
        '<div id="comments"><div class="comment"><div class="meta"><a class="author">Ann Lee</a> '
        '<span>2 hours ago</span> <span>\u00b7</span> <span>14 points</span></div>'
        '<p>I like the plan. Reply to the council if you disagree, they read every comment.</p>'
        '<div class="actions"><a>Reply</a> <a>Share</a> <a>Report</a> <a>Flag</a></div></div>'
        '<button>Load more comments</button></div>')
    doc, text = cleaned(page)
    assert [c.text for c in doc.comments] == [
        "I like the plan. Reply to the council if you disagree, they read every comment."]
    assert "Load more" not in text
    cut = " ".join(r.text for r in doc.removed if r.rule in ("comment-chrome", "comment-meta"))
    assert "14 points" in cut and "Load more comments" in cut


def test_line_breaks_inside_a_comment():
    page = ARTICLE + ('<ol class="commentlist"><li class="comment"><cite class="fn">Ann Lee</cite>'
                      '<div class="text">Line one<br>line two<br><br>New paragraph</div></li></ol>')
    doc, _ = cleaned(page)
    assert doc.comments[0].text == "Line one\nline two\n\nNew paragraph"


def test_comment_title_repeating_the_comment_start_is_dropped():
    page = ARTICLE + ('<div id="comments"><div class="comment"><span class="author">Ann Lee</span>'
                      '<h3>The last bus\u2026</h3><p>The last bus is still too early for the hospital shift.</p></div>'
                      '<div class="comment"><span class="author">Bo Chen</span>'
                      '<h3>Fares</h3><p>What happens to the fares?</p></div></div>')
    doc, _ = cleaned(page)
    assert [c.text for c in doc.comments] == ["The last bus is still too early for the hospital shift.",
                                              "Fares\n\nWhat happens to the fares?"]
