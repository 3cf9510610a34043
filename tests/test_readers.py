"""Input discovery and decoding: every bad input gets a reason, good ones decode right."""
from __future__ import annotations

import gzip
import os

import pytest

from cleaners.errors import InputError
from cleaners.readers import InputFile, Skipped, decode, gunzip, iter_inputs, read_bytes


def _entries(paths):
    return list(iter_inputs([str(p) for p in paths]))


def test_walk_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "page.htm.gz").write_bytes(gzip.compress(b"<p>x</p>"))
    (tmp_path / "notes.md").write_text("# n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    entries = _entries([tmp_path])
    files = [e for e in entries if isinstance(e, InputFile)]
    assert [os.path.relpath(e.source, tmp_path) for e in files] == ["a.html", "b/z.txt", "notes.md", "page.htm.gz"]
    assert [(f.kind, f.gzipped) for f in files] == [("html", False), ("text", False), ("text", False), ("html", True)]
    assert [e for e in entries if isinstance(e, Skipped)] == [Skipped(str(tmp_path / "image.png"), "unsupported file type")]


def test_source_joins_given_path_and_relative_path(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("x")
    [entry] = _entries([tmp_path])
    assert entry.source == os.path.join(str(tmp_path), "sub", "x.txt")


def test_missing_path_is_an_error(tmp_path):
    [entry] = _entries([tmp_path / "nope"])
    assert isinstance(entry, InputError) and "no such file" in entry.reason


def test_symlink_loop_is_reported_not_followed_forever(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("a")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    entries = _entries([tmp_path])
    assert sum(isinstance(e, InputFile) for e in entries) == 1
    assert any(isinstance(e, InputError) and "loop" in e.reason for e in entries)


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"%PDF-1.4 binary", "binary file (PDF)"),
    (b"\x89PNG\r\n\x1a\n....", "binary file (PNG image)"),
    (b"abc\x00\x01\x02\x03def\x00", "binary content"),
])
def test_bad_bytes_have_a_reason(data, reason):
    with pytest.raises(InputError) as info:
        decode(data, "f.txt")
    assert reason in info.value.reason
    assert info.value.source == "f.txt"


def test_invalid_utf8_in_a_utf8_file_is_an_error():
    data = "Café au lait, naïve résumé — ".encode() * 3 + b"\xff\xfe broken"
    with pytest.raises(InputError) as info:
        decode(data, "bad.txt")
    assert "invalid UTF-8" in info.value.reason


def test_legacy_single_byte_encoding_is_detected():
    text = "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 4
    assert decode(text.encode("cp1251"), "ru.txt") == text


def test_bom_and_utf16_without_bom():
    assert decode("\ufeffhello world".encode("utf-8"), "a.txt") == "hello world"
    assert decode("hello world".encode("utf-16"), "a.txt") == "hello world"
    assert decode("hello wide world".encode("utf-16-le"), "a.txt") == "hello wide world"


def test_meta_charset_is_used_and_a_lying_one_is_overruled():
    page = '<html><head><meta charset="windows-1252"></head><body>naïve café</body></html>'
    assert "naïve café" in decode(page.encode("cp1252"), "p.html", html=True)
    lying = '<html><head><meta charset="iso-8859-1"></head><body>naïve café</body></html>'
    assert "naïve café" in decode(lying.encode("utf-8"), "p.html", html=True)


def test_crlf_is_normalised():
    assert decode(b"a\r\nb\rc", "x.txt") == "a\nb\nc"


def test_gzip_truncated_corrupt_and_bomb(tmp_path):
    payload = gzip.compress(b"<p>hello</p>" * 1000)
    with pytest.raises(InputError, match="truncated"):
        gunzip(payload[: len(payload) // 2], "t.html.gz")
    with pytest.raises(InputError, match="not a gzip"):
        gunzip(b"plain text", "t.html.gz")
    bomb = gzip.compress(b"\0" * 2_000_000)
    with pytest.raises(InputError, match="exceeds the limit"):
        gunzip(bomb, "bomb.html.gz", limit=1_000_000)
    assert gunzip(payload, "ok.html.gz") == b"<p>hello</p>" * 1000


def test_oversized_file_is_refused_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(InputError, match="over the limit"):
        read_bytes(InputFile(str(big), big, "text"), max_bytes=1000)


def test_unreadable_file(tmp_path, monkeypatch):
    f = tmp_path / "secret.txt"
    f.write_text("x")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("cleaners.readers.open", denied, raising=False)  # works as root too
    with pytest.raises(InputError, match="cannot read file: Permission denied"):
        read_bytes(InputFile(str(f), f, "text"))


def test_typographic_marks_alone_never_look_like_mojibake():
    import itertools
    import string

    from ftfy.badness import is_bad

    from cleaners.mojibake import TYPOGRAPHIC, repair
    alphabet = TYPOGRAPHIC + string.printable
    assert not any(is_bad("".join(s)) for n in (1, 2, 3) for s in itertools.product(alphabet, repeat=n))
    assert repair("He said \u201cyes\u201d \u2014 it\u2019s fine\u2026") == "He said \u201cyes\u201d \u2014 it\u2019s fine\u2026"
    assert repair("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9") == "It\u2019s a caf\u00e9"     # mojibake is still repaired
