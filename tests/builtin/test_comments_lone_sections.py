"""A section holding one comment is not that comment: its heading ("One thought on “X”") and its
prompt to comment ("Post a Comment") stay out of the comment's text. Each rule with a positive
and a negative case; pages are small and written here."""
from __future__ import annotations

from cleaners.builtin.comments.vocabulary import vocabulary

from ._html import after_comments as cleaned

ARTICLE = ("<h1>Lanterns for the harbour walk</h1>"
           "<p>The harbour walk will be lit by paper lanterns on the last Friday of the month, the town's arts "
           "group said, and volunteers are asked to bring a lantern of their own to the quay by seven.</p>"
           "<p>The walk starts at the lifeboat station and ends at the old customs house.</p>")


def _one(heading: str, text: str, after: str = "") -> str:
    return (ARTICLE + f'<div class="comments"><strong>{heading}</strong><ol class="commentlist">'
            '<li class="comment" id="comment-7"><div class="comment-author"><cite class="fn">Maren</cite> says:</div>'
            '<div class="comment-meta">March 3, 2012 at 8:15 pm</div>'
            f'<p>{text}</p><div class="reply"><a href="#respond">Reply</a></div></li></ol>{after}</div>')


def test_a_count_of_one_before_a_title_is_a_comment_heading():
    voc = vocabulary()
    assert voc.is_heading("One thought on “Lanterns for the harbour walk”")
    assert voc.is_heading("1 Response to “Lanterns”") and voc.is_heading("Ein Gedanke zu „Laternen“")
    assert not voc.is_heading("One thought I had was to bring two lanterns.")
    assert not voc.is_heading("One response was enough for the council.")


def test_the_heading_of_a_section_of_one_comment_is_not_its_text():
    doc = cleaned(_one("One Response to “Lanterns for the harbour walk”",
                       "We will bring the children, they love the lanterns."))
    assert [(c.author, c.text) for c in doc.comments] == [("Maren", "We will bring the children, they love the lanterns.")]


def test_a_comment_opening_with_the_same_words_keeps_them():
    doc = cleaned(_one("", "One thought on the route: the quay is dark after the customs house."))
    assert [c.text for c in doc.comments] == ["One thought on the route: the quay is dark after the customs house."]


def test_the_prompt_of_a_section_of_one_comment_is_not_its_text():
    doc = cleaned(_one("1 Lanterns:", "We will bring the children, they love the lanterns.",
                       '<p class="comment-footer"><a href="/post-comment?id=7">Post a Comment</a></p>'))
    assert [c.text for c in doc.comments] == ["We will bring the children, they love the lanterns."]


def test_a_sentence_asking_for_comments_in_a_comment_stays():
    text = "Post a comment here if you want a lantern from us, we made twenty."
    doc = cleaned(_one("1 Lanterns:", text))
    assert [c.text for c in doc.comments] == [text]


def test_a_lone_comment_holding_a_named_text_box_keeps_its_author():
    doc = cleaned(ARTICLE + '<div class="comments"><h3>Comments</h3><div class="comment" id="comment-3">'
                  '<span class="comment-author">Maren</span> <span class="comment-date">March 3, 2012 at 8:15 pm</span>'
                  '<div class="comment-text"><p>We will bring the children, they love the lanterns.</p></div>'
                  '<a class="reply" href="#respond">Reply</a></div></div>')
    assert [(c.author, c.text) for c in doc.comments] == [("Maren", "We will bring the children, they love the lanterns.")]


def _wrapped_one(controls: str) -> str:
    """One comment in a thread box of nested bare wrappers, with the thread's own controls after it."""
    return (ARTICLE + '<div class="comments"><h4>1 comment:</h4><div class="comments-content"><div id="w1"><div id="w2">'
            '<div id="w3" class="comment-thread"><ol><li class="comment"><div class="comment-block">'
            '<div class="comment-header"><cite class="user"><a href="/profile/7">Maren Holt</a></cite>'
            ' <span class="datetime">3/8/12 8:26 PM</span></div><p class="comment-content">We will bring the '
            'children, they love the lanterns.</p><span class="comment-actions"><a href="javascript:;">Reply</a>'
            f'</span></div></li></ol>{controls}</div></div></div></div></div>')


def test_the_controls_of_a_thread_box_of_nested_wrappers_are_not_its_one_comments_text():
    doc = cleaned(_wrapped_one('<div class="continue"><a href="javascript:;">Add comment</a></div>'
                               '<div class="loadmore"><a href="javascript:;">Show older ones</a></div>'))
    assert [(c.author, c.text) for c in doc.comments] == [("Maren Holt", "We will bring the children, they love the lanterns.")]


def test_the_one_comment_of_nested_wrappers_keeps_its_whole_text():
    doc = cleaned(_wrapped_one(""))
    assert [(c.author, c.text) for c in doc.comments] == [("Maren Holt", "We will bring the children, they love the lanterns.")]


def test_a_box_beside_another_of_its_template_holding_one_control_row_is_no_section_of_one_comment():
    def row(n: int, author: str, text: str) -> str:
        return (f'<div class="talk-item" id="talk-{n}"><span class="talk-user">{author}</span> '
                f'<span class="talk-when">{n} minutes ago ({n}:28 PM)</span><p>{text}</p>'
                '<a class="talk-reply" href="#r">Reply</a></div>')
    filters = ('<div class="comments_filter"><div class="comments_ordering"><span><a href="javascript:;">Newest</a> |'
               '</span><div><a href="javascript:;">Oldest</a></div></div></div><div class="comments_filter">Page: 1 '
               '<a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next ›</a> (3 total)</div>')
    doc = cleaned(ARTICLE + f'<div class="comments"><h3>Comments</h3>{filters}'
                  + row(1, "Maren", "We will bring the children, they love the lanterns.")
                  + row(2, "Tomas", "The quay is dark after the customs house, bring a torch.")
                  + row(3, "Ilse", "Seven is early for the families from the hill farms.") + "</div>")
    assert [c.author for c in doc.comments] == ["Maren", "Tomas", "Ilse"]


def _boxes(related: str) -> str:
    """The post's byline box and its footer box share a class that names comments (``div.Comment``)."""
    return ('<div class="Entry"><h1>Lanterns for the harbour walk</h1><div class="Comment"><span>Written by '
            '<strong>Kim Vale</strong> <strong>-</strong> <a href="/lanterns/#comments">2 Comments</a></span>'
            f'<div class="share"><a href="/share">Tweet</a></div></div><div class="Group">{ARTICLE}</div>'
            '<div class="Comment">Published on March 3rd, 2012 <strong>-</strong> <a href="/lanterns/#comments">2 Comments'
            '</a><br>Filed under: <a href="/town/">Town life</a><br><div class="AboutAuthor"><img src="/images/avatars/kim.png">'
            '<p><b>About the author:</b> <a href="/kim/">Kim Vale</a> writes about the harbour and its people for the '
            f'weekly.</p></div><div class="Article"><h3>Related articles...</h3>{related}</div></div></div>')


RELATED = "".join(f'» <a href="/{n}/" rel="bookmark">{t}</a><br>' for n, t in enumerate(
    ["The lifeboat station turns ninety", "Customs house to become a museum", "Night ferry back for the summer"]))
RESPONSES = ('<h3>2 Responses</h3><ol class="commentlist">' + "".join(
    f'<li class="comment" id="comment-{n}"><img class="avatar" src="/a{n}.png"><cite>{a}</cite> Says:'
    f'<div class="comment-meta">March {n + 3}, 2012 at 8:15 pm</div><p>{t}</p>'
    '<div class="reply"><a href="#respond">Reply</a></div></li>'
    for n, (a, t) in enumerate([("Maren", "We will bring the children, they love the lanterns."),
                                ("Tomas", "The quay is dark after the customs house, bring a torch.")], 1)) + '</ol>')


def test_one_box_of_a_family_beside_a_thread_of_another_kind_is_no_comment():
    doc = cleaned(_boxes(RELATED) + RESPONSES)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Maren", "We will bring the children, they love the lanterns."),
        ("Tomas", "The quay is dark after the customs house, bring a torch.")]


def test_the_one_comment_of_a_family_of_boxes_stays_when_it_is_the_pages_only_section():
    doc = cleaned(ARTICLE + '<div class="comments"><h3>Comments (1)</h3></div><div class="comments">'
                  '<p>We will bring the children, they love the lanterns, and the quay is dark after seven.</p>'
                  '<p class="posted">Posted by Maren | March 3, 2012 8:15 PM</p></div>')
    assert [c.text for c in doc.comments] == ["We will bring the children, they love the lanterns, and the quay is dark after seven."]
