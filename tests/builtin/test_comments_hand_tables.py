"""Comments in a hand-made table (rules `row-entries`, `table-entries`): an article written as runs between
``<br><br>`` inside a ``<font>`` is the page's main text (`main_text.main_container`), not the longest comment cell; a
table of one entry (a name and a stamp over the message) under a comment heading or named as comments. Look-alikes
kept: an article alone in ``<font>`` runs, a two-row table of the article, a note under the heading with no stamp.
Pages written here."""
from __future__ import annotations

from html import escape

from cleaners.builtin.comments import HtmlComments

from tests.builtin._html import page, run

STORY = ["The old swimming baths on Mill Lane reopened on Saturday after four years behind hoardings, and the queue "
         "for the first public session reached the end of the street well before the doors opened at nine.",
         "The trust that runs the building raised most of the money itself, through a decade of jumble sales, "
         "sponsored swims in other towns' pools and one very long auction of the old changing-room doors.",
         "The tiled entrance hall has been restored as it was in 1911, down to the brass turnstile, though it now "
         "only turns one way and the ticket office sells coffee as well as swims."]
ENTRIES = [("Margaret Hale", "21 May 2010 6:40 PM", "I learned to swim there in 1958 and cried a little when I saw the "
            "turnstile again, thank you to everyone who kept the campaign going all those years."),
           ("Dev", "21 May 2010 9:02 PM", "Is the small pool warm enough for toddlers yet?"),
           ("R. Castle", "22 May 2010 7:15 AM", "Went this morning, lovely light through the roof windows.")]


def _article(mode="font"):
    text = "<br /><br />".join(escape(p) for p in STORY)
    inner = f'<font face="Verdana" size="2">{text}</font>' if mode == "font" else text
    return (f'<table width="100%"><tr><td width="160"><a href="/">Home</a><br /><a href="/news">News</a></td><td>'
            f'<font size="4"><b>Mill Lane baths reopen</b></font><br /><br />{inner}</td></tr></table>')


def _entries(entries, cls="comments", heading="Comments"):
    rows = "".join(f'<tr><td bgcolor="#eeeeee"><b>{escape(a)}</b> <font size="1">{escape(s)}</font></td></tr>'
                   f'<tr><td>{escape(t)}<br />&nbsp;</td></tr>' for a, s, t in entries)
    head = f'<font size="3"><b>{heading}</b></font>' if heading else ""
    return f'<a name="c"></a>{head}<table width="100%" cellpadding="3"{f" class={cls!r}" if cls else ""}>{rows}</table>'


def _comments(html):
    doc, text = run(HtmlComments(), page(html), language="en")
    return [(c.author, c.text) for c in doc.comments], text


def test_comment_rows_beside_an_article_in_font_runs():
    comments, text = _comments(_article() + _entries(ENTRIES, cls="", heading=""))
    assert comments == [(a, t) for a, _, t in ENTRIES]
    assert "jumble sales" in text


def test_an_article_alone_in_font_runs_is_kept():
    comments, text = _comments(_article())
    assert comments == [] and "jumble sales" in text and "brass turnstile" in text


def test_one_entry_under_a_comment_heading():
    comments, _ = _comments(_article("br") + _entries(ENTRIES[:1], cls=""))
    assert comments == [(ENTRIES[0][0], ENTRIES[0][2])]


def test_one_entry_in_a_table_named_as_comments():
    comments, _ = _comments(_article("br") + _entries(ENTRIES[2:], heading=""))
    assert comments == [(ENTRIES[2][0], ENTRIES[2][2])]


def test_a_two_row_table_of_the_article_is_kept():
    html = _article("br") + _entries(ENTRIES[:1], cls="", heading="")
    comments, text = _comments(html)
    assert comments == [] and "cried a little" in text


def test_a_note_under_the_heading_without_a_stamp_is_kept():
    note = [("Mill Lane Trust", "Opening hours", "The baths are open every day from seven in the morning.")]
    comments, text = _comments(_article("br") + _entries(note, cls=""))
    assert comments == [] and "every day from seven" in text
