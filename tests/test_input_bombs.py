"""Inputs that once made the readers' work grow faster than their size (time bombs), each run in a child process
under a generous time cap: a hang guard, not a timing (the fixed code takes a fraction of a second)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from cleaners.decoding import decode_bytes

HANG_GUARD = 60     # seconds; the old code took minutes on each input below


def run_guarded(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=HANG_GUARD, check=True)
    return done.stdout.strip()


def test_many_lt_signs_in_a_legacy_page_decode_in_linear_time():
    # 600 KB of "<" with no ">", in bytes that are not UTF-8: the tag pattern of the charset sniffing tried every
    # "<" to the end of the page (320 KB took 78 s)
    out = run_guarded("""
        from cleaners.decoding import decode_bytes
        print(decode_bytes(b"<html>" + b"<\\xe9 " * 200_000, "x", html=True).via)
    """)
    assert out == "detected"      # a legacy charset, found by the sniffing


def test_legacy_page_with_tags_is_still_sniffed():
    page = ("<html><body><p>Le café était fermé; l'été à Genève.</p>" * 20 + "</body></html>").encode("cp1252")
    decoded = decode_bytes(page, "x", html=True)
    assert decoded.encoding == "cp1252" and "café" in decoded.text


def test_json_nested_past_the_parsers_depth_is_read_as_text():
    from cleaners.text_input import read_text

    deep = "[" * 100_000 + "]" * 100_000        # json.loads raises RecursionError, not ValueError, on it
    read = read_text(deep + "\nThe council met on Tuesday to discuss the budget.\n")
    assert read.blocks[-1].text == "The council met on Tuesday to discuss the budget."
    assert "input_format" not in read.metadata
    lines = '{"type": "p", "text": "The council met on Tuesday."}\n' * 9 + '{"a":' * 100_000 + "1" + "}" * 100_000
    read = read_text(lines)                   # one line of nine too deep: still a JSON-lines export
    assert read.metadata == {"input_format": "json-lines"} and len(read.blocks) == 9
