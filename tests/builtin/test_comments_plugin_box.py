"""The comments box of a social plugin rendered into the page (blind harness
`tests/page_threads_blind_more.py`): its wrapper is named a widget, which reads as a list of the site's
recent comments unless replies are nested in it, and its top-level comments and replies carry a class of
their own (rule `reply-class`: the template key leaves out a class ending in "reply" or naming the top
level, so the replies are the top-level comments' and the box a thread). Each with a positive and a negative case."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.templates import template_key
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Library to move into the old post office</h1>"
           "<p>The town library will move into the old post office building next year, the council decided on "
           "Monday after a long debate about the cost of the works and the loss of the reading garden.</p>"
           "<p>The move is expected to cost three million and the new rooms open in autumn, the mayor said after "
           "the vote.</p></div>")
TEXTS = ["A reading room under the roof sounds wonderful, I hope it is not too hot in summer.",
         "Three million for a library is money well spent in my view.",
         "My children love the library, I hope the play corner is really built this time.",
         "Does anyone know whether the return box stays open during the move?"]
NAMES = ["Ayse Demir", "reader_77", "Dr. H. Berger", "Klaus"]


def run(body: str) -> Document:
    html = f"<html lang='en'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def item(k: int, reply_to: bool, sub: str = "", controls: bool = True) -> str:
    cls = "fbCommentReply" if reply_to else "fbTopLevelComment"
    tools = (f"<div class='action_links'><a href='#'>Reply</a> · <a href='#'>Like</a> · <abbr class='timestamp'>{k + 2} hours ago"
             f"</abbr></div>") if controls else f"<abbr class='timestamp'>{k + 2} hours ago</abbr>"
    return (f"<li class='fbFeedbackPost uiListItem {cls}'><div class='postContainer'><a class='profileName' href='/u{k}'>"
            f"{NAMES[k]}</a><div class='postText'>{TEXTS[k]}</div>{tools}"
            + (f"<ul class='uiList fbFeedbackReplies'>{sub}</ul>" if sub else "") + "</div></li>")


def box(items: str) -> str:
    return (f"<div class='fb-comments fb_iframe_widget'><span><div class='fbFeedbackContent'><ul class='uiList fbFeedbackPosts'>"
            f"{items}</ul></div></span></div>")


# -- a widget-named box: a flat list in it stays the site's widget, replies nested in it make the page's thread --
def test_a_flat_list_in_a_box_named_widget_stays_no_thread():
    """(A rule taking such lists by their reply controls, `replied-widget`, was tried and dropped: held-out
    Dragnet comments fell 0.8222 -> 0.8194.)"""
    assert run(ARTICLE + box(item(0, False) + item(2, False) + item(3, False))).comments == ()


def test_a_widget_of_recent_comments_without_controls_stays_no_thread():
    widget = ("<div class='widget widget_recent_comments'><h3>Recent comments</h3><ul>"
              + "".join(f"<li class='recent-item'><span class='who'>{NAMES[k]}</span> <span class='when'>{k + 2} hours ago</span>"
                        f"<p>{TEXTS[k]}</p></li>" for k in range(4)) + "</ul></div>")
    assert run(ARTICLE + widget).comments == ()


# -- reply-class -----------------------------------------------------------------------------------------------
def test_replies_with_a_class_of_their_own_keep_their_depth_and_parent():
    nested = item(0, False, item(1, True) + item(2, True)) + item(3, False)
    doc = run(ARTICLE + box(nested))
    assert [(c.author, c.depth, c.parent, c.text) for c in doc.comments] == [
        (NAMES[0], 0, None, TEXTS[0]), (NAMES[1], 1, 0, TEXTS[1]), (NAMES[2], 1, 0, TEXTS[2]), (NAMES[3], 0, None, TEXTS[3])]
    assert template_key("li", "post fbTopLevelComment") == template_key("li", "post fbCommentReply") == "li.post"


def test_a_class_starting_with_reply_stays_in_the_key():
    assert template_key("div", "box replyform") != template_key("div", "box")
    assert template_key("div", "box reply-tools") != template_key("div", "box")
