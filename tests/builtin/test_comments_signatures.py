"""A poster's signature under a forum post (rule `signature`, `comments.signature`) and a quoted post logged under
its own rule (`quoted-post`, `comments.quoted`): out of the comment's text, into ``removed`` with their rule and
size. Each with a positive and a negative case, on pages written here (phpBB 2's table topic with the signature in
the post's own span, phpBB 3's ``div.signature``, a blog thread with a line of underscores or "wrote:" in a
comment, a comment footer named ``signature``)."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Allotment rents to rise next spring</h1>"
           "<p>The parish council voted on Monday to raise the rent of its allotment plots by a fifth from March, "
           "the first rise in six years, to pay for new water troughs and a repaired fence along the lane.</p>"
           "<p>Tenants will be sent the new terms in January and may give up a plot without notice until Easter, "
           "the clerk said after the meeting.</p></div>")
POSTS = [("marrowman", "Twenty per cent is steep when the troughs leak all summer anyway."),
         ("Edith P", "The fence has needed doing since the storm, so I do not mind paying."),
         ("bean_row_bob", "Will the half plots go up by the same share as the full ones?")]
SIGS = ["Grow your own, eat your own.", "Plot 14, Lower Field<br>Keeper of the compost heap",
        "www.beanrow.example"]
WHENS = ["Sun Nov 04, 2012 8:41 pm", "Mon Nov 05, 2012 9:02 am", "Mon Nov 05, 2012 6:15 pm"]
RULE = "_" * 17


def run(body: str, article: str = ARTICLE) -> Document:
    html = f"<html lang='en'><body>{article}{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def logged(doc: Document, rule: str) -> str:
    return " ".join(r.text for r in doc.removed if r.rule == rule)


def phpbb2(sig: str = "<br>" + RULE + "<br>{sig}") -> str:
    """A phpBB 2 topic: the signature printed in the post's own span after a rule of underscores."""
    rows = "".join(
        f"<tr><td class='row{k % 2 + 1}' width='150' valign='top'><span class='name'><b>{n}</b></span><br>"
        f"<span class='postdetails'>Gardener<br>Joined: 12 Mar 2009<br>Posts: {k + 17}</span></td>"
        f"<td class='row{k % 2 + 1}' valign='top'><table width='100%'><tr><td><span class='postdetails'>Posted: {WHENS[k]}"
        f"&nbsp; &nbsp;Post subject: Re: Allotment rents</span></td></tr><tr><td><hr></td></tr><tr><td>"
        f"<span class='postbody'>{t}{sig.format(sig=SIGS[k])}</span></td></tr></table></td></tr>"
        f"<tr><td class='spaceRow' colspan='2'><img src='s.gif' alt=''></td></tr>" for k, (n, t) in enumerate(POSTS))
    return f"<table class='forumline'><tr><th>Author</th><th>Message</th></tr>{rows}</table>"


def phpbb3(box: str = "signature", inner: str = "") -> str:
    return "".join(
        f"<div id='p{k}' class='post bg{k % 2 + 1}'><div class='inner'><div class='postbody'><h3>Re: Allotment rents</h3>"
        f"<p class='author'>by <strong><a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{n}</a></strong> » {WHENS[k]}</p>"
        f"<div class='content'>{inner if k == 2 else ''}{t}</div><div id='sig{k}' class='{box}'>{SIGS[k]}</div></div>"
        f"<dl class='postprofile'><dt><a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{n}</a></dt><dd>Member</dd>"
        f"<dd><strong>Posts:</strong> {k + 31}</dd><dd><strong>Joined:</strong> Feb 2011</dd></dl></div></div>"
        f"<hr class='divider'>" for k, (n, t) in enumerate(POSTS))


def texts(doc: Document) -> list[str]:
    return [c.text for c in doc.comments]


def test_signature_under_a_rule_in_the_posts_own_span_is_no_comment_text():
    doc = run(phpbb2())
    assert texts(doc) == [t for _, t in POSTS]
    assert [c.author for c in doc.comments] == [n for n, _ in POSTS]
    sigs = logged(doc, "signature")
    assert "Grow your own, eat your own." in sigs and "Keeper of the compost heap" in sigs and RULE in sigs
    assert "Twenty per cent" not in sigs


def test_a_lone_line_of_underscores_in_a_blog_comment_keeps_the_text_after_it():
    """One reader draws a rule in a comment: no engine's signature (a rule in two posts or more)."""
    items = "".join(
        f"<li class='comment' id='comment-{k}'><div class='comment-author vcard'><cite class='fn'>{n}</cite> says:</div>"
        f"<div class='comment-meta'><a href='#comment-{k}'>{WHENS[k]}</a></div>"
        f"<div class='comment-content'><p>{t}</p>{'<p>' + RULE + '</p><p>PS: the lane gate is broken again.</p>' if k == 1 else ''}"
        f"</div><div class='reply'><a class='comment-reply-link' href='#'>Reply</a></div></li>" for k, (n, t) in enumerate(POSTS))
    doc = run(f"<div id='comments'><h3>3 Responses</h3><ol class='commentlist'>{items}</ol></div>")
    assert "PS: the lane gate is broken again." in texts(doc)[1]
    assert not logged(doc, "signature")


def test_long_text_under_rules_is_the_posts_own():
    """Past a signature's length, the text under a rule stays the post's (a reader's second part)."""
    more = " ".join(["The water bill went up too, and the troughs were never fixed after the frost."] * 5)
    doc = run(phpbb2("<br>" + RULE + "<br>" + more))
    assert all("troughs were never fixed" in t for t in texts(doc))
    assert not logged(doc, "signature")


def test_signature_named_by_markup_is_no_comment_text():
    doc = run(phpbb3())
    assert texts(doc) == [t for _, t in POSTS]
    sigs = logged(doc, "signature")
    assert "Grow your own, eat your own." in sigs and "www.beanrow.example" in sigs


def test_a_comment_footer_named_signature_stays_the_comments_byline():
    """A box named "signature" holding the commenter's date and name is the comment's footer, no signature."""
    items = "".join(
        f"<div class='comment-wrapper'><div class='comment' id='comment{k}'><div class='body'><p>{t}</p></div>"
        f"<div class='signature'>{WHENS[k][4:16]} | <a href='/contributor/{k}' class='author'>{n}</a></div></div></div>"
        for k, (n, t) in enumerate(POSTS))
    doc = run(f"<div id='comments'><h3>Comments (3)</h3>{items}</div>")
    assert texts(doc) == [t for _, t in POSTS]
    assert [c.author for c in doc.comments] == [n for n, _ in POSTS]
    assert not logged(doc, "signature")


def test_quoted_post_is_logged_under_its_own_rule():
    quote = "<blockquote><div><cite>Edith P wrote:</cite>The fence has needed doing since the storm.</div></blockquote>"
    doc = run(phpbb3(inner=quote))
    assert texts(doc)[2] == POSTS[2][1]
    assert "Edith P wrote: The fence has needed doing since the storm." in logged(doc, "quoted-post")
    assert "wrote:" not in logged(doc, "comment-chrome")


def test_wrote_in_a_comments_own_words_stays_its_text():
    """'wrote:' in a reader's sentence, no element of a quote around it: the comment's words."""
    said = "My neighbour wrote: the council never answers letters. She is right."
    items = "".join(
        f"<li class='comment' id='comment-{k}'><div class='comment-author vcard'><cite class='fn'>{n}</cite> says:</div>"
        f"<div class='comment-meta'><a href='#comment-{k}'>{WHENS[k]}</a></div><div class='comment-content'>"
        f"<p>{said if k == 0 else t}</p></div><div class='reply'><a class='comment-reply-link' href='#'>Reply</a></div></li>"
        for k, (n, t) in enumerate(POSTS))
    doc = run(f"<div id='comments'><h3>3 Responses</h3><ol class='commentlist'>{items}</ol></div>")
    assert texts(doc)[0] == said
    assert not logged(doc, "quoted-post") and not logged(doc, "signature")
