"""A page saved as its gzip-encoded response under a plain name (``page.html`` holding gzip bytes, as ``wget``
without ``--compression=auto`` saves one) is read by its magic bytes, within the same limits as a ``.gz`` file."""
from __future__ import annotations

import gzip
import json

import pytest

from cleaners.cli import main
from cleaners.errors import InputError
from cleaners.readers import InputFile, read_bytes

PAGE = ("<html><body><article><p>The ferry to the island runs again from Monday after three weeks of repairs to "
        "its landing stage, the harbour office said.</p></article></body></html>").encode()


def test_gzip_bytes_under_a_plain_name_are_decompressed(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(gzip.compress(PAGE))
    assert read_bytes(InputFile(str(path), path, "html")) == PAGE
    plain = tmp_path / "plain.html"
    plain.write_bytes(PAGE)
    assert read_bytes(InputFile(str(plain), plain, "html")) == PAGE      # no magic: read as it is


def test_gzip_bytes_under_a_plain_name_keep_the_limits(tmp_path):
    bomb = tmp_path / "bomb.html"
    bomb.write_bytes(gzip.compress(b"<p>" + b"A" * 2_000_000))
    with pytest.raises(InputError, match="exceeds the limit"):
        read_bytes(InputFile(str(bomb), bomb, "html"), max_decompressed=1_000_000)
    cut = tmp_path / "cut.html"
    cut.write_bytes(gzip.compress(PAGE * 50)[:40])
    with pytest.raises(InputError, match="truncated gzip|corrupt gzip"):
        read_bytes(InputFile(str(cut), cut, "html"))


def test_corpus_clean_writes_the_page_of_a_gzip_saved_response(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "saved.html").write_bytes(gzip.compress(PAGE))
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path / "in"), "-o", str(out), "-q", "--no-progress", "--workers", "0"]) == 0
    record = json.loads(out.read_text().splitlines()[0])
    assert "ferry to the island runs again" in record["body"]
