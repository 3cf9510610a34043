"""Rule ``templates.titles``: a header slot of the comments' template whose texts differ in every
comment holds their titles, which stay the comments' words; a label that comes back alike in every
comment is no title. Pages are small and written here."""
from __future__ import annotations

from cleaners.builtin.comments.templates import titles
from cleaners.builtin.comments.vocabulary import vocabulary

from ._html import after_comments as cleaned

ARTICLE = ("<h1>Lanterns for the harbour walk</h1>"
           "<p>The harbour walk will be lit by paper lanterns on the last Friday of the month, the town's arts "
           "group said, and volunteers are asked to bring a lantern of their own to the quay by seven.</p>"
           "<p>The walk starts at the lifeboat station and ends at the old customs house.</p>")
ROWS = [("Maren", "We will bring the children, they love the lanterns."),
        ("Tomas", "The quay is dark after the customs house, bring a torch."),
        ("Ilse", "Seven is early for the families from the hill farms.")]


def _titled(heads: list[str]) -> str:
    """Comments with a heading each, their text, and a footer 'by Name on date' with controls."""
    return ARTICLE + '<div id="comments">' + "".join(
        f'<div class="comment"><h4 class="comment-title">{head}</h4><div class="comment-body"><p>{text}</p></div>'
        f'<div class="comment-foot">by {author} on Mar {n}, 2012 9:1{n} PM <a href="#r">reply</a> '
        '<a href="#a">actions</a></div></div>'
        for n, (head, (author, text)) in enumerate(zip(heads, ROWS), 1)) + '</div>'


def test_the_titles_of_comments_stay_their_words():
    heads = ["Not if the tide is high?", "Bring a torch, it is dark.", "What about the rain?"]
    doc = cleaned(_titled(heads))
    assert [(c.author, c.text) for c in doc.comments] == [
        (author, f"{head}\n\n{text}") for head, (author, text) in zip(heads, ROWS)]


def test_a_label_alike_in_every_comment_is_no_title():
    doc = cleaned(_titled(["Reader comment"] * 3))
    assert [(c.author, c.text) for c in doc.comments] == ROWS
    assert not titles(["Reader comment"] * 3, vocabulary())
    assert not titles(["Reply", "Report", "Share"], vocabulary())        # controls
    assert not titles(["#1", "#2", "#3"], vocabulary())                  # numbers
    assert titles(["Not if the tide is high?", "Agreed", "What about the rain?"], vocabulary())
