"""NUL bytes in a page: padding in text is damage (dropped, counted), NUL bytes among binary data refuse it
(cleaners/decoding.py, `_binary_nul_bytes`)."""
import random

import pytest

from cleaners.decoding import decode_bytes
from cleaners.errors import InputError
from cleaners.pipeline import Pipeline

PARAGRAPH = "<p>The council voted on Tuesday to extend the night bus service to the northern districts.</p>\n"
PAGE = ("<html><head><meta charset='utf-8'><title>Night buses</title></head><body><article>"
        + PARAGRAPH * 6 + "</article></body></html>").encode()


def test_a_small_page_whose_database_fields_are_padded_with_nul_bytes_gives_a_record():
    padded = PAGE.replace(b"<p>", b"<p>\x00\x00\x00")          # 18 NUL bytes: 2 % of the page
    assert padded.count(b"\x00") > 0.001 * len(padded)           # over the share a stray NUL may have
    decoded = decode_bytes(padded, "p.html", html=True)
    assert decoded.text == PAGE.decode() and decoded.errors == 18
    record = Pipeline().record(Pipeline().document("p.html", padded, "html"))
    assert "night bus service" in record["body"] and record["metadata"]["encoding_errors"] == 18


def test_random_bytes_behind_a_page_head_are_still_refused_for_their_nul_bytes():
    noise = random.Random(5).randbytes(20_000)                   # about 0.4 % NUL and 12 % other control bytes
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(PAGE[:200] + noise, "b.html", html=True)


def test_text_that_is_mostly_nul_bytes_is_refused():
    spaced = "The council voted on Tuesday to extend the service. ".replace(" ", "\x00 ") * 20
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(spaced.encode(), "t.txt")
