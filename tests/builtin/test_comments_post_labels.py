"""Rule `post-labels` (`comments/labels.py`): the labelled fields of a post's header that come back in every
post of a table forum (phpBB 2 style: "Joined: <date>", "Posts: <n>", "Location: …" in the poster's cell, "Posted:
<date>  Post subject: Re: …" over the text) are the template's, told by repetition and not by a word list: they
never reach the comment's text, a date field gives the comment's date. Positive cases in English and in two
languages without a file (Icelandic, Albanian), negatives where a repeated label is the comments' own words."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.labels import _fields_line, _masked, labelled_units, numbered_field
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import candidate_families
from cleaners.builtin.comments.vocabulary import speaking
from cleaners.document import Document

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

BOARDS = {
    "en": dict(head=("Author", "Message"), joined="Joined", count="Posts", where="Location", posted="Posted",
               subject="Post subject", top="Back to top", title="Winter ferry timetable",
               whens=["Sun Nov 04, 2012 8:41 pm", "Mon Nov 05, 2012 9:02 am", "Mon Nov 05, 2012 11:15 am", "Tue Nov 06, 2012 7:30 pm"],
               posts=[("marrowman", "Twenty minutes later in the morning is no use to anyone who works on the mainland."),
                      ("Edith P", "The last boat at night is what matters to me, and that one stays as it was."),
                      ("bean_row_bob", "Does anyone know whether the Sunday sailings change as well, or only weekdays?")]),
    "is": dict(head=("Höfundur", "Skilaboð"), joined="Skráður", count="Innlegg", where="Staðsetning", posted="Sent",
               subject="Efni innleggs", top="Efst á síðu", title="Vetraráætlun ferjunnar",
               whens=["4. nóv 2012 kl. 20:41", "5. nóv 2012 kl. 09:02", "5. nóv 2012 kl. 11:15", "6. nóv 2012 kl. 19:30"],
               posts=[("Gunnar", "Tuttugu mínútum seinna á morgnana gagnast engum sem vinnur uppi á landi."),
                      ("Sigga", "Síðasta ferðin á kvöldin skiptir mig máli og hún helst óbreytt, svo ég er sátt."),
                      ("bóndinn", "Veit einhver hvort sunnudagsferðirnar breytast líka eða bara virku dagarnir?")]),
    "sq": dict(head=("Autori", "Mesazhi"), joined="Antarësuar", count="Postime", where="Vendndodhja", posted="Postuar",
               subject="Titulli", top="Kthehu në krye", title="Orari i dimrit i tragetit",
               whens=["04 Nën 2012, 20:41", "05 Nën 2012, 09:02", "05 Nën 2012, 11:15"],
               posts=[("Arben", "Njëzet minuta më vonë në mëngjes nuk i shërben askujt që punon në tokë."),
                      ("Edi", "Trageti i fundit në mbrëmje më intereson dhe mbetet si ishte, jam i kënaqur."),
                      ("ben_b", "A e di dikush nëse ndryshojnë edhe udhëtimet e së dielës apo vetëm ditët e punës?")]),
}
JOINED = ["12 Mar 2009", "03 Jan 2011", "28 Gus 2010", "15 Feb 2012"]     # (a month no language file names: a date by its year)
PLACES = ["Harbour Road", "Oban", "the island", "Glasgow"]


def post_row(b: dict, k: int, name: str, text: str) -> str:
    row = f"row{k % 2 + 1}"
    subject = ("" if k == 0 else "Re: ") + b["title"]
    return (f'<tr><td width="150" valign="top" class="{row}"><span class="name"><a name="{k}"></a><b>{name}</b></span><br>'
            f'<span class="postdetails">{"Site Admin" if k == 0 else ""}<br><br>{b["joined"]}: {JOINED[k]}<br>'
            f'{b["count"]}: {17 + 31 * k}<br>{b["where"]}: {PLACES[k]}</span><br></td>'
            f'<td class="{row}" width="100%" valign="top"><table width="100%"><tr><td width="100%">'
            f'<a href="viewtopic.php?p={k}#{k}"><img src="icon_minipost.gif" alt=""></a><span class="postdetails">'
            f'{b["posted"]}: {b["whens"][k]}&nbsp; &nbsp;{b["subject"]}: {subject}</span></td></tr>'
            f'<tr><td colspan="2"><hr></td></tr><tr><td colspan="2"><span class="postbody">{text}</span></td></tr>'
            f'</table></td></tr><tr><td class="{row}"><span class="nav"><a href="#top">{b["top"]}</a></span></td>'
            f'<td class="{row}"></td></tr><tr><td class="spaceRow" colspan="2"><img src="s.gif" alt=""></td></tr>')


def board_page(lang: str, posts=None, rows=post_row) -> str:
    b = BOARDS[lang]
    posts = posts or b["posts"]
    body = "".join(rows(b, k, n, t) for k, (n, t) in enumerate(posts))
    return (f"<html lang='{lang}'><body><div class='story'><h1>{b['title']}</h1><p>{b['posts'][0][1]} {b['posts'][1][1]}"
            f"</p><p>{b['posts'][2][1]} {b['posts'][0][1]}</p></div><table class='forumline'><tr><th>{b['head'][0]}</th>"
            f"<th>{b['head'][1]}</th></tr>{body}</table></body></html>")


def run(html: str) -> Document:
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


# -- positive: the header fields are the template's, in any language ------------------------------------------
def test_a_table_topic_in_english_gives_the_posts_texts_alone():
    doc = run(board_page("en"))
    assert [(c.author, c.text) for c in doc.comments] == BOARDS["en"]["posts"]
    assert doc.comments[0].date == "2012-11-04T20:41:00"
    removed = " ".join(r.text for r in doc.removed)
    assert "Location: Oban" in removed and "Post subject" in removed


def test_a_table_topic_in_a_language_without_a_file_is_read_and_its_fields_cut():
    """Icelandic and Albanian have no language file: no word names "Skráður" or "Innlegg" a poster's counter,
    nor "Sent: … Efni innleggs: …" a post's header; the repetition does (the thread was refused before)."""
    for lang in ("is", "sq"):
        doc = run(board_page(lang))
        b = BOARDS[lang]
        assert [(c.author, c.text) for c in doc.comments] == b["posts"], lang
        removed = " ".join(r.text for r in doc.removed)
        assert f"{b['count']}: 48" in removed and f"{b['where']}: Oban" in removed and b["subject"] in removed, lang
        assert not any(b["joined"] in c.text or b["posted"] + ":" in c.text for c in doc.comments), lang


def test_the_date_of_a_post_comes_from_its_header_not_from_the_posters_joined_field():
    doc = run(board_page("is"))
    assert len(doc.comments) == 3 and all(c.date is None or c.date.startswith("2012-11") for c in doc.comments)


def test_fields_are_told_by_shape():
    with speaking(("en",)):
        assert _masked("12 Mar 2009") == _masked("28 Gus 2010") == "<date>"
        assert _masked("41") == _masked("1523") != _masked("Oban")
        assert _fields_line("Sent: 4. nóv 2012 kl. 20:41 Efni innleggs: Re: Vetraráætlun")[0] == "sent|innleggs"
        assert numbered_field("Innlegg: 41") and not numbered_field("Innlegg: mörg")


# -- negatives: a repeated label that is the comments' own words stays their text -----------------------------
def plain_rows(b: dict, k: int, name: str, text: str) -> str:
    return (f'<tr><td class="row1"><span class="name"><b>{name}</b></span><br><span class="postdetails">'
            f'{b["posted"]}: {b["whens"][k]}</span></td><td class="row1"><span class="postbody">{text}</span><br>'
            f'<a href="posting.php?mode=quote&amp;p={k}">Reply with quote</a></td></tr>')


def test_comments_opening_with_the_same_label_and_different_words_keep_it():
    """A poll thread: every post opens with "My vote: <a choice>" on a line of its own, then says why."""
    posts = [("Ann", "My vote: the early boat<br>It suits the school run."),
             ("Bob", "My vote: the late boat<br>I work evenings at the harbour."),
             ("Cy", "My vote: no change<br>Both times work for the farm.")]
    doc = run(board_page("en", posts, plain_rows))
    assert len(doc.comments) == 3 and all(c.text.startswith("My vote: ") for c in doc.comments)


def test_comments_of_one_label_line_each_keep_their_text():
    """Every post is one "Label: value" line, the values differing in digits only: it is the post, not a header."""
    posts = [("Ann", "Score: 7 of 10"), ("Bob", "Score: 4 of 10"), ("Cy", "Score: 9 of 10")]
    doc = run(board_page("en", posts, plain_rows))
    assert [c.text for c in doc.comments] == ["Score: 7 of 10", "Score: 4 of 10", "Score: 9 of 10"]


def test_a_label_in_one_comment_only_stays_its_text():
    posts = [("Ann", "Update: 2 boats<br>The company wrote back today."), BOARDS["en"]["posts"][1], BOARDS["en"]["posts"][2]]
    doc = run(board_page("en", posts, plain_rows))
    assert doc.comments[0].text.startswith("Update: 2 boats")


def test_boxes_without_shared_counters_are_no_posters_boxes():
    """`labelled_units`: rows of one label each ("Price: 12"), or labels that differ from row to row, mark nothing."""
    rows = "".join(f"<tr><td>Item {k}</td><td>Price: {k}2<br>Colour: {c}</td></tr>" for k, c in enumerate(["red", "blue", "tan"]))
    tree = Tree(LexborHTMLParser(f"<html><body><table>{rows}</table></body></html>").body)
    family = next(f for f in candidate_families(tree) if f.key.startswith("tr"))
    with speaking(("en",)):
        assert not labelled_units(tree, family.units)
    rows = "".join(f"<tr><td>Item {k}</td><td>Price: {k}2<br>Stock: {k}</td></tr>" for k in range(3))
    tree = Tree(LexborHTMLParser(f"<html><body><table>{rows}</table></body></html>").body)
    family = next(f for f in candidate_families(tree) if f.key.startswith("tr"))
    with speaking(("en",)):
        assert labelled_units(tree, family.units)


def test_a_header_line_of_fields_with_an_age_no_file_reads_marks_the_posts_time():
    """"Sent: fyrir 5 dögum síðan  Efni innleggs: Re: …": the age is read by no language data, yet the line of
    fields in every post is the post's header, and the posters' boxes with such headers are a thread."""
    b = dict(BOARDS["is"], whens=["fyrir 5 dögum síðan", "fyrir 4 dögum síðan", "fyrir 2 dögum síðan"])
    BOARDS["is_aged"] = b
    try:
        html = board_page("is_aged").replace("lang='is_aged'", "lang='is'")
    finally:
        del BOARDS["is_aged"]
    doc = run(html)
    assert [(c.author, c.text) for c in doc.comments] == b["posts"]


def test_posters_boxes_without_a_time_are_no_thread():
    """The same rows with neither a header line nor a date: counters alone (a member list) make no thread."""
    def undated(b: dict, k: int, name: str, text: str) -> str:
        return post_row(b, k, name, text).replace(f'{b["posted"]}: {b["whens"][k]}&nbsp; &nbsp;', "")
    doc = run(board_page("is", rows=undated))
    assert doc.comments == ()


# -- a forum page whose opening post is the article: its fields leave the body ---------------------------------
LAST = {"is": ("Kata", "Sunnudagar haldast eins samkvæmt tilkynningunni við bryggjuna."),
        "en": ("Kay", "Sundays stay the same according to the notice at the pier.")}


def topic_page(lang: str, rows=post_row) -> str:
    """The topic alone, its opening post the longest (the page's main text)."""
    b = BOARDS[lang]
    posts = [(b["posts"][0][0], f"{b['posts'][0][1]} {b['posts'][1][1]} {b['posts'][2][1]}"), *b["posts"][1:], LAST[lang]]
    body = "".join(rows(b, k, n, t) for k, (n, t) in enumerate(posts))
    return (f"<html lang='{lang}'><body><table class='forumline'><tr><th>{b['head'][0]}</th><th>{b['head'][1]}</th></tr>"
            f"{body}</table></body></html>")


def test_the_opening_posts_fields_leave_the_body_in_a_language_without_a_file():
    doc = run(topic_page("is"))
    b = BOARDS["is"]
    assert [(c.author, c.text) for c in doc.comments] == [*b["posts"][1:], LAST["is"]]
    body = doc.dom.body.text(separator=" ")
    assert b["posts"][0][1] in body and f"{b['count']}: 17" not in body and b["subject"] not in body


def test_a_field_in_the_block_of_the_opening_posts_text_leaves_the_text_in_place():
    """The header line shares its cell with the post's text (a `<br>` apart): the cell is not cut."""
    def shared(b: dict, k: int, name: str, text: str) -> str:
        return post_row(b, k, name, text).replace('</span></td></tr><tr><td colspan="2"><hr></td></tr><tr><td colspan="2">'
                                                  '<span class="postbody">', '</span><br><span class="postbody">')
    html = topic_page("is", shared)
    assert '<br><span class="postbody">' in html
    doc = run(html)
    assert BOARDS["is"]["posts"][0][1] in doc.dom.body.text(separator=" ")
    assert [c.text for c in doc.comments] == [t for _, t in [*BOARDS["is"]["posts"][1:], LAST["is"]]]
