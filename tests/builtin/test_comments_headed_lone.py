"""html_comments `headed-lone`: the one comment of a section named by no class or id, in the box right under a comment
heading in the page's words, with its author and time, is a comment; a heading over a paragraph of prose (an opinion
piece's "Kommentar"), a heading counting none and a box of several paragraphs without an author stay on the page."""
import pytest

from cleaners.builtin.comments import HtmlComments

from ._html import page, run
from ._html_comments import ARTICLE, cleaned, table

SAID = "Finally a bus after midnight, I have waited for this for years and will use it every weekend."


@pytest.mark.parametrize("heading, lang", [("Comments", "en"), ("Kommentare", "de"), ("1 Kommentar", "de")])
def test_one_comment_in_a_bare_box_under_a_comment_heading_is_a_comment(heading, lang):
    doc, text = run(HtmlComments(), page(f"{ARTICLE}<div><h3>{heading}</h3><div><b>Jonas_K</b> "
                                         f"<span>12.03.2012 14:22</span><p>{SAID}</p></div></div>"), language=lang)
    assert [c.text for c in doc.comments] == [SAID]
    assert table(doc) == [("Jonas_K", 0, None, "2012-03-12T14:22:00")]
    assert SAID not in text and "night bus" in text


def test_prose_a_heading_counting_none_or_an_unsigned_box_stays():
    opinion = ("<div><h3>Kommentar</h3><p>Die Nachtbusse kommen spät, aber sie kommen: Der Stadtrat hat richtig "
               "entschieden, und die Kosten sind angesichts der vielen Schichtarbeiter gut angelegt.</p></div>")
    doc, text = run(HtmlComments(), page(ARTICLE + opinion), language="de")
    assert doc.comments == () and "richtig entschieden" in text
    none = f"<div><h3>0 Comments</h3><div><b>Jonas_K</b> <span>12.03.2012 14:22</span><p>{SAID}</p></div></div>"
    doc, text = cleaned(ARTICLE + none)
    assert doc.comments == () and SAID in text
    unsigned = f"<div><h3>Comments</h3><div><p>{SAID}</p><p>{SAID.upper()}</p></div></div>"
    doc, text = cleaned(ARTICLE + unsigned)
    assert doc.comments == () and SAID in text


# -- headed-lone-wrapped: the heading alone in a box of its own, the comment in the box after it ----------------
def _wrapped(heading: str, box: str) -> str:
    return (f"{ARTICLE}<div class='tlw'><h3>{heading}</h3></div><div id='kx'><a name='c1'></a>{box}</div>"
            "<div class='tlw'><h3>Schreiben Sie einen Kommentar</h3></div>")


def test_one_comment_in_the_box_after_a_wrapped_comment_heading_is_a_comment():
    box = f"<div class='qz'><div><p>{SAID}</p></div><p class='fv'>Verfasst von Jonas_K | 12.03.2012 14:22</p></div>"
    doc, text = run(HtmlComments(), page(_wrapped("Kommentare (1)", box)), language="de")
    assert [c.text for c in doc.comments] == [SAID]
    assert table(doc) == [("Jonas_K", 0, None, "2012-03-12T14:22:00")]
    assert SAID not in text and "night bus" in text


def test_prose_after_a_wrapped_comment_heading_stays():
    box = f"<div class='qz'><p>{SAID}</p><p>{SAID.upper()}</p></div>"
    doc, text = run(HtmlComments(), page(_wrapped("Kommentare", box)), language="de")
    assert doc.comments == () and SAID in text


# -- headed-lone-list: the one comment as a list's one item, the comment form's section after it ----------------
def _listed(heading: str, item: str) -> str:
    return (f"{ARTICLE}<h3>{heading}</h3><ol><li>{item}</li></ol><div><h3>Laisser un commentaire</h3><form>"
            "<p><label>Nom</label><input type='text' name='author'></p><textarea name='comment'></textarea>"
            "<input type='submit' value='Envoyer'></form></div>")


def test_one_comment_listed_under_a_long_heading_before_the_comment_form_is_a_comment():
    item = f"<cite>Jonas_K</cite> <small>12.03.2012 14:22</small><p>{SAID}</p>"
    doc, text = run(HtmlComments(), page(_listed("Une réponse à « Un bus de nuit pour le quartier nord »", item)),
                    language="fr")
    assert table(doc) == [("Jonas_K", 0, None, "2012-03-12T14:22:00")]
    assert SAID not in text and "night bus" in text


def test_one_unsigned_list_item_under_a_comment_heading_before_the_form_stays():
    """A note listed under the heading (no author, no time): the page's words, not a comment."""
    doc, text = run(HtmlComments(), page(_listed("Commentaires", f"<p>{SAID}</p>")), language="fr")
    assert doc.comments == () and SAID in text


# -- headed-lone-name: the author as a bare line over the time line, the markup naming nothing ------------------
def _bare(heading: str, first: str, stamp: str = "October 14th, 2012 at 4:51 pm") -> str:
    return (f"{ARTICLE}<div class='x7'><h3>{heading}</h3><div class='x9'><img src='/a.png' width='40'>"
            f"<div class='x3'>{first}</div><div class='x4'>{stamp}</div><p>{SAID}</p></div></div>"
            "<div class='x8'><h3>Leave a Reply</h3><form><textarea></textarea></form></div>")


@pytest.mark.parametrize("heading, name, stamp, lang, date", [
    ("1 comment to “Night buses”", "Ted Wilson", "October 14th, 2012 at 4:51 pm", "en", "2012-10-14T16:51:00"),
    ("One Response to Night buses", "Marta", "14 October 2012, 16:51", "en", "2012-10-14T16:51:00"),
    ("1 Kommentar", "Jonas Keller", "14.10.2012 um 16:51 Uhr", "de", "2012-10-14T16:51:00"),
])
def test_a_bare_name_line_over_the_time_line_is_the_lone_comments_author(heading, name, stamp, lang, date):
    doc, text = run(HtmlComments(), page(_bare(heading, name, stamp)), language=lang)
    assert [c.text for c in doc.comments] == [SAID]
    assert table(doc) == [(name, 0, None, date)]
    assert SAID not in text and name not in text and "night bus" in text


@pytest.mark.parametrize("first", [
    "Buses run every night now.",              # a sentence
    "Comments are closed",                     # no name: the section's notice
    "Route 12 changes",                        # a digit
    "Ted Wilson and the night bus drivers",    # more words than a name
])
def test_a_first_line_that_is_no_name_leaves_the_box_on_the_page(first):
    doc, text = run(HtmlComments(), page(_bare("1 comment to “Night buses”", first)), language="en")
    assert doc.comments == () and SAID in text


# -- headed-lone-links: a row of links beside the one comment's box, the form's heading after it --------------------
def _responses(before: str, after: str = "<h2>Leave a Response</h2>") -> str:
    return (f"{ARTICLE}<div class='rk'><h2>Responses</h2>{before}<ol class='qd'><li class='zp'><cite><a href='/u'>"
            f"Jonas_K</a></cite> says:<br><p class='mm'>March 12th, 2012 at 2:22 pm (<a href='#c1'>#</a>)</p>"
            f"<p>{SAID}</p></li></ol>{after}<form><input name='author'><textarea></textarea></form></div>")


def test_one_comment_between_a_row_of_links_and_the_forms_heading_is_a_comment():
    row = "<div class='fw'><span><a href='/feed/'>Feed</a></span> <span><a href='/tb/'>Trackback Address</a></span></div>"
    doc, text = run(HtmlComments(), page(_responses(row)), language="en")
    assert [(c.author, c.text) for c in doc.comments] == [("Jonas_K", SAID)]
    assert SAID not in text and "night bus" in text


def test_a_row_with_words_beside_its_links_or_a_second_box_leaves_the_comment_on_the_page():
    row = "<p>Our readers write: <a href='/feed/'>Feed</a></p>"
    doc, text = run(HtmlComments(), page(_responses(row)), language="en")
    assert doc.comments == () and SAID in text
    second = "<div class='ex'><p>Bus timetables for the whole region are printed at the library.</p></div>"
    doc, text = run(HtmlComments(), page(_responses("", second)), language="en")
    assert doc.comments == () and SAID in text
