"""Letters to the editor beside a thread: by structure they are the publication's text, not comments. A letter
is a titled piece signed at its end ("— Name, Town"), chosen and edited by the paper, without a stamp to the
minute, a reply or vote control or a place in a reply tree; the thread's comments are headed by their writer
and stamp. So a block of letters stays in the page text (the article's), and only the thread is read as
comments; a page of letters is the article itself. Pages written here."""
from __future__ import annotations

from tests.builtin._html_comments import ARTICLE, cleaned

LETTERS = [("Buses for all", "The night bus is welcome, but the council forgot the villages beyond the ring road, "
            "where the last bus still leaves before ten.", "Helen Ward, Northfield"),
           ("Who pays?", "Two million a year is a large sum for a town of our size. I would like to see the figures "
            "before I applaud the council.", "Martin Shaw, Eastgate"),
           ("A thank-you", "As a nurse on night shifts I have waited for this for years. Thank you to everyone who "
            "signed the petition.", "Priya Nair, Riverside")]
COMMENTS = [("kate_b", "3 May 2024 at 21:14", "Finally! I have been walking home at two in the morning for years."),
            ("Tom R.", "3 May 2024 at 22:40", "Will the buses take bicycles on board at night too?"),
            ("Ines", "4 May 2024 at 07:05", "The timetable on the council's site still shows the old routes.")]


def _letters() -> str:
    items = "".join(f"<div class='letter'><h4>{t}</h4><p>{x}</p><p class='sign'>— {s}</p></div>"
                    for t, x, s in LETTERS)
    return f"<section class='letters'><h3>Letters to the editor</h3>{items}</section>"


def _thread() -> str:
    items = "".join(f"<li class='comment'><div class='meta'><span class='author'>{a}</span> <time>{d}</time></div>"
                    f"<p>{x}</p><a class='reply' href='#'>Reply</a></li>" for a, d, x in COMMENTS)
    return f"<h3>3 comments</h3><ol class='comments'>{items}</ol>"


def test_letters_beside_a_thread_stay_and_the_thread_is_read():
    doc, left = cleaned(f"<article>{ARTICLE}{_letters()}</article>{_thread()}")
    assert [c.author for c in doc.comments] == ["kate_b", "Tom R.", "Ines"]
    assert all(x in left for _, x, _ in LETTERS) and "Helen Ward" in left


def test_a_page_of_letters_is_the_article():
    doc, left = cleaned(f"<h1>Your letters</h1>{_letters()}")
    assert doc.comments == () and all(x in left for _, x, _ in LETTERS)
