"""A line of a comment's text set in bold or italics and closed by its sentence's marks outside the emphasis
("<strong>Thank you</strong>!", "<b>So true</b>!!") is the comment's text: the marks close a sentence and are no
control, so the line is no header of a name and a control (rule `emphasis-end`, `headlines._segments_kind`); a
name beside a separator and a time ("<b>Ann Lee</b> | 3 hours ago") stays the comment's header.
Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from cleaners.builtin.comments.notices import _reblog_text
from cleaners.builtin.comments.vocabulary import speaking

from ._html import ARTICLE, after_comments as cleaned

AUTHORS = ["Mia Lund", "tberg_77", "Ola Dahl"]


def _thread(texts: list[str], header: str = '<b>{a}</b> <span class="sep">|</span> <span>{k} hours ago</span>') -> str:
    units = "".join(f'<li class="comment" id="comment-{k}"><div class="comment-head">{header.format(a=a, k=k)}</div>'
                    f'<div class="comment-body">{t}</div><a class="reply" href="#r{k}">Reply</a></li>'
                    for k, (a, t) in enumerate(zip(AUTHORS, texts), 1))
    return f'<div class="entry">{ARTICLE}</div><div id="comments"><h3>3 Comments</h3><ol>{units}</ol></div>'


TEXTS = ["<p>Finally the night buses reach our street.</p><p><strong>Thank you</strong>!</p>"
         "<p>My shift ends at two and the taxi costs a fortune.</p>",
         "<p>Will the buses also stop at the hospital after midnight?</p><p><b>So true</b>!!</p>",
         "<p>The old timetable never had a bus after eleven.</p><p><em>Great news</em>?</p><p>We will see.</p>"]


def test_an_emphasised_line_closed_by_its_sentence_marks_stays_in_the_comment_text():
    doc = cleaned(_thread(TEXTS))
    assert [c.author for c in doc.comments] == AUTHORS
    assert "Thank you!" in doc.comments[0].text and "So true!!" in doc.comments[1].text
    assert "Great news?" in doc.comments[2].text


def test_a_bold_name_a_separator_and_a_time_stay_the_header():
    doc = cleaned(_thread([f"<p>{t}</p>" for t in ("Finally the night buses reach our street, thank you.",
                                                   "Will the buses also stop at the hospital after midnight?",
                                                   "The old timetable never had a bus after eleven.")]))
    assert [c.author for c in doc.comments] == AUTHORS
    assert not any(a in c.text or "hours ago" in c.text for c in doc.comments for a in AUTHORS)


def test_a_reblog_notice_after_its_reblogger_s_name_is_no_comment():
    # (a linked blog's name closed by a full stop was read as a header of a name and a control; read as text now, a
    # reblog notice under a name line the thread did not read as its author, a heading, is told by the words after it)
    with speaking(("en",)):
        assert _reblog_text("txw\n\nReblogged this on txw's blog.")
        assert not _reblog_text("Mia Lund\n\nI reblogged this on my blog, thanks for the report.")
        assert not _reblog_text("We read it twice, it is good.\n\nReblogged this on txw's blog.")
