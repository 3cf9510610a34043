"""Input discovery and decoding: every bad input gets a reason, good ones decode right."""
from __future__ import annotations

import codecs
import gzip
import os

import pytest

from cleaners.errors import InputError
from cleaners.decoding import MULTI_BYTE, SINGLE_BYTE, Decoded
from cleaners.pipeline import Pipeline
from cleaners.errors import printable
from cleaners.readers import (OUTSIDE_ROOT, InputFile, Skipped, decode, decode_bytes, gunzip, iter_inputs,
                              printable_path, read_bytes)


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
    (codecs.BOM_UTF8, "empty file"),                                  # a byte-order mark alone
    (codecs.BOM_UTF16_LE + " \n\t ".encode("utf-16-le"), "empty file"),
    ("\u00a0\u3000\n".encode(), "empty file"),                       # no-break and ideographic spaces
    (b"%PDF-1.4 binary", "binary file (PDF)"),
    (b"\x89PNG\r\n\x1a\n....", "binary file (PNG image)"),
    (b"abc\x00\x01\x02\x03def\x00", "binary content"),
])
def test_bad_bytes_have_a_reason(data, reason):
    """Each refused input names why; white space in any encoding, behind a byte-order mark or not, is empty."""
    with pytest.raises(InputError) as info:
        decode(data, "f.txt")
    assert reason in info.value.reason
    assert info.value.source == "f.txt"


def test_a_byte_order_mark_before_text_is_not_empty():
    assert decode(codecs.BOM_UTF8 + "Ein kurzer Satz.".encode(), "f.txt") == "Ein kurzer Satz."


def test_invalid_utf8_in_a_utf8_file_replaces_only_the_bad_bytes():
    data = "Café au lait, naïve résumé — ".encode() * 3 + b"\xff\xfe broken"
    decoded = decode_bytes(data, "bad.txt")
    assert decoded.text == "Café au lait, naïve résumé — " * 3 + "\ufffd\ufffd broken"
    assert (decoded.encoding, decoded.errors) == ("utf-8", 2)


def test_short_text_with_broken_utf8_is_not_read_as_a_cjk_charset():
    # mostly ASCII, one valid and two broken UTF-8 sequences: UTF-8 with two replacements
    decoded = decode_bytes(b"Caf\xc3\xa9 ok then broken \xc3( and \xe2\x28 end", "short.txt")
    assert decoded.text == "Café ok then broken \ufffd( and \ufffd( end"
    assert (decoded.encoding, decoded.errors) == ("utf-8", 2)


@pytest.mark.parametrize("data", [
    b"Prices went up by 5 \x80 in a week, the shop\x92s owner said.",
    b"The \x93quick\x94 brown fox jumps over the lazy dog \x96 twice.",
    "Le maire a inauguré jeudi le nouveau pont de la ville.".encode("cp1252"),
])
def test_mostly_ascii_legacy_text_gets_a_single_byte_charset(data):
    decoded = decode_bytes(data, "legacy.txt")
    assert decoded.encoding in SINGLE_BYTE and decoded.errors == 0
    assert decoded.text == data.decode("cp1252")


def test_page_declaring_utf8_with_one_stray_cp1252_byte_becomes_text():
    page = ("<html><head><meta charset='utf-8'></head><body><p>Caf\u00e9 owners say it"
            "\x00s fine.</p></body></html>").encode().replace(b"\x00", b"\x92")
    decoded = decode_bytes(page, "p.html", html=True)
    assert "Café owners say it\ufffds fine" in decoded.text
    assert (decoded.encoding, decoded.via, decoded.errors) == ("utf-8", "meta", 1)
    pipeline = Pipeline()
    assert pipeline.document("p.html", page, "html").metadata["encoding_errors"] == 1
    assert pipeline.document("ok.html", page.replace(b"\x92", b"'"), "html").metadata["encoding_errors"] == 0


def test_a_page_with_stray_nul_bytes_becomes_text_and_binary_with_nul_bytes_is_refused():
    import random
    paragraph = "<p>The council voted on Tuesday to extend the night bus service to the north.</p>\n"
    page = ("<html><head><meta charset='utf-8'></head><body>" + paragraph * 40 + "</body></html>").encode()
    damaged = page[:900] + b"\x00" + page[900:1500] + b"\x00" + page[1500:]
    decoded = decode_bytes(damaged, "p.html", html=True)
    assert decoded.text == page.decode() and decoded.errors == 2
    record = Pipeline().record(Pipeline().document("p.html", damaged, "html"))
    assert "night bus service" in record["body"] and record["metadata"]["encoding_errors"] == 2
    bells = page[:900] + b"\x07\x1b" + page[900:] + b"\x0c"       # other control characters, a form feed
    decoded = decode_bytes(bells, "p.html", html=True)
    assert decoded.text == page.decode() + "\n" and decoded.errors == 2
    rng = random.Random(3)
    noise = bytes(rng.randrange(0, 256) for _ in range(40_000))    # random bytes: about 0.4 % NUL
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(b"<html><body>" + noise, "b.html", html=True)


def test_legacy_single_byte_encoding_is_detected():
    text = "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 4
    decoded = decode_bytes(text.encode("cp1251"), "ru.txt")
    assert (decoded.text, decoded.via, decoded.errors) == (text, "detected", 0)


def test_cjk_text_is_still_detected_when_it_is_mostly_non_ascii():
    text = "東京都は木曜日、新しい橋の開通式を行い、知事が出席した。市民の多くが見学に訪れた。" * 3
    decoded = decode_bytes(text.encode("shift_jis"), "ja.txt")
    assert decoded.text == text and decoded.encoding in MULTI_BYTE


def test_http_content_type_comes_before_meta_and_after_bom():
    page = "<html><head><meta charset='utf-8'></head><body>naïve café</body></html>".encode("cp1252")
    decoded = decode_bytes(page, "p.html", html=True, content_type="text/html; charset=windows-1252")
    assert "naïve café" in decoded.text and (decoded.encoding, decoded.via) == ("cp1252", "http")
    latin1 = decode_bytes(page, "p.html", html=True, content_type="text/html; charset=ISO-8859-1")
    assert latin1.encoding == "cp1252"          # a browser reads latin1 labels as windows-1252
    bom = decode_bytes(codecs.BOM_UTF8 + "naïve café".encode(), "p.html", html=True,
                       content_type="text/html; charset=cp1251")
    assert (bom.text, bom.via) == ("naïve café", "bom")
    meta_page = page.replace(b"utf-8", b"windows-1252")
    no_charset = decode_bytes(meta_page, "p.html", html=True, content_type="text/html")
    assert (no_charset.encoding, no_charset.via) == ("cp1252", "meta")
    # a page declaring UTF-8 whose bytes hold no UTF-8 at all is read in the charset they fit
    assert "naïve café" in decode_bytes(page, "p.html", html=True, content_type="text/html").text


def test_a_lying_server_default_is_overruled_by_utf8_bytes():
    page = "<html><body><p>Grüße aus Köln, naïve café</p></body></html>".encode()
    decoded = decode_bytes(page, "p.html", html=True, content_type="text/html; charset=ISO-8859-1")
    assert "Grüße aus Köln" in decoded.text and decoded.encoding == "utf-8"


def test_binary_served_as_html_is_refused_not_decoded():
    import random
    rng = random.Random(7)
    noise = bytes(rng.randrange(1, 256) for _ in range(40_000))     # compressed-looking, no NUL
    for content_type in ("text/html; charset=utf-8", "text/html", None):
        with pytest.raises(InputError, match="binary content"):
            decode_bytes(b"<html><body>" + noise, "b.html", html=True, content_type=content_type)
    # bytes that are mostly invalid in the declared charset are binary too
    high = bytes(rng.randrange(0xa1, 0xff) for _ in range(4000)) + b"\x80\x80\xff" * 500
    with pytest.raises(InputError, match="not valid"):
        decode_bytes(high, "b.html", html=True, content_type="text/html; charset=euc-jp")


def test_meta_charset_is_used_and_a_lying_one_is_overruled():
    page = '<html><head><meta charset="windows-1252"></head><body>naïve café</body></html>'
    assert "naïve café" in decode(page.encode("cp1252"), "p.html", html=True)
    lying = '<html><head><meta charset="iso-8859-1"></head><body>naïve café</body></html>'
    assert "naïve café" in decode(lying.encode("utf-8"), "p.html", html=True)
    lying_utf8 = '<html><head><meta charset="utf-8"></head><body><p>Le maire a inauguré le pont à midi.</p>'
    assert "inauguré le pont à midi" in decode(lying_utf8.encode("cp1252"), "p.html", html=True)


def test_literal_replacement_characters_are_not_counted():
    decoded = decode_bytes("a \ufffd b é".encode() + b" \xff", "r.txt")
    assert decoded.errors == 1 and decoded.text == "a \ufffd b é \ufffd"


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


def test_symlinks_leaving_the_input_directory_are_skipped_unless_followed(tmp_path):
    root, outside = tmp_path / "in", tmp_path / "elsewhere"
    root.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    (root / "a.txt").write_text("a")
    (root / "inner").mkdir()
    (root / "inner" / "b.txt").write_text("b")
    os.symlink("/etc/passwd", root / "passwd.txt")
    os.symlink(outside, root / "out-dir")
    os.symlink("/", root / "slash")
    os.symlink(root / "inner" / "b.txt", root / "same.txt")      # inside: followed
    entries = _entries([root])
    files = sorted(os.path.relpath(e.source, root) for e in entries if isinstance(e, InputFile))
    assert files == ["a.txt", "inner/b.txt", "same.txt"]
    skipped = sorted(os.path.relpath(e.source, root) for e in entries if isinstance(e, Skipped))
    assert skipped == ["out-dir", "passwd.txt", "slash"]
    assert all(e.reason == OUTSIDE_ROOT for e in entries if isinstance(e, Skipped))
    followed = list(iter_inputs([str(root / "inner"), str(root / "out-dir")], follow_links=True))
    assert sorted(os.path.basename(e.source) for e in followed) == ["b.txt", "secret.txt"]
    # a link given on the command line is what the user asked for
    assert [e.source for e in _entries([root / "passwd.txt"])] == [str(root / "passwd.txt")]


def test_non_utf8_names_are_escaped_and_keys_are_resolved_paths(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(b"text")
    [entry] = _entries([tmp_path])
    assert entry.source == f"{tmp_path}/caf\\xe9.txt" and entry.source.encode("utf-8")
    assert entry.path.read_bytes() == b"text"                   # the real name still opens
    assert entry.key == f"{os.path.realpath(tmp_path)}/caf\\xe9.txt"
    [again] = _entries([f"{tmp_path}/./"])
    assert again.key == entry.key and again.source != entry.source
    assert printable_path("plain/é.txt") == "plain/é.txt"


def test_control_characters_are_escaped_for_the_terminal():
    assert printable("a\nb\x1b[31mc\td\x7f\x85") == "a\\nb\\x1b[31mc\\td\\x7f\\x85"
    assert printable("caf\udce9") == "caf\\udce9"
    assert printable("Grüße — ok") == "Grüße — ok"


def test_control_characters_are_found_in_pages_of_every_string_width():
    """A bell in an ASCII, a Cyrillic and an emoji page (one-, two-, four-byte strings) is
    dropped and counted; the same pages without it are left as they are."""
    for words in ("night bus", "ночной автобус", "night bus \U0001F68C"):
        page = f"<html><head><meta charset='utf-8'></head><body><p>{words}</p></body></html>"
        assert decode_bytes(page.encode(), "p.html", html=True) == Decoded(page, "utf-8", "meta", 0)
        rung = decode_bytes(page.replace("</p>", "\x07</p>").encode(), "p.html", html=True)
        assert (rung.text, rung.errors) == (page, 1)
