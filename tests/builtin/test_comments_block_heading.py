"""html_comments `block-heading`: a comment heading written as a plain block (``<p>``, ``<div>``, no ``<h2>``) opens
the part of the page the unit search reads, as a heading element does; a block that only mentions comments in a
sentence, or counts none, opens nothing."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.heading_blocks import heading_blocks
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.vocabulary import speaking, vocabulary

from ._html_comments import ARTICLE, cleaned

REMARKS = [("Chris Nahr", "The original Latin has a verb that means enticing rather than attracting, so the "
            "translation reads more modern physics into the line than the poet put there."),
           ("Matthew Wyatt", "Even so, tying the moon to the tides at all is remarkable for the time, and the "
            "passage deserves to be better known outside the classics."),
           ("Ines Duarte", "Thanks for the quotation, I had only ever seen the first half of it, which leaves "
            "out the part about the moon entirely.")]


def _thread(heading: str) -> str:
    rows = "".join(f"<dt><span>{k + 1}</span> <span>{n}</span></dt><dd><div><p>{t}</p></div></dd>"
                   for k, (n, t) in enumerate(REMARKS))
    return f"{ARTICLE}<div class='pq'><div class='rz'><p>{heading}</p></div><dl class='mw'>{rows}</dl></div>"


def test_a_thread_under_a_comment_heading_in_a_paragraph_is_comments():
    doc, text = cleaned(_thread("{ 3 comments… read them below or add one }"))
    assert [(c.author, c.text) for c in doc.comments] == REMARKS
    assert "night bus" in text and "Latin" not in text


def test_a_sentence_about_comments_or_a_count_of_none_heads_no_thread():
    for heading in ("We read all comments sent to the newsroom before we publish a correction of this story.",
                    "0 comments"):
        doc, text = cleaned(_thread(heading))
        assert doc.comments == () and "Latin" in text



def _blocks(body: str) -> list[str]:
    tree = Tree(LexborHTMLParser(f"<html><body>{body}</body></html>").body)
    with speaking(["en"]):
        return [tree.flat(e) for e in heading_blocks(tree, vocabulary())]


def test_a_row_of_tabs_or_a_link_to_the_comments_is_no_heading_block():
    assert _blocks("<ul><li><a href='#'>Recent Lists</a></li><li><a href='#'>Comments</a></li></ul>") == []
    assert _blocks("<p><a href='#c'>12 comments</a></p>") == []
    assert _blocks("<div><p>{ 12 comments… read them below }</p></div>") == ["{ 12 comments… read them below }"]
