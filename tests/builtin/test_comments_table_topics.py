"""Forum topics laid out in tables (the phpBB 2 shape; blind harness `tests/page_threads_blind_more.py`):
rule `nested-table-rows` (`comments.units`: a row inside a cell's table is the cell's layout, never a
reply joined to the outer rows) and rule `dated-fields` (`comments.fields`: "Posted: <date>  Subject: ..."
is the post's meta line). Each with a positive and a negative case, on pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.evidence import PageMarks
from cleaners.builtin.comments.fields import dated_fields
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import candidate_families
from cleaners.builtin.comments.vocabulary import speaking, vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Allotment rents to rise next spring</h1>"
           "<p>The parish council voted on Monday to raise the rent of its allotment plots by a fifth from March, "
           "the first rise in six years, to pay for new water troughs and a repaired fence along the lane.</p>"
           "<p>Tenants will be sent the new terms in January and may give up a plot without notice until Easter, "
           "the clerk said after the meeting.</p></div>")
POSTS = [("marrowman", "Twenty per cent is steep when the troughs leak all summer anyway."),
         ("Edith P", "The fence has needed doing since the storm, so I do not mind paying."),
         ("bean_row_bob", "Will the half plots go up by the same share as the full ones?")]
WHENS = ["Sun Nov 04, 2012 8:41 pm", "Mon Nov 05, 2012 9:02 am", "2 hours ago"]


def post_row(k: int, name: str, text: str, details: str) -> str:
    return (f"<tr><td class='row{k % 2 + 1}' width='150' valign='top'><span class='name'><b>{name}</b></span><br>"
            f"<span class='postdetails'>Gardener<br>Joined: 12 Mar 2009<br>Posts: {k + 17}</span></td>"
            f"<td class='row{k % 2 + 1}' valign='top'><table width='100%'><tr><td><span class='postdetails'>{details}"
            f"</span></td></tr><tr><td><hr></td></tr><tr><td><span class='postbody'>{text}</span></td></tr></table></td></tr>"
            f"<tr><td class='spaceRow' colspan='2'><img src='s.gif' alt=''></td></tr>")


def topic(details) -> str:
    rows = "".join(post_row(k, n, t, details(k)) for k, (n, t) in enumerate(POSTS))
    return f"<table class='forumline'><tr><th>Author</th><th>Message</th></tr>{rows}</table>"


def dated(k: int) -> str:
    return f"Posted: {WHENS[k]}&nbsp; &nbsp;Post subject: Re: Allotment rents to rise"


def run(body: str) -> Document:
    html = f"<html lang='en'><body>{ARTICLE}{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def families(body: str) -> dict[str, list[int]]:
    """The unit counts of the candidate families of each template key."""
    html = f"<html lang='en'><body><div id='comments'>{body}</div></body></html>"      # (a region named as comments)
    with speaking(("en",)):
        tree = Tree(LexborHTMLParser(html).body)
        found: dict[str, list[int]] = {}
        for f in candidate_families(tree, PageMarks(tree).region()):
            found.setdefault(f.key, []).append(len(f.units))
        return found


# -- rule `nested-table-rows` ------------------------------------------------------------------------------
def test_rows_of_a_cells_layout_table_are_no_replies_of_the_post_rows():
    """Each post row holds a table of three rows (details, rule, text): the post rows stay one unit each."""
    found = families(topic(dated))
    assert max(found["tr."]) == len(POSTS)     # (merged with the inner rows, 3 + 3 x 2)


def test_blocks_nested_in_a_block_of_their_template_still_join_it():
    """The rule is about table rows in cells only: the same topic with a reply block inside each post block
    (no table) still gives one family of posts and replies."""
    html = "".join(f"<div class='post'><b>{n}</b><p>{t}</p><div class='body'><div class='post'><b>Reply to {n}</b>"
                   f"<p>Agreed, the fence comes first this winter.</p></div></div></div>" for n, t in POSTS)
    found = families(html)
    assert found["div.post"] == [2 * len(POSTS)]


# -- rule `dated-fields` -------------------------------------------------------------------------------------
def test_a_line_of_labelled_fields_opening_with_a_date_is_the_posts_meta_line():
    with speaking(("en", "de", "fr")):
        voc = vocabulary()
        assert dated_fields("Posted: Sun Nov 04, 2012 8:41 pm Post subject: Re: Allotment rents", voc)
        assert dated_fields("Posted: 2 hours ago Subject: plots", voc)
        assert dated_fields("Verfasst am: 04.11.2012, 20:41 Titel: Re: Pachtzins", voc)
        assert dated_fields("Posté le: 4 novembre 2012 20:41 Sujet du message: Re: les parcelles", voc)


def test_prose_and_lines_not_opening_with_a_dated_field_are_not_meta():
    with speaking(("en",)):
        voc = vocabulary()
        assert not dated_fields("Note: the vote on November 4, 2012 was close. Update: none", voc)
        assert not dated_fields("Subject: Allotment rents Posted: Nov 04, 2012 8:41 pm", voc)
        assert not dated_fields("Posted: Sun Nov 04, 2012 8:41 pm", voc)        # one field: a byline's business
        assert not dated_fields("Posted: by the gate near the lane Subject: Re: plots", voc)


def test_a_table_topic_gives_each_post_with_its_author_date_and_text():
    doc = run(topic(dated))
    assert [(c.author, c.text) for c in doc.comments] == POSTS
    assert [c.date for c in doc.comments][:2] == ["2012-11-04T20:41:00", "2012-11-05T09:02:00"]
    removed = " ".join(r.text for r in doc.removed)
    assert "Post subject" in removed and not any("Post subject" in c.text for c in doc.comments)


def test_a_details_line_without_a_date_gives_no_thread():
    """Without the dated details line the rows show no time: no thread is read (the rows stay on the page)."""
    doc = run(topic(lambda k: "Post subject: Re: Allotment rents to rise"))
    assert doc.comments == ()
    assert POSTS[0][1] in doc.dom.body.text(separator=" ")
