"""dom_service's page screen (`_holds_mark`): a page whose text holds no end mark is not read block by block,
and the screen passes every form of the mark however it is spaced or wrapped, so the tails found are the same."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin._dom import text_of
from cleaners.builtin.dom_service import _holds_mark, release_tails

MARKS = ["###", "# # #", "#\n#\n#", "-30-", "\u2013 30 \u2013", "\u2014 30 \u2014", "-\n 30\n -", "ENDS", "- ENDS -",
         "\u2014ENDS\u2014"]
_PAGE = ("<main><div><p>The harbour trust opened its museum today in the restored keeper's cottage, with a display "
         "of the lamps.</p><div>{mark}</div><p>Media contact: Jo Hale</p></div></main>")


def _tails(html: str, screened: bool) -> list[str]:
    dom = LexborHTMLParser(html)
    page_text = dom.body.text(separator=" ") if screened else None
    return [text_of(n) for n in release_tails(dom, set(), page_text)]


def test_every_mark_passes_the_page_screen_spaced_or_wrapped():
    for mark in MARKS:
        for wrapped in (mark, f" <b>{mark}</b> ", f"<span>{mark[:1]}</span>{mark[1:]}"):
            html = _PAGE.format(mark=wrapped)
            unscreened = _tails(html, False)      # (a mark split by a tag may read as none: "E NDS")
            assert _tails(html, True) == unscreened, wrapped
            if wrapped != f"<span>{mark[:1]}</span>{mark[1:]}":
                assert _holds_mark(LexborHTMLParser(html).body.text(separator=" ")), wrapped
                assert len(unscreened) == 2 and unscreened[1] == "Media contact: Jo Hale", wrapped


def test_a_page_without_a_mark_is_not_read():
    for text in ("Page 30 of 31", "#1 in sales", "ends at 30", "Call 555-0130 today"):
        html = _PAGE.format(mark=text)
        assert not _holds_mark(LexborHTMLParser(html).body.text(separator=" "))
        assert _tails(html, True) == _tails(html, False) == []


def test_a_look_alike_passes_the_screen_and_is_still_no_mark():
    html = _PAGE.format(mark="Tickets -30- per cent off, ENDS Friday")
    assert _holds_mark(LexborHTMLParser(html).body.text(separator=" "))
    assert _tails(html, True) == _tails(html, False) == []
