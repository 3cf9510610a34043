"""Plain text in a ``<pre>`` read as its paragraphs (cleaners/extract_pre.py, rule ``prose-pre``); program code, a
verse and a single block stay as they are."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_pre import prose_pre_as_paragraphs
from cleaners.pipeline import Pipeline

P1 = ("The harbour ferry will run every fifteen minutes from May,\nthe transport authority announced on Monday after "
      "a year\nof complaints about crowded boats at the busiest hours.")
P2 = ("Two new boats are on order and should arrive in April; until\nthen the operator will lease a third vessel "
      "from a\nneighbouring port, a spokeswoman for the authority said.")
SIGNATURE = "Ann Lee\nHarbour Users' Group\n12 Quay Street"


def _page(pre: str) -> str:
    return f"<html><body><pre>{pre}</pre></body></html>"


def test_a_hard_wrapped_message_in_a_pre_becomes_its_paragraphs():
    dom = LexborHTMLParser(_page(f"{P1}\n\n{P2}\n\n{SIGNATURE}"))
    assert prose_pre_as_paragraphs(dom) == 1
    paragraphs = [p.text() for p in dom.css("p")]
    assert paragraphs[:2] == [" ".join(P1.split()), " ".join(P2.split())]
    assert dom.css("p")[2].css("br") and dom.css_first("pre") is None
    pipeline = Pipeline()
    body = pipeline.record(pipeline.document("t.html", _page(f"{P1}\n\n{P2}").encode(), "html"))["body"]
    assert body.split("\n\n")[:2] == [" ".join(P1.split()), " ".join(P2.split())]


def test_code_a_verse_and_a_single_block_stay_in_their_pre():
    code = "def ferry(boats):\n    return boats * 4\n\nx = ferry(2)\nprint(x)"
    verse = "The boats go out\nthe boats come in\n\nthe quay is grey\nthe gulls are thin"
    for pre in (code, verse, P1, f"{P1}\n\nint count = 0;\nfor (;;) {{ count++; }}"):
        dom = LexborHTMLParser(_page(pre))
        assert prose_pre_as_paragraphs(dom) == 0 and dom.css_first("pre") is not None
