"""html_comments: comment sections parsed from the DOM and cut before extraction.

The page fixtures in tests/fixtures/comments/ go through the real pipeline; the small
inline pages below exercise one rule each, with a negative case beside the positive.
"""
from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.cli import main
from cleaners.document import Document
from cleaners.pipeline import Options, Pipeline

from ..conftest import FIXTURES

PAGES = FIXTURES / "comments"
ARTICLE = ("<h1>Night buses extended to the northern districts</h1>"
           "<p>The council voted on Tuesday to extend the night bus service to the northern districts, after a year "
           "of petitions from shift workers who had no way home.</p>"
           "<p>The extension will cost about two million a year and starts in March, the council said in a statement "
           "published after the vote.</p>")


def processed(pipeline: Pipeline, name: str) -> Document:
    path = PAGES / name
    return pipeline.process(pipeline.document(str(path), path.read_bytes(), "html"))


def cleaned(body: str) -> tuple[Document, str]:
    """Run the cleaner alone on a page; return the document and the page text left."""
    html = f"<html><body>{body}</body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    doc = HtmlComments().clean_html(doc)
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


def table(doc: Document) -> list[tuple]:
    return [(c.author, c.depth, c.parent, c.date) for c in doc.comments]


def rules(doc: Document) -> set[str]:
    return {r.rule for r in doc.removed if r.cleaner == "html_comments"}


def assert_clean_body(doc: Document, paragraphs: list[str], leaks: list[str]) -> None:
    for start in paragraphs:
        assert start in doc.body, f"article paragraph lost: {start!r}"
    for leak in leaks:
        assert leak not in doc.body, f"comment text or chrome in the body: {leak!r}"
    for c in doc.comments:
        assert c.text and c.text not in doc.body


COMMON_CHROME = ["Reply", "Report", "Load more comments", "hours ago", "says:", "Leave a Reply", "Add new comment"]


# -- the families, through the pipeline ----------------------------------------------
def test_wordpress_thread(pipeline):
    doc = processed(pipeline, "wordpress.html")
    assert table(doc) == [
        ("Peter Dunmore", 0, None, "2021-04-12T09:14:00+00:00"),
        ("Martha Hale", 1, 0, "2021-04-12T10:02:00+00:00"),
        ("Peter Dunmore", 2, 1, "2021-04-12T10:40:00+00:00"),
        ("islandgirl_77", 0, None, "2021-04-13T07:55:00+00:00"),
    ]
    # a multi-paragraph comment keeps its paragraphs
    assert doc.comments[0].text == (
        "About time. My mother lives on the big island and she has not been able to get to her hospital "
        "appointments without paying for the water taxi.\n\n"
        "I hope they keep the winter timetable at five crossings and do not cut it back after the first year, "
        "which is what happened last time.")
    assert doc.comments[2].text == "Thanks, that is good to hear. Three years is better than nothing."
    assert_clean_body(doc, ["The ferry linking the old harbour", "Engineers replaced forty timber piles",
                            "Island residents have spent two years", "The new timetable has eight crossings"],
                      COMMON_CHROME + ["About time", "guaranteed for three years", "4 thoughts on",
                                       "Your email address", "Save my name", "Post Comment", "Cancel reply"])
    assert {"comment-meta", "comment-chrome", "comment-form"} <= rules(doc)
    assert doc.metadata["comment_count"] == 4


def test_comment_quoting_the_article_stays_a_comment(pipeline):
    doc = processed(pipeline, "wordpress.html")
    quote = "the primary school lost two of its teachers"
    assert quote in doc.comments[3].text
    assert doc.comments[3].text.startswith("The article says")
    assert "and the primary school lost two of its teachers, who could no longer commute" in doc.body


def test_disqus_thread(pipeline):
    doc = processed(pipeline, "disqus.html")
    assert table(doc) == [
        ("Renata Kowalski", 0, None, "2022-06-03T07:41:00"),   # from the title of "2 years ago"
        ("Tom Brennan", 1, 0, "2022-06-03T09:02:00"),
        ("Renata Kowalski", 2, 1, "2022-06-03T11:15:00"),
        ("Guest", 0, None, None),                               # "3 hours ago" only: no date
    ]
    assert doc.comments[0].text.split("\n\n") == [
        "I work in housing benefits. Half of the backlog is caused by the phone system, not by how many days "
        "we are in the office.",
        "Fix the phones first and then measure the trial, otherwise the results will tell you nothing.",
        "Happy to be proven wrong though."]
    assert doc.comments[3].text == "Council tax up five percent and they want a day off. Unbelievable."
    assert_clean_body(doc, ["About 600 city council employees", "The trial covers planning",
                            "Opposition councillors said", "An independent report on the results"],
                      COMMON_CHROME + ["Share ›", "Sort by Best", "Recommend", "3 comments", "Disqus",
                                       "Half of the backlog", "raw figures"])
    assert all(not any(ch in c.text for ch in ("Reply", "Share", "years ago")) for c in doc.comments)
    assert "comment-chrome" in rules(doc)


def test_drupal_thread_with_indented_replies_and_form(pipeline):
    doc = processed(pipeline, "drupal.html")
    assert table(doc) == [
        ("Graham Lowe", 0, None, "2023-03-14T15:00:00"),
        ("Ines Moreau", 1, 0, "2023-03-14T16:45:00"),
        ("Graham Lowe", 2, 1, "2023-03-15T08:05:00"),
        ("A. Reader", 0, None, "2023-03-16T19:30:00"),
    ]
    assert [c.text for c in doc.comments] == [
        "Sunday opening is the best news this town has had in years. My kids have nowhere quiet to study at "
        "the weekend.",
        "The homework club at Eastfield is open to children from other schools too, according to the library "
        "service.",
        "Thanks, I did not know that.\n\nWe will try it next Sunday.",
        "What about the Northgate branch? It is still closed on Saturdays.",
    ]
    assert_clean_body(doc, ["The central library and the branches", "The longer hours are paid for",
                            "Visitor numbers at the three branches"],
                      COMMON_CHROME + ["Your name", "Allowed HTML tags", "Permalink", "In reply to",
                                       "Sunday opening is the best news", "Preview"])
    # the form and its labels are chrome, never a comment
    assert not any("Your name" in c.text or "Allowed HTML" in c.text for c in doc.comments)
    form = [r for r in doc.removed if r.rule == "comment-form"]
    assert form and "Your name" in form[0].text


def test_generic_thread_nested_by_dom_only(pipeline):
    """Hashed class names, no comment words: found by structure (items nested in items, controls)."""
    doc = processed(pipeline, "generic_nested.html")
    assert table(doc) == [("harbourwatch", 0, None, None), ("Jo Tremayne", 1, 0, None),
                          ("harbourwatch", 2, 1, None), ("Dr Alan Fisk", 0, None, None)]
    quoting = doc.comments[1].text.split("\n\n")
    assert quoting[0] == ("The judge said the company had treated the warnings as a routine maintenance matter "
                          "rather than a risk to public health.")
    assert len(quoting) == 3
    # the quoted sentence stays in the article as well
    assert "The judge said the company had treated the warnings as a routine maintenance matter" in doc.body
    assert_clean_body(doc, ["A regional water company has been fined", "The spills, from an overflow pipe",
                            "Campaigners who monitor the overflows", "The environment agency is now testing"],
                      COMMON_CHROME + ["points", "harbourwatch", "Eleven reports", "dividends", "\u25b2"])


def test_generic_flat_list_depth_from_level_classes(pipeline):
    doc = processed(pipeline, "generic_flat_levels.html")
    assert table(doc) == [
        ("Kat Olsen", 0, None, "2024-03-08T07:12:00"),
        ("m_ahmed", 1, 0, "2024-03-08T07:40:00"),
        ("Kat Olsen", 2, 1, "2024-03-08T08:03:00"),
        ("Harold Penn", 1, 0, "2024-03-08T08:30:00"),
        ("Ruth B.", 0, None, None),
    ]
    assert doc.comments[2].text == "True, but the last offer had nothing for this year.\n\nThis one does."
    assert_clean_body(doc, ["A strike that would have stopped", "Drivers will get a rise",
                            "Passengers who bought tickets"],
                      COMMON_CHROME + ["likes", "Kat Olsen", "common sense", "coast line"])


def test_generic_flat_list_depth_from_reply_class_under_a_heading(pipeline):
    doc = processed(pipeline, "generic_flat_reply.html")
    assert table(doc) == [
        ("Sam Whitfield", 0, None, "2022-05-02T09:10:00"),
        ("Bev Cartwright", 1, 0, "2022-05-02T10:25:00"),
        ("Ken Adeyemi", 0, None, "2022-05-02T12:02:00"),
        ("Town Crier Editor", 1, 2, "2022-05-02T14:40:00"),
    ]
    assert doc.comments[2].text == ("Twenty spaces moved to a side street that is already full every Saturday."
                                    "\n\nI will believe the loading hours help when I see it.")
    assert_clean_body(doc, ["The protected cycle lanes on Bridge Street", "The lanes run for 1.2 kilometres",
                            "Shopkeepers had worried about losing parking"],
                      COMMON_CHROME + ["Reader comments", "Posted 2 May", "Rode it this morning"])
    removed = [r.text for r in doc.removed if r.rule == "comment-chrome"]
    assert "Reader comments (4)" in removed and "Load more comments" in removed


def test_article_about_comments_and_replies_loses_nothing(pipeline):
    doc = processed(pipeline, "article_mentions_comments.html")
    assert doc.comments == ()
    assert doc.metadata["comment_count"] == 0
    assert not [r for r in doc.removed if r.cleaner == "html_comments"]
    for text in ["more than 400 written comments", "reply in writing to the main objections",
                 "Comments from residents", "The company's reply", "declined to comment",
                 "would reply once it was finished", "Written comments can still be sent",
                 "Margaret Ellison said", "Nobody is against jobs"]:
        assert text in doc.body


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_fixture_records_validate(pipeline, validator, name):
    record = processed(pipeline, name).record()
    assert not list(validator.iter_errors(record))
    assert record["metadata"]["comment_count"] == len(record["comments"])
    for i, c in enumerate(record["comments"]):
        if c["parent"] is None:
            assert c["depth"] == 0
        else:
            assert c["parent"] < i and record["comments"][c["parent"]]["depth"] == c["depth"] - 1


def test_no_comments_drops_them_and_counts_zero(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(PAGES), "-o", str(out), "-q", "--no-comments"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(PAGES.glob("*.html")))
    for record in records:
        assert record["comments"] == [] and record["metadata"]["comment_count"] == 0
    wordpress = next(r for r in records if r["source"].endswith("wordpress.html"))
    assert "About time" not in wordpress["body"] and "The ferry linking" in wordpress["body"]


def test_no_comments_option_in_the_pipeline():
    pipeline = Pipeline(options=Options(comments=False))
    doc = processed(pipeline, "disqus.html")
    assert doc.comments == () and doc.metadata["comment_count"] == 0
    assert "Renata" not in doc.body


# -- single rules, on small pages -------------------------------------------------------
def test_named_section_holding_article_prose_is_not_removed():
    page = (f'<div class="post comments-open">{ARTICLE}'
            '<ol class="comment-list"><li class="comment"><span class="author">Ann Lee</span>'
            '<p>Good news for the night shift.</p></li>'
            '<li class="comment"><span class="author">Bo Chen</span><p>About time too.</p></li></ol></div>')
    doc, text = cleaned(page)
    assert "The council voted on Tuesday" in text and "two million a year" in text
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bo Chen"]
    assert "Good news for the night shift" not in text


def test_repeated_name_and_quote_items_without_thread_signs_are_kept():
    page = (ARTICLE + "<ul><li><strong>Ann Lee</strong> said: it changes everything for us.</li>"
            "<li><strong>Bo Chen</strong> said: we have waited for years.</li>"
            "<li><strong>Cy Diaz</strong> said: the last bus is still too early.</li></ul>")
    doc, text = cleaned(page)
    assert doc.comments == () and doc.removed == ()
    assert "Ann Lee said" in text


def test_same_items_with_reply_controls_are_a_thread():
    items = "".join(f'<div><b>{name}</b><p>{said}</p><a href="#">Reply</a></div>'
                    for name, said in [("Ann Lee", "It changes everything for us."),
                                       ("Bo Chen", "We have waited for years.")])
    doc, text = cleaned(ARTICLE + f"<div>{items}</div>")
    assert [(c.author, c.text) for c in doc.comments] == [("Ann Lee", "It changes everything for us."),
                                                          ("Bo Chen", "We have waited for years.")]
    assert "Reply" not in text and "The council voted" in text


def test_counter_link_and_empty_disqus_container_are_chrome():
    page = (f'<p class="meta"><a class="comments-link" href="#comments">12 Comments</a></p>{ARTICLE}'
            '<div id="disqus_thread"></div>'
            '<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>')
    doc, text = cleaned(page)
    assert doc.comments == ()
    assert "12 Comments" not in text and "The council voted" in text
    assert rules(doc) == {"comment-chrome"}


def test_section_with_only_a_form_is_comment_form():
    page = (ARTICLE + '<div id="respond"><h3>Leave a Reply</h3><form><label>Comment</label><textarea></textarea>'
            '<label>Name</label><input name="author"><input type="submit" value="Post Comment"></form></div>')
    doc, text = cleaned(page)
    assert doc.comments == () and "Leave a Reply" not in text and "Name" not in text
    assert {"comment-form", "comment-chrome"} <= rules(doc)


def test_sibling_comments_without_a_wrapper_form_one_thread():
    page = ARTICLE + "".join(
        f'<div class="comment depth-{d}"><span class="comment-author">{a}</span><p>{t}</p></div>'
        for d, a, t in [(1, "Ann Lee", "First."), (2, "Bo Chen", "A reply to Ann."),
                        (3, "Ann Lee", "A reply to Bo."), (1, "Cy Diaz", "Second thread.")])
    doc, text = cleaned(page)
    assert table(doc) == [("Ann Lee", 0, None, None), ("Bo Chen", 1, 0, None), ("Ann Lee", 2, 1, None),
                          ("Cy Diaz", 0, None, None)]
    assert "Second thread" not in text and "The council voted" in text


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


def test_text_inputs_are_left_alone():
    doc = Document(source="t.txt", kind="text", blocks=())
    assert HtmlComments().applies_to(doc) is False


def test_recent_comments_widget_is_chrome_not_this_pages_comments():
    page = ARTICLE + (
        '<aside class="sidebar"><div class="widget recent-comments"><h3>Recent comments</h3><ul>'
        '<li><span class="comment-author-link">Ann Lee</span> on <a href="/a#comment-1">Budget vote</a></li>'
        '<li><span class="comment-author-link">Bo Chen</span> on <a href="/b#comment-7">Tram line</a></li>'
        '</ul></div></aside>')
    doc, text = cleaned(page)
    assert doc.comments == ()
    assert "Budget vote" not in text and "The council voted" in text
    assert rules(doc) == {"comment-chrome"}


def test_comment_form_heading_and_notice_are_not_a_comment():
    page = ARTICLE + (
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a href="#respond">Cancel reply</a>'
        '</small></h3><p class="must-log-in">You must be <a href="/login">logged in</a> to post a comment.</p>'
        '</div></div>')
    doc, text = cleaned(page)
    assert doc.comments == ()
    assert "logged in" not in text and "The council voted" in text


def test_code_comments_are_not_comment_sections():
    page = ARTICLE + ('<pre><code><span class="comment">// retry twice</span>\nfetch(url);</code></pre>'
                      '<p>Inline <code class="comment">/* note */</code> stays.</p>')
    doc, text = cleaned(page)
    assert doc.comments == () and doc.removed == ()
    assert "// retry twice" in text and "/* note */" in text


def test_nested_table_of_contents_is_not_a_thread():
    toc = ("<ul><li><a href='#a'>Background</a> <span>the vote and its history</span><ul>"
           "<li><a href='#a1'>Petitions</a> <span>from shift workers</span></li>"
           "<li><a href='#a2'>Costs</a> <span>two million a year</span></li></ul></li>"
           "<li><a href='#b'>Reactions</a> <span>from the districts</span></li></ul>")
    doc, text = cleaned(toc + ARTICLE)
    assert doc.comments == () and doc.removed == ()
    assert "Petitions" in text


def test_a_lone_item_in_a_comment_section_needs_comment_marks():
    unmarked = ARTICLE + ('<div class="comments-panel"><div><b>Community rules</b>'
                          '<p>Please keep the discussion civil and on topic.</p></div></div>')
    doc, _ = cleaned(unmarked)
    assert doc.comments == ()
    marked = ARTICLE + ('<div class="comments-panel"><div><b>Ann Lee</b> <span>2 hours ago</span>'
                        '<p>Please keep the buses running all night.</p><a>Reply</a></div></div>')
    doc, _ = cleaned(marked)
    assert [(c.author, c.text) for c in doc.comments] == [("Ann Lee", "Please keep the buses running all night.")]


def test_deeply_nested_pages_do_not_break_the_cleaner():
    deep = "<div>" * 3000 + "<p>Deep text.</p>"
    doc, text = cleaned(ARTICLE + deep)
    assert doc.comments == () and "Deep text." in text
    thread = ('<ol class="commentlist">'
              + '<li class="comment"><b class="fn">Ann Lee</b><p>Still replying.</p><ul class="children">' * 300
              + "</ul></li>" * 300 + "</ol>")
    doc, _ = cleaned(ARTICLE + thread)
    assert len(doc.comments) == 300 and doc.comments[-1].depth == 299 and doc.comments[-1].parent == 298
