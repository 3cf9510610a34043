"""dom_service's screen before it squeezes a block's text (`_END_OPENING`): every form of a press release's end
mark passes it, spaced or wrapped in inline markup, and a block whose text opens otherwise never holds one."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin._dom import text_of
from cleaners.builtin.dom_service import _END_MARK, _END_OPENING, release_tails

MARKS = ["###", "# # #", "-30-", "\u2013 30 \u2013", "\u2014 30 \u2014", "ENDS", "- ENDS -", "\u2014ENDS\u2014"]


def _blocks(html: str) -> list:
    return LexborHTMLParser(html).css("p, div, center, pre")


def test_every_end_mark_passes_the_screen_spaced_or_wrapped():
    for mark in MARKS:
        for html in (f"<p>{mark}</p>", f"<div>\n  <b> {mark} </b>\n</div>", f"<pre>\t{mark}\n</pre>"):
            node = _blocks(html)[0]
            assert _END_MARK.match(text_of(node)) and _END_OPENING.match(node.text(separator=" "))


def test_a_block_that_opens_otherwise_is_screened_out():
    for text in ("The end ###", "Page 30", "30 -", "The trust ENDS its appeal"):
        node = _blocks(f"<p>{text}</p>")[0]
        assert not _END_MARK.match(text_of(node)) and not _END_OPENING.match(node.text(separator=" "))


def test_a_wrapped_mark_still_ends_the_release():
    html = ("<main><div><p>The harbour trust opened its museum today in the restored keeper's cottage, with a "
            "display of the lamps.</p><div> <span>- ENDS -</span> </div><p>Media contact: Jo Hale</p></div></main>")
    found = release_tails(LexborHTMLParser(html), set())
    assert [text_of(n) for n in found] == ["- ENDS -", "Media contact: Jo Hale"]
