"""html_comments on small inline pages: which sections are a thread, a widget, a form or the
article's own, one rule each with a negative case beside the positive.
"""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

from ._html_comments import ARTICLE, cleaned, table, rules


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
