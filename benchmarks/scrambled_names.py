#!/usr/bin/env python3
"""The Dragnet benchmark on pages whose markup names nothing: every class and id replaced by meaningless letters.

A rule that finds a comment thread or the article by the words of the markup (``class="comment"``,
``id="respond"``, ``div.entry-content``) works on the sites whose templates speak English and fails on the others:
CSS-in-JS sites (``class="kXvNQp"``), templates named in another language, hand-written pages. This benchmark
measures how much of corpus's quality rests on such names, and trafilatura's, in one run: it writes a copy of
``dragnet-train`` in which every class token and every id is replaced by a word of letters drawn from its hash (the
same token gives the same word on a page, so a template's repetition survives), and runs `benchmarks/dragnet.py`
on the copy (same metric, same splits, same time figures). Class tokens that `templates.template_key` leaves out
of a template's key (numbers, parity, depth, a reply's or an author's mark) are dropped rather than replaced: a site
whose names mean nothing writes no per-comment classes either, and a random word per comment would only break the
templates apart. Text, tags and every other attribute stay as they are (but for a page's text that spells out
`` class="..."`` itself, as a code sample may: it is read as markup and scrambled too).

    python benchmarks/scrambled_names.py                      # all pages, figures per split
    python benchmarks/scrambled_names.py --split tuning --save F.json
    python benchmarks/scrambled_names.py --keep DIR           # keep the scrambled copy (DIR/html, ground truth)
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import dragnet  # noqa: E402
from cleaners.builtin.comments.templates import template_key  # noqa: E402

# a class or id attribute, quoted ("..." or '...'), in the page's bytes
_ATTRIBUTE = re.compile(rb"""(\s(?:class|id)\s*=\s*)(["'])(.*?)\2""", re.S | re.I)
_LETTERS = 8


def letters(token: bytes) -> bytes:
    """A word of lower-case letters drawn from the token's hash: the same token, the same word."""
    return bytes(97 + b % 26 for b in hashlib.sha1(token).digest()[:_LETTERS])


def template_class(token: bytes) -> bool:
    """A class token of a template's key (not a number, parity, depth or author mark that varies per element)."""
    name = token.decode("latin-1")
    return template_key("div", name) != "div."


def scrambled(page: bytes) -> bytes:
    """The page with its class tokens and ids replaced by `letters` (class tokens out of templates dropped)."""
    def replace(match: re.Match) -> bytes:
        lead, quote, value = match.groups()
        if lead.strip().lower().startswith(b"id"):
            words = [letters(t) for t in value.split()]
        else:
            words = [letters(t) for t in value.split() if template_class(t)]
        return lead + quote + b" ".join(words) + quote
    return _ATTRIBUTE.sub(replace, page)


def write_copy(data: Path, target: Path) -> int:
    """A scrambled copy of the data set's pages under ``target`` (its ground truth copied as is); pages written."""
    (target / "html").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(data / "ground-truth.json", target / "ground-truth.json")
    count = 0
    for path in sorted((data / "html").glob("*.html.gz")):
        with gzip.open(path, "rb") as f:
            page = f.read()
        with gzip.open(target / "html" / path.name, "wb", compresslevel=1) as f:
            f.write(scrambled(page))
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Other options are passed to benchmarks/dragnet.py.")
    parser.add_argument("--data", type=Path, default=dragnet.DEFAULT_DATA,
                        help="dragnet directory (html/, ground-truth.json)")
    parser.add_argument("--keep", type=Path, help="write the scrambled copy here and keep it")
    args, rest = parser.parse_known_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data in {args.data}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        target = args.keep or Path(tmp)
        pages = write_copy(args.data, target)
        print(f"{pages} pages with their class and id names scrambled ({target})", flush=True)
        return dragnet.main(["--data", str(target), *rest])


if __name__ == "__main__":
    sys.exit(main())
