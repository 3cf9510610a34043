"""A folder of every kind of broken input plus the good seeds: the run finishes in
bounded time, good seeds come out exactly as when cleaned alone, every bad case is
either a record or a line in errors.jsonl with a reason."""
from __future__ import annotations

import gzip
import os
import random
import shutil
import time


from cleaners.cli import main

from .conftest import SEEDS, read_jsonl

GOOD_PAGE = ("<html><head><meta charset='utf-8'><title>Bridge repairs finished</title></head><body>"
             "<article><h1>Bridge repairs finished</h1><p>Workers finished repairing the old stone bridge on "
             "Thursday after eight months of closures, the county said.</p><p>The bridge reopens to cars on "
             "Monday; cyclists may use it from today.</p></article></body></html>")
RUN_BOUND_SECONDS = 150


def build_hostile_folder(root):
    rng = random.Random(1234)
    bad = root / "bad"
    bad.mkdir()
    page = GOOD_PAGE.encode()
    must_fail = {}
    may_fail = set()

    def case(name, data, fails=None):
        (bad / name).write_bytes(data)
        if fails:
            must_fail[name] = fails
        else:
            may_fail.add(name)

    case("truncated.html", page[: len(page) // 2])
    flipped = bytearray(page)
    for _ in range(40):
        flipped[rng.randrange(len(flipped))] = rng.randrange(256)
    case("byte-flips.html", bytes(flipped))
    case("deleted-tags.html", page.replace(b"<p>", b"").replace(b"</article>", b""))
    case("nested-100k.html", b"<html><body>" + b"<div>" * 100_000 + b"deep text" + b"</div>" * 100_000 + b"</body></html>")
    case("one-line-50mb.txt", b"word " * 10_000_000)
    case("json-dump-20mb.html", b'{"items": [' + b",".join(b'{"id": %d, "title": "item number %d"}' % (i, i)
                                                           for i in range(500_000)) + b"]}")
    related = ",".join(f'{{"title": "Story number {i} about the bridge", "url": "https://h.example/{i}"}}'
                       for i in range(250_000))
    case("related-dump-25mb.txt", b"Workers finished repairing the old stone bridge on Thursday after eight months "
         b"of closures, the county said.\n\n" + f'{{"related": [{related}]}}'.encode() + b"\n\nThe bridge reopens.\n")
    case("nul-bytes.txt", b"Some text\x00with\x00NUL\x00bytes\x00" * 50, fails="binary content")
    case("utf16-no-bom.txt", "A plain text file written in UTF-16 without a byte-order mark.".encode("utf-16-le"))
    russian = "<p>Мэр города открыл новый мост через реку в четверг, сообщила администрация.</p>"
    case("cp1251-lying-meta.html", f"<html><head><meta charset='utf-8'></head><body>{russian}</body></html>".encode("cp1251"))
    french = "<p>Le maire a inauguré jeudi le nouveau pont, a annoncé la préfecture à la presse.</p>"
    case("latin1-lying-meta.html", f"<html><head><meta charset='utf-8'></head><body>{french}</body></html>".encode("latin-1"))
    case("gzip-bomb.html.gz", gzip.compress(b"<p>" + b"A" * 30_000_000), fails="decompressed size exceeds")
    case("empty.txt", b"", fails="empty file")
    case("binary.html", bytes(range(256)) * 20, fails="binary")
    case("truncated.html.gz", gzip.compress(page * 20)[:50], fails="truncated gzip")
    (bad / "loop").mkdir()
    os.symlink(bad / "loop", bad / "loop" / "again")
    must_fail["loop/again"] = "symbolic link loop"
    os.mkfifo(bad / "fifo.txt")
    must_fail["fifo.txt"] = "not a regular file"
    os.symlink(bad / "nowhere.txt", bad / "dangling.txt")
    must_fail["dangling.txt"] = "broken symbolic link"
    if os.geteuid() != 0:
        case("unreadable.txt", b"secret")
        (bad / "unreadable.txt").chmod(0)
        must_fail["unreadable.txt"] = "Permission denied"
    # names: not UTF-8, or carrying a newline and ANSI escapes (issue 16, "Paths and names")
    with open(os.fsencode(bad) + b"/r\xe9sum\xe9.html", "wb") as fh:
        fh.write(page)
    may_fail.add("r\\xe9sum\\xe9.html")
    case("forged\ncorpus: 0 failed\x1b[2J.txt", b"", fails="empty file")
    # symbolic links leaving the input directory are skipped, not followed
    os.symlink("/etc/passwd", bad / "passwd.txt")
    os.symlink("/", bad / "slash")
    # archives: a record cut short, a digest that does not match, a payload gzip bomb (issue 16)
    from .test_warc import _bomb, write_warc
    pages = [(f"https://hostile.example/{name}", "200 OK", "text/html", page, {}) for name in ("a", "cut")]
    cut = write_warc(bad / "cut.warc.gz", records=pages)
    cut.write_bytes(cut.read_bytes()[: int(cut.stat().st_size * 0.7)])    # inside the second record
    must_fail["cut.warc.gz"] = "truncated archive"
    flipped_warc = write_warc(bad / "flipped.warc", gzipped=False, records=[
        ("https://hostile.example/flipped", "200 OK", "text/html", page, {})])
    flipped_warc.write_bytes(flipped_warc.read_bytes().replace(b"Thursday", b"thursday"))
    write_warc(bad / "bomb-payload.warc.gz", records=[
        ("https://hostile.example/bomb", "200 OK", "text/html", _bomb(64), {"Content-Encoding": "gzip"})])
    good = root / "good"
    shutil.copytree(SEEDS, good)
    return must_fail, may_fail


def test_hostile_folder(tmp_path, capsys):
    must_fail, may_fail = build_hostile_folder(tmp_path)
    alone = tmp_path / "alone.jsonl"
    assert main(["clean", str(tmp_path / "good"), "-o", str(alone), "-q"]) == 0
    out = tmp_path / "all.jsonl"
    started = time.monotonic()
    code = main(["clean", str(tmp_path / "bad"), str(tmp_path / "good"), "-o", str(out), "-q",
                 "--timeout", "40", "--max-decompressed", str(10_000_000)])
    elapsed = time.monotonic() - started
    assert code == 1
    assert elapsed < RUN_BOUND_SECONDS
    records = read_jsonl(out)
    errors = read_jsonl(tmp_path / "all.errors.jsonl")
    by_name = {os.path.relpath(e["source"], tmp_path / "bad"): e for e in errors}
    for name, reason in must_fail.items():
        assert name in by_name, (name, sorted(by_name))
        assert reason in by_name[name]["message"], (name, by_name[name])
    produced = {os.path.relpath(r["source"], tmp_path / "bad") for r in records}
    for name in may_fail:
        assert (name in produced) != (name in by_name), name    # exactly one of record / error
        if name in by_name:
            assert by_name[name]["message"] and by_name[name]["stage"]
    err = capsys.readouterr().err
    assert "\x1b" not in err and not any(line.startswith("corpus: 0 failed") for line in err.splitlines())
    assert "forged\\ncorpus: 0 failed\\x1b[2J.txt: empty file" in err
    assert not any(os.path.basename(r["source"]) in ("passwd.txt", "slash") for r in records + errors)
    assert "r\\xe9sum\\xe9.html" in {os.path.relpath(r["source"], tmp_path / "bad") for r in records}
    archived = {e["source"]: (e["error"], e["message"]) for e in errors if e["source"].startswith("https://hostile")}
    assert archived["https://hostile.example/flipped"][0] == "DigestMismatch"
    assert archived["https://hostile.example/bomb"] == (
        "TooLarge", "decoded payload exceeds the limit of 10000000 bytes (--max-decompressed)")
    assert "https://hostile.example/a" in {r["source"] for r in records}
    good = [r for r in records if "/good/" in r["source"]]
    assert good == read_jsonl(alone)
    decoded = {r["source"].rsplit("/", 1)[-1]: r for r in records}
    if "cp1251-lying-meta.html" in decoded:
        assert "новый мост" in decoded["cp1251-lying-meta.html"]["body"]
    if "latin1-lying-meta.html" in decoded:
        assert "inauguré" in decoded["latin1-lying-meta.html"]["body"]
    assert "UTF-16 without a byte-order mark" in decoded["utf16-no-bom.txt"]["body"]
    dump = decoded["related-dump-25mb.txt"]        # the article survives its dump; the list is capped, counted
    assert "old stone bridge" in dump["body"] and dump["metadata"]["omitted"] == {"related": 250_000 - 200}
